import { expect } from 'vitest';
import { parsePageTime } from '../../../core/message-time';
import { messageText, type MessageTime } from '../../../core/message';

/** What a fixture page says each of its messages is (`<script type="application/json" id="expected-messages">`). */
export interface ExpectedMessage {
  text: string;
  /** The sender's name, or (generic fixtures) `{ name, address? }`. */
  sender?: string | { name: string; address?: string } | null;
  address?: string | null;
  sentText?: string | null;
  direction: 'incoming' | 'outgoing';
  siteId?: string | null;
}

/** What the content script read (its e2e probe, lib/dev.ts). */
export interface ReadMessage {
  id: string;
  text: string;
  sender: { name: string; address?: string } | null;
  sent: MessageTime | null;
  direction: 'incoming' | 'outgoing';
}

export interface MessagesPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Asks the content script for the messages it reads on the page (probe mode only). */
export async function readMessages(page: MessagesPage): Promise<ReadMessage[]> {
  return page.evaluate(async () => {
    document.documentElement.removeAttribute('data-shield-e2e-messages');
    document.dispatchEvent(new CustomEvent('shield-e2e-messages'));
    for (let i = 0; i < 100 && !document.documentElement.hasAttribute('data-shield-e2e-messages'); i++) await new Promise((r) => setTimeout(r, 20));
    return JSON.parse(document.documentElement.getAttribute('data-shield-e2e-messages') ?? 'null') as ReadMessage[];
  }, undefined);
}

export async function expectedMessages(page: MessagesPage): Promise<ExpectedMessage[]> {
  return page.evaluate(() => JSON.parse(document.getElementById('expected-messages')?.textContent ?? 'null') as ExpectedMessage[], undefined);
}

/**
 * The page's messages as the extension reads them in a real browser equal the
 * fixture's expectations: count, order, each one's exact text, sender, sent
 * time (the page's own, parsed in the browser's zone, which is the test's) and
 * direction; ids stable from one reading to the next.
 */
export async function expectMessagesAsFixtureSays(page: MessagesPage, name: string) {
  const expected = await expectedMessages(page);
  expect(expected, `${name}: the fixture lists its messages`).not.toBeNull();
  const now = Date.now();
  const read = await readMessages(page);
  expect(read, `${name}: the content script answered`).not.toBeNull();
  const summary = (m: ReadMessage) => ({ text: m.text, sender: m.sender?.name ?? null, address: m.sender?.address ?? null, direction: m.direction });
  const want = expected.map((e) => ({
    text: messageText(e.text),
    sender: (typeof e.sender === 'object' ? e.sender?.name : e.sender) ?? null,
    address: (typeof e.sender === 'object' ? e.sender?.address : undefined) ?? e.address ?? null,
    direction: e.direction,
  }));
  expect(read.map(summary), name).toEqual(want);
  for (const [i, e] of expected.entries()) {
    const sent = e.sentText ? parsePageTime(e.sentText, { now }) : undefined;
    const got = read[i]!.sent;
    if (!sent) expect(got, `${name} #${i}: no time shown, none invented`).toBeNull();
    else {
      expect(got?.precision, `${name} #${i}: ${e.sentText}`).toBe(sent.precision);
      // the page was read a moment before `now`: relative times may differ by a minute
      expect(Math.abs((got?.at ?? 0) - sent.at), `${name} #${i}: ${e.sentText}`).toBeLessThanOrEqual(60_000);
    }
  }
  // Ids are stable: reading the page again gives the same ones. (Two places may show one message,
  // a list row's snippet and the open mail: they share an id, so it is counted once.)
  expect((await readMessages(page)).map((m) => m.id), `${name}: stable ids`).toEqual(read.map((m) => m.id));
}
