import { beforeEach, describe, expect, it } from 'vitest';
import { googleMessagesAdapter as gm } from '../../../entrypoints/content/sites/google-messages';
import { byId, expectElement, loadFixture, plain, textNode, type LoadedFixture } from './fixture';

let fx: LoadedFixture;
beforeEach(() => {
  fx = loadFixture('google-messages');
});

describe('google-messages adapter on its fixture', () => {
  it('finds the conversation names, the header title and the details participant', () => {
    const senders = gm.findSenders(document);
    expect(plain(senders)).toEqual([
      { name: '10690123456789' },
      { name: '95188' },
      { name: '信达资产 王经理' },
      { name: '10690123456789' },
      { name: '10690123456789', address: '10690123456789' },
    ]);
    expect(senders.length).toBe(fx.expect.senders);
    expect(senders[0]!.element.hasAttribute('data-e2e-conversation-name')).toBe(true);
    expect(senders[3]!.element.matches('[data-e2e-header-title] h2')).toBe(true);
  });

  it('finds the sender of a conversation row added later', () => {
    const item = document.querySelectorAll('mws-conversation-list-item')[2]!;
    expect(plain(gm.findSenders(item))).toEqual([{ name: '信达资产 王经理' }]);
  });

  it('finds the header title when the site re-renders only the h2', () => {
    const h2 = document.querySelector('[data-e2e-header-title] h2')!;
    expect(gm.findSenders(h2).map((s) => s.element)).toEqual([h2]);
  });

  it('takes a number in a bubble to its message wrapper', () => {
    const bubble = byId('msg-1');
    const msg = gm.messageOf(textNode('138 0013 8000', bubble));
    expectElement(msg, 'mws-message-wrapper');
    expect(msg.contains(bubble)).toBe(true);
    expect(msg.textContent).toContain('您的借款已逾期 35 天');
    expect(gm.messageOf(textNode('400-820-8888'))).toBe(byId('msg-2').closest('mws-message-wrapper'));
  });

  it('does not take a group conversation\'s comma list as one sender', () => {
    const group = [...document.querySelectorAll('[data-e2e-conversation-name]')].find((el) => el.textContent!.includes('張經理'))!;
    expect(gm.findSenders(document).some((s) => s.element === group)).toBe(false);
  });

  it('takes a number in a conversation snippet to its list item', () => {
    const item = gm.messageOf(textNode('0571-2688 8888'));
    expectElement(item, 'mws-conversation-list-item, a[data-e2e-conversation]');
    expect(item.textContent).toContain('我司已受理您的欠款案件');
  });

  it('never takes the compose box as a message', () => {
    expect(gm.messageOf(textNode('13800138000 了'))).toBeNull();
  });
});

describe('google-messages adapter on variants', () => {
  it('reads .name in list items of builds without data-e2e attributes', () => {
    document.body.innerHTML = `
      <mws-conversation-list-item><a><h3 class="name">【借呗】</h3></a></mws-conversation-list-item>
      <mws-conversation-list-item><a><span class="name" data-e2e-conversation-name>95188</span></a></mws-conversation-list-item>`;
    expect(plain(gm.findSenders(document))).toEqual([{ name: '【借呗】' }, { name: '95188' }]);
  });

  it('takes every participant of a group header and leaves the local user out', () => {
    document.body.innerHTML = '<div data-e2e-header-title><h2>借呗法务部</h2><h2>You</h2><h2>+86 138 0013 8000</h2></div>';
    expect(plain(gm.findSenders(document))).toEqual([{ name: '借呗法务部' }, { name: '+86 138 0013 8000' }]);
  });

  it('uses the header title itself when it has no h2', () => {
    document.body.innerHTML = '<span data-e2e-header-title>10690123456789</span>';
    expect(plain(gm.findSenders(document))).toEqual([{ name: '10690123456789' }]);
  });

  it('falls back to the message wrapper when there is no text part', () => {
    document.body.innerHTML = '<mws-message-wrapper data-e2e-message-wrapper id="w"><div><span>请回电 13800138000</span></div></mws-message-wrapper>';
    expect(gm.messageOf(textNode('13800138000'))).toBe(byId('w'));
  });
});
