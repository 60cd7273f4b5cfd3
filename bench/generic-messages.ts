/**
 * How well generic mode finds the messages of pages without a site adapter:
 * for each fixture page under tests/fixtures/generic/, the messages it lists
 * in #expected-messages against what messagesIn(document.body) returns.
 * A message is right when its text, sent time, sender and direction are all
 * equal and it is found at its place in the page order.
 *
 *   npx tsx bench/generic-messages.ts          (one line per page, then JSON)
 *   npx tsx bench/generic-messages.ts --diff   (also each wrong message)
 *   npx tsx bench/generic-messages.ts --dir tests/fixtures/generic-heldout   (the held-out pages)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { messageText } from '../core/message';
import { parsePageTime } from '../core/message-time';
import { messagesIn } from '../entrypoints/content/sites/generic';

interface Expected {
  text: string;
  sentText: string | null;
  sender: { name: string; address?: string } | null;
  direction: 'incoming' | 'outgoing';
}

const dirArg = process.argv.indexOf('--dir');
const dir = resolve(dirArg > 0 ? process.argv[dirArg + 1]! : 'tests/fixtures/generic');
const diff = process.argv.includes('--diff');
/** A sent time is right when it reads as the same moment (a page may show it as text or in an attribute). */
const NOW = Date.now();
const sameTime = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(parsePageTime(a, { now: NOW }) ?? a) === JSON.stringify(parsePageTime(b, { now: NOW }) ?? b));
const same = (want: Expected, got: Expected | undefined) =>
  !!got &&
  want.text === got.text &&
  want.direction === got.direction &&
  JSON.stringify(want.sender) === JSON.stringify(got.sender) &&
  sameTime(want.sentText, got.sentText);

let pages = 0;
let pagesRight = 0;
let messages = 0;
let messagesRight = 0;
/** Messages whose own text was found as one message (the boundary is right), whatever their sender or time. */
let textsRight = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const window = new Window({ url: 'http://127.0.0.1/' });
  const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html') as unknown as Document;
  const expected = JSON.parse(doc.getElementById('expected-messages')?.textContent ?? '[]') as Expected[];
  const found = messagesIn(doc.body).map((m) => ({
    text: m.text,
    sentText: m.sentText ?? null,
    sender: m.sender ?? null,
    direction: m.direction,
  }));
  let right = 0;
  const foundTexts = new Set(found.map((f) => f.text));
  for (const e of expected) if (foundTexts.has(messageText(e.text))) textsRight++;
  expected.forEach((e, i) => {
    const want = { ...e, text: messageText(e.text) };
    const got = found[i];
    if (same(want, got)) right++;
    else if (diff) console.log(`  ${file} #${i}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got ?? null)}`);
  });
  if (diff) for (const extra of found.slice(expected.length)) console.log(`  ${file} extra ${JSON.stringify(extra)}`);
  const pageRight = right === expected.length && found.length === expected.length;
  pages++;
  if (pageRight) pagesRight++;
  messages += expected.length;
  messagesRight += right;
  console.log(`${file.padEnd(28)} expected ${String(expected.length).padStart(3)}  found ${String(found.length).padStart(3)}  exactly right ${String(right).padStart(3)}`);
  await window.happyDOM.close();
}
console.log(JSON.stringify({ pages, pages_right: pagesRight, messages, messages_right: messagesRight, texts_right: textsRight }));
