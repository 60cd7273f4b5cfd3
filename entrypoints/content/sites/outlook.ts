/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
 * Class names are generated and change often, so this adapter reads ids, ARIA
 * and title attributes: list rows carry data-convid and the sender's address in
 * a span's title; the open message names its sender in an element labelled
 * "From:" (id ending in _FROM), and its body has an id starting UniqueMessageBody.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, containerWithOneBody, documentOf, emailIn, inEditable, isElement, queryAll, queryOne,
  stripAddress, textOf, textUpTo, visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

const LIST_ROW = '[data-convid], [role="option"]';
const LIST_SENDER = '[data-convid] span[title*="@"], [role="option"] span[title*="@"]';
/** English label is sourced; Simplified / Traditional Chinese UI labels are inferred. */
const READ_SENDER = [
  'span[aria-label^="From:"]',
  'span[aria-label^="From "]',
  'span[aria-label^="发件人"]',
  'span[aria-label^="寄件者"]',
  '[id$="_FROM"]',
].join(', ');
const COMPOSE = '[id^="docking_InitVisiblePart_"], [id^="editorParent_"]';

const BODY = '[id^="UniqueMessageBody"], [aria-label="Message body"], [aria-label="邮件正文"], [aria-label="郵件內文"], [role="document"]';
const READING_PANE = '#ReadingPaneContainerId, [data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]';

/** Layers of pop-ups (people-picker suggestions are role=option too): never messages. */
const LAYER = '#fluent-default-layer-host, .ms-Layer';
/** Parts of a body that are not its own text: quoted history (a nested document, the "From: … Sent: …" block and what follows it). */
const QUOTED = '[role="document"], #divRplyFwdMsg, #divRplyFwdMsg ~ *, [aria-hidden="true"]';
const MESSAGE_TIME = '[data-testid="SentReceivedSavedTime"]';

/**
 * A sender's name and address take a line: at most this many characters of an
 * element's text are read for them. The elements searched can hold more (an
 * ancestor of the From element may be the whole message).
 */
const SENDER_TEXT = 320;

/** The start of an element's text, at most SENDER_TEXT characters. */
function startOfText(el: Element | null | undefined): string {
  return el ? textUpTo(el, SENDER_TEXT).text : '';
}

/** An element's text when it is short (a header line), '' when it is longer (a message body). */
function shortText(el: Element | null | undefined): string {
  if (!el) return '';
  const { text, more } = textUpTo(el, SENDER_TEXT);
  return more ? '' : text;
}

function listSender(el: Element): SenderFound {
  const address = emailIn(el.getAttribute('title'));
  const name = stripAddress(cleanText(startOfText(el))) || address || '';
  return address ? { element: el, name, address } : { element: el, name };
}

function readSender(el: Element): SenderFound {
  const address =
    emailIn(el.getAttribute('title')) ??
    emailIn(el.getAttribute('aria-label')) ??
    emailIn(startOfText(el)) ??
    emailIn(startOfText(closest(el, '[id$="_FROM"]'))) ??
    // The line the From element sits on, when the address is beside it; not a
    // parent that holds the message body, whose addresses are not the sender's.
    emailIn(shortText(el.parentElement));
  const name = stripAddress(cleanText(startOfText(el))) || stripAddress(el.getAttribute('aria-label') ?? '') || address || '';
  return address ? { element: el, name, address } : { element: el, name };
}

function inSentFolder(doc: Document | null): boolean {
  try {
    return /\/sentitems(\/|$)/i.test(doc?.defaultView?.location.pathname ?? '');
  } catch {
    return false;
  }
}

/** A span in a list row whose title is a time, not an address: the row's time (title = the full date, text = short). */
function rowTime(row: Element): Element | undefined {
  return queryAll(row, 'span[title], time').find((el) => {
    const title = el.getAttribute('title') ?? el.getAttribute('datetime') ?? '';
    return !!title && !emailIn(title) && /\d/.test(title);
  });
}

function rowMessage(row: Element): SiteMessage | null {
  if (inEditable(row) || closest(row, LAYER) || closest(row, '[aria-hidden="true"]')) return null;
  const who = queryOne(row, 'span[title*="@"]');
  const time = rowTime(row);
  const text = visibleText(row, '[title*="@"], [aria-hidden="true"], button');
  const own = time ? textOf(time) : '';
  // The row's text without its sender and without its short time (wherever it sits).
  const body = cleanText(own ? text.replace(own, ' ') : text);
  if (!body) return null;
  const outgoing = inSentFolder(documentOf(row));
  const sender = who && !outgoing ? listSender(who) : undefined;
  const sentText = cleanText(time?.getAttribute('title')) || own || undefined;
  return {
    element: row,
    text: body,
    ...(sender?.name ? { sender: sender.address ? { name: sender.name, address: sender.address } : { name: sender.name } } : {}),
    ...(sentText ? { sentText } : {}),
    direction: outgoing ? 'outgoing' : 'incoming',
  };
}

/** Bodies of read messages that are not inside another body (a nested one is quoted history), nor compose editors. */
function topBodies(root: ParentNode): Element[] {
  return queryAll(root, BODY).filter(
    (b) => !inEditable(b) && !closest(b, COMPOSE) && !closest(b, LIST_ROW) && !(b.parentElement && closest(b.parentElement, BODY)),
  );
}

/** The element holding one read message: its div[aria-expanded] or the nearest ancestor with a From line, holding no other body. */
function containerOf(body: Element): Element {
  const oneBody = (el: Element) => topBodies(el).length === 1;
  const expanded = closest(body.parentElement, 'div[aria-expanded]');
  if (expanded && oneBody(expanded)) return expanded;
  for (let el = body.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (!oneBody(el)) break;
    if (queryOne(el, READ_SENDER)) return el;
  }
  return body;
}

function readMessage(body: Element): SiteMessage | null {
  const container = containerOf(body);
  const text = visibleText(body, QUOTED);
  if (!text) return null;
  const froms = queryAll(container, READ_SENDER).filter((el) => !body.contains(el) && !closest(el, COMPOSE));
  const from = froms.find((el) => !froms.some((o) => o !== el && el.contains(o)));
  const sender = from ? readSender(from) : undefined;
  const time = queryAll(container, MESSAGE_TIME).find((el) => !body.contains(el));
  const sentText = cleanText(time?.getAttribute('title')) || textOf(time) || undefined;
  const outgoing = inSentFolder(documentOf(body));
  return {
    element: container,
    text,
    ...(sender?.name && !outgoing ? { sender: sender.address ? { name: sender.name, address: sender.address } : { name: sender.name } } : {}),
    ...(sentText ? { sentText } : {}),
    direction: outgoing ? 'outgoing' : 'incoming',
  };
}

function messageAt(node: Node): SiteMessage | null {
  try {
    if (inEditable(node) || closest(node, COMPOSE) || closest(node, LAYER)) return null;
    const row = closest(node, '[data-convid]') ?? closest(node, '[role="option"]');
    if (row) return rowMessage(row);
    // A node in quoted history belongs to an earlier message, not to the one quoting it.
    const body = closest(node, BODY);
    if (body) {
      const top = topBodies(body.ownerDocument).find((b) => b.contains(body));
      if (!top || top !== body || closest(node, '#divRplyFwdMsg') || closest(node, '#divRplyFwdMsg ~ *')) return null;
      return readMessage(top);
    }
    // A node in a message's header (its From line, its time).
    for (const top of topBodies(documentOf(node) ?? (node as ParentNode))) {
      const message = readMessage(top);
      if (message && message.element !== top && message.element.contains(node as Node)) return message;
    }
    return null;
  } catch {
    return null;
  }
}

export const outlookAdapter = defineSiteAdapter('outlook', {
  findSenders: (root) =>
    collectSenders(root, () =>
      [
        ...queryAll(root, LIST_SENDER).map(listSender),
        ...queryAll(root, READ_SENDER)
          .filter((el) => !closest(el, COMPOSE) && !closest(el, LIST_ROW))
          .map(readSender),
      ].filter((s) => !inEditable(s.element)),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      const message = messageAt(node);
      if (message) return message.element;
      const body = closest(node, BODY);
      if (body) return body;
      const row = closest(node, '[data-convid]') ?? closest(node, '[role="option"]');
      if (row) return row;
      if (closest(node, READING_PANE)) {
        const message = containerWithOneBody(node, '[id^="UniqueMessageBody"], [role="document"]');
        if (message) return message;
      }
      return closestBlock(node);
    } catch {
      return null;
    }
  },
  messagesIn: (root) => {
    try {
      if (isElement(root) && (inEditable(root) || closest(root, COMPOSE))) return [];
      const rows = queryAll(root, '[data-convid], [role="option"]').filter((r) => !(r.parentElement && closest(r.parentElement, '[data-convid], [role="option"]')));
      const found: SiteMessage[] = [
        ...rows.map(rowMessage),
        ...topBodies(root).map(readMessage),
      ].filter((m): m is SiteMessage => m !== null);
      // Inside a subtree the message around it counts too (a body re-rendered into its message).
      if (isElement(root) && !found.length) {
        const around = messageAt(root);
        if (around) found.push(around);
      }
      return found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
    } catch {
      return [];
    }
  },
  messageAt,
  provenance: [
    'Outlook on the web (outlook.live.com / outlook.office.com / outlook.office365.com):',
    `- list rows [role="option"][data-convid] inside [role="listbox"]: fperezdev/wd-extension-poc src/lib/consts.ts (listbox, data-convid) and a public Outlook scraper (index file 56240003588, repository not resolved) that reads the sender from [data-convid] span[title*="@"] (title = address).`,
    '- reading pane #ReadingPaneContainerId, div[data-app-section="ConversationContainer"], body div[id^="UniqueMessageBody_"], div[role="document"], compose [id^="docking_InitVisiblePart_"] / [id^="editorParent_"], send button [data-testid="ComposeSendButton"]: realbmail/bmail_extension src/content_outlook.ts.',
    '- sender of the open message span[aria-label^="From:"], body div[id^="UniqueMessageBody_"][role="document"], compose div[aria-label="Message body"][contenteditable]: public extension (index file 53187102784, repository not resolved); sender [id$="_FROM"], reading pane [data-app-section="MailReadCompose"]: public "PhishLens" content script (index file 71175739612, repository not resolved); [aria-label="邮件正文"] body label: public extension (index file 52040726120).',
    '- auslong427/Outlook-Copy copy-sender.js: address of the sender taken from mailto/title/aria-label attributes in the header.',
    '- each message of a conversation div[aria-expanded], quoted history inside a body as a nested [role=document] (.wnVEW div[role=document]), quoted original #divRplyFwdMsg: realbmail/bmail_extension src/content_outlook.ts; time [data-testid="SentReceivedSavedTime"] (index file 70634034289); MSG_…_FROM sender blocks and drafts in the conversation (index file 71175739612); work accounts on outlook.cloud.microsoft (index files 56385865550, 52471050365).',
    '- inferred, not sourced: the row time as a span whose title is the full date; /sentitems in the path as the Sent folder; UniqueMessageBody_N and data-convid are not used as message ids (the first is a per-page counter, the second names a conversation, not a message); the Chinese labels "发件人"/"寄件者" on the From element and "郵件內文" on the body; the message container found as the nearest ancestor holding exactly one body.',
  ].join('\n'),
});
