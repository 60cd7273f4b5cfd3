/**
 * Google Messages yields messages: the bubbles of the open conversation, each
 * with its own text, the conversation as the sender of incoming ones, the time
 * its label gives, direction and msg-id. The fixture's script#expected-messages
 * lists them in order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { googleMessagesAdapter as gm } from '../../../entrypoints/content/sites/google-messages';
import { byId, loadFixture, textNode, expectedMessages, messageData } from './fixture';




/** Runs the fixture's page script (happy-dom does not run scripts set through innerHTML). */
function runPageScript() {
  const script = [...document.querySelectorAll('script')].find((s) => s.textContent!.includes('fixtureReceive'))!;
  new Function(script.textContent!)();
  return (window as unknown as { fixtureReceive(): Element | null }).fixtureReceive;
}

beforeEach(() => {
  loadFixture('google-messages');
});

describe('google-messages messagesIn on its fixture', () => {
  it('returns exactly the expected messages, in order', () => {
    const want = expectedMessages();
    expect(want.length).toBe(4);
    expect(gm.messagesIn!(document).map(messageData)).toEqual(want);
  });

  it('a number inside each bubble leads back to that message (messageAt)', () => {
    const all = gm.messagesIn!(document);
    expect(gm.messageAt!(textNode('138 0013 8000', byId('msg-1')))?.element).toBe(all[1]!.element);
    expect(gm.messageAt!(textNode('400-820-8888'))?.element).toBe(all[2]!.element);
    expect(messageData(gm.messageAt!(textNode('95188', byId('msg-2')))!)).toEqual(expectedMessages()[2]);
  });

  it('reads the bubble\'s own text, never its aria-label copy, the date separators or the conversation list', () => {
    const all = gm.messagesIn!(document);
    for (const m of all) {
      expect(m.text).not.toMatch(/said:|Received on|Sent on/);
      expect(m.text).not.toContain('星期');
    }
    // Snippets repeat the latest bubble without an id: no message of their own.
    expect(gm.messageAt!(textNode('我司已受理您的欠款案件'))).toBeNull();
    expect(gm.messagesIn!(document.querySelector('mws-conversations-list')!)).toEqual([]);
  });

  it('yields nothing from the compose box', () => {
    const box = document.querySelector('textarea')!;
    expect(gm.messagesIn!(box)).toEqual([]);
    expect(gm.messageAt!(box.firstChild!)).toBeNull();
    expect(gm.messagesIn!(document.querySelector('mws-message-compose')!)).toEqual([]);
  });

  it('follows the page when a bubble is removed while new ones arrive (windowing)', () => {
    const receive = runPageScript();
    const oldNode = textNode('逾期 33 天', byId('oldest'));
    const oldest = byId('oldest');
    expect(receive()).toBe(oldest);
    const all = gm.messagesIn!(document).map(messageData);
    expect(all.map((m) => m.text)).toEqual([
      ...expectedMessages().slice(1).map((m) => m.text),
      '【借呗】您未按约定时间回复，我司将于明日安排外访人员核实您的工作单位。',
      '请通过书面方式联系我，我已向金融监管部门反映。',
    ]);
    expect(all[3]).toEqual({
      text: '【借呗】您未按约定时间回复，我司将于明日安排外访人员核实您的工作单位。',
      sender: '10690123456789', address: '10690123456789', sentText: 'September 18, 2024 at 2:16 PM',
      direction: 'incoming', siteId: '6c9f2e53-3d40-4fac-b182-4eaf307d9c32',
    });
    // Still being sent: a temporary id is no id, and "Sending." is no time.
    expect(all[4]).toEqual({ text: '请通过书面方式联系我，我已向金融监管部门反映。', direction: 'outgoing' });
    // A bubble the page took away is no longer a message.
    expect(oldNode.isConnected).toBe(false);
    expect(gm.messageAt!(oldNode)).toBeNull();
  });
});

describe('google-messages messages on variants', () => {
  const bubble = (id: string, label: string, text: string, out = false) => `
    <mws-message-wrapper data-e2e-message-wrapper msg-id="${id}" is-outgoing="${out}">
      <div data-e2e-message-wrapper-core><mws-text-message-part data-e2e-text-message-content aria-label="${label}">
        <div class="text-msg-content"><div class="text-msg msg-content">${text}</div></div>
      </mws-text-message-part></div>
    </mws-message-wrapper>`;

  it('in a group named by a comma list, an incoming bubble\'s sender is the participant its label names, never the list', () => {
    document.body.innerHTML = `<main data-e2e-conversation-container>
      <div data-e2e-header-title><h2>張經理, +86 199 5123 7788</h2></div>
      <mws-messages-list>
        ${bubble('a1', '張經理 said: 陳先生您好，請於本週五前回覆還款方案。. Received on September 12, 2024 at 3:05 PM.', '陳先生您好，請於本週五前回覆還款方案。')}
        ${bubble('a2', '+86 199 5123 7788 said: 我是律師事務所的，請回電 199 5123 7788。. Received on September 12, 2024 at 3:20 PM.', '我是律師事務所的，請回電 199 5123 7788。')}
        ${bubble('a3', 'Someone said: 收到. Received on September 12, 2024 at 3:30 PM.', '收到')}
        ${bubble('a4', 'You said: 請以書面方式聯繫我。. Sent on September 12, 2024 at 4:00 PM. Delivered.', '請以書面方式聯繫我。', true)}
      </mws-messages-list></main>`;
    const all = gm.messagesIn!(document);
    expect(all.map((m) => m.sender)).toEqual([
      { name: '張經理' },
      { name: '+86 199 5123 7788', address: '+86 199 5123 7788' },
      undefined,
      undefined,
    ]);
    expect(all.map((m) => m.direction)).toEqual(['incoming', 'incoming', 'incoming', 'outgoing']);
    expect(all[3]!.sentText).toBe('September 12, 2024 at 4:00 PM');
  });

  it('a header with one h2 per participant is a group too', () => {
    document.body.innerHTML = `<main data-e2e-conversation-container>
      <div data-e2e-header-title><h2>Mom</h2><h2>Dad</h2></div>
      <mws-messages-list>${bubble('b1', 'Mom said: Dinner at 7? Dad is making dumplings. Received on November 2, 2025 at 5:12 PM.', 'Dinner at 7? Dad is making dumplings')}</mws-messages-list></main>`;
    expect(gm.messagesIn!(document).map((m) => [m.sender, m.sentText])).toEqual([[{ name: 'Mom' }, 'November 2, 2025 at 5:12 PM']]);
  });

  it('skips image-only and deleted bubbles, and finds the bubble around a re-rendered part', () => {
    document.body.innerHTML = `<main data-e2e-conversation-container><div data-e2e-header-title><h2>妈妈</h2></div><mws-messages-list>
      <mws-message-wrapper data-e2e-message-wrapper msg-id="c1" is-outgoing="false"><mws-image-message-part></mws-image-message-part></mws-message-wrapper>
      <mws-message-wrapper data-e2e-message-wrapper msg-id="c2" is-outgoing="false"><div data-e2e-message-tombstone>此消息已删除</div></mws-message-wrapper>
      ${bubble('c3', '妈妈 said: 周末回家吃饭吗？. Received on November 2, 2025 at 6:01 PM.', '周末回家吃饭吗？你爸买了鱼。')}
      </mws-messages-list></main>`;
    const all = gm.messagesIn!(document);
    expect(all.map((m) => [m.siteId, m.text, m.sender?.name])).toEqual([['c3', '周末回家吃饭吗？你爸买了鱼。', '妈妈']]);
    expect(gm.messagesIn!(document.querySelector('.text-msg')!).map((m) => m.siteId)).toEqual(['c3']);
  });
});
