/**
 * Gmail (mail.google.com). Gmail's class names are obfuscated but have been
 * stable for years; the sender elements also carry `email` (and usually `name`)
 * attributes, which is what this adapter reads. Recipients (span.g2, also with
 * an email attribute) are not senders and are not matched.
 */
import { closestBlock } from './generic';
import { closest, collectSenders, emailIn, inEditable, queryAll, stripAddress, textOf } from './dom';
import type { SenderFound, SiteAdapter } from './types';

/** Sender of an open message: span.gD in the header; `h3 [email]` as the class-free alternative. */
const OPEN_SENDER = 'span.gD[email], .gD[email], h3 span[email]';
/** Sender(s) of an inbox row (tr.zA): the participants column .yW; .zF / .yP are its two known classes. */
const LIST_SENDER = 'tr.zA .yW span[email], tr.zE .yW span[email], .yW span[email], span.zF[email], span.yP[email]';

const BODY = 'div.a3s, .a3s';
const MESSAGE = 'div.adn, [data-message-id], [data-legacy-message-id]';
const ROW = 'tr.zA, tr.zE, tr[role="row"]';

function senderOf(el: Element): SenderFound {
  const address = emailIn(el.getAttribute('email')) ?? emailIn(el.getAttribute('data-hovercard-id'));
  const name = stripAddress(el.getAttribute('name') ?? '') || stripAddress(textOf(el)) || address || '';
  return address ? { element: el, name, address } : { element: el, name };
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  findSenders: (root) =>
    collectSenders(root, () =>
      [...queryAll(root, OPEN_SENDER), ...queryAll(root, LIST_SENDER)]
        .filter((el) => !inEditable(el) && !el.closest('[role="dialog"] form, .g2'))
        .map(senderOf),
    ),
  messageOf: (node) => {
    try {
      if (inEditable(node)) return null;
      return closest(node, BODY) ?? closest(node, MESSAGE) ?? closest(node, ROW) ?? closestBlock(node);
    } catch {
      return null;
    }
  },
  provenance: [
    'Gmail (mail.google.com):',
    '- open message: subject h2.hP, sender span.gD (email attribute), body div.a3s(.aiL) — neelchau/Spam-mail-extension content.js; sender email attribute on .gD — Xre0uS/PhishingDetectorWithML101LetsGo extension/test.js; span[email] as sender — Bharathkumar-2006/Email-safety-checker extension/scripts/content.js; "h3 span.gD" — public userscript (index file 3020390070, repository not resolved).',
    '- inbox rows tr.zA (tr.zE unread), sender ".yW span[email]" / .yP / .zF, subject .bog, snippet .y2 — several public extensions found with find_string ".yW span[email]" (e.g. index files 66525368729, 51890435114; repositories not resolved) and the gmail.js README (KartikTalwar/gmail.js README.md) for the dom.email_* API these names come from.',
    '- recipients span.g2, message container div.adn — public GmailFetcher class (index search result, repository not resolved).',
    '- inferred, not sourced: the name attribute next to email, [data-message-id]/[data-legacy-message-id] as class-free message containers, tr[role=row] as row fallback.',
  ].join('\n'),
};
