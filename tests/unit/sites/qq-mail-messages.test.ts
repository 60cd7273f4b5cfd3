/**
 * QQ Mail yields messages: list rows (subject + digest, data-mailid, nickname,
 * .mail-time) and open mails (the body alone, the header's sender and time),
 * read afresh on every call (the list reuses row elements); nothing from the
 * reply editor.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { qqMailAdapter as qq } from '../../../entrypoints/content/sites/qq-mail';
import { byId, loadFixture, textNode, expectedMessages, messageData } from './fixture';




const all = () => qq.messagesIn!(document);

describe('qq-mail messagesIn on its fixture (current web app)', () => {
  beforeEach(() => {
    loadFixture('qq-mail');
  });

  it('returns exactly the messages the fixture lists, in order', () => {
    const expected = expectedMessages();
    expect(expected.length).toBe(6);
    expect(all().map(messageData)).toEqual(expected);
  });

  it('a row is the row element; the open mail is its body, without header, subject or reply editor', () => {
    const msgs = all();
    expect(msgs.slice(0, 5).every((m) => m.element.matches('.mail-list-page-item'))).toBe(true);
    expect(msgs[5]!.element.contains(byId('body-open'))).toBe(true);
    expect(msgs[5]!.text).not.toContain('请勿再打');
    expect(msgs[5]!.text).not.toContain('收件人');
    expect(msgs[5]!.text).not.toContain('fawu@jiebei-cs.com');
  });

  it('messageAt a number inside each message returns that message', () => {
    const msgs = all();
    const cases: [string, number][] = [
      ['联系法务专员 138 0013 8000 处理', 0],
      ['95188，勿轻信', 1],
      ['021-6888 1234', 2],
      ['95338', 3],
      ['010-8526 3000', 5],
    ];
    for (const [text, i] of cases) {
      const m = qq.messageAt!(textNode(text));
      expect(m?.element, text).toBe(msgs[i]!.element);
      expect(messageData(m!)).toEqual(messageData(msgs[i]!));
    }
    expect(qq.messageAt!(document.querySelector('a[href^="tel:"]')!.firstChild!)?.element).toBe(msgs[5]!.element);
    // The open mail's sender in the header belongs to that mail.
    expect(qq.messageAt!(document.querySelector('.mail-detail-basic .cmp-account-nick')!.firstChild!)?.element).toBe(msgs[5]!.element);
  });

  it('nothing from the reply editor', () => {
    const editor = byId('compose');
    expect(qq.messageAt!(editor.firstChild!)).toBeNull();
    expect(qq.messagesIn!(editor)).toEqual([]);
    expect(qq.messageOf(editor.firstChild!)).toBeNull();
  });

  it('a reused row element yields its new mail on the next call', () => {
    const row = document.querySelectorAll('.mail-list-page-item')[1]!;
    row.setAttribute('data-mailid', 'ZL0040-hx');
    row.querySelector('.cmp-account-nick')!.textContent = '华信催收中心';
    row.querySelector('.mail-subject')!.textContent = '【华信】催收通知';
    row.querySelector('.mail-digest')!.textContent = '您的网贷欠款已委托我司处理，请今日致电 0755-8321 6677 协商。';
    row.querySelector('.mail-time')!.textContent = '11:05';
    const m = all()[1]!;
    expect(m.element).toBe(row);
    expect(messageData(m)).toEqual({
      text: '【华信】催收通知 您的网贷欠款已委托我司处理，请今日致电 0755-8321 6677 协商。',
      sender: '华信催收中心', sentText: '11:05', direction: 'incoming', siteId: 'ZL0040-hx',
    });
  });

  it('messagesIn on a row added later returns that row only', () => {
    const row = document.querySelectorAll('.mail-list-page-item')[4]!;
    expect(qq.messagesIn!(row).map(messageData)).toEqual([expectedMessages()[4]]);
    expect(qq.messagesIn!(row.querySelector('.mail-digest')!).map((m) => m.element)).toEqual([row]);
  });
});

describe('qq-mail messages in a conversation of two open mails', () => {
  it('each body gets the sender and time of its own header', () => {
    const mail = (nick: string, email: string, time: string, body: string) => `
      <div class="mail-detail">
        <div class="mail-detail-basic">
          <div class="basic-body-item"><div class="cmp-account-wrap"><span class="cmp-account-nick">${nick}</span><span class="cmp-account-email">&lt;${email}&gt;</span></div></div>
          <div class="basic-body-item"><span class="time-text">${time}</span></div>
        </div>
        <div class="mail-reader-body"><div class="reader-body-children"><div class="mail-detail-content">${body}</div></div></div>
      </div>`;
    document.body.innerHTML = `<div class="mail-list-page-reader">
      ${mail('招商银行信用卡', 'ccsvc@message.cmbchina.com', '2024年11月2日 09:15', '<p>尊敬的客户：您本期账单应还 2,318.40 元，最后还款日 11月20日。</p>')}
      ${mail('信达资产 王经理', 'wang@xd-collect.cn', '2024年11月25日 16:40', '<p>您在招行的信用卡欠款已转我司催收，</p><p>请致电 021-6888 1234。</p>')}
    </div>`;
    expect(all().map(messageData)).toEqual([
      { text: '尊敬的客户：您本期账单应还 2,318.40 元，最后还款日 11月20日。', sender: '招商银行信用卡', address: 'ccsvc@message.cmbchina.com', sentText: '2024年11月2日 09:15', direction: 'incoming' },
      { text: '您在招行的信用卡欠款已转我司催收， 请致电 021-6888 1234。', sender: '信达资产 王经理', address: 'wang@xd-collect.cn', sentText: '2024年11月25日 16:40', direction: 'incoming' },
    ]);
  });
});
