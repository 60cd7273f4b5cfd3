import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter as outlook } from '../../../entrypoints/content/sites/outlook';
import { byId, expectElement, loadFixture, plain, textNode, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('outlook');
});

describe('outlook adapter on its fixture', () => {
  it('finds the list senders (address from title) and the From of the open message', () => {
    const senders = outlook.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      { name: '支付宝', address: 'service@mail.alipay.com' },
      { name: '信达资产 王经理', address: 'wang.jl@xinda-collect.cn' },
      { name: 'UPS', address: 'mcinfo@ups.com' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    // The labelled span wins over its [id$=_FROM] wrapper.
    expect(senders[4]!.element.matches('span[aria-label^="From:"]')).toBe(true);
    expect(senders[5]!.element.matches('span[aria-label^="From:"]')).toBe(true);
  });

  it('does not take the recipient line of the open message as a sender', () => {
    const me = document.querySelector('span[title="zhang.wei.1988@outlook.com"]')!;
    expect(outlook.findSenders(document).some((s) => s.element === me)).toBe(false);
  });

  it('finds the sender of one list row', () => {
    const row = document.querySelector('[data-convid="AAQkADAwATM0MDAAMS3"]')!;
    expect(plain(outlook.findSenders(row))).toEqual([{ name: '信达资产 王经理', address: 'wang.jl@xinda-collect.cn' }]);
  });

  it('takes a number in the body to its message (the div[aria-expanded] holding From line and body)', () => {
    const body = byId('UniqueMessageBody_2');
    const msg = outlook.messageOf(textNode('010-8526 3000', body));
    expect(msg).toBe(byId('open-message'));
    expect(msg!.textContent).toContain('您的借呗账户已逾期 35 天');
  });

  it('takes a number in a list preview to its row, and the From to the open message', () => {
    const row = outlook.messageOf(textNode('0571-2688 8888'));
    expectElement(row, '[data-convid]');
    expect(row.textContent).toContain('上门核实通知');
    expect(outlook.messageOf(byId('open-message').querySelector('span[aria-label^="From:"]')!)).toBe(byId('open-message'));
    expect(outlook.messageOf(byId('first-message').querySelector('span[aria-label^="From:"]')!)).toBe(byId('first-message'));
  });

  it('never takes the reply editor as a message', () => {
    expect(outlook.messageOf(textNode('请停止拨打'))).toBeNull();
  });
});

describe('outlook adapter on variants', () => {
  it('reads the From element of a Chinese UI and an address only in the text', () => {
    document.body.innerHTML = `
      <div data-app-section="ConversationContainer">
        <div><span aria-label="发件人: 催收中心">催收中心 &lt;cs@cuishou.cn&gt;</span></div>
        <div id="UniqueMessageBody_2" role="document">请联系 13800138000</div>
      </div>`;
    expect(plain(outlook.findSenders(document))).toEqual([{ name: '催收中心', address: 'cs@cuishou.cn' }]);
  });

  it('reads a bare [id$=_FROM] element', () => {
    document.body.innerHTML = '<div id="AAMk_FROM">借呗法务部 &lt;fawu@jiebei-cs.com&gt;</div>';
    expect(plain(outlook.findSenders(document))).toEqual([{ name: '借呗法务部', address: 'fawu@jiebei-cs.com' }]);
  });

  it('ignores From elements inside a compose form', () => {
    document.body.innerHTML = '<div id="docking_InitVisiblePart_0"><span aria-label="From: me">me@outlook.com</span></div>';
    expect(outlook.findSenders(document)).toEqual([]);
  });

  it('reads an address beside the From element on its line', () => {
    document.body.innerHTML = `
      <div data-app-section="ConversationContainer">
        <div><span aria-label="From: 催收中心">催收中心</span> <span>&lt;cs@cuishou.cn&gt;</span></div>
      </div>`;
    expect(plain(outlook.findSenders(document))).toEqual([{ name: '催收中心', address: 'cs@cuishou.cn' }]);
  });

  it('does not take an address in the message body as the sender\'s', () => {
    // The From element's parent is the whole message: its text is the mail body.
    document.body.innerHTML = `
      <div data-app-section="ConversationContainer">
        <div id="open-message"><span aria-label="From: 催收中心">催收中心</span>
          <div id="UniqueMessageBody_3" role="document">${'您的账户已逾期，请尽快处理。'.repeat(40)}
            如有疑问请写信给 help@bank.example.com</div>
        </div>
      </div>`;
    expect(plain(outlook.findSenders(document))).toEqual([{ name: '催收中心' }]);
  });

  it('reads only the start of a long sender element', () => {
    document.body.innerHTML = `<div id="AAMk_FROM">借呗法务部 &lt;fawu@jiebei-cs.com&gt; ${'x'.repeat(100_000)} other@x.com</div>`;
    const [sender] = outlook.findSenders(document);
    expect(sender!.address).toBe('fawu@jiebei-cs.com');
    expect(sender!.name.length).toBeLessThanOrEqual(320);
  });

  it('does not take a row span whose title is not an address', () => {
    document.body.innerHTML = '<div role="option" data-convid="x"><span title="2024/9/18 10:42">10:42</span></div>';
    expect(outlook.findSenders(document)).toEqual([]);
  });
});
