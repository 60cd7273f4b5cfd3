/**
 * Small DOM helpers shared by the site adapters. Every function here tolerates
 * any node (detached, text, comment, document, fragment) and invalid input:
 * adapters run on pages whose structure changes without notice, so nothing in
 * this file may throw.
 */
import type { SenderFound } from './types';

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;
/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 4;

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Bidi marks, zero-width characters and BOM that sites wrap around names and numbers. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Labels (spaces removed) of a header row that lists recipients, in the languages these sites use. */
const RECIPIENT_LABEL = /^(收件人|收信人|抄送|密送|抄送人|密送人|收件者|副本|密件副本|发送至|to|cc|bcc)[:：]?$/i;
/** A sender label written before the name: "From: 借呗", "发件人：借呗". */
const SENDER_PREFIX = /^(发件人|寄件人|发信人|寄件者|寄信人|from)\s*[:：]\s*/i;

export function isElement(node: unknown): node is Element {
  return !!node && typeof node === 'object' && (node as Node).nodeType === ELEMENT_NODE;
}

/** The node itself when it is an element, otherwise its parent element. */
export function elementOf(node: Node | null | undefined): Element | null {
  if (!node || typeof node !== 'object') return null;
  if (isElement(node)) return node;
  const parent = (node as Node).parentElement;
  return isElement(parent) ? parent : null;
}

/** Element.closest that never throws, starting from any node. */
export function closest(node: Node | null | undefined, selector: string): Element | null {
  const el = elementOf(node);
  if (!el) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Elements matching selector inside root, root itself included when it matches. Never throws. */
export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root || typeof root !== 'object') return [];
  const type = (root as Node).nodeType;
  if (type !== ELEMENT_NODE && type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) return [];
  const out: Element[] = [];
  try {
    if (type === ELEMENT_NODE && (root as Element).matches(selector)) out.push(root as Element);
    if (typeof root.querySelectorAll === 'function') out.push(...root.querySelectorAll(selector));
  } catch {
    return [];
  }
  return out;
}

export function queryOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root || typeof (root as ParentNode).querySelector !== 'function') return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Visible-ish text: invisible marks removed, whitespace collapsed. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The first `limit` characters of an element's text (as textContent would give
 * them), and whether there was more. A message's container can be a whole
 * mailbox of several megabytes: textContent would build all of it to measure it.
 */
export function textUpTo(el: Element, limit: number): { text: string; more: boolean } {
  const parts: string[] = [];
  let length = 0;
  try {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      if (length + data.length > limit) {
        parts.push(data.slice(0, limit - length));
        return { text: parts.join(''), more: true };
      }
      parts.push(data);
      length += data.length;
    }
  } catch {
    return { text: '', more: false };
  }
  return { text: parts.join(''), more: false };
}

export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(el.textContent) : '';
}

export function emailIn(text: string | null | undefined): string | undefined {
  const m = EMAIL.exec(text ?? '');
  return m ? m[0].toLowerCase() : undefined;
}

/** "借呗法务部 <fawu@x.com>" → "借呗法务部"; surrounding quotes and a leading "From:" / "发件人：" label are dropped too. */
export function stripAddress(name: string): string {
  return cleanText(
    name
      .replace(/[<＜(（]?\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*[>＞)）]?/g, ' ')
      .trim()
      .replace(SENDER_PREFIX, '')
      .trim()
      .replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''),
  );
}

/** True when node is inside a form field or an editable region: text there is the user's, never evidence. */
export function inEditable(node: Node | null | undefined): boolean {
  for (let el = elementOf(node); el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT') return true;
    const ce = el.getAttribute('contenteditable');
    if (ce !== null && ce.toLowerCase() !== 'false') return true;
    if ((el as HTMLElement).isContentEditable === true) return true;
  }
  return false;
}

/**
 * The label of the header row an element sits in ("发件人：", "To:", …): the first
 * label-like cell of the nearest row. Undefined when there is no such row nearby.
 */
export function rowLabel(el: Element, rowSelector = 'tr, li, .basic-body-item, [role="row"]'): string | undefined {
  const row = closest(el, rowSelector);
  if (!row) return undefined;
  const label =
    queryOne(row, '.addrtitle, .fT, .basic-item-label, th') ??
    (row.tagName.toUpperCase() === 'TR' ? queryOne(row, 'td') : null);
  if (label && !label.contains(el)) return textOf(label);
  return undefined;
}

/** Labels are padded with (full-width) spaces in Chinese UIs: "抄　送：". */
function compact(label: string): string {
  return label.replace(/\s+/g, '');
}

export function isRecipientLabel(label: string | undefined): boolean {
  return !!label && RECIPIENT_LABEL.test(compact(label));
}


/**
 * From node upward, the first ancestor that holds exactly one element matching
 * bodySelector: the container of one message (header and body), as opposed to a
 * whole conversation. Null when none is found within maxDepth levels or an
 * ancestor already holds several bodies.
 */
export function containerWithOneBody(node: Node, bodySelector: string, maxDepth = 12): Element | null {
  let el = elementOf(node);
  for (let depth = 0; el && depth < maxDepth; depth++, el = el.parentElement) {
    const bodies = queryAll(el, bodySelector);
    if (bodies.length === 1) return el;
    if (bodies.length > 1) return null;
  }
  return null;
}

/** A "t.+8613800138000"-style thread id as used by Google Voice, reduced to the number. */
export function numberFromThreadId(id: string | null | undefined): string | undefined {
  const m = /^t\.(\+?\d{3,20})$/.exec((id ?? '').trim());
  return m ? m[1] : undefined;
}

/**
 * Runs an adapter's sender search so it cannot throw, drops entries without a
 * name or outside root, and keeps one entry per element; when a found element contains another
 * found element, only the inner (more specific) one is kept. Results are in
 * document order.
 */
export function collectSenders(root: ParentNode, search: () => SenderFound[]): SenderFound[] {
  let found: SenderFound[];
  try {
    found = search();
  } catch {
    return [];
  }
  const within = (el: Element) => {
    try {
      return (root as unknown) === el || (typeof (root as Node).contains === 'function' && (root as Node).contains(el));
    } catch {
      return false;
    }
  };
  const seen = new Set<Element>();
  const unique: SenderFound[] = [];
  for (const s of found) {
    if (!s || !isElement(s.element) || seen.has(s.element) || !within(s.element)) continue;
    const name = cleanText(s.name) || cleanText(s.address);
    if (!name) continue;
    seen.add(s.element);
    const address = cleanText(s.address);
    unique.push(address ? { element: s.element, name, address } : { element: s.element, name });
  }
  return unique
    .filter((s) => !unique.some((o) => o !== s && s.element.contains(o.element)))
    .sort((a, b) => (a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1));
}
