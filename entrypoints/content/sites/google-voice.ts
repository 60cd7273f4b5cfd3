/**
 * Google Voice (voice.google.com). An Angular app with gv-* custom elements and
 * gv-test-id attributes, the thread list and the message pane both rendered in
 * CDK virtual scroll viewports that recycle row elements (a row's text changes
 * in place). Current markup carries no thread id: the number of the open
 * conversation is shown on the header's second line ("mobile • (845) 555-0142")
 * and is in the URL (?itemId=t.%2B1… or /messages/t.%252B1…). Older markup had
 * gv-thread-id="t.+<number>", still read when present.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, documentOf, inEditable, isEditableDocument, numberFromThreadId, outermost, outermostAncestor, outermostMessages, queryAll, queryOne, textOf, visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

const LIST_ITEM = 'gv-thread-list-item';
const PARTICIPANTS = 'gv-annotation.participants';
/** Second known place of the name in a list row (and the header's name line). */
const PRIMARY_TEXT = '.primary-text';
const HEADER = 'gv-message-list-header';
const HEADER_TITLE = `${HEADER} [gv-test-id="conversation-title"]`;
const BUBBLE = 'gv-text-message-item, gv-message-item, [gv-test-id="message-item-container"]';
const BUBBLE_TEXT = '.subject-content-container, .bubble';
/** Material icons are ligature words in the text ("person", "more_vert", "check"); avatars, menus and buttons are not message text. */
const NOT_TEXT = [
  'mat-icon', '.material-icons', '.material-icons-extended', '.material-symbols-outlined', '.google-material-icons',
  'gv-avatar', '.options-button-container', 'button', '.sender-timestamp', '.timestamp', PARTICIPANTS,
].join(', ');
/** How the list preview of a thread whose last message is the user's own begins (inferred). */
const OWN_PREVIEW = /^(You|你|我)\s*[:：]\s*/;

/**
 * A number as a conversation address: "+<digits>" for an international or a US
 * national number ("(845) 555-0142" → "+18455550142", as in the URL's
 * "t.+18455550142"), the digits of a short code ("40404"); undefined for a name.
 */
export function voiceNumber(text: string | null | undefined): string | undefined {
  const t = cleanText(text);
  if (!/^\+?[\d\s().-]+$/.test(t)) return undefined;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (t.startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits.length <= 8 ? digits : undefined;
}

/** The number of the open conversation from the page address, or undefined (group threads "g.…" give none). */
function urlNumber(doc: Document | null): string | undefined {
  try {
    const loc = doc?.defaultView?.location;
    if (!loc) return undefined;
    const item = new URLSearchParams(loc.search).get('itemId');
    if (item) return numberFromThreadId(item);
    const m = /\/messages\/(t\.[^/?#]+)/.exec(loc.pathname);
    if (!m) return undefined;
    let id = m[1]!;
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(id); i++) id = decodeURIComponent(id);
    return numberFromThreadId(id);
  } catch {
    return undefined;
  }
}

/** The number on the header's second line: "mobile • (845) 555-0142", "(845) 555-0142". */
function headerNumber(header: Element): string | undefined {
  for (const el of queryAll(header, '*')) {
    if (el.children.length || closest(el, PRIMARY_TEXT) || closest(el, 'mat-icon, .material-icons, button')) continue;
    const m = /^(?:[^•·]{0,40}[•·]\s*)?(\+?[\d(][\d\s().-]{1,}\d)$/.exec(textOf(el));
    const n = m ? voiceNumber(m[1]) : undefined;
    if (n) return n;
  }
  return undefined;
}

function threadIdNumber(el: Element): string | undefined {
  return numberFromThreadId(closest(el, '[gv-thread-id]')?.getAttribute('gv-thread-id'));
}

/** The header of the conversation an element sits in (the nearest ancestor holding one). */
function headerOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const header = e.matches(HEADER) ? e : queryOne(e, HEADER);
    if (header) return header;
  }
  return null;
}

/** Who the conversation is with: the header's name line, and the number from the header's second line, the name, the URL or an old thread id. */
function conversationSender(header: Element | null, inside: Element): { name: string; address?: string } | undefined {
  const title = header ? (queryOne(header, '[gv-test-id="conversation-title"]') ?? header) : null;
  const name = title ? textOf(queryOne(title, PRIMARY_TEXT) ?? title) : '';
  const address =
    (header && headerNumber(header)) ?? voiceNumber(name) ?? urlNumber(documentOf(inside)) ?? threadIdNumber(inside);
  const shown = name || address;
  if (!shown) return undefined;
  return address ? { name: shown, address } : { name: shown };
}

function rowSender(row: Element): { name: string; address?: string } | undefined {
  const nameEl = queryOne(row, PARTICIPANTS) ?? queryOne(row, PRIMARY_TEXT);
  const name = textOf(nameEl);
  const address = threadIdNumber(nameEl ?? row) ?? numberFromThreadId(queryOne(row, '[gv-thread-id]')?.getAttribute('gv-thread-id')) ?? voiceNumber(name);
  if (!name && !address) return undefined;
  return address ? { name: name || address, address } : { name };
}

function sender(el: Element, nameEl: Element = el): SenderFound {
  const item = closest(el, LIST_ITEM);
  const s = item ? rowSender(item) : conversationSender(closest(el, HEADER), el);
  const name = textOf(nameEl);
  return s?.address ? { element: nameEl, name, address: s.address } : { element: nameEl, name };
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

/** A row or a bubble; old markup nests message-item-container in the item, the outermost one is the message. */
const MESSAGE = `${BUBBLE}, ${LIST_ITEM}`;

function bubbleMessage(item: Element): SiteMessage | null {
  if (inEditable(item)) return null;
  const outgoing = !!queryOne(item, '.message-row.outgoing') || !!closest(item, '.message-row.outgoing');
  const textEl = queryOne(item, BUBBLE_TEXT);
  const text = textEl ? visibleText(textEl, NOT_TEXT) : visibleText(item, NOT_TEXT);
  if (!text) return null;
  const sentText = textOf(queryOne(item, '.sender-timestamp .timestamp') ?? queryOne(item, '.timestamp')) || undefined;
  const msg: SiteMessage = { element: item, text, direction: outgoing ? 'outgoing' : 'incoming' };
  if (!outgoing) {
    // Read for each bubble, not shared through its header: an old gv-thread-id around the bubble
    // is part of the answer, and messageAt (one bubble) must say what messagesIn says.
    const s = conversationSender(headerOf(item), item);
    // A group conversation ("A, B") says nothing about who sent this bubble.
    if (s && !(s.name.includes(',') && !s.address)) msg.sender = s;
  }
  if (sentText) msg.sentText = sentText;
  return msg;
}

function rowMessage(row: Element): SiteMessage | null {
  if (inEditable(row)) return null;
  const preview = queryOne(row, 'gv-annotation.preview');
  let text = preview ? visibleText(preview, NOT_TEXT) : visibleText(queryOne(row, '.thread-details') ?? row, `${NOT_TEXT}, ${PRIMARY_TEXT}`);
  const own = OWN_PREVIEW.exec(text);
  if (own) text = text.slice(own[0].length);
  if (!text) return null;
  const msg: SiteMessage = { element: row, text, direction: own ? 'outgoing' : 'incoming' };
  const s = own ? undefined : rowSender(row);
  if (s) msg.sender = s;
  const sentText = textOf(queryOne(row, '.timestamp'));
  if (sentText) msg.sentText = sentText;
  return msg;
}

function messagesIn(root: ParentNode): SiteMessage[] {
  try {
    if (isEditableDocument(documentOf(root))) return [];
    return outermostMessages(root, MESSAGE, (el) => (el.matches(LIST_ITEM) ? rowMessage(el) : bubbleMessage(el)));
  } catch {
    return [];
  }
}

function messageAt(node: Node): SiteMessage | null {
  try {
    if (inEditable(node) || isEditableDocument(documentOf(node))) return null;
    const el = outermostAncestor(node, MESSAGE);
    if (!el) return null;
    return el.matches(LIST_ITEM) ? rowMessage(el) : bubbleMessage(el);
  } catch {
    return null;
  }
}

export const googleVoiceAdapter = defineSiteAdapter('google-voice', {
  // A US service: numbers are written "(845) 555-0142", without +1.
  region: 'US',
  findSenders: (root) =>
    collectSenders(root, () => [...listSenders(root), ...headerSenders(root)].filter((s) => !inEditable(s.element))),
  messageOf: (node) => {
    try {
      if (inEditable(node) || isEditableDocument(documentOf(node))) return null;
      return messageAt(node)?.element ?? closest(node, BUBBLE) ?? closest(node, LIST_ITEM) ?? closest(node, '[gv-thread-id]') ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  messagesIn,
  messageAt,
  provenance: [
    'Google Voice (voice.google.com):',
    '- zhuqf/googlevoice-mcp selectors.ts ("verified against live DOM as of 2026-04-13"): gv-thread-list-item > .container[role=button] > .thread-details with gv-annotation.participants, gv-annotation.preview and .timestamp; bubbles gv-text-message-item with .message-row.incoming|outgoing, .subject-content-container.bubble and time .sender-timestamp .timestamp; compose textarea[gv-test-id="gv-message-input"]; list and message pane in cdk-virtual-scroll-viewport (rows recycled in place).',
    '- moneyshotkid/SMSWingman lib/google-voice.mjs: threads gv-thread-list-item, contact gv-annotation.participants, bubbles gv-message-item with .subject-content-container.bubble, outgoing .message-row.outgoing, compose textarea.message-input.',
    '- jkupczak/pax-badge-checker-extension js/google-voice.js (2018): div[gv-thread-id="t.40404"] (thread id = "t." + number), div[gv-test-id="message-item-container"]; no 2024+ source shows gv-thread-id, current tools read the open thread from the URL (?itemId=t.%2B1…, /messages/t.%252B…; index file 56663184249).',
    '- helgasoft/Chrome-Ext-Gvoice (popup script): gv-text-message-item as message element (older builds).',
    '- header: gv-message-list-header p[gv-test-id="conversation-title"] (div.primary-text) — public bulk-SMS extension selectors (index files 49011889104, 4570276315); Brismuth-Apps-LLC/bulk-texter-lite; the number of a saved contact on the header\'s second line "mobile • (845) 555-0142" (index file 66931535617); div.primary-text in list rows, bidi marks U+202A–U+202F around names (index file 39507748193); Material icon ligature words (person, check, more_vert) in row text (index files 62435441885, 56663184249).',
    '- inferred, not sourced: the element class of the header\'s second line (any leaf of the header holding a number is read); a US national number taken as +1; a list preview beginning "You:" as the user\'s own last message; group threads (a comma list, "g." ids) give no address.',
  ].join('\n'),
});
