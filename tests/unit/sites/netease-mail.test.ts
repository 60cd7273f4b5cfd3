import { beforeEach, describe, expect, it } from 'vitest';
import { neteaseMailAdapter as netease } from '../../../entrypoints/content/sites/netease-mail';
import { byId, expectElement, loadFixture, plain, textNode, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('netease-mail');
});

describe('netease-mail adapter on its fixture', () => {
  it('finds the list senders and the 发件人 of each read header, not the 收件人 nor the compact line', () => {
    const senders = netease.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '借呗法务部' },
      { name: '支付宝' },
      { name: '信达资产 王经理' },
      { name: '爸爸' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      // The hidden tab's header: marking it is harmless, it yields no message (netease-mail-messages.test.ts).
      { name: '支付宝', address: 'service@mail.alipay.com' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    expect(senders[0]!.element.matches('[sign="start-from"] .nui-user')).toBe(true);
    expect(senders[4]!.element.matches('.nui-addr-name')).toBe(true);
  });

  it('finds the sender of a list row added later', () => {
    const row = document.querySelectorAll('div[sign="letter"]')[1]!;
    expect(plain(netease.findSenders(row))).toEqual([{ name: '支付宝' }]);
  });

  it('takes a number in the body (the read iframe document) to .netease_mail_readhtml', async () => {
    const frame = byId('_mail_frameBody_0') as HTMLIFrameElement;
    for (let i = 0; i < 100 && !frame.contentDocument?.body?.classList.contains('netease_mail_readhtml'); i++) await new Promise((r) => setTimeout(r, 10));
    const body = frame.contentDocument!.body;
    const msg = netease.messageOf(textNode('400-820-8888', body));
    expect(msg).toBe(body);
    expect(msg!.textContent).toContain('您的借呗账户已逾期 35 天');
  });

  it('takes a number in a list digest to its row, and the header sender to the read module', () => {
    const row = netease.messageOf(textNode('0571-2688 8888'));
    expectElement(row, 'div[sign="letter"]');
    expect(row.textContent).toContain('上门核实通知');
    const module = netease.messageOf(document.querySelector('.nui-addr-name')!);
    expectElement(module, '[id^="_dvModuleContainer_read"]');
  });

  it('never takes the quick-reply textarea as a message', () => {
    expect(netease.messageOf(textNode('已还清'))).toBeNull();
  });
});

describe('netease-mail adapter on variants', () => {
  it('reads .nui-user in rows without a start-from cell', () => {
    document.body.innerHTML = '<div sign="letter"><span class="nui-user" title="Notice@Xinda.cn">信达资产</span><span class="da0">通知</span></div>';
    expect(plain(netease.findSenders(document))).toEqual([{ name: '信达资产', address: 'notice@xinda.cn' }]);
  });

  it('ignores recipient blocks of the compose module', () => {
    document.body.innerHTML = `
      <div id="_dvModuleContainer_compose.ComposeModule_1">
        <div class="js-component-emailblock nui-addr"><span class="nui-addr-name">借呗</span><span class="nui-addr-email">&lt;a@b.cn&gt;</span></div>
      </div>`;
    expect(netease.findSenders(document)).toEqual([]);
  });

  it('uses the address when a header address has no name', () => {
    document.body.innerHTML = '<ul><li class="fS"><div class="fT">发件人：</div><div class="fU"><div class="nui-addr"><span class="nui-addr-email">&lt;10690123456789@sms.163.com&gt;</span></div></div></li></ul>';
    expect(plain(netease.findSenders(document))).toEqual([
      { name: '10690123456789@sms.163.com', address: '10690123456789@sms.163.com' },
    ]);
  });
});
