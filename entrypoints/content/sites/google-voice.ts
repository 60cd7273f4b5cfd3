/**
 * Google Voice (voice.google.com). An Angular app with gv-* custom elements and
 * gv-test-id / gv-thread-id attributes. The thread id of a one-to-one thread is
 * "t." + the other party's number ("t.+8613800138000", "t.40404"), which gives
 * the sender's number even when the list shows a contact name.
 */
import { closestBlock } from './generic';
import { closest, collectSenders, inEditable, numberFromThreadId, queryAll, queryOne, textOf } from './dom';
import type { SenderFound, SiteAdapter } from './types';

const LIST_ITEM = 'gv-thread-list-item';
const PARTICIPANTS = 'gv-annotation.participants';
/** Second known place of the name in a list row (and the header's name line). */
const PRIMARY_TEXT = '.primary-text';
const HEADER_TITLE = 'gv-message-list-header [gv-test-id="conversation-title"]';

const BUBBLE = 'gv-text-message-item, gv-message-item, [gv-test-id="message-item-container"]';

function threadNumber(el: Element): string | undefined {
  return numberFromThreadId(closest(el, '[gv-thread-id]')?.getAttribute('gv-thread-id'));
}

function sender(el: Element, nameEl: Element = el): SenderFound {
  const address = threadNumber(el) ?? numberFromThreadId(queryOne(closest(el, LIST_ITEM) ?? el, '[gv-thread-id]')?.getAttribute('gv-thread-id'));
  const name = textOf(nameEl);
  return address ? { element: nameEl, name, address } : { element: nameEl, name };
}

function listSenders(root: ParentNode): SenderFound[] {
  const out = queryAll(root, PARTICIPANTS).map((el) => sender(el));
  for (const el of queryAll(root, `${LIST_ITEM} ${PRIMARY_TEXT}`)) {
    const item = closest(el, LIST_ITEM);
    if (item && !queryOne(item, PARTICIPANTS)) out.push(sender(el));
  }
  return out;
}

function headerSenders(root: ParentNode): SenderFound[] {
  const titles = new Set<Element>(queryAll(root, HEADER_TITLE));
  const inside = closest(root as Node, HEADER_TITLE);
  if (inside) titles.add(inside);
  return [...titles].map((title) => sender(title, queryOne(title, PRIMARY_TEXT) ?? title));
}

export const googleVoiceAdapter: SiteAdapter = {
  id: 'google-voice',
  hosts: ['voice.google.com'],
  // A US service: numbers are written "(845) 555-0142", without +1.
  region: 'US',
  findSenders: (root) =>
    collectSenders(root, () => [...listSenders(root), ...headerSenders(root)].filter((s) => !inEditable(s.element))),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return closest(node, BUBBLE) ?? closest(node, LIST_ITEM) ?? closest(node, '[gv-thread-id]') ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  provenance: [
    'Google Voice (voice.google.com):',
    '- moneyshotkid/SMSWingman lib/google-voice.mjs: threads gv-thread-list-item, contact gv-annotation.participants, bubbles gv-message-item with .subject-content-container.bubble, outgoing .message-row.outgoing, compose textarea.message-input.',
    '- jkupczak/pax-badge-checker-extension js/google-voice.js: div[gv-thread-id="t.40404"] gv-annotation[gv-test-id="text-message-content"] (thread id = "t." + number), div[gv-test-id="message-item-container"].',
    '- helgasoft/Chrome-Ext-Gvoice (popup script): gv-text-message-item as message element (older builds).',
    '- header: gv-message-list-header p[gv-test-id="conversation-title"] (div.primary-text) — public bulk-SMS extension selectors (index files 49011889104, 4570276315; repository not resolved); div.primary-text in list rows — public contact-assist extension (index file 39507748193, repository not resolved).',
    '- inferred, not sourced: the number from gv-thread-id is only taken for one-to-one threads ("t." prefix); group threads give no address.',
  ].join('\n'),
};
