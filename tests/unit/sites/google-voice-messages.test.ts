/**
 * Google Voice yields messages: list rows and bubbles of the open conversation,
 * each with its own text (no icon ligature words), the conversation's number
 * from the header's second line or the address bar (current markup has no
 * gv-thread-id), the time as shown, and its direction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { googleVoiceAdapter as gv, voiceNumber } from '../../../entrypoints/content/sites/google-voice';
import { byId, loadFixture, textNode, expectedMessages, messageData } from './fixture';




const all = () => gv.messagesIn!(document);

beforeEach(() => {
  loadFixture('google-voice');
});
afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('google-voice messagesIn on its fixture', () => {
  it('returns exactly the messages the fixture lists, in order', () => {
    const expected = expectedMessages();
    expect(expected.length).toBe(7);
    expect(all().map(messageData)).toEqual(expected);
  });

  it('each message is one row or one bubble, and never holds a neighbour', () => {
    const msgs = all();
    expect(msgs.map((m) => m.element.tagName.toLowerCase())).toEqual([
      ...Array(4).fill('gv-thread-list-item'), ...Array(3).fill('gv-text-message-item'),
    ]);
    for (const m of msgs) for (const o of msgs) if (o !== m) expect(m.element.contains(o.element)).toBe(false);
  });

  it('leaves out icon ligature words, avatars, menus and the time from the text', () => {
    for (const m of all()) {
      expect(m.text).not.toMatch(/more_vert|person|\bsend\b/);
      if (m.sentText) expect(m.text).not.toContain(m.sentText);
    }
  });

  it('messageAt a number inside each message returns that message', () => {
    const msgs = all();
    const cases: [string, Element][] = [
      ['(845) 555-0142 Mon-Fri', msgs[1]!.element],
      ['138 0013 8000 协商', byId('msg-1')],
      ['95188', byId('msg-2')],
    ];
    for (const [text, element] of cases) {
      const m = gv.messageAt!(textNode(text));
      expect(m?.element).toBe(element);
      expect(messageData(m!)).toEqual(messageData(msgs.find((x) => x.element === element)!));
    }
    // Inside the tel: link of a bubble too.
    expect(gv.messageAt!(document.querySelector('a[href^="tel:"]')!.firstChild!)?.element).toBe(byId('msg-2'));
    // messageOf agrees.
    expect(gv.messageOf(textNode('010-8526 3000'))).toBe(byId('msg-1'));
  });

  it('nothing from the compose box, and the header is not a message', () => {
    const compose = document.querySelector('textarea.message-input')!;
    expect(gv.messageAt!(compose)).toBeNull();
    expect(gv.messageAt!(compose.firstChild!)).toBeNull();
    expect(gv.messagesIn!(compose)).toEqual([]);
    expect(gv.messageAt!(textNode('mobile •'))).toBeNull();
    expect(all().some((m) => m.text.includes('13800138000'))).toBe(false);
  });

  it('a recycled row (same element, new text) yields the new text, sender and time on the next call', () => {
    const rows = [...document.querySelectorAll('gv-thread-list-item')];
    expect(all()[0]!.element).toBe(rows[0]);
    // The fixture's own page script, as the CDK viewport runs it on scroll.
    new Function(byId('gv-recycle').textContent!)();
    (window as unknown as { gvRecycle(first: number): void }).gvRecycle(0);
    const after = all();
    expect([...document.querySelectorAll('gv-thread-list-item')]).toEqual(rows);
    expect(after[0]!.element).toBe(rows[0]);
    expect(messageData(after[0]!)).toEqual({
      text: 'Hi, this is Jordan with Crestline Recovery. Call me back today at (212) 555-0187 to resolve your balance before it goes to legal.',
      sender: '(212) 555-0187', address: '+12125550187', sentText: 'Nov 24', direction: 'incoming',
    });
    expect(messageData(after[1]!)).toMatchObject({ sender: 'Chase', sentText: 'Nov 23', direction: 'incoming' });
    expect(after[1]!.sender!.address).toBeUndefined();
    expect(gv.messageAt!(textNode('Crestline'))?.text).toContain('Jordan with Crestline Recovery');
  });

  it('a recycled bubble yields its new text', () => {
    byId('msg-2').querySelector('gv-annotation')!.textContent = 'Final notice: call 138 0013 8000 today.';
    expect(all()[5]!.text).toBe('Final notice: call 138 0013 8000 today.');
    expect(all()[5]!.sender).toEqual({ name: '借呗法务部', address: '+8613800138000' });
  });

  it('messagesIn on a subtree returns the messages in it, the same as from the document', () => {
    const sub = gv.messagesIn!(byId('msg-1').querySelector('gv-annotation')!);
    expect(sub.map(messageData)).toEqual([messageData(all()[4]!)]);
    expect(sub[0]!.element).toBe(byId('msg-1'));
  });
});

describe('google-voice conversation number', () => {
  const thread = (header: string) => `
    <gv-message-list-header><p gv-test-id="conversation-title">${header}</p></gv-message-list-header>
    <gv-text-message-item id="m"><div class="message-row incoming"><div class="subject-content-container bubble">
      <gv-annotation>Hi this is Dana from Summit Recovery, please call me back at 845-555-0142 ext 12.</gv-annotation></div></div>
      <div class="sender-timestamp"><span class="timestamp">10:14 AM</span></div></gv-text-message-item>`;

  it('comes from the header second line of a saved contact, bidi marks removed', () => {
    document.body.innerHTML = thread('<span class="primary-text">\u202aSummit Recovery\u202c</span><span>mobile • \u202a(845) 555-0142\u202c</span>');
    expect(all()[0]!.sender).toEqual({ name: 'Summit Recovery', address: '+18455550142' });
  });

  it('comes from ?itemId=t.%2B… when the header shows only a name', () => {
    history.replaceState(null, '', '/u/0/messages?itemId=t.%2B18455550142');
    document.body.innerHTML = thread('<span class="primary-text">Summit Recovery</span>');
    expect(all()[0]!.sender).toEqual({ name: 'Summit Recovery', address: '+18455550142' });
  });

  it('comes from the path /messages/t.%252B…', () => {
    history.replaceState(null, '', '/u/0/messages/t.%252B18455550142');
    document.body.innerHTML = thread('<span class="primary-text">Summit Recovery</span>');
    expect(all()[0]!.sender).toEqual({ name: 'Summit Recovery', address: '+18455550142' });
  });

  it('is the shown number when the contact is not saved, and none in a group', () => {
    document.body.innerHTML = thread('<span class="primary-text">\u202a(845) 555-0142\u202c</span>');
    expect(all()[0]!.sender).toEqual({ name: '(845) 555-0142', address: '+18455550142' });
    document.body.innerHTML = thread('<span class="primary-text">(404) 840-6745, (704) 386-7727</span>');
    expect(all()[0]!.sender).toBeUndefined();
    expect(all()[0]!.sentText).toBe('10:14 AM');
  });

  it('normalises numbers as the address bar writes them', () => {
    expect(voiceNumber('(845) 555-0142')).toBe('+18455550142');
    expect(voiceNumber('+86 138 0013 8000')).toBe('+8613800138000');
    expect(voiceNumber('1 (845) 555-0142')).toBe('+18455550142');
    expect(voiceNumber('40404')).toBe('40404');
    expect(voiceNumber('Mom')).toBeUndefined();
  });

  it('an outgoing bubble has no sender; a list preview beginning "You:" is the user\'s own', () => {
    document.body.innerHTML = `
      <gv-thread-list-item><div class="thread-details"><gv-annotation class="participants">Summit Recovery</gv-annotation>
        <gv-annotation class="preview">You: I already paid this in full, stop texting me.</gv-annotation><div class="timestamp">2:31 PM</div></div></gv-thread-list-item>
      <gv-text-message-item><div class="message-row outgoing"><div class="subject-content-container bubble">I already paid this in full, stop texting me.</div></div></gv-text-message-item>`;
    expect(all().map(messageData)).toEqual([
      { text: 'I already paid this in full, stop texting me.', sentText: '2:31 PM', direction: 'outgoing' },
      { text: 'I already paid this in full, stop texting me.', direction: 'outgoing' },
    ]);
  });
});
