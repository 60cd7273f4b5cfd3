/**
 * Gmail yields messages: the fixture's script#expected-messages lists every
 * message messagesIn(document) must return, in order, with its own text.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter as gmail } from '../../../entrypoints/content/sites/gmail';
import { byId, loadFixture, textNode, expectedMessages, messageData } from './fixture';




beforeEach(() => {
  loadFixture('gmail');
});

describe('gmail messagesIn on its fixture', () => {
  it('returns exactly the expected messages, in order', () => {
    const want = expectedMessages();
    expect(want.length).toBe(8);
    expect(gmail.messagesIn!(document).map(messageData)).toEqual(want);
  });

  it('a number inside each message leads back to that message (messageAt)', () => {
    const all = gmail.messagesIn!(document);
    for (const m of all) {
      const walker = document.createTreeWalker(m.element, NodeFilter.SHOW_TEXT);
      let checked = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/\d{3}/.test((n as Text).data) || (n as Text).parentElement!.closest('.afn, .gmail_quote')) continue;
        const at = gmail.messageAt!(n);
        expect(at?.element, (n as Text).data).toBe(m.element);
        expect(messageData(at!)).toEqual(messageData(m));
        checked++;
      }
      if (/\d{3}/.test(m.text)) expect(checked, m.text).toBeGreaterThan(0);
    }
    expect(gmail.messageAt!(textNode('138 0013 8000', byId('body-open')))?.siteId).toBe('19208c3ad84d84cb');
  });

  it('never reads the hidden row summary div.afn: its text is not in any message and a node in it is no message', () => {
    const afn = document.querySelector('tr#\\:2b .afn')!;
    expect(gmail.messageAt!(textNode('95188', afn))).toBeNull();
    const row = gmail.messagesIn!(document).find((m) => m.element.id === ':2b')!;
    // The snippet once, not twice; the sender's name is not part of the text.
    expect(row.text.split('95188').length - 1).toBe(1);
    expect(row.text).not.toContain('支付宝,');
    expect(gmail.messagesIn!(afn)).toEqual([]);
  });

  it('leaves the quoted history out of the expanded message, and a number in the quote belongs to no message', () => {
    const open = gmail.messagesIn!(document).find((m) => m.element.id === 'msg-open')!;
    expect(open.text).not.toContain('021-6288 1234');
    expect(open.text).not.toContain('写道');
    const quote = byId('msg-open').querySelector('blockquote')!;
    expect(gmail.messageAt!(textNode('021-6288 1234', quote))).toBeNull();
  });

  it('one message seen as a row and as an open message carries one id', () => {
    const ids = gmail.messagesIn!(document).map((m) => m.siteId);
    expect(ids[0]).toBe('19208c3ad84d84cb');
    expect(ids.filter((id) => id === '19208c3ad84d84cb').length).toBe(2);
    // The collapsed first message has only "#msg-f:<decimal>": the same number in hex.
    expect(ids[5]).toBe(BigInt('1810374612341234561').toString(16));
  });

  it('the account\'s own reply is outgoing; a row listing "我" and another sender is that sender\'s', () => {
    const all = gmail.messagesIn!(document);
    expect(all.filter((m) => m.direction === 'outgoing').map((m) => m.element.id)).toEqual(['msg-reply']);
    expect(all.find((m) => m.element.id === ':2g')!.sender).toEqual({ name: '媽媽', address: 'mama.chen@yahoo.com.tw' });
  });

  it('yields nothing from the reply box', () => {
    const compose = byId('compose');
    expect(gmail.messagesIn!(compose)).toEqual([]);
    expect(gmail.messageAt!(textNode('139 1234 5678', compose))).toBeNull();
    expect(gmail.messagesIn!(document).some((m) => m.element.contains(compose) || m.text.includes('139 1234 5678'))).toBe(false);
  });

  it('finds the message around a subtree the site re-rendered', () => {
    expect(gmail.messagesIn!(byId('body-open')).map((m) => m.element)).toEqual([byId('msg-open')]);
  });
});

describe('gmail messages on variants', () => {
  it('rows of the Sent folder are outgoing and have no sender', () => {
    const row = document.querySelector('tr#\\:2c')!;
    location.hash = '#sent';
    try {
      const [m] = gmail.messagesIn!(row);
      expect(m!.direction).toBe('outgoing');
      expect(m!.sender).toBeUndefined();
    } finally {
      location.hash = '';
    }
    expect(gmail.messagesIn!(row)[0]!.direction).toBe('incoming');
  });

  it('a row whose participants are only the account is outgoing', () => {
    document.body.innerHTML = `<table><tbody><tr class="zA yO" role="row">
      <td class="yX xY"><div class="yW"><span class="bA4"><span class="yP" email="zhang.wei.1988@gmail.com" name="我">我</span></span></div></td>
      <td class="xY a4W"><span class="bog"><span>Re: 还款计划</span></span><span class="y2"> - 附件是我的还款计划，请查收。</span></td>
      <td class="xW xY"><span title="2024年9月19日 周四 上午8:10">8:10</span></td></tr></tbody></table>`;
    const [m] = gmail.messagesIn!(document);
    expect(m).toMatchObject({ direction: 'outgoing', text: 'Re: 还款计划 附件是我的还款计划，请查收。', sentText: '2024年9月19日 周四 上午8:10' });
    expect(m!.sender).toBeUndefined();
  });

  it('a message without any id gets none (the caller derives one), and a placeholder of older messages yields nothing', () => {
    document.body.innerHTML = `
      <div class="adn kQ"><span class="gD" email="a@b.cn" name="A">A</span><div class="a3s">旧消息 13800138000</div></div>
      <div class="adn h7"><h3><span class="gD" email="cs@cuishou.cn" name="催收中心">催收中心</span></h3><span class="g3">9月18日</span><div class="a3s">请联系 13800138000</div></div>`;
    const all = gmail.messagesIn!(document);
    expect(all.map((m) => [m.text, m.siteId, m.sentText])).toEqual([['请联系 13800138000', undefined, '9月18日']]);
  });
});
