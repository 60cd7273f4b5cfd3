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

/** A character of the part before the @ of EMAIL: A-Z a-z 0-9 . _ % + - */
function isLocalCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d
  );
}

/** A character of the domain of EMAIL: A-Z a-z 0-9 . - */
function isDomainCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}

function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** What \s matches in a regular expression. */
function isSpaceCode(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The first match of EMAIL in text at or after `from`, found as EMAIL.exec would
 * find it (leftmost start, greedy parts) but in one forward pass: the regular
 * expression retries every start position and backtracks over the whole run of
 * address characters each time, which is quadratic on a long run of letters.
 *
 * Why this is the same match: '@' is neither a local nor a domain character, so
 * for each '@' the local part can only be the run of local characters right
 * before it (cut at `from`), and the domain only lies in the run of domain
 * characters right after it. In that run the greedy [A-Za-z0-9.-]+ makes the
 * match end at the last '.' followed by two letters, and the top-level domain
 * takes every letter after that '.'. The runs of two '@' do not overlap, so
 * each character is looked at a bounded number of times.
 */
function findEmail(text: string, from: number): { start: number; end: number } | null {
  const n = text.length;
  let localFloor = from;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > localFloor && isLocalCode(text.charCodeAt(start - 1))) start--;
    localFloor = at + 1;
    if (start === at) continue;
    let domainEnd = at + 1;
    while (domainEnd < n && isDomainCode(text.charCodeAt(domainEnd))) domainEnd++;
    // The last '.' at or after at + 2 (the domain before it is not empty) with two letters after it.
    for (let dot = domainEnd - 3; dot >= at + 2; dot--) {
      if (text.charCodeAt(dot) !== 0x2e) continue;
      if (!isLetterCode(text.charCodeAt(dot + 1)) || !isLetterCode(text.charCodeAt(dot + 2))) continue;
      let end = dot + 3;
      while (end < domainEnd && isLetterCode(text.charCodeAt(end))) end++;
      return { start, end };
    }
    // Nothing in this run: the next '@' is after it, and a local part never reaches back over an '@'.
  }
  return null;
}

export function emailIn(text: string | null | undefined): string | undefined {
  const s = text ?? '';
  const m = findEmail(s, 0);
  return m ? s.slice(m.start, m.end).toLowerCase() : undefined;
}

const OPENING = new Set([0x3c, 0xff1c, 0x28, 0xff08]); // < ＜ ( （
const CLOSING = new Set([0x3e, 0xff1e, 0x29, 0xff09]); // > ＞ ) ）

/**
 * text with every address replaced by a space, together with an opening bracket
 * and spaces right before it and spaces and a closing bracket right after it:
 * what text.replace(/[<＜(（]?\s*EMAIL\s*[>＞)）]?/g, ' ') gives, in linear time.
 */
function replaceAddresses(text: string): string {
  const parts: string[] = [];
  let done = 0;
  for (let m = findEmail(text, 0); m; m = findEmail(text, done)) {
    let start = m.start;
    while (start > done && isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start > done && OPENING.has(text.charCodeAt(start - 1))) start--;
    let end = m.end;
    while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
    if (end < text.length && CLOSING.has(text.charCodeAt(end))) end++;
    parts.push(text.slice(done, start), ' ');
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** "借呗法务部 <fawu@x.com>" → "借呗法务部"; surrounding quotes and a leading "From:" / "发件人：" label are dropped too. */
export function stripAddress(name: string): string {
  return cleanText(
    trimQuotes(
      replaceAddresses(name)
        .trim()
        .replace(SENDER_PREFIX, '')
        .trim(),
    ),
  );
}

const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019]); // " ' “ ” ‘ ’

/**
 * text without the quotes at its start and at its end. Not /^["'“”‘’]+|["'“”‘’]+$/g:
 * its second branch is tried from every quote of a run inside the text, quadratic on a long run.
 */
function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text.charCodeAt(start))) start++;
  while (end > start && QUOTES.has(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
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

/* ---------- helpers for messagesIn / messageAt ---------- */

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'TABLE', 'TBODY', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'DL', 'HR', 'BR', 'HEADER', 'FOOTER', 'CENTER',
]);
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'IFRAME', 'OBJECT']);

/**
 * The text a reader sees in el, whitespace collapsed and invisible marks removed:
 * block boundaries and <br> count as a space (textContent would run
 * "<p>a</p><p>b</p>" together), and nothing under an element matching exclude
 * (icons, avatars, buttons, time stamps) nor in scripts, styles, form fields or
 * frames. Stops after `limit` characters (a message is cut later anyway).
 */
export function visibleText(el: Element | null | undefined, exclude?: string, limit = 8000): string {
  if (!isElement(el)) return '';
  const parts: string[] = [];
  let length = 0;
  // A string on the stack is text to emit once everything pushed after it is done (the space after a block).
  const stack: (Node | string)[] = [el];
  try {
    while (stack.length && length < limit) {
      const node = stack.pop()!;
      if (typeof node === 'string') {
        parts.push(node);
        continue;
      }
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        parts.push(data);
        length += data.length;
        continue;
      }
      if (!isElement(node)) continue;
      const tag = node.tagName.toUpperCase();
      if (node !== el && (NO_TEXT_TAGS.has(tag) || (exclude && node.matches(exclude)))) continue;
      // A compose box inside a message holds the user's words, not the message's.
      const editable = node.getAttribute('contenteditable');
      if (node !== el && editable !== null && editable.toLowerCase() !== 'false') continue;
      if (BLOCK_TAGS.has(tag)) {
        parts.push(' ');
        stack.push(' ');
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  } catch {
    return cleanText(parts.join(''));
  }
  return cleanText(parts.join('')).slice(0, limit);
}

/** True when el or an ancestor up to (not including) stop is hidden by the hidden attribute or an inline display:none / visibility:hidden. */
export function hiddenInline(el: Element | null | undefined, stop?: Element | null): boolean {
  for (let e: Element | null | undefined = el; e && e !== stop; e = e.parentElement) {
    try {
      if (e.hasAttribute('hidden')) return true;
      const style = (e as HTMLElement).style;
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** The document a node belongs to (itself when it is one). */
export function documentOf(node: Node | ParentNode | null | undefined): Document | null {
  if (!node || typeof node !== 'object') return null;
  if ((node as Node).nodeType === DOCUMENT_NODE) return node as Document;
  return (node as Node).ownerDocument ?? null;
}

/** A document the user edits as a whole (a designMode editor frame, or an editable body): it holds no messages. */
export function isEditableDocument(doc: Document | null | undefined): boolean {
  if (!doc) return false;
  try {
    if ((doc.designMode ?? '').toLowerCase() === 'on') return true;
    return !!doc.body && inEditable(doc.body);
  } catch {
    return false;
  }
}

/**
 * The iframe element that holds doc in its parent document, when the parent can
 * be read (same-origin, about:blank or srcdoc frames); null for a top document.
 */
export function frameElementOf(doc: Document | null | undefined): Element | null {
  try {
    const win = doc?.defaultView;
    if (!win || win.parent === win) return null;
    const direct = win.frameElement;
    if (isElement(direct)) return direct;
    for (const frame of win.parent.document.querySelectorAll('iframe, frame')) {
      if ((frame as HTMLIFrameElement).contentDocument === doc) return frame;
    }
  } catch {
    return null;
  }
  return null;
}

/** The document of a same-origin (or srcdoc / about:blank) iframe, or null. */
export function frameDocument(frame: Element | null | undefined): Document | null {
  try {
    return (frame as HTMLIFrameElement | null)?.contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Elements that are not inside another element of the list, in document order, each once. */
export function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  const out: Element[] = [];
  for (const el of set) {
    let inner = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) {
        inner = true;
        break;
      }
    }
    if (!inner) out.push(el);
  }
  return out.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * The participants of a conversation named by a comma list ("張經理, +86 199 5123 7788",
 * "Dad, Mom", "王经理、李律师"): each name once, in order. A single name gives one entry.
 * Commas inside a number ("1,000") do not split, since a participant list puts a space
 * or a name after its commas.
 */
export function splitParticipants(name: string | null | undefined): string[] {
  const clean = cleanText(name);
  if (!clean) return [];
  const parts = clean
    .split(/\s*[、，；;]\s*|,(?!\d{3}(?:\D|$))\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return [...new Set(parts)];
}

/** A name that is itself a phone number or an SMS short code ("10690123456789", "(555) 555-7334", "+86 199 5123 7788"). */
export function isNumberName(name: string | null | undefined): boolean {
  const clean = cleanText(name);
  return /^\+?[\d\s()\-.]{3,24}$/.test(clean) && (clean.match(/\d/g)?.length ?? 0) >= 3;
}

/** The outermost ancestor of node (itself included) matching selector, or null: what outermost() keeps of a page's matches. */
export function outermostAncestor(node: Node | null | undefined, selector: string): Element | null {
  let found: Element | null = null;
  for (let e = closest(node, selector); e; e = closest(e.parentElement, selector)) found = e;
  return found;
}

/**
 * The messages matching `selector` inside root, each read once at its
 * outermost matching element, as messageAt finds it (a root inside a message
 * counts as that message): what an adapter's messagesIn returns.
 */
export function outermostMessages<T>(root: ParentNode, selector: string, read: (el: Element) => T | null): T[] {
  const els = queryAll(root, selector).map((el) => outermostAncestor(el, selector) ?? el);
  const inside = outermostAncestor(root as Node, selector);
  if (inside) els.push(inside);
  const out: T[] = [];
  for (const el of outermost(els)) {
    const m = read(el);
    if (m) out.push(m);
  }
  return out;
}
