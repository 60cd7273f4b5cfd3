/**
 * NetEase 163/126 yields messages: list rows (subject + digest, the mail id of
 * "<ts>_<id>Dom", the date cell's title or the aria-label time) in the mailbox
 * document, and each shown mail body in its read frame's document with the
 * sender and time of its module's full header. Hidden tabs, the compact header
 * and editors yield nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { neteaseMailAdapter as netease } from '../../../entrypoints/content/sites/netease-mail';
import { byId, loadFixture, textNode, type ExpectedMessage, messageData } from './fixture';



const json = <T>(id: string): T => JSON.parse(byId(id).textContent!) as T;
const all = () => netease.messagesIn!(document);

/** The document of a read frame, once its srcdoc has loaded. */
async function frameDoc(id: string): Promise<Document> {
  const frame = byId(id) as HTMLIFrameElement;
  for (let i = 0; i < 100; i++) {
    const doc = frame.contentDocument;
    if (doc?.body?.classList.contains('netease_mail_readhtml')) return doc;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`frame ${id} did not load`);
}

function frameText(doc: Document, text: string): Text {
  return textNode(text, doc.body);
}

beforeEach(() => {
  loadFixture('netease-mail');
});

describe('netease-mail messagesIn in the mailbox document', () => {
  it('returns exactly the messages the fixture lists, in order', () => {
    const expected = json<ExpectedMessage[]>('expected-messages');
    expect(expected.length).toBe(4);
    expect(all().map(messageData)).toEqual(expected);
    expect(all().every((m) => m.element.matches('div[sign="letter"]'))).toBe(true);
  });

  it('takes the time from the aria-label when the date cell has no title, never the relative "周一"', () => {
    const row = document.querySelectorAll('div[sign="letter"]')[2]!;
    expect(row.querySelector('.eO0')!.getAttribute('title')).toBe('');
    expect(netease.messageAt!(textNode('0571-2688 8888'))!.sentText).toBe('2024年9月16日 16:20 (星期一)');
  });

  it('messageAt a number inside each row returns that row', () => {
    const msgs = all();
    const cases: [string, number][] = [['联系法务专员 138 0013 8000', 0], ['95188，勿轻信', 1], ['0571-2688 8888', 2], ['赣南脐橙', 3]];
    for (const [text, i] of cases) {
      const m = netease.messageAt!(textNode(text));
      expect(m?.element, text).toBe(msgs[i]!.element);
      expect(messageData(m!)).toEqual(messageData(msgs[i]!));
    }
  });

  it('a row whose text the page rewrites in place yields the new mail', () => {
    const row = document.querySelectorAll('div[sign="letter"]')[1]!;
    row.id = '1726700400_386999Dom';
    row.setAttribute('aria-label', '催收通知 发件人 ： 华信催收中心 时间： 2024年9月19日 11:00 (星期四)');
    row.querySelector('.nui-user')!.textContent = '华信催收中心';
    row.querySelector('.da0')!.textContent = '催收通知';
    row.querySelector('.fQ0 .il0')!.textContent = '请于今日回电 0755-8321 6677 处理欠款';
    row.querySelector('.eO0')!.setAttribute('title', '');
    expect(messageData(all()[1]!)).toEqual({
      text: '催收通知 请于今日回电 0755-8321 6677 处理欠款', sender: '华信催收中心',
      sentText: '2024年9月19日 11:00 (星期四)', direction: 'incoming', siteId: '1726700400_386999',
    });
  });

  it('nothing from the quick-reply textarea, the compact header or a hidden list', () => {
    const reply = document.querySelector('textarea[id$="_replyInput_inputId"]')!;
    expect(netease.messageAt!(reply.firstChild!)).toBeNull();
    expect(netease.messagesIn!(reply)).toEqual([]);
    expect(netease.messageOf(reply.firstChild!)).toBeNull();
    expect(netease.findSenders(byId('ulCompact'))).toEqual([]);
    (document.getElementById('_dvModuleContainer_mbox.ListModule_0') as HTMLElement).style.display = 'none';
    expect(all()).toEqual([]);
  });
});

describe('netease-mail messagesIn in the read frames', () => {
  it('the shown read frame yields its body with the sender and time of its module\'s full header', async () => {
    const doc = await frameDoc('_mail_frameBody_0');
    const expected = json<Record<string, ExpectedMessage[]>>('expected-frame-messages');
    const msgs = netease.messagesIn!(doc);
    expect(msgs.map(messageData)).toEqual(expected._mail_frameBody_0);
    expect(msgs[0]!.element).toBe(doc.body);
    // messageAt a number in the body, and in its tel: link, is that message.
    for (const n of [frameText(doc, '010-8526 3000'), doc.querySelector('a[href^="tel:"]')!.firstChild!]) {
      expect(netease.messageAt!(n)?.element).toBe(doc.body);
      expect(messageData(netease.messageAt!(n)!)).toEqual(expected._mail_frameBody_0![0]);
    }
  });

  it('the hidden tab\'s frame yields nothing, so the mail it shows is not counted twice', async () => {
    const doc = await frameDoc('_mail_frameBody_1');
    expect(json<Record<string, ExpectedMessage[]>>('expected-frame-messages')._mail_frameBody_1).toEqual([]);
    expect(netease.messagesIn!(doc)).toEqual([]);
    expect(netease.messageAt!(frameText(doc, '95188'))).toBeNull();
    // Shown again (the user switches tabs): now it yields its mail.
    (document.getElementById('_dvModuleContainer_read.ReadModule_1') as HTMLElement).style.display = '';
    expect(netease.messagesIn!(doc).map(messageData)).toEqual([{
      text: '尊敬的客户：您的借呗 9 月账单已出，应还 1,286.50 元，最后还款日 9月25日。 如有疑问请致电官方客服 95188，勿轻信陌生来电。',
      sender: '支付宝', address: 'service@mail.alipay.com', sentText: '2024年09月17日 09:05 (星期二)', direction: 'incoming',
    }]);
  });

  it('the header of the shown mail leads to its body; the hidden one to nothing', async () => {
    const doc = await frameDoc('_mail_frameBody_0');
    expect(netease.messageAt!(document.querySelector('#ulFull .nui-addr-name')!.firstChild!)?.element).toBe(doc.body);
    expect(netease.messageAt!(textNode('速联系 138 0013 8000', byId('_mail_h1Subject_0')))?.element).toBe(doc.body);
    expect(netease.messageAt!(document.querySelector('#ulFull_1 .nui-addr-name')!.firstChild!)).toBeNull();
  });

  it('a compose editor frame (designMode) yields nothing', async () => {
    const frame = document.createElement('iframe');
    frame.id = '_mail_frameBody_9';
    byId('_dvModuleContainer_read.ReadModule_0').append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<div id="spnEditorContent">您好，我已于 9月20日 还清，请勿再拨打 13800138000。</div>';
    doc.designMode = 'on';
    expect(netease.messagesIn!(doc)).toEqual([]);
    expect(netease.messageAt!(textNode('还清', doc.body))).toBeNull();
  });
});

describe('netease-mail inline body (older builds)', () => {
  it('a body in the mailbox document is one message with its module header; a hidden module\'s body is not', () => {
    document.body.innerHTML = `
      <div id="_dvModuleContainer_read.ReadModule_0"><ul id="ulFull">
        <li class="fS"><div class="fT">发件人：</div><div class="fU"><div class="nui-addr"><span class="nui-addr-name">信达资产 王经理</span><span class="nui-addr-email">&lt;wang@xd-collect.cn&gt;</span></div></div></li>
        <li class="fS"><div class="fT">时　间：</div><div class="fU">2024年09月16日 16:20 (星期一)</div></li></ul>
        <div class="netease_mail_readhtml"><p>外访人员本周上门，</p><p>请致电 021-6888 1234 预约。</p></div></div>
      <div id="_dvModuleContainer_read.ReadModule_1" style="display:none"><div class="netease_mail_readhtml"><p>旧标签页 95188</p></div></div>`;
    expect(all().map(messageData)).toEqual([{
      text: '外访人员本周上门， 请致电 021-6888 1234 预约。', sender: '信达资产 王经理', address: 'wang@xd-collect.cn',
      sentText: '2024年09月16日 16:20 (星期一)', direction: 'incoming',
    }]);
  });
});

describe('netease-mail hidden copies', () => {
  it('names the compact header lines of every read module as hidden copies, and reads no sender there', () => {
    const compact = [...document.querySelectorAll(netease.hidden!)];
    expect(compact.map((el) => el.id)).toEqual(['ulCompact', 'ulCompact_1']);
    for (const el of compact) expect(netease.findSenders(el)).toEqual([]);
  });
});
