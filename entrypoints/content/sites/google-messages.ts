/**
 * Google Messages for Web (messages.google.com). An Angular app with custom
 * elements (mws-*) and stable data-e2e-* test attributes; no obfuscated classes
 * are needed. In a one-to-one SMS thread the sender is the conversation: its
 * name (a contact name, or the number / short code itself) is shown in the
 * conversation list and in the header of the open thread.
 */
import { closestBlock } from './generic';
import { closest, collectSenders, inEditable, queryAll, queryOne, textOf } from './dom';
import type { SenderFound, SiteAdapter } from './types';

const LIST_NAME = '[data-e2e-conversation-name]';
const LIST_ITEM = 'mws-conversation-list-item, a[data-e2e-conversation]';
/** Older builds without the data-e2e attribute. */
const LIST_NAME_FALLBACK = 'mws-conversation-list-item .name';
const HEADER_TITLE = '[data-e2e-header-title]';
const DETAILS_PARTICIPANT = 'li[data-e2e-details-participant]';

const BUBBLE = 'mws-text-message-part, [data-e2e-text-message-content]';
const WRAPPER = 'mws-message-wrapper, [data-e2e-message-wrapper]';

/** The local user's own label in group threads and the header of "note to self". */
const SELF = /^(you|你|您|我)$/i;

function listSenders(root: ParentNode): SenderFound[] {
  const out: SenderFound[] = queryAll(root, LIST_NAME).map((el) => ({ element: el, name: textOf(el) }));
  for (const el of queryAll(root, LIST_NAME_FALLBACK)) {
    const item = closest(el, 'mws-conversation-list-item');
    if (item && !queryOne(item, LIST_NAME)) out.push({ element: el, name: textOf(el) });
  }
  return out;
}

function headerSenders(root: ParentNode): SenderFound[] {
  const out: SenderFound[] = [];
  // A root added inside the header (an h2 re-rendered) still counts.
  const titles = new Set<Element>(queryAll(root, HEADER_TITLE));
  const inside = closest(root as Node, HEADER_TITLE);
  if (inside) titles.add(inside);
  for (const title of titles) {
    const names = queryAll(title, 'h2');
    for (const el of names.length ? names : [title]) out.push({ element: el, name: textOf(el) });
  }
  return out;
}

function detailsSenders(root: ParentNode): SenderFound[] {
  return queryAll(root, DETAILS_PARTICIPANT).flatMap((li) => {
    const nameEl = queryOne(li, '[data-e2e-details-participant-name]');
    const numberEl = queryOne(li, '[data-e2e-details-participant-number]');
    const element = nameEl ?? numberEl;
    if (!element) return [];
    const number = textOf(numberEl);
    return [number ? { element, name: textOf(nameEl) || number, address: number } : { element, name: textOf(element) }];
  });
}

export const googleMessagesAdapter: SiteAdapter = {
  id: 'google-messages',
  hosts: ['messages.google.com'],
  findSenders: (root) =>
    collectSenders(root, () =>
      [...listSenders(root), ...headerSenders(root), ...detailsSenders(root)].filter(
        (s) => !SELF.test(s.name.trim()) && !inEditable(s.element),
      ),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return closest(node, BUBBLE) ?? closest(node, WRAPPER) ?? closest(node, LIST_ITEM) ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  provenance: [
    'Google Messages for Web (messages.google.com):',
    '- MV10/clanker docs/page-structure.md (FEB-2026): conversation list mws-conversations-list > mws-conversation-list-item (role=option) > a[data-e2e-conversation], name [data-e2e-conversation-name], snippet mws-conversation-snippet span; messages mws-messages-list > mws-message-wrapper[data-e2e-message-wrapper] > [data-e2e-message-wrapper-core][data-e2e-message-id]; text mws-text-message-part (aria-label "NAME said: …"); input [data-e2e-message-input] / [data-e2e-message-input-box].',
    '- MV10/clanker extension/parser.js (HEADER_TITLE [data-e2e-header-title], one h2 per participant) and extension/parser-sidebar.js (a[data-e2e-conversation], [data-e2e-conversation-name]).',
    '- details panel li[data-e2e-details-participant] with h3[data-e2e-details-participant-name] and span[data-e2e-details-participant-number]: public extension code (index file 70896722635, repository not resolved).',
    '- ".name" inside mws-conversation-list-item for builds without data-e2e: public script (index file 51943385244, repository not resolved).',
    '- inferred, not sourced: sender names of individual bubbles in group threads are not read (no sourced selector); "You/你/我" filtered as the local user.',
  ].join('\n'),
};
