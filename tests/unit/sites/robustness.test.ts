/**
 * Adapters run on pages that change without notice: whatever the DOM, they must
 * not throw, must only report elements inside the root they were given, and
 * messageOf must return null or an element containing the node.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, genericAdapter } from '../../../entrypoints/content/sites';
import { loadFixture, buildRandom, type RandomSpec } from './fixture';

const ADAPTERS = [...SITE_ADAPTERS, genericAdapter];

/** Tags, classes and attributes the adapters look for, so random trees hit their selectors. */
const TAGS = [
  'div', 'span', 'p', 'li', 'ul', 'table', 'tr', 'td', 'h2', 'h3', 'a', 'b', 'textarea', 'article', 'nobr',
  'mws-conversation-list-item', 'mws-message-wrapper', 'mws-text-message-part', 'gv-thread-list-item',
  'gv-annotation', 'gv-text-message-item', 'gv-message-list-header',
];
const CLASSES = [
  'gD', 'g2', 'go', 'yW', 'zF', 'yP', 'zA', 'a3s', 'adn', 'name', 'participants', 'primary-text', 'bubble',
  'mail-list-page-item', 'cmp-account-nick', 'cmp-account-email', 'cmp-account-wrap', 'mail-sender', 'mail-detail-basic',
  'basic-body-item', 'reader-body-children', 'mail-detail-content', 'mail-detail', 'addrtitle', 'qmbox', 'nui-user',
  'nui-addr', 'nui-addr-name', 'nui-addr-email', 'js-component-addr', 'js-component-emailblock', 'fT', 'fS',
  'netease_mail_readhtml',
];
const TEXTS = [
  '', ' ', '借呗法务部', '【借呗】请联系 138 0013 8000', '95188', 'fawu@jiebei-cs.com', '<a@b.cn>', '发件人：', '收件人：',
  'From:', 'You', '\u200b', '抄　送：', '10690123456789', '(845) 555-0142', 'x'.repeat(2100),
];
const ATTR_VALUES = ['', ' ', 'true', 'false', 'a@b.cn', '借呗 <a@b.cn>', 't.+8613800138000', 't.', 'g.abc', 'From: 借呗', '发件人: X', 'x_FROM', 'UniqueMessageBody_1', '_dvModuleContainer_read.ReadModule_0', 'letter', 'start-from', '#msg-f:1'];
const ATTRS = [
  'email', 'name', 'e', 'n', 'title', 'aria-label', 'id', 'role', 'sign', 'contenteditable', 'gv-thread-id', 'gv-test-id',
  'data-convid', 'data-mailid', 'data-message-id', 'data-e2e-conversation-name', 'data-e2e-header-title',
  'data-e2e-details-participant', 'data-e2e-details-participant-number', 'data-e2e-message-wrapper', 'data-app-section', 'href',
];

type Spec = RandomSpec;

const spec: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    classes: fc.subarray(CLASSES, { maxLength: 3 }),
    attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...ATTR_VALUES), fc.string({ maxLength: 12 }))), { maxLength: 3 }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, fc.constantFrom(...TEXTS), fc.string({ maxLength: 20 }), tie('node')), { maxLength: 4 }),
  }),
})).node;


function allNodes(root: Node): Node[] {
  const out: Node[] = [root];
  for (const c of root.childNodes) out.push(...allNodes(c));
  return out;
}

function checkAdapters(root: ParentNode & Node) {
  for (const a of ADAPTERS) {
    const senders = a.findSenders(root);
    expect(Array.isArray(senders)).toBe(true);
    for (const s of senders) {
      expect(root === s.element || root.contains(s.element), a.id).toBe(true);
      expect(typeof s.name).toBe('string');
      expect(s.name.trim().length, a.id).toBeGreaterThan(0);
      if (s.address !== undefined) expect(s.address.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(senders.map((s) => s.element)).size).toBe(senders.length);
    for (const n of allNodes(root)) {
      const msg = a.messageOf(n);
      if (msg !== null) expect(msg.contains(n), `${a.id} messageOf must contain the node`).toBe(true);
    }
  }
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('adapters on unexpected DOM', () => {
  it('handle an empty document, empty fragments and odd nodes', () => {
    const odd: Node[] = [
      document, document.documentElement, document.body, document.createTextNode('13800138000'),
      document.createComment('13800138000'), document.createDocumentFragment(), document.createElement('textarea'),
    ];
    for (const a of ADAPTERS) {
      expect(a.findSenders(document)).toEqual([]);
      expect(a.findSenders(document.body)).toEqual([]);
      expect(a.findSenders(document.createDocumentFragment())).toEqual([]);
      for (const bad of [null, undefined, 42, 'x', {}, document.createTextNode('x')]) {
        expect(() => a.findSenders(bad as unknown as ParentNode), a.id).not.toThrow();
        expect(a.findSenders(bad as unknown as ParentNode)).toEqual([]);
      }
      for (const n of odd) expect(() => a.messageOf(n), a.id).not.toThrow();
      for (const bad of [null, undefined, 42, {}]) expect(a.messageOf(bad as unknown as Node)).toBeNull();
    }
  });

  it('never throw on random trees built from the selectors they use (attached and detached)', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 3 }), fc.boolean(), (specs, attach) => {
        const root = document.createElement('div');
        for (const s of specs) root.append(buildRandom(s));
        if (attach) document.body.replaceChildren(root);
        checkAdapters(root);
        if (attach) checkAdapters(document.body);
        const frag = document.createDocumentFragment();
        frag.append(...root.childNodes);
        for (const a of ADAPTERS) expect(() => a.findSenders(frag)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('keep their answers inside any subtree of a fixture page', () => {
    for (const a of SITE_ADAPTERS) {
      loadFixture(a.id);
      for (const el of [...document.body.querySelectorAll('*')].filter((_, i) => i % 7 === 0)) {
        for (const s of a.findSenders(el)) expect(el === s.element || el.contains(s.element), a.id).toBe(true);
      }
    }
  });
});
