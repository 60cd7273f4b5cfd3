/**
 * QQ Mail (mail.qq.com, wx.mail.qq.com). Two generations are in use:
 * - the current web app (wx.mail.qq.com, also served on mail.qq.com): list rows
 *   .mail-list-page-item[data-mailid], sender nicknames .cmp-account-nick, the
 *   open mail's header .mail-detail-basic whose first .basic-body-item is the
 *   sender (with .cmp-account-email "<address>"), body .reader-body-children /
 *   .mail-detail-content;
 * - the classic frames UI (mail.qq.com): address spans carry the address in an
 *   `e` attribute (and the name in `n`), the body is #mailContentContainer.
 *   Recipient rows ("收件人", "抄送") use the same spans, so they are told apart
 *   by their row label.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  cleanText, closest, collectSenders, containerWithOneBody, documentOf, emailIn, inEditable, isEditableDocument, isElement, isRecipientLabel, outermost, outermostAncestor, outermostMessages, queryAll, queryOne, rowLabel, stripAddress, textOf, visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

const LIST_ITEM = '.mail-list-page-item';
const LIST_NICK = `${LIST_ITEM} .cmp-account-nick`;
const LIST_SENDER = `${LIST_ITEM} .mail-sender`;
const DETAIL_HEADER = '.mail-detail-basic';
const CLASSIC_ADDR = 'span[e]';
const CLASSIC_COMPOSE = '#frm, #addrsDiv, .addr_base';

const NEW_BODY = '.reader-body-children, .mail-detail-content';
const CLASSIC_BODY = '#mailContentContainer, .qmbox';

function listSenders(root: ParentNode): SenderFound[] {
  const out: SenderFound[] = queryAll(root, LIST_NICK).map((el) => ({ element: el, name: stripAddress(textOf(el)) }));
  for (const el of queryAll(root, LIST_SENDER)) {
    if (!queryOne(el, '.cmp-account-nick')) out.push({ element: el, name: stripAddress(textOf(el)) });
  }
  return out;
}

/** The sender row of each open mail: the first .basic-body-item of .mail-detail-basic. */
function detailSenders(root: ParentNode): SenderFound[] {
  const headers = new Set<Element>(queryAll(root, DETAIL_HEADER));
  const inside = closest(root as Node, DETAIL_HEADER);
  if (inside) headers.add(inside);
  const out: SenderFound[] = [];
  for (const header of headers) {
    const row = queryOne(header, '.basic-body-item');
    if (!row || isRecipientLabel(rowLabel(row, '.basic-body-item'))) continue;
    for (const nick of queryAll(row, '.cmp-account-nick')) {
      const wrap = closest(nick, '.cmp-account-wrap') ?? row;
      const address = emailIn(queryOne(wrap, '.cmp-account-email')?.textContent) ?? emailIn(nick.getAttribute('title'));
      const name = stripAddress(textOf(nick)) || address || '';
      out.push(address ? { element: nick, name, address } : { element: nick, name });
    }
  }
  return out;
}

function classicSenders(root: ParentNode): SenderFound[] {
  return queryAll(root, CLASSIC_ADDR)
    .filter((el) => !closest(el, CLASSIC_COMPOSE) && !isRecipientLabel(rowLabel(el)))
    .map((el) => {
      const address = emailIn(el.getAttribute('e'));
      const name = stripAddress(el.getAttribute('n') ?? '') || stripAddress(textOf(el)) || address || '';
      return address ? { element: el, name, address } : { element: el, name };
    });
}

type Sender = { name: string; address?: string };

function rowMessage(row: Element): SiteMessage | null {
  if (inEditable(row)) return null;
  const parts = [queryOne(row, '.mail-subject'), queryOne(row, '.mail-digest')].filter(isElement).map((el) => visibleText(el));
  const text = parts.filter(Boolean).join(' ');
  if (!text) return null;
  const msg: SiteMessage = { element: row, text, direction: 'incoming' };
  const id = row.getAttribute('data-mailid')?.trim();
  if (id) msg.siteId = id;
  const nick = queryOne(row, '.cmp-account-nick') ?? queryOne(row, '.mail-sender');
  const address = emailIn(queryOne(row, '.cmp-account-email')?.textContent) ?? emailIn(nick?.getAttribute('title'));
  const name = stripAddress(textOf(nick)) || address;
  if (name) msg.sender = address ? { name, address } : { name };
  const sentText = textOf(queryOne(row, '.mail-time'));
  if (sentText) msg.sentText = sentText;
  return msg;
}

/** The header (.mail-detail-basic) of an open mail of the new app: the last one before its body, inside the nearest ancestor holding one. */
function newHeaderOf(body: Element): Element | null {
  for (let e = body.parentElement; e; e = e.parentElement) {
    const headers = queryAll(e, DETAIL_HEADER).filter((h) => h.compareDocumentPosition(body) & 4 /* FOLLOWING */);
    if (headers.length) return headers[headers.length - 1]!;
  }
  return null;
}

function newHeaderSender(header: Element): Sender | undefined {
  const row = queryOne(header, '.basic-body-item');
  if (!row || isRecipientLabel(rowLabel(row, '.basic-body-item'))) return undefined;
  const nick = queryOne(row, '.cmp-account-nick');
  const wrap = (nick && closest(nick, '.cmp-account-wrap')) ?? row;
  const address = emailIn(queryOne(wrap, '.cmp-account-email')?.textContent) ?? emailIn(nick?.getAttribute('title'));
  const name = stripAddress(textOf(nick)) || address;
  if (!name) return undefined;
  return address ? { name, address } : { name };
}

/** The classic read page's header rows: the sender span after "发件人：", the text after "时 间：". */
function classicHeader(container: Element): { sender?: Sender; sentText?: string } {
  const out: { sender?: Sender; sentText?: string } = {};
  for (const label of queryAll(container, '.addrtitle')) {
    if (closest(label, CLASSIC_COMPOSE) || closest(label, CLASSIC_BODY)) continue;
    const key = textOf(label).replace(/\s+/g, '');
    const cell = label.parentElement;
    if (!cell) continue;
    if (!out.sender && /^(发件人|發件人)[:：]?$/.test(key)) {
      const span = queryOne(cell, 'span[e]');
      const address = emailIn(span?.getAttribute('e'));
      const name = stripAddress(span?.getAttribute('n') ?? '') || stripAddress(textOf(span)) || address;
      if (name) out.sender = address ? { name, address } : { name };
    } else if (!out.sentText && /^(时间|時間)[:：]?$/.test(key)) {
      const text = cleanText(visibleText(cell, '.addrtitle'));
      if (text) out.sentText = text;
    }
  }
  return out;
}

function bodyMessage(body: Element): SiteMessage | null {
  if (inEditable(body)) return null;
  const text = visibleText(body);
  if (!text) return null;
  const msg: SiteMessage = { element: body, text, direction: 'incoming' };
  if (body.matches(NEW_BODY)) {
    const header = newHeaderOf(body);
    const sender = header ? newHeaderSender(header) : undefined;
    if (sender) msg.sender = sender;
    const sentText = textOf(header && queryOne(header, '.time-text'));
    if (sentText) msg.sentText = sentText;
  } else {
    const container = closest(body, '#mainmail') ?? closest(body, '#qqmail_mailcontainer') ?? documentOf(body)?.body;
    const h = container ? classicHeader(container) : {};
    if (h.sender) msg.sender = h.sender;
    if (h.sentText) msg.sentText = h.sentText;
  }
  return msg;
}

const BODIES = `${NEW_BODY}, ${CLASSIC_BODY}`;

function outermostOf(el: Element, selector: string): Element {
  return outermostAncestor(el, selector) ?? el;
}

const MESSAGE = `${LIST_ITEM}, ${BODIES}`;

function messageFor(el: Element): SiteMessage | null {
  return el.matches(LIST_ITEM) ? rowMessage(el) : bodyMessage(el);
}

function messagesIn(root: ParentNode): SiteMessage[] {
  try {
    if (isEditableDocument(documentOf(root))) return [];
    return outermostMessages(root, MESSAGE, messageFor);
  } catch {
    return [];
  }
}

function messageAt(node: Node): SiteMessage | null {
  try {
    if (inEditable(node) || isEditableDocument(documentOf(node))) return null;
    const el = outermostAncestor(node, MESSAGE);
    if (el) return messageFor(el);
    // In an open mail's header: the message is that mail's body.
    if (closest(node, `${DETAIL_HEADER}, .mail-detail-subject`)) {
      // The first body after this header, in the nearest ancestor holding any.
      for (let e = closest(node, DETAIL_HEADER) ?? closest(node, '.mail-detail-subject'); e; e = e.parentElement) {
        const bodies = outermost(queryAll(e, NEW_BODY));
        if (!bodies.length) continue;
        const b = bodies.find((x) => node.compareDocumentPosition(x) & 4 /* FOLLOWING */);
        return b ? bodyMessage(b) : null;
      }
      return null;
    }
    const classic = closest(node, '#mainmail');
    if (classic && !closest(node, CLASSIC_COMPOSE)) {
      const b = queryOne(classic, CLASSIC_BODY);
      return b ? bodyMessage(outermostOf(b, BODIES)) : null;
    }
    return null;
  } catch {
    return null;
  }
}

export const qqMailAdapter = defineSiteAdapter('qq-mail', {
  findSenders: (root) =>
    collectSenders(root, () =>
      [...listSenders(root), ...detailSenders(root), ...classicSenders(root)].filter((s) => !inEditable(s.element)),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node) || isEditableDocument(documentOf(node))) return null;
      // messageOf's element holds the node; a header's message (its mail's body) does not, so the header keeps the old answer.
      const found = messageAt(node)?.element;
      if (found?.contains(node)) return found;
      const body = closest(node, NEW_BODY) ?? closest(node, CLASSIC_BODY);
      if (body) return body;
      const row = closest(node, LIST_ITEM);
      if (row) return row;
      if (closest(node, `${DETAIL_HEADER}, .mail-list-page-reader, .mail-detail`)) {
        const message = containerWithOneBody(node, '.reader-body-children') ?? containerWithOneBody(node, '.mail-detail-content');
        if (message) return message;
      }
      if (closest(node, '#mainmail')) {
        const message = containerWithOneBody(node, '#mailContentContainer');
        if (message) return message;
      }
      return closestBlock(node);
    } catch {
      return null;
    }
  },
  messagesIn,
  messageAt,
  provenance: [
    'QQ Mail (mail.qq.com / wx.mail.qq.com):',
    '- current web app: list rows .mail-list-page-item[data-mailid], sender .cmp-account-nick, subject .mail-subject, digest .mail-digest — public content script (index file 57747495315, repository not resolved); list sender .mail-sender, reader .mail-list-page-reader, sender ".mail-detail-basic .basic-body-item:first-child .cmp-account-nick", address ".cmp-account-email" ("<address>"), body ".mail-reader-body .reader-body-children" — public QQ Mail read script (index file 58754977546, repository not resolved).',
    '- realbmail/bmail_extension src/content_qq.ts: new UI .frame-main, div.mail-list-page-item, body ".xmail-ui-float-scroll .mail-detail-content", reply editor .mail-replay-editor-wrap / .reply-editor, compose .mail-content-editor; classic UI: reading frame #mainmail, body #mailContentContainer, address spans span[e] (address in the e attribute), compose form #frm / #addrsDiv / .addr_base.',
    '- #mailContentContainer.qmbox.qm_con_body_content inside #qm_con_body / #contentDiv: saved QQ Mail pages in public repositories (find_string "mailContentContainer").',
    '- times and classic frames: list .mail-time and header ".mail-detail-basic .time-text" (index file 58754977546); classic list and read pages load in iframe#mainFrame (bmail monitorQQMailReadingOldVersion); read page body[module=qmReadMail] > #qqmail_mailcontainer > #mainmail with header cells span.addrtitle "发件人：" + span[t=1][e][n] and span.addrtitle "时 间：", body #contentDiv > #qm_con_body > #mailContentContainer, quick reply #QuickReplyPart #rteContainer iframe — saved readmail page (jiyifa/myfirstproject src/main/webapp/WEB-INF/inframe/view.jsp, 2018) and bmail.',
    '- inferred, not sourced: every mail is read as incoming (the sent folder is not told apart); no id of the open mail in the new app\'s reader; the n attribute as the classic sender name; telling classic sender from recipient spans by the row label (发件人/收件人/抄送, class .addrtitle as hinted); the message container found as the nearest ancestor holding exactly one body.',
  ].join('\n'),
});
