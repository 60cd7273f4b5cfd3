import { beforeEach, describe, expect, it } from 'vitest';
import { googleVoiceAdapter as gv } from '../../../entrypoints/content/sites/google-voice';
import { byId, expectElement, loadFixture, plain, textNode, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('google-voice');
});

describe('google-voice adapter on its fixture', () => {
  it('finds each thread participant (a number shown is its address; no gv-thread-id on current markup), and the open conversation title with the number from its second line', () => {
    const senders = gv.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '借呗法务部' },
      { name: '(845) 555-0142', address: '+18455550142' },
      { name: 'Mom' },
      { name: '69877', address: '69877' },
      { name: '借呗法务部', address: '+8613800138000' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    expect(senders[1]!.element.matches('gv-annotation.participants')).toBe(true);
    expect(senders[4]!.element.matches('.primary-text')).toBe(true);
  });

  it('finds the participant of one thread row', () => {
    const row = document.querySelectorAll('gv-thread-list-item')[1]!;
    expect(plain(gv.findSenders(row))).toEqual([{ name: '(845) 555-0142', address: '+18455550142' }]);
  });

  it('takes a number in a bubble to its gv-text-message-item', () => {
    const item = byId('msg-1');
    const msg = gv.messageOf(textNode('010-8526 3000', item));
    expectElement(msg, 'gv-text-message-item, [gv-test-id="message-item-container"]');
    expect(item.contains(msg)).toBe(true);
    expect(msg.textContent).toContain('您的借款已逾期 35 天');
  });

  it('takes a number in a thread preview to its row', () => {
    const row = gv.messageOf(textNode('Summit Recovery Group'));
    expectElement(row, 'gv-thread-list-item');
    expect(row.textContent).toContain('account ending 4417');
  });

  it('never takes the compose textarea as a message', () => {
    expect(gv.messageOf(textNode('我已经还了'))).toBeNull();
  });
});

describe('google-voice adapter on variants', () => {
  it('reads .primary-text in rows without a participants annotation, and no address from group ids', () => {
    document.body.innerHTML = `
      <gv-thread-list-item><div gv-thread-id="g.Uabc123"><div class="primary-text">借呗法务部, 王经理</div></div></gv-thread-list-item>
      <gv-thread-list-item><div gv-thread-id="t.40404"><gv-annotation class="participants">40404</gv-annotation><div class="primary-text">40404</div></div></gv-thread-list-item>`;
    expect(plain(gv.findSenders(document))).toEqual([{ name: '借呗法务部, 王经理' }, { name: '40404', address: '40404' }]);
  });

  it('uses the whole title when there is no name line', () => {
    document.body.innerHTML = '<gv-message-list-header><p gv-test-id="conversation-title">(845) 555-0142</p></gv-message-list-header>';
    expect(plain(gv.findSenders(document))).toEqual([{ name: '(845) 555-0142', address: '+18455550142' }]);
  });

  it('takes a number in a newer gv-message-item bubble to it', () => {
    document.body.innerHTML = '<gv-message-item id="m"><div class="message-row incoming"><div class="subject-content-container bubble">回电 13800138000</div></div></gv-message-item>';
    expect(gv.messageOf(textNode('13800138000'))).toBe(byId('m'));
  });
});
