/** Loads tests/fixtures/sites/<id>.html into the happy-dom document. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { SenderFound, SiteMessage } from '../../../entrypoints/content/sites';

export interface Expectation {
  senders: number;
  numbers: number;
}

export interface LoadedFixture {
  expect: Expectation;
  /** Text of the comment at the top of the page. */
  comment: string;
}

export function fixturePath(id: string): string {
  // vitest runs from the repository root (as the other unit tests assume).
  return resolve('tests/fixtures/sites', `${id}.html`);
}

export function loadFixture(id: string): LoadedFixture {
  const html = readFileSync(fixturePath(id), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  const meta = parsed.querySelector('meta[name="shield-expect"]');
  const comment = [...parsed.childNodes].find((n) => n.nodeType === Node.COMMENT_NODE)?.textContent ?? '';
  return { expect: JSON.parse(meta?.getAttribute('content') ?? 'null') as Expectation, comment };
}

/** The text node under root whose data contains text (first in document order). */
export function textNode(text: string, root: Node = document.body): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(text)) return n as Text;
  }
  throw new Error(`no text node with ${JSON.stringify(text)}`);
}

/** All text nodes under root whose data contains text. */
export function textNodes(text: string, root: Node = document.body): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) out.push(n as Text);
  return out;
}

export function byId(id: string): Element {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

/** Senders as plain data, for toEqual. */
export function plain(senders: SenderFound[]): { name: string; address?: string }[] {
  return senders.map((s) => (s.address === undefined ? { name: s.name } : { name: s.name, address: s.address }));
}

export function expectElement(el: Element | null, selector: string): asserts el is Element {
  expect(el, `expected an element matching ${selector}`).not.toBeNull();
  expect(el!.matches(selector), `${el!.outerHTML.slice(0, 120)} should match ${selector}`).toBe(true);
}

/** One message as a fixture lists it in script#expected-messages. */
export interface ExpectedMessage {
  text: string;
  sender?: string;
  address?: string;
  sentText?: string;
  direction: string;
  siteId?: string;
}

/** The fixture's own list of what messagesIn(doc) must return. */
export function expectedMessages(doc: Document = document, id = 'expected-messages'): ExpectedMessage[] {
  return JSON.parse(doc.getElementById(id)!.textContent!) as ExpectedMessage[];
}

/** A message an adapter read, in the fixture's terms (whitespace collapsed, absent fields left out). */
export function messageData(m: SiteMessage): ExpectedMessage {
  const out: ExpectedMessage = { text: m.text.replace(/\s+/g, ' ').trim(), direction: m.direction };
  if (m.sender) out.sender = m.sender.name;
  if (m.sender?.address !== undefined) out.address = m.sender.address;
  if (m.sentText !== undefined) out.sentText = m.sentText;
  if (m.siteId !== undefined) out.siteId = m.siteId;
  return out;
}

/** A random element tree, as the property tests generate it. */
export interface RandomSpec {
  tag: string;
  classes: string[];
  attrs: [string, string][];
  children: (RandomSpec | string)[];
}

/** Builds a random tree in the current document. */
export function buildRandom(s: RandomSpec): Element {
  const el = document.createElement(s.tag);
  if (s.classes.length) el.className = s.classes.join(' ');
  for (const [k, v] of s.attrs) el.setAttribute(k, v);
  for (const c of s.children) el.append(typeof c === 'string' ? document.createTextNode(c) : buildRandom(c));
  return el;
}
