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
import { closestBlock } from './generic';
import {
  closest, collectSenders, emailIn, inEditable, isRecipientLabel, queryAll, queryOne, rowLabel, stripAddress, textOf,
} from './dom';
import type { SenderFound, SiteAdapter } from './types';

const ROW = 'div[sign="letter"]';
const LIST_SENDER = `${ROW} [sign="start-from"] .nui-user`;
const LIST_SENDER_FALLBACK = `${ROW} .nui-user`;
const ADDR = '.nui-addr, .js-component-addr';
const COMPOSE = '[id^="_dvModuleContainer_compose"], .js-component-emailblock';
const READ_MODULE = '[id^="_dvModuleContainer_read"]';

const BODY = '.netease_mail_readhtml';

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
    (el) => !closest(el.parentElement, ADDR) && !closest(el, COMPOSE) && !isRecipientLabel(rowLabel(el, 'li, tr')),
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

export const neteaseMailAdapter: SiteAdapter = {
  id: 'netease-mail',
  hosts: ['mail.163.com', 'mail.126.com'],
  findSenders: (root) =>
    collectSenders(root, () => [...listSenders(root), ...readSenders(root)].filter((s) => !inEditable(s.element))),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return closest(node, BODY) ?? closest(node, ROW) ?? closest(node, READ_MODULE) ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  provenance: [
    'NetEase Mail 163/126 (mail.163.com / mail.126.com):',
    '- MFrank2016/multiPagePlugins content/mail-163.js (same file in many forks): list row div[sign="letter"] (aria-label holds "… 发件人 ： NAME"), sender .nui-user, subject span.da0; a variant of that script documents div[sign="start-from"] .nui-user, date div.eO0, unread b.nui-ico-unread, digest ".fQ0 .il0" (index file 40834792721, "verified Feb 2026").',
    '- realbmail/bmail_extension src/content_netease.ts: read module [id^="_dvModuleContainer_read.ReadModule"] with the body in an iframe (.netease_mail_readhtml.netease_mail_readhtml_webmail), header addresses .nui-addr-email, quick reply textarea[id$="_replyInput_inputId"] in div[id$="_dvAttach_reply"], compose [id^="_dvModuleContainer_compose.ComposeModule"] with .js-component-emailblock recipients, account #spnUid.',
    '- header markup li.fS > div.fT "发件人：" > div.fU > div.js-component-addr.nui-addr > span.nui-addr-name + span.nui-addr-email "<address>", recipient row "收件人：": a public copy of the 163 read page (index file 14523093458, repository not resolved) and a webmail clone using the same classes (index file 1144362372).',
    '- inferred, not sourced: an address in a title attribute of list senders; "[id$=_dvMailBody]" was suggested but not found in any source and is not used.',
  ].join('\n'),
};
