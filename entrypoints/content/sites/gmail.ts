/**
 * Gmail (mail.google.com). Gmail's class names are obfuscated but have been
 * stable for years; the sender elements also carry `email` (and usually `name`)
 * attributes, which is what this adapter reads. Recipients (span.g2, also with
 * an email attribute) are not senders and are not matched.
 *
 * Messages: each inbox row (tr.zA) is the thread's latest message (subject and
 * snippet), each message of an open thread (div.adn) is one message (its body
 * div.a3s, or the snippet a collapsed message shows). A row and the open
 * message it summarises carry the same legacy message id, so they are one
 * message, not two. The hidden row summary div.afn repeats the sender and the
 * snippet: it is never read.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, documentOf, emailIn, inEditable, isElement, queryAll, queryOne, stripAddress,
  textOf, visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

/** Hidden copies: the row summary for screen readers, and anything the page hides from them. */
const HIDDEN = '.afn, [aria-hidden="true"]';

/** Sender of an open message: span.gD in the header; `h3 span[email]` as the class-free alternative. */
const OPEN_SENDER = 'span.gD[email], .gD[email], h3 span[email]';
/** Sender(s) of an inbox row (tr.zA): the participants column .yW; .zF / .yP are its two known classes. */
const LIST_SENDER = 'tr.zA .yW span[email], tr.zE .yW span[email], .yW span[email], span.zF[email], span.yP[email]';

const BODY = 'div.a3s, .a3s';
const MESSAGE = 'div.adn, [data-message-id], [data-legacy-message-id]';
const ROW = 'tr.zA, tr.zE, tr[role="row"]';
/** A message of an open thread; kQ / kx are the "N older messages" placeholders, which show nothing. */
const THREAD_MESSAGE = 'div.adn';
const PLACEHOLDER = '.kQ, .kx';
/** Quoted history inside a body (Gmail's own reply quote), hidden behind "…" on the page. */
const QUOTE = '.gmail_quote, blockquote.gmail_quote';
/** The snippet a collapsed message shows in place of its body (inferred). */
const COLLAPSED_SNIPPET = '.iA.g6, .g6';

/** The account's own name in participant lists ("me", "我", "自己"). */
const SELF_NAME = /^(me|我|自己)$/i;
/** A Sent-folder row names its recipients after a "To:" label. */
const TO_LABEL = /^(to|收件人|收件者)\s*[:：]/i;

function senderOf(el: Element): SenderFound {
  const address = emailIn(el.getAttribute('email')) ?? emailIn(el.getAttribute('data-hovercard-id'));
  const name = stripAddress(el.getAttribute('name') ?? '') || stripAddress(textOf(el)) || address || '';
  return address ? { element: el, name, address } : { element: el, name };
}

function hiddenCopy(el: Element): boolean {
  return !!closest(el, HIDDEN);
}

/**
 * The signed-in account's address, as the page shows it: the tab title
 * ("收件箱 - zhang.wei@gmail.com - Gmail": view, account, "Gmail"), else the
 * Google Account button's label "Google 帐号：张伟 (zhang.wei@gmail.com)".
 */
export function gmailAccount(doc: Document | null): string | undefined {
  if (!doc) return undefined;
  try {
    const parts = (doc.title ?? '').split(/\s+-\s+/);
    if (parts.length >= 3 && /gmail/i.test(parts[parts.length - 1]!)) {
      const address = emailIn(parts[parts.length - 2]);
      if (address) return address;
    }
    for (const a of doc.querySelectorAll('a[aria-label][href*="accounts.google.com"]')) {
      const address = emailIn(a.getAttribute('aria-label'));
      if (address) return address;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function inSentFolder(doc: Document | null): boolean {
  try {
    return /^#sent(\/|$)/.test(doc?.defaultView?.location.hash ?? '');
  } catch {
    return false;
  }
}

/** The legacy (hex) id of "#msg-f:1840959905192440233": Gmail's two ids of one message are the same number. */
function legacyFromSyncId(id: string): string | undefined {
  const m = /^#?msg-f:(\d{1,20})$/.exec(id.trim());
  if (!m) return undefined;
  try {
    return BigInt(m[1]!).toString(16);
  } catch {
    return undefined;
  }
}

function threadMessageId(el: Element): string | undefined {
  const holder = el.matches('[data-legacy-message-id], [data-message-id]') ? el : queryOne(el, '[data-legacy-message-id], [data-message-id]');
  if (!holder) return undefined;
  const legacy = cleanText(holder.getAttribute('data-legacy-message-id'));
  if (legacy) return legacy;
  const sync = cleanText(holder.getAttribute('data-message-id'));
  return sync ? legacyFromSyncId(sync) ?? sync : undefined;
}

function direction(address: string | undefined, name: string | undefined, doc: Document | null): 'incoming' | 'outgoing' {
  const own = gmailAccount(doc);
  if (own && address && address === own) return 'outgoing';
  if (name && SELF_NAME.test(name)) return 'outgoing';
  return 'incoming';
}

function threadMessage(el: Element): SiteMessage | null {
  if (el.matches(PLACEHOLDER) || hiddenCopy(el) || inEditable(el)) return null;
  const doc = documentOf(el);
  const body = queryAll(el, BODY).find((b) => !inEditable(b) && !closest(b, HIDDEN));
  const text = body
    ? visibleText(body, `${HIDDEN}, ${QUOTE}`)
    : visibleText(queryOne(el, COLLAPSED_SNIPPET), HIDDEN);
  if (!text) return null;
  const from = queryAll(el, OPEN_SENDER).find((s) => !hiddenCopy(s));
  const sender = from ? senderOf(from) : undefined;
  const time = queryAll(el, 'span.g3').find((s) => !hiddenCopy(s));
  const sentText = cleanText(time?.getAttribute('title')) || textOf(time) || undefined;
  const siteId = threadMessageId(el);
  return {
    element: el,
    ...(siteId ? { siteId } : {}),
    text,
    ...(sender ? { sender: sender.address ? { name: sender.name, address: sender.address } : { name: sender.name } } : {}),
    ...(sentText ? { sentText } : {}),
    direction: direction(sender?.address, sender?.name, doc),
  };
}

function rowMessage(row: Element): SiteMessage | null {
  if (hiddenCopy(row) || inEditable(row)) return null;
  const doc = documentOf(row);
  const subject = visibleText(queryOne(row, '.bog'), HIDDEN);
  const snippet = visibleText(queryOne(row, '.y2'), `${HIDDEN}, .Zt`).replace(/^[-–—]\s*/, '');
  const text = cleanText([subject, snippet].filter(Boolean).join(' '));
  if (!text) return null;
  const own = gmailAccount(doc);
  const participants = queryAll(row, '.yW span[email]').filter((s) => !hiddenCopy(s)).map(senderOf);
  // The thread's latest sender is listed last; the account itself ("me") is not a sender.
  const others = participants.filter((p) => !(own && p.address === own) && !SELF_NAME.test(p.name));
  const sender = others[others.length - 1];
  const participantsText = textOf(queryOne(row, '.yW'));
  const outgoing =
    inSentFolder(doc) || TO_LABEL.test(participantsText) || (participants.length > 0 && others.length === 0);
  const time = queryAll(row, 'td.xW span[title], .xW span[title]').find((s) => !hiddenCopy(s));
  const sentText = cleanText(time?.getAttribute('title')) || textOf(time) || undefined;
  const siteId = cleanText(queryOne(row, '[data-legacy-last-message-id]')?.getAttribute('data-legacy-last-message-id')) || undefined;
  return {
    element: row,
    ...(siteId ? { siteId } : {}),
    text,
    ...(sender && !outgoing ? { sender: sender.address ? { name: sender.name, address: sender.address } : { name: sender.name } } : {}),
    ...(sentText ? { sentText } : {}),
    direction: outgoing ? 'outgoing' : 'incoming',
  };
}

function messageFor(el: Element): SiteMessage | null {
  return el.matches(THREAD_MESSAGE) ? threadMessage(el) : rowMessage(el);
}

function messageAt(node: Node): SiteMessage | null {
  try {
    if (inEditable(node) || closest(node, HIDDEN)) return null;
    // Quoted history is an earlier message, not this one's text.
    if (closest(node, QUOTE)) return null;
    const el = closest(node, THREAD_MESSAGE) ?? closest(node, 'tr.zA');
    return el ? messageFor(el) : null;
  } catch {
    return null;
  }
}

export const gmailAdapter = defineSiteAdapter('gmail', {
  // Each inbox row repeats its sender and snippet in a visually hidden summary for screen readers.
  hidden: 'div.afn',
  findSenders: (root) =>
    collectSenders(root, () => {
      const own = gmailAccount(documentOf(root as Node));
      return [...queryAll(root, OPEN_SENDER), ...queryAll(root, LIST_SENDER)]
        .filter((el) => !inEditable(el) && !hiddenCopy(el) && !el.closest('[role="dialog"] form, .g2'))
        .map(senderOf)
        // The account itself ("我" in a row, its own name on its replies) is never a sender to check.
        .filter((s) => !(own && s.address === own) && !SELF_NAME.test(s.name));
    }),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return (
        messageAt(node)?.element ??
        closest(node, BODY) ?? closest(node, MESSAGE) ?? closest(node, ROW) ?? closestBlock(node)
      );
    } catch {
      return null;
    }
  },
  messagesIn: (root) => {
    try {
      if (isElement(root) && (inEditable(root) || closest(root, HIDDEN))) return [];
      const found = [...queryAll(root, THREAD_MESSAGE), ...queryAll(root, 'tr.zA')];
      // Inside a subtree the message around it counts too (a body re-rendered into its div.adn).
      const around = isElement(root) ? (closest(root, THREAD_MESSAGE) ?? closest(root, 'tr.zA')) : null;
      if (around && !found.includes(around)) found.push(around);
      return found
        .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
        .map(messageFor)
        .filter((m): m is SiteMessage => m !== null);
    } catch {
      return [];
    }
  },
  messageAt,
  provenance: [
    'Gmail (mail.google.com):',
    '- open message: subject h2.hP, sender span.gD (email attribute), body div.a3s(.aiL) — neelchau/Spam-mail-extension content.js; sender email attribute on .gD — Xre0uS/PhishingDetectorWithML101LetsGo extension/test.js; span[email] as sender — Bharathkumar-2006/Email-safety-checker extension/scripts/content.js; "h3 span.gD" — public userscript (index file 3020390070, repository not resolved).',
    '- open message header as a table (2025 DOM dump, index file 1410000851): table.cf.gJ > tr.acZ > td.gF.gK … h3.iw > span.qu > span.gD[email][name] + span.go, td.gH > div.gK > span.g3[title] (the sent time), recipients div.iw.ajw > span.hb > span.g2, body div.ii.gt > div.a3s.aiL.',
    '- message element div.adn with data-message-id "#msg-f:<decimal>" and data-legacy-message-id (the same number in hex), states h7 expanded / kv collapsed / kQ, kx hidden: KartikTalwar/gmail.js src/gmail.js; InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views/gmail-message-view.ts (sender td.gF span[email], date .gK .g3[title], quoted text in blockquote).',
    '- inbox rows tr.zA (tr.zE unread), sender ".yW span[email]" / .yP / .zF, subject .bog, snippet .y2 — several public extensions found with find_string ".yW span[email]" (e.g. index files 66525368729, 51890435114; repositories not resolved) and the gmail.js README (KartikTalwar/gmail.js README.md) for the dom.email_* API these names come from.',
    '- real 2019 row (index file 2605501328): hidden summary div.afn repeating the sender span and the snippet, span[data-legacy-last-message-id] in the subject, span.y2 > span.Zt " - ", date td.xW > span[title][aria-label]; the afn also in InboxSDK/InboxSDK src/injected-js/gmail/thread-identifier/thread-row-parser.test.ts.',
    '- recipients span.g2, message container div.adn — public GmailFetcher class (index search result, repository not resolved).',
    '- inline reply editor div.Am.Al.editable[contenteditable=true][g_editable=true] inside div.ip / .AO: InboxSDK gmail-compose-view.ts, gmail.js api.dom.composes.',
    '- inferred, not sourced: the name attribute next to email, [data-message-id]/[data-legacy-message-id] as class-free message containers, tr[role=row] as row fallback; the collapsed snippet .iA.g6; the account address from the tab title "VIEW - ADDRESS - Gmail" or the Google Account button label; "#sent" in the address as the Sent folder; the latest sender listed last among a row\'s participants; .gmail_quote as quoted history.',
  ].join('\n'),
});
