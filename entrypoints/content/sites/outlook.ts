/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
 * Class names are generated and change often, so this adapter reads ids, ARIA
 * and title attributes: list rows carry data-convid and the sender's address in
 * a span's title; the open message names its sender in an element labelled
 * "From:" (id ending in _FROM), and its body has an id starting UniqueMessageBody.
 */
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, containerWithOneBody, emailIn, inEditable, queryAll, stripAddress, textUpTo,
} from './dom';
import type { SenderFound, SiteAdapter } from './types';

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

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
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
  provenance: [
    'Outlook on the web (outlook.live.com / outlook.office.com / outlook.office365.com):',
    `- list rows [role="option"][data-convid] inside [role="listbox"]: fperezdev/wd-extension-poc src/lib/consts.ts (listbox, data-convid) and a public Outlook scraper (index file 56240003588, repository not resolved) that reads the sender from [data-convid] span[title*="@"] (title = address).`,
    '- reading pane #ReadingPaneContainerId, div[data-app-section="ConversationContainer"], body div[id^="UniqueMessageBody_"], div[role="document"], compose [id^="docking_InitVisiblePart_"] / [id^="editorParent_"], send button [data-testid="ComposeSendButton"]: realbmail/bmail_extension src/content_outlook.ts.',
    '- sender of the open message span[aria-label^="From:"], body div[id^="UniqueMessageBody_"][role="document"], compose div[aria-label="Message body"][contenteditable]: public extension (index file 53187102784, repository not resolved); sender [id$="_FROM"], reading pane [data-app-section="MailReadCompose"]: public "PhishLens" content script (index file 71175739612, repository not resolved); [aria-label="邮件正文"] body label: public extension (index file 52040726120).',
    '- auslong427/Outlook-Copy copy-sender.js: address of the sender taken from mailto/title/aria-label attributes in the header.',
    '- inferred, not sourced: the Chinese labels "发件人"/"寄件者" on the From element and "郵件內文" on the body; the message container found as the nearest ancestor holding exactly one body.',
  ].join('\n'),
};
