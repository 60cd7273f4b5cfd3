/**
 * NetEase Mail, 163 and 126 (mail.163.com, mail.126.com): the same "js6" web
 * app on both hosts. List rows are div[sign="letter"] with the sender in
 * div[sign="start-from"] .nui-user; an open mail is a module
 * [id^="_dvModuleContainer_read.ReadModule"] whose header lists addresses as
 * .nui-addr (.nui-addr-name + .nui-addr-email "<address>") in rows labelled
 * 发件人 / 收件人 / 抄送 (.fT). The body is rendered in an iframe whose document
 * holds .netease_mail_readhtml; the content script must run in that frame
 * (all_frames) for numbers in the body to be seen.
 */
import { defineSiteAdapter } from './define';
import { closestBlock } from './generic';
import {
  closest, collectSenders, documentOf, emailIn, frameDocument, frameElementOf, hiddenInline, inEditable, isEditableDocument, isRecipientLabel, outermostAncestor, outermostMessages, queryAll, queryOne, rowLabel, stripAddress, textOf, visibleText,
} from './dom';
import type { SenderFound, SiteMessage } from './types';

const ROW = 'div[sign="letter"]';
const LIST_SENDER = `${ROW} [sign="start-from"] .nui-user`;
const LIST_SENDER_FALLBACK = `${ROW} .nui-user`;
const ADDR = '.nui-addr, .js-component-addr';
const COMPOSE = '[id^="_dvModuleContainer_compose"], .js-component-emailblock';
const READ_MODULE = '[id^="_dvModuleContainer_read"]';
/** The hidden one-line header "Name 于 DATE 发给 我" of a read module: never a sender nor a time. */
const COMPACT = '[id*="ulCompact"]';
const BODY_FRAME = 'iframe[id*="frameBody"]';

const BODY = '.netease_mail_readhtml';
const MESSAGE = `${ROW}, ${BODY}`;

function listSenders(root: ParentNode): SenderFound[] {
  const els = queryAll(root, LIST_SENDER);
  for (const el of queryAll(root, LIST_SENDER_FALLBACK)) {
    const row = closest(el, ROW);
    if (row && !queryOne(row, '[sign="start-from"] .nui-user')) els.push(el);
  }
  return els.map((el) => {
    const address = emailIn(el.getAttribute('title'));
    const name = stripAddress(textOf(el)) || address || '';
    return address ? { element: el, name, address } : { element: el, name };
  });
}

function readSenders(root: ParentNode): SenderFound[] {
  const out: SenderFound[] = [];
  const addrs = queryAll(root, ADDR).filter(
    (el) => !closest(el.parentElement, ADDR) && !closest(el, COMPOSE) && !closest(el, COMPACT) && !isRecipientLabel(rowLabel(el, 'li, tr')),
  );
  for (const addr of addrs) {
    const nameEl = queryOne(addr, '.nui-addr-name');
    const address = emailIn(queryOne(addr, '.nui-addr-email')?.textContent) ?? emailIn(addr.getAttribute('title'));
    const element = nameEl ?? addr;
    const name = stripAddress(textOf(nameEl)) || address || '';
    out.push(address ? { element, name, address } : { element, name });
  }
  return out;
}

type Sender = { name: string; address?: string };

/** The mail id in a row id "<ts>_<id>Dom" (the whole id without "Dom"). */
function rowId(row: Element): string | undefined {
  const m = /^(\d{6,}_[\w.-]+?)(?:Dom)?$/.exec((row.getAttribute('id') ?? '').trim());
  return m ? m[1] : undefined;
}

/** A row's sent time as the page shows it: the date cell's title, else "时间：…" of the row's aria-label, else the cell's text. */
function rowTime(row: Element): string | undefined {
  const cell = queryOne(row, 'div.eO0, .eO0');
  const title = (cell?.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  if (title) return title;
  const label = /时\s*间\s*[:：]\s*(.+)$/.exec(row.getAttribute('aria-label') ?? '');
  if (label) return label[1]!.replace(/\s+/g, ' ').trim();
  return textOf(cell) || undefined;
}

function rowMessage(row: Element): SiteMessage | null {
  if (inEditable(row) || hiddenInline(row)) return null;
  const subject = visibleText(queryOne(row, '.da0'));
  const digest = visibleText(queryOne(row, '.fQ0'));
  const text = [subject, digest].filter(Boolean).join(' ');
  if (!text) return null;
  const msg: SiteMessage = { element: row, text, direction: 'incoming' };
  const id = rowId(row);
  if (id) msg.siteId = id;
  const user = queryOne(row, '[sign="start-from"] .nui-user') ?? queryOne(row, '.nui-user');
  const address = emailIn(user?.getAttribute('title'));
  const name = stripAddress(textOf(user)) || address;
  if (name) msg.sender = address ? { name, address } : { name };
  const sentText = rowTime(row);
  if (sentText) msg.sentText = sentText;
  return msg;
}

/** The full header of a read module: sender (发件人) and time (时　间) rows, never the compact line. */
function readHeader(module: Element | null): { sender?: Sender; sentText?: string } {
  const out: { sender?: Sender; sentText?: string } = {};
  if (!module) return out;
  for (const row of queryAll(module, 'li.fS, li')) {
    if (closest(row, COMPACT) || closest(row, COMPOSE)) continue;
    const label = textOf(queryOne(row, '.fT')).replace(/\s+/g, '');
    if (!out.sender && /^(发件人|發件人)[:：]?$/.test(label)) {
      const addr = queryOne(row, ADDR);
      const address = emailIn(queryOne(addr, '.nui-addr-email')?.textContent) ?? emailIn(addr?.getAttribute('title'));
      const name = stripAddress(textOf(queryOne(addr, '.nui-addr-name'))) || address;
      if (name) out.sender = address ? { name, address } : { name };
    } else if (!out.sentText && /^(时间|時間)[:：]?$/.test(label)) {
      const t = textOf(queryOne(row, '.fU'));
      if (t) out.sentText = t;
    }
  }
  return out;
}

/** One opened mail's body (inline, or the body of the read frame) with its module's header. */
function bodyMessage(body: Element, module: Element | null): SiteMessage | null {
  if (inEditable(body) || isEditableDocument(documentOf(body))) return null;
  const text = visibleText(body);
  if (!text) return null;
  const msg: SiteMessage = { element: body, text, direction: 'incoming' };
  const h = readHeader(module);
  if (h.sender) msg.sender = h.sender;
  if (h.sentText) msg.sentText = h.sentText;
  return msg;
}

/** In a read frame's document: the iframe in the mailbox page, when this document is one. */
function bodyFrameOf(doc: Document | null): Element | null {
  const frame = frameElementOf(doc);
  return frame && frame.matches(BODY_FRAME) ? frame : null;
}

/** The body element of a read frame's document. */
function frameBody(doc: Document): Element | null {
  return queryOne(doc, BODY) ?? queryOne(doc, '#content') ?? doc.body;
}

/** A shown read frame's message (null when its module is hidden, or in the compose module). */
function frameMessage(frame: Element, doc: Document): SiteMessage | null {
  if (hiddenInline(frame) || closest(frame, COMPOSE)) return null;
  const body = frameBody(doc);
  return body ? bodyMessage(body, closest(frame, READ_MODULE)) : null;
}

function messagesIn(root: ParentNode): SiteMessage[] {
  try {
    const doc = documentOf(root);
    if (isEditableDocument(doc)) return [];
    const frame = bodyFrameOf(doc);
    if (frame && doc) {
      const m = frameMessage(frame, doc);
      const within = m && ((root as Node) === doc || (root as Node).contains(m.element) || m.element.contains(root as Node));
      return m && within ? [m] : [];
    }
    return outermostMessages(root, MESSAGE, (el) =>
      el.matches(ROW) ? rowMessage(el) : !hiddenInline(el) && !closest(el, COMPOSE) ? bodyMessage(el, closest(el, READ_MODULE)) : null,
    );
  } catch {
    return [];
  }
}

function messageAt(node: Node): SiteMessage | null {
  try {
    const doc = documentOf(node);
    if (inEditable(node) || isEditableDocument(doc)) return null;
    const frame = bodyFrameOf(doc);
    if (frame && doc) return frameMessage(frame, doc);
    const el = outermostAncestor(node, MESSAGE);
    if (el?.matches(ROW)) return rowMessage(el);
    if (el) return hiddenInline(el) || closest(el, COMPOSE) ? null : bodyMessage(el, closest(el, READ_MODULE));
    const module = closest(node, READ_MODULE);
    // In a read module's header: that mail's body (inline, or in its read frame).
    if (module && !hiddenInline(module) && closest(node, '#ulFull, h1, [id*="h1Subject"]')) {
      const inline = queryOne(module, BODY);
      if (inline) return bodyMessage(inline, module);
      const f = queryOne(module, BODY_FRAME);
      const fdoc = frameDocument(f);
      return f && fdoc ? frameMessage(f, fdoc) : null;
    }
    return null;
  } catch {
    return null;
  }
}

export const neteaseMailAdapter = defineSiteAdapter('netease-mail', {
  // The read header's hidden one-line summary repeats the sender and the date.
  hidden: COMPACT,
  findSenders: (root) =>
    collectSenders(root, () => [...listSenders(root), ...readSenders(root)].filter((s) => !inEditable(s.element))),
  messageOf: (node) => {
    try {
      if (inEditable(node) || isEditableDocument(documentOf(node))) return null;
      // messageOf's element holds the node; a header's message (its mail's body) does not, so the header keeps the old answer.
      const found = messageAt(node)?.element;
      if (found?.contains(node)) return found;
      return closest(node, BODY) ?? closest(node, ROW) ?? closest(node, READ_MODULE) ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  messagesIn,
  messageAt,
  provenance: [
    'NetEase Mail 163/126 (mail.163.com / mail.126.com):',
    '- MFrank2016/multiPagePlugins content/mail-163.js (same file in many forks): list row div[sign="letter"] (aria-label holds "… 发件人 ： NAME"), sender .nui-user, subject span.da0; a variant of that script documents div[sign="start-from"] .nui-user, date div.eO0, unread b.nui-ico-unread, digest ".fQ0 .il0" (index file 40834792721, "verified Feb 2026").',
    '- realbmail/bmail_extension src/content_netease.ts: read module [id^="_dvModuleContainer_read.ReadModule"] with the body in an iframe (.netease_mail_readhtml.netease_mail_readhtml_webmail), header addresses .nui-addr-email, quick reply textarea[id$="_replyInput_inputId"] in div[id$="_dvAttach_reply"], compose [id^="_dvModuleContainer_compose.ComposeModule"] with .js-component-emailblock recipients, account #spnUid.',
    '- header markup li.fS > div.fT "发件人：" > div.fU > div.js-component-addr.nui-addr > span.nui-addr-name + span.nui-addr-email "<address>", recipient row "收件人：": a public copy of the 163 read page (index file 14523093458, repository not resolved) and a webmail clone using the same classes (index file 1144362372).',
    '- row div.rF0[sign=letter][role=link][id="<ts>_<id>Dom"][aria-label="<subject> 发件人 ： <name> 时间： 2026年7月28日 10:06 (星期二)"], date div.eO0[title="full date"], list address not in the DOM (.nui-user[title] empty until hovered) (index files 40834792721, 57466837098 "2026-07"); several read modules coexist as tabs, hidden ones included; full header ul#ulFull with rows 发件人 / 收件人 / 时　间, hidden compact line ul#ulCompact "Name 于 DATE 发给 我" (index file 14523093458); body in iframe[id*="frameBody"] whose document holds #content (index file 40834792721, 2026-02).',
    '- inferred, not sourced: a read module or row is hidden by an inline display:none or the hidden attribute; every mail is read as incoming (the sent folder is not told apart); an address in a title attribute of list senders; "[id$=_dvMailBody]" was suggested but not found in any source and is not used.',
  ].join('\n'),
});
