import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter as gmail } from '../../../entrypoints/content/sites/gmail';
import { byId, expectElement, loadFixture, plain, textNode, textNodes, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('gmail');
});

describe('gmail adapter on its fixture', () => {
  it('finds the open message senders and each inbox row sender, with addresses from the email attribute, never the account itself', () => {
    const senders = gmail.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      { name: '支付宝', address: 'service@mail.alipay.com' },
      { name: '信达资产 王经理', address: 'wang.jl@xinda-collect.cn' },
      { name: '媽媽', address: 'mama.chen@yahoo.com.tw' },
      { name: 'Amazon.com', address: 'shipment-tracking@amazon.com' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    expect(senders.slice(0, 5).every((s) => s.element.closest('tr.zA .yW'))).toBe(true);
    expect(senders.slice(5).every((s) => s.element.matches('span.gD'))).toBe(true);
  });

  it('never takes the hidden row summary div.afn as a sender', () => {
    const hidden = [...document.querySelectorAll('.afn [email]')];
    expect(hidden.length).toBe(5);
    expect(gmail.findSenders(document).some((s) => hidden.includes(s.element))).toBe(false);
  });

  it('never reports a recipient (span.g2) as a sender', () => {
    const recipient = document.querySelector('span.g2')!;
    expect(gmail.findSenders(document).some((s) => s.element === recipient)).toBe(false);
  });

  it('finds senders in a subtree the site just added, and the root itself', () => {
    const row = document.querySelectorAll('tr.zA')[1]!;
    expect(plain(gmail.findSenders(row))).toEqual([{ name: '支付宝', address: 'service@mail.alipay.com' }]);
    const span = row.querySelector('.yW span[email]')!;
    expect(gmail.findSenders(span).map((s) => s.element)).toEqual([span]);
  });

  it('takes a number in the body to its message div.adn', () => {
    const body = byId('body-open');
    const msg = gmail.messageOf(textNode('联系法务专员 138 0013 8000', body));
    expect(msg).toBe(byId('msg-open'));
    expect(msg!.contains(body)).toBe(true);
    expect(msg!.textContent).toContain('您的借呗账户已逾期 35 天');
    expect(msg!.textContent).toContain('400-820-8888');
  });

  it('takes a number in an inbox snippet to its row, and the sender to its message', () => {
    const row = gmail.messageOf(textNode('010-8526 3000', document.querySelectorAll('.y2')[2]!));
    expectElement(row, 'tr.zA');
    expect(row.textContent).toContain('上门核实通知');
    expect(gmail.messageOf(byId('msg-open').querySelector('span.gD')!)).toBe(byId('msg-open'));
    expect(gmail.messageOf(byId('msg-first').querySelector('span.gD')!)).toBe(byId('msg-first'));
  });

  it('never takes compose text as a message', () => {
    expect(gmail.messageOf(textNode('139 1234 5678'))).toBeNull();
    expect(gmail.messageOf(byId('compose'))).toBeNull();
  });
});

describe('gmail adapter on variants', () => {
  it('reads a class-free open-message header (h3 span[email]) and an unclassed participants cell', () => {
    document.body.innerHTML = `
      <div class="adn"><h3><span email="A@Example.com" name="催收中心">催收中心</span></h3><div class="a3s">请联系 13800138000</div></div>
      <table><tr class="zA"><td><div class="yW"><span email="b@x.cn">李四</span>, <span email="c@x.cn" name="王五">王五</span></div></td></tr></table>`;
    expect(plain(gmail.findSenders(document))).toEqual([
      { name: '催收中心', address: 'a@example.com' },
      { name: '李四', address: 'b@x.cn' },
      { name: '王五', address: 'c@x.cn' },
    ]);
  });

  it('ignores elements without a usable name or address', () => {
    document.body.innerHTML = '<span class="gD" email=""></span><div class="yW"><span email="  "> </span></div>';
    expect(gmail.findSenders(document)).toEqual([]);
  });

  it('counts two numbers of one body as one message', () => {
    document.body.innerHTML = '<div class="a3s" id="b"><p>电话 13800138000</p><p>座机 010-85263000</p></div>';
    const [a, b] = [...textNodes('电话'), ...textNodes('座机')];
    expect(gmail.messageOf(a!)).toBe(gmail.messageOf(b!));
  });
});
