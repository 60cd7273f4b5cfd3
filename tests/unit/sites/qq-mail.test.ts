import { beforeEach, describe, expect, it } from 'vitest';
import { qqMailAdapter as qq } from '../../../entrypoints/content/sites/qq-mail';
import { byId, expectElement, loadFixture, plain, textNode, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('qq-mail');
});

describe('qq-mail adapter on its fixture (current web app)', () => {
  it('finds the list nicknames and the open mail sender with its address', () => {
    const senders = qq.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '借呗法务部' },
      { name: '支付宝' },
      { name: '信达资产 王经理' },
      { name: '顺丰速运' },
      { name: '媽媽' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    expect(senders.every((s) => s.element.matches('.cmp-account-nick'))).toBe(true);
  });

  it('does not take the recipient row of the open mail', () => {
    expect(qq.findSenders(document).some((s) => s.name === '我')).toBe(false);
  });

  it('takes a number in the body to the body element', () => {
    const body = byId('body-open');
    const msg = qq.messageOf(textNode('010-8526 3000', body));
    expectElement(msg, '.reader-body-children, .mail-detail-content');
    expect(msg.contains(body) || body.contains(msg)).toBe(true);
    expect(msg.textContent).toContain('您的借呗账户已逾期 35 天');
  });

  it('takes a number in a list digest to its row, and the sender to the open mail', () => {
    const row = qq.messageOf(textNode('021-6888 1234'));
    expectElement(row, '.mail-list-page-item');
    expect(row.textContent).toContain('上门核实通知');
    const open = qq.messageOf(document.querySelector('.mail-detail-basic .cmp-account-nick')!);
    expectElement(open, '.mail-detail');
    expect(open.textContent).toContain('法务专员 138 0013 8000');
  });

  it('never takes the quick-reply editor as a message', () => {
    expect(qq.messageOf(textNode('请勿再打'))).toBeNull();
  });
});

describe('qq-mail adapter on the classic frames UI', () => {
  // Reading frame of classic mail.qq.com: address spans carry e= (address) and n= (name).
  const CLASSIC = `
    <div id="mainmail">
      <table class="settingtable">
        <tr><td class="addrtitle">发件人：</td><td><span class="qmaddr" e="fawu@jiebei-cs.com" n="借呗法务部">借呗法务部</span><span>&lt;fawu@jiebei-cs.com&gt;</span></td></tr>
        <tr><td class="addrtitle">收件人：</td><td><span e="10001@qq.com" n="我">我</span></td></tr>
        <tr><td class="addrtitle">抄　送：</td><td><span e="family@qq.com" n="家人">家人</span></td></tr>
      </table>
      <div id="contentDiv"><div id="qm_con_body"><div id="mailContentContainer" class="qmbox qm_con_body_content">
        <p>【借呗】请立即联系 138 0013 8000 处理逾期。</p>
      </div></div></div>
    </div>
    <form id="frm"><div id="addrsDiv"><span e="x@qq.com">x</span></div></form>`;

  it('takes the sender span and not the recipient, cc or compose spans', () => {
    document.body.innerHTML = CLASSIC;
    expect(plain(qq.findSenders(document))).toEqual([{ name: '借呗法务部', address: 'fawu@jiebei-cs.com' }]);
  });

  it('takes a number in the body to #mailContentContainer, and the sender to #mainmail', () => {
    document.body.innerHTML = CLASSIC;
    expect(qq.messageOf(textNode('138 0013 8000'))).toBe(byId('mailContentContainer'));
    expect(qq.messageOf(document.querySelector('span[n="借呗法务部"]')!)).toBe(byId('mainmail'));
    // The message model: the sender belongs to the mail whose text is the body.
    expect(qq.messageAt!(document.querySelector('span[n="借呗法务部"]')!)?.element).toBe(byId('mailContentContainer'));
  });

  it('takes an unlabelled span[e] (list rows) as a sender, with the text as name when n is missing', () => {
    document.body.innerHTML = '<table><tr><td><nobr><span e="Notice@XD-Collect.cn">信达资产</span></nobr></td><td>请致电 021-6888 1234</td></tr></table>';
    expect(plain(qq.findSenders(document))).toEqual([{ name: '信达资产', address: 'notice@xd-collect.cn' }]);
  });

  it('falls back to .mail-sender when a list row has no nickname element', () => {
    document.body.innerHTML = '<div class="mail-list-page-item"><div class="mail-sender">10690123456789</div><div class="mail-digest">…</div></div>';
    expect(plain(qq.findSenders(document))).toEqual([{ name: '10690123456789' }]);
  });
});
