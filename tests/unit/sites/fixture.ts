/** Loads tests/fixtures/sites/<id>.html into the happy-dom document. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { SenderFound } from '../../../entrypoints/content/sites';

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
