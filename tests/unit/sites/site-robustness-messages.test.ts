/**
 * Google Voice, QQ Mail and 163/126 on random pages built from the markup they
 * read: messagesIn never throws, yields each element once and never one inside
 * another, and agrees with messageAt for every node inside a message it yields;
 * nothing is remembered between calls.
 */
import fc from 'fast-check';
import { buildRandom, type RandomSpec } from './fixture';
import { describe, expect, it } from 'vitest';
import { googleVoiceAdapter } from '../../../entrypoints/content/sites/google-voice';
import { neteaseMailAdapter } from '../../../entrypoints/content/sites/netease-mail';
import { qqMailAdapter } from '../../../entrypoints/content/sites/qq-mail';
import { inEditable } from '../../../entrypoints/content/sites/dom';
import type { SiteAdapter, SiteMessage } from '../../../entrypoints/content/sites/types';

const ADAPTERS: SiteAdapter[] = [googleVoiceAdapter, qqMailAdapter, neteaseMailAdapter];

const TAGS = [
  'div', 'span', 'p', 'li', 'ul', 'td', 'b', 'textarea', 'button', 'mat-icon', 'gv-thread-list-item', 'gv-annotation',
  'gv-text-message-item', 'gv-message-item', 'gv-message-list-header', 'gv-avatar',
];
const CLASSES = [
  'participants', 'preview', 'primary-text', 'timestamp', 'sender-timestamp', 'bubble', 'subject-content-container',
  'message-row', 'outgoing', 'incoming', 'material-icons', 'mail-list-page-item', 'cmp-account-nick', 'cmp-account-email',
  'mail-subject', 'mail-digest', 'mail-time', 'mail-detail-basic', 'basic-body-item', 'time-text', 'reader-body-children',
  'mail-detail-content', 'addrtitle', 'qmbox', 'nui-user', 'nui-addr', 'nui-addr-name', 'nui-addr-email', 'fT', 'fU', 'fS',
  'da0', 'fQ0', 'eO0', 'netease_mail_readhtml',
];
const TEXTS = [
  '', ' ', '借呗法务部', '【借呗】请联系 138 0013 8000', '95188', '<fawu@jiebei-cs.com>', '发件人：', '收件人：', '时　间：',
  'mobile • (845) 555-0142', 'You: ok', 'more_vert', '\u202a(845) 555-0142\u202c', '昨天', '2024年9月18日 10:42',
];
const ATTRS = ['id', 'sign', 'data-mailid', 'gv-test-id', 'title', 'aria-label', 'e', 'n', 'contenteditable', 'style', 'hidden', 'gv-thread-id'];
const VALUES = [
  '', 'letter', 'start-from', 'ZL0001', '1726627320_386291Dom', 'conversation-title', 'true', 'display: none', 'a@b.cn',
  '借呗 时间： 2024年9月18日 10:42 (星期三)', 't.+18455550142', '_dvModuleContainer_read.ReadModule_0', 'mailContentContainer', 'mainmail',
];

type Spec = RandomSpec;

const spec: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    classes: fc.subarray(CLASSES, { maxLength: 3 }),
    attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)), { maxLength: 2 }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, fc.constantFrom(...TEXTS), tie('node')), { maxLength: 4 }),
  }),
})).node;


function textNodesUnder(el: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const plain = (m: SiteMessage | null) =>
  m && { element: m.element, text: m.text, sender: m.sender, sentText: m.sentText, direction: m.direction, siteId: m.siteId };

describe('messagesIn and messageAt on random pages', () => {
  it('never throw, yield each element once and none inside another, and agree with each other', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 3 }), (specs) => {
        document.body.innerHTML = '';
        const root = document.createElement('div');
        for (const s of specs) root.append(buildRandom(s));
        document.body.append(root);
        for (const a of ADAPTERS) {
          const msgs = a.messagesIn!(document);
          expect(a.messagesIn!(document).map(plain), a.id).toEqual(msgs.map(plain));
          const els = msgs.map((m) => m.element);
          expect(new Set(els).size, a.id).toBe(els.length);
          for (const m of msgs) {
            expect(m.text.trim().length, a.id).toBeGreaterThan(0);
            expect(['incoming', 'outgoing']).toContain(m.direction);
            for (const o of els) if (o !== m.element) expect(m.element.contains(o), a.id).toBe(false);
            for (const n of textNodesUnder(m.element)) {
              const at = a.messageAt!(n);
              // Editable places inside a message are never part of it.
              if (inEditable(n)) {
                expect(at, a.id).toBeNull();
                continue;
              }
              expect(plain(at), `${a.id} messageAt(${JSON.stringify(n.data)})`).toEqual(plain(m));
            }
          }
          for (const n of textNodesUnder(root)) {
            const at = a.messageAt!(n);
            if (at) expect(at.text.trim().length).toBeGreaterThan(0);
            const of = a.messageOf(n);
            if (of) expect(of.contains(n), a.id).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
