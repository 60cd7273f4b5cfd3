/**
 * Outlook yields messages: list rows (subject and preview) and each message of
 * the open conversation (its body without the quoted history). The fixture's
 * script#expected-messages lists them in order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter as outlook } from '../../../entrypoints/content/sites/outlook';
import { byId, loadFixture, textNode, expectedMessages, messageData } from './fixture';




beforeEach(() => {
  loadFixture('outlook');
});

describe('outlook messagesIn on its fixture', () => {
  it('returns exactly the expected messages, in order', () => {
    const want = expectedMessages();
    expect(want.length).toBe(6);
    expect(outlook.messagesIn!(document).map(messageData)).toEqual(want);
  });

  it('a number inside each message leads back to that message (messageAt)', () => {
    const all = outlook.messagesIn!(document);
    expect(outlook.messageAt!(textNode('138 0013 8000'))?.element).toBe(all[0]!.element);
    expect(outlook.messageAt!(textNode('0571-2688 8888'))?.element).toBe(all[2]!.element);
    const open = outlook.messageAt!(textNode('010-8526 3000', byId('UniqueMessageBody_2')))!;
    expect(open.element).toBe(byId('open-message'));
    expect(messageData(open)).toEqual(expectedMessages()[5]);
    // The header of a message (its From line, its time) leads to it too.
    expect(outlook.messageAt!(byId('first-message').querySelector('[data-testid="SentReceivedSavedTime"]')!.firstChild!)?.element).toBe(byId('first-message'));
  });

  it('leaves the quoted history out: its text is in no message and a number in it belongs to none', () => {
    const open = outlook.messagesIn!(document).find((m) => m.element.id === 'open-message')!;
    expect(open.text).not.toContain('021-6288 1234');
    expect(open.text).not.toContain('发送时间');
    const quoted = byId('quoted-history');
    expect(outlook.messageAt!(textNode('021-6288 1234', quoted))).toBeNull();
    expect(outlook.messageAt!(textNode('发送时间', quoted))).toBeNull();
    // The message it quotes is not taken for a message of its own.
    expect(outlook.messagesIn!(document).some((m) => m.element === quoted || quoted.contains(m.element))).toBe(false);
  });

  it('yields nothing from the reply editor', () => {
    expect(outlook.messagesIn!(byId('compose'))).toEqual([]);
    expect(outlook.messagesIn!(byId('docking_InitVisiblePart_0'))).toEqual([]);
    expect(outlook.messageAt!(textNode('请停止拨打'))).toBeNull();
    expect(outlook.messagesIn!(document).some((m) => m.text.includes('请停止拨打'))).toBe(false);
  });

  it('gives no site id: UniqueMessageBody_N counts bodies on the page, data-convid names a conversation', () => {
    expect(outlook.messagesIn!(document).every((m) => m.siteId === undefined)).toBe(true);
  });

  it('finds the message around a subtree the site re-rendered', () => {
    expect(outlook.messagesIn!(byId('UniqueMessageBody_2')).map((m) => m.element)).toEqual([byId('open-message')]);
    expect(outlook.messagesIn!(document.querySelector('[role="listbox"]')!).length).toBe(4);
  });
});

describe('outlook messages on variants', () => {
  it('rows and messages in the Sent Items folder are outgoing and have no sender', () => {
    const before = location.href;
    history.replaceState(null, '', '/mail/0/sentitems');
    try {
      const all = outlook.messagesIn!(document);
      expect(all.every((m) => m.direction === 'outgoing' && m.sender === undefined)).toBe(true);
    } finally {
      history.replaceState(null, '', before);
    }
    expect(outlook.messagesIn!(document).every((m) => m.direction === 'incoming')).toBe(true);
  });

  it('never takes a people-picker suggestion for a message', () => {
    document.body.innerHTML = `<div id="fluent-default-layer-host"><ul class="ms-FloatingSuggestionsList-container">
      <li role="option"><span title="wang.jl@xinda-collect.cn">信达资产 王经理</span> 138 0013 8000</li></ul></div>`;
    expect(outlook.messagesIn!(document)).toEqual([]);
    expect(outlook.messageAt!(textNode('138 0013 8000'))).toBeNull();
  });

  it('reads a body whose quoted original follows #divRplyFwdMsg directly, and a header with only the name', () => {
    document.body.innerHTML = `<div data-app-section="ConversationContainer"><div aria-expanded="true" id="m">
      <div id="MSG_x_FROM"><span aria-label="From: 催收中心">催收中心</span></div>
      <div data-testid="SentReceivedSavedTime">Wed 9/18/2024 10:42 AM</div>
      <div id="UniqueMessageBody_7" role="document"><p>Final notice: call 400-820-8888 today.</p>
        <hr><div id="divRplyFwdMsg"><b>From:</b> Wei Zhang</div><div>Please stop calling my office at 021-6288 1234.</div></div>
    </div></div>`;
    const [m] = outlook.messagesIn!(document);
    expect(messageData(m!)).toEqual({ text: 'Final notice: call 400-820-8888 today.', sender: '催收中心', sentText: 'Wed 9/18/2024 10:42 AM', direction: 'incoming' });
    expect(outlook.messageAt!(textNode('021-6288 1234'))).toBeNull();
  });
});
