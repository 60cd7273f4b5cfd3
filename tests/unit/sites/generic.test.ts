import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_TEXT } from '../../../core/message';
import { genericAdapter, messageAt } from '../../../entrypoints/content/sites/generic';
import { byId, loadFixture, textNode } from './fixture';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('generic adapter', () => {
  it('finds no senders', () => {
    document.body.innerHTML = '<span email="a@b.cn">a</span><span e="a@b.cn">a</span>';
    expect(genericAdapter.findSenders(document)).toEqual([]);
  });

  // An <article> and a row of a table of rows are message boundaries: the number's message is the article
  // (not its paragraph) and the row (not its cell); a table of one row is layout, so there the cell is taken.
  it('takes the closest block around a number, or the article holding it', () => {
    document.body.innerHTML = `
      <article id="a"><p id="p">【借呗】请联系 <b>138 0013 8000</b> 处理</p></article>
      <ul><li id="li">客服 95188</li></ul>
      <table><tr id="tr"><td id="td">座机 010-8526 3000</td></tr><tr><td>传真 010-8526 3001</td></tr></table>
      <table><tr><td id="layout">客服热线 021-5888 6000 转 2</td></tr></table>
      <div role="listitem" id="item"><span>短信：400-820-8888</span></div>`;
    expect(genericAdapter.messageOf(textNode('138 0013 8000'))).toBe(byId('a'));
    expect(genericAdapter.messageOf(textNode('95188'))).toBe(byId('li'));
    expect(genericAdapter.messageOf(textNode('010-8526 3000'))).toBe(byId('tr'));
    expect(genericAdapter.messageOf(textNode('400-820-8888'))).toBe(byId('item'));
    expect(genericAdapter.messageOf(textNode('021-5888 6000'))).toBe(byId('layout'));
  });

  // A message longer than MAX_MESSAGE_TEXT is cut, not dropped (it used to give no message at all).
  it('cuts a block too long for one message, and gives nothing in editable regions', () => {
    document.body.innerHTML = `<div id="long">${'很长的页面内容。'.repeat(MAX_MESSAGE_TEXT / 4)}<span>13800138000</span></div>
      <div contenteditable="true"><p>草稿 13800138000</p></div><textarea>13912345678</textarea>`;
    expect(genericAdapter.messageOf(textNode('13800138000', byId('long')))).toBe(byId('long'));
    const long = messageAt(textNode('13800138000', byId('long')))!;
    expect(long.text).toHaveLength(MAX_MESSAGE_TEXT);
    expect(long.text).not.toContain('13800138000');
    expect(genericAdapter.messageOf(textNode('草稿'))).toBeNull();
    expect(genericAdapter.messageOf(document.querySelector('textarea')!.firstChild!)).toBeNull();
  });

  it('finds each message of the foundation page (the e2e fixture without a site adapter)', () => {
    document.body.innerHTML = `<div class="msg" id="collector">【借呗】您的借款已逾期，请立即联系 138 0013 8000 协商还款。</div>
      <div class="msg" id="official">【支付宝】如有疑问请致电客服电话95188。</div>`;
    expect(genericAdapter.messageOf(textNode('138 0013 8000'))).toBe(byId('collector'));
    expect(genericAdapter.messageOf(textNode('95188'))).toBe(byId('official'));
  });

  it('returns nothing for nodes outside any block', () => {
    expect(genericAdapter.messageOf(document)).toBeNull();
    expect(genericAdapter.messageOf(document.createTextNode('13800138000'))).toBeNull();
    document.body.textContent = '13800138000';
    expect(genericAdapter.messageOf(document.body.firstChild!)).toBeNull();
  });

  it('works on every site fixture without throwing', () => {
    for (const id of ['gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail']) {
      loadFixture(id);
      const msg = genericAdapter.messageOf(textNode('138 0013 8000'));
      expect(msg === null || msg.textContent!.includes('138 0013 8000'), id).toBe(true);
    }
  });
});
