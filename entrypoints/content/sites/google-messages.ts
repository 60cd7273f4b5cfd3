/**
 * Google Messages for Web (messages.google.com). An Angular app with custom
 * elements (mws-*) and stable data-e2e-* test attributes; no obfuscated classes
 * are needed. In a one-to-one SMS thread the sender is the conversation: its
 * name (a contact name, or the number / short code itself) is shown in the
 * conversation list and in the header of the open thread.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, inEditable, isElement, isNumberName, queryAll, queryOne, splitParticipants, textOf,
  visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

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

const CONVERSATION = '[data-e2e-conversation-container], mw-conversation-container';
const TEXT = '.text-msg-content';
/** Hidden copies and parts that are not the message's text. */
const NOT_TEXT = '[aria-hidden="true"], mws-message-status, mws-relative-timestamp, .tombstone-timestamp';
/** "NAME said: TEXT. Received on DATE at TIME." — the sender and the time of one bubble. */
const SAID = /^(.+?) said: /;
const WHEN = /\.\s+(?:Received|Sent) on (.+?)\.(?:\s+[A-Z][a-z]+\.)?\s*$/;

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

/** The open conversation's participants (self left out): the header's h2s, a comma list split. */
function participants(wrapper: Element): string[] {
  const container = closest(wrapper, CONVERSATION) ?? wrapper.ownerDocument;
  const title = queryOne(container, HEADER_TITLE);
  if (!title) return [];
  const names = queryAll(title, 'h2');
  return (names.length ? names : [title])
    .flatMap((el) => splitParticipants(textOf(el)))
    .filter((n) => !SELF.test(n));
}

function bubble(wrapper: Element): SiteMessage | null {
  if (inEditable(wrapper) || closest(wrapper, '[aria-hidden="true"]') || queryOne(wrapper, '[data-e2e-message-tombstone]')) return null;
  const parts = queryAll(wrapper, TEXT);
  const text = cleanText(parts.map((p) => visibleText(p, NOT_TEXT)).join(' '));
  if (!text) return null;
  const part = queryOne(wrapper, BUBBLE);
  const label = cleanText(part?.getAttribute('aria-label'));
  const outgoing = wrapper.getAttribute('is-outgoing') === 'true' || /^You said: /.test(label);
  let sentText = WHEN.exec(label)?.[1];
  if (!sentText) sentText = textOf(queryOne(wrapper, 'mws-relative-timestamp')) || undefined;
  let sender: SiteMessage['sender'];
  if (!outgoing) {
    const people = participants(wrapper);
    const said = SAID.exec(label)?.[1];
    // One other participant: the conversation is the sender. In a group, only the bubble's own "NAME said:" names it.
    const name = people.length === 1 ? people[0] : said && people.includes(said) ? said : undefined;
    if (name) sender = isNumberName(name) ? { name, address: name } : { name };
  }
  const rawId = cleanText(wrapper.getAttribute('msg-id')) || cleanText(queryOne(wrapper, '[data-e2e-message-id]')?.getAttribute('data-e2e-message-id'));
  // Temporary ids of a message being sent are replaced once the server confirms it.
  const siteId = rawId && !rawId.startsWith('tmp_') ? rawId : undefined;
  return {
    element: wrapper,
    ...(siteId ? { siteId } : {}),
    text,
    ...(sender ? { sender } : {}),
    ...(sentText ? { sentText } : {}),
    direction: outgoing ? 'outgoing' : 'incoming',
  };
}

function messageAt(node: Node): SiteMessage | null {
  try {
    if (inEditable(node)) return null;
    const wrapper = closest(node, WRAPPER);
    if (!wrapper || !wrapper.isConnected) return null;
    return bubble(wrapper);
  } catch {
    return null;
  }
}

export const googleMessagesAdapter = defineSiteAdapter('google-messages', {
  findSenders: (root) =>
    collectSenders(root, () =>
      [...listSenders(root), ...headerSenders(root), ...detailsSenders(root)].filter(
        // A group's comma list ("張經理, +86 199 5123 7788") is several people, not one sender.
        (s) => !SELF.test(s.name.trim()) && !inEditable(s.element) && splitParticipants(s.name).length === 1,
      ),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return messageAt(node)?.element ?? closest(node, BUBBLE) ?? closest(node, WRAPPER) ?? closest(node, LIST_ITEM) ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  messagesIn: (root) => {
    try {
      if (isElement(root) && inEditable(root)) return [];
      const wrappers = queryAll(root, WRAPPER).filter((w) => !queryAll(w, WRAPPER).some((o) => o !== w));
      const around = isElement(root) ? closest(root, WRAPPER) : null;
      if (around && !wrappers.includes(around)) wrappers.push(around);
      return wrappers.map(bubble).filter((m): m is SiteMessage => m !== null);
    } catch {
      return [];
    }
  },
  messageAt,
  provenance: [
    'Google Messages for Web (messages.google.com):',
    '- MV10/clanker docs/page-structure.md (FEB-2026): conversation list mws-conversations-list > mws-conversation-list-item (role=option) > a[data-e2e-conversation], name [data-e2e-conversation-name], snippet mws-conversation-snippet span; messages mws-messages-list > mws-message-wrapper[data-e2e-message-wrapper] > [data-e2e-message-wrapper-core][data-e2e-message-id]; text mws-text-message-part (aria-label "NAME said: …"); input [data-e2e-message-input] / [data-e2e-message-input-box].',
    '- MV10/clanker extension/parser.js (HEADER_TITLE [data-e2e-header-title], one h2 per participant) and extension/parser-sidebar.js (a[data-e2e-conversation], [data-e2e-conversation-name]).',
    '- details panel li[data-e2e-details-participant] with h3[data-e2e-details-participant-name] and span[data-e2e-details-participant-number]: public extension code (index file 70896722635, repository not resolved).',
    '- ".name" inside mws-conversation-list-item for builds without data-e2e: public script (index file 51943385244, repository not resolved).',
    '- message wrappers mws-message-wrapper[msg-id][is-outgoing="true|false"] (index file 3958154600 for is-outgoing, index file 70979020545 for msg-id and for windowing: only the latest 25-40 bubbles in the DOM, temporary tmp_ ids replaced after the server confirms), text div.text-msg-content > div.text-msg.msg-content (nikiljos/gmsg-scraper-chrome content.js), conversation name h2.name > span[data-e2e-conversation-name], a group named by a comma list (index file 32411742769).',
    '- inferred, not sourced: the sender of a group bubble taken from its aria-label "NAME said:" only when NAME is a participant; the sent time as the "Received on / Sent on" part of that label (English UI), else a timestamp element inside the wrapper; "You/你/我" filtered as the local user; a conversation name that is a number taken as its address.',
  ].join('\n'),
});
