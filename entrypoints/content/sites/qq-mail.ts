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
import { closestBlock } from './generic';
import {
  closest, collectSenders, containerWithOneBody, emailIn, inEditable, isRecipientLabel, queryAll, queryOne,
  rowLabel, stripAddress, textOf,
} from './dom';
import type { SenderFound, SiteAdapter } from './types';

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

export const qqMailAdapter: SiteAdapter = {
  id: 'qq-mail',
  hosts: ['mail.qq.com', 'wx.mail.qq.com'],
  findSenders: (root) =>
    collectSenders(root, () =>
      [...listSenders(root), ...detailSenders(root), ...classicSenders(root)].filter((s) => !inEditable(s.element)),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
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
  provenance: [
    'QQ Mail (mail.qq.com / wx.mail.qq.com):',
    '- current web app: list rows .mail-list-page-item[data-mailid], sender .cmp-account-nick, subject .mail-subject, digest .mail-digest — public content script (index file 57747495315, repository not resolved); list sender .mail-sender, reader .mail-list-page-reader, sender ".mail-detail-basic .basic-body-item:first-child .cmp-account-nick", address ".cmp-account-email" ("<address>"), body ".mail-reader-body .reader-body-children" — public QQ Mail read script (index file 58754977546, repository not resolved).',
    '- realbmail/bmail_extension src/content_qq.ts: new UI .frame-main, div.mail-list-page-item, body ".xmail-ui-float-scroll .mail-detail-content", reply editor .mail-replay-editor-wrap / .reply-editor, compose .mail-content-editor; classic UI: reading frame #mainmail, body #mailContentContainer, address spans span[e] (address in the e attribute), compose form #frm / #addrsDiv / .addr_base.',
    '- #mailContentContainer.qmbox.qm_con_body_content inside #qm_con_body / #contentDiv: saved QQ Mail pages in public repositories (find_string "mailContentContainer").',
    '- inferred, not sourced: the n attribute as the classic sender name; telling classic sender from recipient spans by the row label (发件人/收件人/抄送, class .addrtitle as hinted); the message container found as the nearest ancestor holding exactly one body.',
  ].join('\n'),
};
