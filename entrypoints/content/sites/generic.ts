/**
 * Any page without a site adapter (sites the user enabled, the demo page): no
 * site knowledge, so one message is found from the page's own structure.
 *
 * A message boundary ("candidate") is an element the structure marks as one
 * item among others:
 * - list items (li, role=listitem; not a bare link of a menu), rows of a table
 *   of rows (tr, role=row; not header rows, not "发件人：…" header lines),
 *   article / role=article, an element with a data-message-id;
 * - repeated sibling blocks of one shape: same tag and a shared class (state
 *   and direction classes left out), three or more among the nearest
 *   siblings, or two or more alternating a direction class (chat bubbles:
 *   .incoming/.outgoing, .left/.right, .me/.them…); short heading lines
 *   between them ("2026年11月28日", "会话：95533") are not messages;
 * - the element holding one <time> with dated siblings;
 * - a mail shown on its own: a "发件人： / From:" header line, then the body.
 * Page regions (header, nav, main, footer, list/feed/log roles) never are.
 *
 * The message around a node is the outermost candidate on its path that does
 * not hold several messages: going from the page down, a block with two or
 * more message-like parts (candidates, or <time> elements) is passed through,
 * never taken. When no candidate holds the node, the message is the nearest
 * block-level element with text, unless that block holds several messages
 * too. Either way its text is cut at MAX_MESSAGE_TEXT: a long message is cut,
 * not dropped. Text is read from the markup (words either side of a block,
 * cell or <br> are kept apart); computed styles are not read.
 *
 * Everything read is cached per element during one synchronous batch
 * (inMessageBatch; message-text.ts inTextBatch opens one), and every read is
 * bounded: it runs for every number on the page.
 */
import { isOwnMarker } from '../markers';
import { MAX_MESSAGE_TEXT, messageText } from '../../../core/message';
import { cleanText, closest, elementOf, emailIn, inEditable, isElement, stripAddress, textUpTo } from './dom';
import type { SiteAdapter, SiteMessage } from './types';

/** Longest text taken as one message by closestBlock (other adapters' fallback). */
export const MAX_MESSAGE_CHARS = MAX_MESSAGE_TEXT;

const BLOCK = [
  'p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'article', 'section', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div',
  '[role="listitem"]', '[role="article"]', '[role="row"]', '[role="option"]', '[role="gridcell"]',
].join(', ');

/** Closest block-level element around node whose text is at most MAX_MESSAGE_CHARS long (the site adapters' last resort). */
export function closestBlock(node: Node): Element | null {
  if (inEditable(node)) return null;
  const start = elementOf(node);
  if (!start) return null;
  const block = closest(start, BLOCK);
  if (!block) return null;
  const { text, more } = textUpTo(block, MAX_MESSAGE_CHARS);
  if (more || !text.trim()) return null;
  return block;
}

// ---------------------------------------------------------------------------
// Batch cache

/** Siblings of one shape under one parent. */
interface Group {
  count: number;
  /** Direction words their classes carry. */
  dirs: Set<string>;
  /** Whether every one of them is a short line of text without inner elements (a date or conversation heading). */
  lines: boolean;
}

interface Cache {
  sig: Map<Element, string[]>;
  shape: Map<Element, Shape>;
  candidate: Map<Element, boolean>;
  several: Map<Element, boolean>;
  text: Map<Element, { text: string; more: boolean }>;
  message: Map<Element, SiteMessage | null>;
}

const newCache = (): Cache => ({
  sig: new Map(),
  shape: new Map(),
  candidate: new Map(),
  several: new Map(),
  text: new Map(),
  message: new Map(),
});

let batch: Cache | undefined;

/**
 * Runs fn with everything read about elements remembered until it returns
 * (nested calls share the outer batch). Within one synchronous batch the page
 * cannot change, and marks never change the structure read here.
 */
export function inMessageBatch<T>(fn: () => T): T {
  if (batch) return fn();
  batch = newCache();
  try {
    return fn();
  } finally {
    batch = undefined;
  }
}

/** The batch's cache, or a fresh one shared by the reads of one call. */
function withCache<T>(fn: (c: Cache) => T): T {
  return batch ? fn(batch) : inMessageBatch(() => fn(batch!));
}

// ---------------------------------------------------------------------------
// Structure

const TAG_ITEM = new Set(['LI', 'TR', 'ARTICLE']);
const ROLE_ITEM = new Set(['listitem', 'row', 'article']);
/** Tags a repeated-sibling message can have: blocks and custom elements, never inline text or table cells. */
const GROUP_TAG = new Set(['DIV', 'SECTION', 'P', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DT', 'PRE', 'LI', 'TR']);
const SKIP_TAG = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Elements whose edges separate words in the rendered text. */
const BREAK_TAG = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TD', 'TH', 'TR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'DD', 'DT', 'DL', 'BR', 'HR',
  'ARTICLE', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'FORM', 'FIELDSET', 'CAPTION',
]);

/** Direction words of chat bubbles, as whole parts of a class ("msg-out", "bubble--right", "fromMe"). */
const OUT_WORDS = new Set(['outgoing', 'outbound', 'out', 'sent', 'me', 'mine', 'self', 'right', 'fromme', 'isme', 'byme']);
const IN_WORDS = new Set(['incoming', 'inbound', 'in', 'received', 'receive', 'recv', 'them', 'theirs', 'other', 'others', 'left', 'peer']);
/** State classes that differ between items of one list (unread rows, the selected conversation). */
const STATE_WORDS = new Set([
  'unread', 'read', 'active', 'selected', 'checked', 'new', 'odd', 'even', 'first', 'last', 'hover', 'focus', 'focused',
  'highlight', 'highlighted', 'starred', 'flagged', 'collapsed', 'expanded', 'open', 'opened', 'current', 'seen', 'unseen',
]);
/** Classes of cells laid side by side, not messages stacked one under another. */
const CELL_WORDS = new Set(['col', 'cell', 'column', 'field', 'td', 'th', 'icon', 'avatar', 'btn', 'button', 'tag', 'badge']);

/** Class tokens already split: a page uses few distinct classes, each on many elements. */
const PARTS = new Map<string, string[]>();

function classParts(token: string): string[] {
  let parts = PARTS.get(token);
  if (parts) return parts;
  parts = token
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/)
    .filter(Boolean);
  if (PARTS.size > 5000) PARTS.clear();
  PARTS.set(token, parts);
  return parts;
}

function classTokens(el: Element): string[] {
  const raw = el.getAttribute('class');
  return raw ? raw.split(/\s+/).filter(Boolean) : [];
}

/** The direction words in an element's class and data-direction ("out" / "in"), or '' when it has none. */
function directionOf(el: Element): '' | 'out' | 'in' | 'right' | 'left' {
  const data = (el.getAttribute('data-direction') ?? el.getAttribute('data-type') ?? '').toLowerCase();
  if (/^(outgoing|outbound|out|sent|send)$/.test(data)) return 'out';
  if (/^(incoming|inbound|in|received|inbox)$/.test(data)) return 'in';
  let found: '' | 'out' | 'in' | 'right' | 'left' = '';
  for (const token of classTokens(el)) {
    const parts = classParts(token);
    const joined = parts.join('');
    for (const p of [...parts, joined]) {
      if (p === 'right') found = found || 'right';
      else if (p === 'left') found = found || 'left';
      else if (OUT_WORDS.has(p)) return 'out';
      else if (IN_WORDS.has(p)) return 'in';
    }
  }
  return found;
}

function isDirectionToken(token: string): boolean {
  const parts = classParts(token);
  return parts.some((p) => OUT_WORDS.has(p) || IN_WORDS.has(p)) || OUT_WORDS.has(parts.join(''));
}

/**
 * The shape keys of an element: its tag with each of its class tokens, direction
 * and state classes left out ("DIV.msg" for div.msg.msg-in.unread); none when it
 * has no class to go by, is not a block, or is a cell laid beside others.
 */
function signature(c: Cache, el: Element): string[] {
  let s = c.sig.get(el);
  if (s !== undefined) return s;
  const kept = classTokens(el).filter(
    (t) => !isDirectionToken(t) && !classParts(t).every((p) => STATE_WORDS.has(p) || /^\d+$/.test(p)),
  );
  s = kept.length && GROUP_TAG.has(el.tagName) && !kept.some((t) => classParts(t).some((p) => CELL_WORDS.has(p)))
    ? kept.map((t) => `${el.tagName}.${t}`)
    : [];
  c.sig.set(el, s);
  return s;
}

/** Siblings looked at on each side of an element to tell whether it is one of a group. */
const WINDOW = 8;

/** Longest text of a heading line between messages. */
const LINE_MAX = 40;

interface Shape {
  keys: string[];
  dir: string;
  /** A short line of text without inner elements (a date or conversation heading). */
  line: boolean;
}

/** Whether el has element children other than the extension's own markers. */
function hasOwnElements(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!isOwnMarker(child)) return true;
  return false;
}

function shapeOf(c: Cache, el: Element): Shape {
  let s = c.shape.get(el);
  if (s) return s;
  const keys = isFieldRow(el) ? [] : signature(c, el);
  s = { keys, dir: keys.length ? directionOf(el) : '', line: false };
  // Our own number markers inside a heading ("会话：建设银行 (95533)") do not make it more than a line.
  if (keys.length && !hasOwnElements(el)) {
    const { text, more } = textUpTo(el, LINE_MAX * 2);
    s.line = !more && cleanText(text).length <= LINE_MAX;
  }
  c.shape.set(el, s);
  return s;
}

/**
 * The groups among el and its nearest siblings (WINDOW on each side): a long
 * list is judged from the neighbours of each item, never read whole per item.
 */
function groupsAround(c: Cache, el: Element): Map<string, Group> {
  const g = new Map<string, Group>();
  const add = (x: Element) => {
    const shape = shapeOf(c, x);
    for (const key of shape.keys) {
      let e = g.get(key);
      if (!e) g.set(key, (e = { count: 0, dirs: new Set(), lines: true }));
      e.count++;
      if (shape.dir) e.dirs.add(shape.dir);
      if (!shape.line) e.lines = false;
    }
  };
  add(el);
  let x = el.previousElementSibling;
  for (let i = 0; x && i < WINDOW; i++, x = x.previousElementSibling) add(x);
  x = el.nextElementSibling;
  for (let i = 0; x && i < WINDOW; i++, x = x.nextElementSibling) add(x);
  return g;
}

const isGroup = (e: Group) => e.count >= 3 || (e.count >= 2 && e.dirs.size >= 2);

/** One of 3+ siblings of one shape (tag and a shared class), or of 2+ that alternate a direction class. */
function isGroupMember(c: Cache, el: Element): boolean {
  const keys = shapeOf(c, el).keys;
  if (!el.parentElement || !keys.length) return false;
  const groups = groupsAround(c, el);
  const mine = keys.map((key) => groups.get(key)).filter((e): e is Group => !!e && isGroup(e));
  if (!mine.length) return false;
  // Short heading lines between the messages of the same parent ("会话：95533", "2026年11月28日") are not messages.
  if (mine.every((e) => e.lines)) {
    for (const e of groups.values()) if (!e.lines && isGroup(e)) return false;
  }
  return true;
}

/** A label at the start of a header line: "发件人：", "From:", "時間：". */
const FIELD_LABEL = /^[\p{L}\s]{1,12}[:：]$/u;

/**
 * A "label: value" line of a message's header (发件人： …, 时间： …), laid out as
 * rows or repeated blocks: part of one message, not a message of its own.
 */
function isFieldRow(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first) return false;
  for (let n = el.firstChild; n && n !== first; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  const read = textUpTo(first, 24);
  if (read.more) return false;
  const label = cleanText(read.text);
  return FIELD_LABEL.test(label) || (first.tagName === 'TH' && label.length <= 12 && !!first.nextElementSibling);
}

/** Page regions (a site header with its clock, the main column): never one message. */
const LANDMARK_TAG = new Set(['HEADER', 'NAV', 'MAIN', 'FOOTER', 'FORM']);
const LANDMARK_ROLE = new Set(['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'search', 'form', 'log', 'list', 'grid', 'table', 'feed']);

function isLandmark(el: Element, role: string): boolean {
  return LANDMARK_TAG.has(el.tagName) || LANDMARK_ROLE.has(role);
}

/** A row with another data row beside it: a table of one row is page layout, not a list of messages. */
function hasSiblingRow(el: Element): boolean {
  const row = (x: Element | null) => !!x && (x.tagName === 'TR' || x.getAttribute('role') === 'row') && !isHeaderRow(x);
  // The nearest neighbours may be header rows: look a little further.
  let x = el.previousElementSibling;
  for (let i = 0; x && i < 3; i++, x = x.previousElementSibling) if (row(x)) return true;
  x = el.nextElementSibling;
  for (let i = 0; x && i < 3; i++, x = x.nextElementSibling) if (row(x)) return true;
  return false;
}

function isHeaderRow(el: Element): boolean {
  if (el.parentElement?.tagName === 'THEAD') return true;
  let cells = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TD' || child.getAttribute('role') === 'gridcell' || child.getAttribute('role') === 'cell') return false;
    cells++;
  }
  return cells > 0;
}

/** A list item that is only a link (a menu entry, a link list): navigation, not a message. */
function isLinkItem(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling || only.tagName !== 'A') return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  return true;
}

/** A bare bullet (a list item without class, id or role holding only inline content): part of a text, not a message of its own. */
function isBareBullet(el: Element): boolean {
  if (el.tagName !== 'LI' || el.attributes.length) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BREAK_TAG.has(child.tagName) || child.tagName === 'TIME') return false;
  }
  return true;
}

/** Elements looked at in the first children of a block for a "发件人：" header line. */
const MAIL_HEAD_SCAN = 40;

/**
 * A mail as a page shows one on its own (a print view, a saved mail): a header
 * with a "发件人： / From:" line, then more (the body) after it.
 */
function isMailView(el: Element): boolean {
  let child = el.firstElementChild;
  for (let i = 0; child && i < 2; i++, child = child.nextElementSibling) {
    if (!child.nextElementSibling) return false;
    const queue: Element[] = [child];
    for (let j = 0; j < queue.length && j < MAIL_HEAD_SCAN; j++) {
      const x = queue[j]!;
      if (isFieldRow(x) && SENDER_LABEL.test(cleanText(x.firstElementChild?.textContent))) return true;
      for (let k = x.firstElementChild; k; k = k.nextElementSibling) queue.push(k);
    }
  }
  return false;
}

/** Elements looked at inside a block when counting its <time> elements. */
const TIME_SCAN = 200;

/** How many <time> elements el holds, counting up to `max` among its first TIME_SCAN elements. */
function timesIn(el: Element, max = 2): number {
  let count = 0;
  let seen = 0;
  const walk = (x: Element): boolean => {
    for (let child = x.firstElementChild; child; child = child.nextElementSibling) {
      if (++seen > TIME_SCAN) return true;
      if (child.tagName === 'TIME' && ++count >= max) return true;
      if (walk(child)) return true;
    }
    return false;
  };
  walk(el);
  return count;
}

/** el holds one <time> and a sibling near it holds another: one dated item of a dated list. */
function isOneTimeAmongSeveral(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent === el.ownerDocument.body || el.tagName === 'TIME' || timesIn(el) !== 1) return false;
  const dated = (x: Element) => x.tagName === 'TIME' || timesIn(x, 1) > 0;
  let x = el.previousElementSibling;
  for (let i = 0; x && i < WINDOW; i++, x = x.previousElementSibling) if (dated(x)) return true;
  x = el.nextElementSibling;
  for (let i = 0; x && i < WINDOW; i++, x = x.nextElementSibling) if (dated(x)) return true;
  return false;
}

function isCandidate(c: Cache, el: Element): boolean {
  let v = c.candidate.get(el);
  if (v !== undefined) return v;
  const role = el.getAttribute('role') ?? '';
  if (SKIP_TAG.has(el.tagName)) v = false;
  else if (el.tagName === 'TR' || role === 'row') v = !isHeaderRow(el) && !isFieldRow(el) && hasSiblingRow(el);
  else if (isLandmark(el, role)) v = false;
  else if (el.tagName === 'LI' || role === 'listitem') v = !isLinkItem(el);
  else v =
    TAG_ITEM.has(el.tagName) ||
    ROLE_ITEM.has(role) ||
    el.hasAttribute('data-message-id') ||
    isGroupMember(c, el) ||
    isMailView(el) ||
    isOneTimeAmongSeveral(el);
  c.candidate.set(el, v);
  return v;
}

/** Elements looked at below a block to tell whether it holds several messages. */
const SEVERAL_SCAN = 600;

const isArticle = (el: Element) => el.tagName === 'ARTICLE' || el.getAttribute('role') === 'article';

/**
 * Whether el holds two or more message-like parts (it is then a list of
 * messages, never one): two <time> elements, or two candidates side by side or
 * nested apart. An article is one composition: its lists and tables are its
 * own content, and only articles or identified messages inside it count.
 * Judged from el's first SEVERAL_SCAN elements.
 */
function holdsSeveral(c: Cache, el: Element): boolean {
  let v = c.several.get(el);
  if (v !== undefined) return v;
  const article = isArticle(el);
  let found = 0;
  let times = 0;
  const queue: [Element, boolean][] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) queue.push([child, false]);
  for (let i = 0; i < queue.length && i < SEVERAL_SCAN && found < 2 && times < 2; i++) {
    const [x, inside] = queue[i]!;
    if (SKIP_TAG.has(x.tagName)) continue;
    if (x.tagName === 'TIME') times++;
    let mark = inside;
    if (!inside) {
      const counts = article
        ? isArticle(x) || x.hasAttribute('data-message-id')
        : isCandidate(c, x) && !isBareBullet(x);
      if (counts) {
        found++;
        mark = true;
      }
    }
    for (let child = x.firstElementChild; child; child = child.nextElementSibling) queue.push([child, mark]);
  }
  v = found >= 2 || times >= 2;
  c.several.set(el, v);
  return v;
}

// ---------------------------------------------------------------------------
// Text

/** How much is read of a message: a little more than kept, so collapsing whitespace still leaves MAX_MESSAGE_TEXT. */
const READ_TEXT = MAX_MESSAGE_TEXT * 2;

function isHidden(el: Element): boolean {
  return SKIP_TAG.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The text of el as the page shows it: words on both sides of a block, a cell or
 * a line break are kept apart; scripts, styles and hidden parts are left out.
 * At most `limit` characters, and whether there was more.
 */
export function renderedText(el: Element, limit = READ_TEXT): { text: string; more: boolean } {
  const parts: string[] = [];
  let length = 0;
  let more = false;
  const push = (s: string) => {
    if (length + s.length > limit) {
      parts.push(s.slice(0, limit - length));
      length = limit;
      more = true;
      return;
    }
    parts.push(s);
    length += s.length;
  };
  const walk = (node: Node) => {
    for (let n = node.firstChild; n && !more; n = n.nextSibling) {
      if (n.nodeType === 3) push((n as Text).data);
      else if (isElement(n) && !isHidden(n)) {
        const brk = BREAK_TAG.has(n.tagName);
        if (brk) push(' ');
        walk(n);
        if (brk && !more) push(' ');
      }
    }
  };
  try {
    walk(el);
  } catch {
    return { text: '', more: false };
  }
  return { text: parts.join(''), more };
}

function textOfEl(c: Cache, el: Element) {
  let t = c.text.get(el);
  if (!t) c.text.set(el, (t = renderedText(el)));
  return t;
}

// ---------------------------------------------------------------------------
// Header: sent time, sender

const DAY_WORD = String.raw`(?:今天|今日|昨天|昨日|前天|星期[一二三四五六日天]|周[一二三四五六日天]|週[一二三四五六日天]|禮拜[一二三四五六日天]|礼拜[一二三四五六日天]|today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY_IN_BRACKETS = String.raw`(?:[（(]\s*${DAY_WORD}\s*[)）]|${DAY_WORD})`;
const DATE = String.raw`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}/\d{1,2}(?:/\d{2,4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const CLOCK = String.raw`(?:(?:上午|下午|凌晨|早上|中午|晚上|傍晚|午夜)\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[ap]\.?\s?m\.?)?`;
/** A whole short text that is a time the page shows: "2026-11-28 23:41", "昨天 23:41", "11:41 PM", "Nov 28". */
const TIME_BODY = String.raw`(?:(?:${DAY_WORD}[,，\s]*)?(?:${DATE})(?:[,，\s]*${DAY_IN_BRACKETS})?(?:[,，\s]*(?:at\s+)?${CLOCK})?|${DAY_WORD}(?:[,，\s]*${CLOCK})?|${CLOCK})`;
const TIME_TEXT = new RegExp(`^${TIME_BODY}$`, 'i');
/** A time at the end of a header line: "95588 · 11月28日 10:15", "Chase | Nov 26, 4:02 PM". */
const TIME_TAIL = new RegExp(String.raw`(?:^|[\s·|•,，：:])(${TIME_BODY})$`, 'i');
/** Longest header line a trailing time is read from. */
const HEADER_LINE_MAX = 60;
/** "时间：", "Date:", "Sent:" before a time. */
const TIME_LABEL = /^(?:时间|時間|发送时间|發送時間|日期|date|sent|time)\s*[:：]\s*/i;
const SENDER_LABEL = /^(?:发件人|寄件人|发信人|寄件者|寄信人|發件人|发送人|發送人|from)\s*[:：]\s*/i;
const SENDER_WORDS = new Set(['sender', 'from', 'author', 'name', 'nickname', 'nick', 'username', 'byline', 'fn']);
/** Elements of a message looked at for its time and sender. */
const HEADER_SCAN = 60;
/** Header fields are short. */
const FIELD_MAX = 80;

function isTimeText(text: string): boolean {
  return text.length <= 40 && TIME_TEXT.test(text);
}

/** Elements inside el in document order, at most HEADER_SCAN, not inside a nested quoted message. */
function headerElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    for (let child = node.firstElementChild; child && out.length < HEADER_SCAN; child = child.nextElementSibling) {
      if (isHidden(child) || child.tagName === 'BLOCKQUOTE') continue;
      out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

/**
 * The sent time as the message shows it: a <time> (its datetime, else its
 * text), else an element whose whole text is a time ("2026-11-28 23:41",
 * "时间：昨天 23:41"), else a time ending the message's header line (its first
 * short line of text, when more text follows it).
 */
function sentTextOf(els: Element[], messageLength: number): string | undefined {
  for (const e of els) {
    if (e.tagName !== 'TIME') continue;
    const attr = cleanText(e.getAttribute('datetime'));
    const text = cleanText(e.textContent);
    if (attr || text) return attr || text;
  }
  for (const e of els) {
    if (e.firstElementChild && e.firstElementChild.tagName !== 'BR') continue;
    const text = cleanText(e.textContent).replace(TIME_LABEL, '');
    if (text && isTimeText(text)) return text;
  }
  const header = els.find((e) => !hasBlockChild(e) && cleanText(textUpTo(e, HEADER_LINE_MAX * 2).text));
  if (header) {
    const { text, more } = textUpTo(header, HEADER_LINE_MAX * 2);
    const line = cleanText(text);
    const tail = !more && line.length <= HEADER_LINE_MAX && line.length + 10 < messageLength ? TIME_TAIL.exec(line) : null;
    if (tail && /\d/.test(tail[1]!)) return tail[1];
  }
  return undefined;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BREAK_TAG.has(child.tagName) && child.tagName !== 'BR') return true;
  return false;
}

function senderWord(el: Element): boolean {
  for (const t of classTokens(el)) if (classParts(t).some((p) => SENDER_WORDS.has(p))) return true;
  const itemprop = (el.getAttribute('itemprop') ?? '').toLowerCase();
  if (/\b(author|sender|name)\b/.test(itemprop)) return true;
  if ((el.getAttribute('rel') ?? '').toLowerCase() === 'author') return true;
  return ARIA_SENDER.test(el.getAttribute('aria-label') ?? '');
}

/** An aria-label naming the sender: "From: Chase", "发件人：借呗法务部", "Sender". */
const ARIA_SENDER = /^\s*(?:from|sender|author|发件人|寄件人|寄件者|发信人|發件人)\b|^\s*(?:发件人|寄件人|寄件者|发信人|發件人)/i;

/** An address the element or one of its first descendants carries in an attribute (title, email, mailto:). */
function addressAttr(el: Element): string | undefined {
  const els = [el, ...Array.from(el.querySelectorAll('[title], [email], [data-email], [data-address], a[href^="mailto:" i]')).slice(0, 5)];
  for (const e of els) {
    for (const name of ['email', 'data-email', 'data-address', 'title', 'href']) {
      const found = emailIn(e.getAttribute(name));
      if (found) return found;
    }
  }
  return undefined;
}

function toSender(text: string, el: Element | null): { name: string; address?: string } | undefined {
  const clean = cleanText(text);
  if (!clean || clean.length > FIELD_MAX) return undefined;
  const address = emailIn(clean) ?? (el ? addressAttr(el) : undefined);
  const name = stripAddress(clean) || address || '';
  if (!name) return undefined;
  return address && address !== name ? { name, address } : { name };
}

function senderOf(els: Element[]): { name: string; address?: string } | undefined {
  // The innermost named element: a.username inside div.post-author (which also holds the user's level).
  const named = els.filter(senderWord);
  for (const e of named) {
    if (named.some((o) => o !== e && e.contains(o))) continue;
    // An element that shows nothing but names the sender in its aria-label ("From: Chase").
    const text = cleanText(e.textContent) || (e.getAttribute('aria-label') ?? '').replace(/^\s*(?:sender|author)\s*[:：]\s*/i, '');
    const found = toSender(text, e);
    if (found) return found;
  }
  for (const e of els) {
    if (e.firstElementChild && !e.firstElementChild.nextElementSibling && e.childNodes.length === 1) continue;
    const own = cleanText(e.textContent);
    if (!SENDER_LABEL.test(own) || own.length > FIELD_MAX) continue;
    const rest = own.replace(SENDER_LABEL, '');
    if (rest) return toSender(rest, e);
    // The label alone ("发件人：" in its own cell): the name is in the next element.
    const next = e.nextElementSibling;
    if (next) return toSender(next.textContent ?? '', next);
  }
  return undefined;
}

/** Siblings looked at on each side of a right-aligned message for a left-aligned one. */
const ALTERNATION_WINDOW = 50;

/** A left-aligned bubble near el: el itself or the bubble inside it, among its siblings or theirs. */
function leftNear(el: Element): boolean {
  const left = (x: Element) => {
    if (directionOf(x) === 'left') return true;
    let child = x.firstElementChild;
    for (let i = 0; child && i < 3; i++, child = child.nextElementSibling) if (directionOf(child) === 'left') return true;
    return false;
  };
  let x = el.previousElementSibling;
  for (let i = 0; x && i < ALTERNATION_WINDOW; i++, x = x.previousElementSibling) if (left(x)) return true;
  x = el.nextElementSibling;
  for (let i = 0; x && i < ALTERNATION_WINDOW; i++, x = x.nextElementSibling) if (left(x)) return true;
  return false;
}

/**
 * Outgoing only when the structure says so: an outgoing class or data-direction
 * on the message or on the bubble inside it (a child holding most of its text:
 * a "sent-at" time label is no bubble), or the right side of a left/right
 * alternation. Anything else is incoming.
 */
function directionOfMessage(el: Element, textLength: number): 'incoming' | 'outgoing' {
  const resolve = (d: string) => (d === 'out' || (d === 'right' && leftNear(el)) ? 'outgoing' : 'incoming');
  const own = directionOf(el);
  if (own) return resolve(own);
  let child = el.firstElementChild;
  for (let i = 0; child && i < 3; i++, child = child.nextElementSibling) {
    const d = directionOf(child);
    if (!d) continue;
    const { text } = textUpTo(child, textLength * 2);
    if (cleanText(text).length * 2 >= textLength) return resolve(d);
  }
  return 'incoming';
}

function siteIdOf(el: Element): string | undefined {
  for (const name of ['data-message-id', 'data-msg-id', 'data-id', 'id']) {
    const v = cleanText(el.getAttribute(name));
    if (v) return v;
  }
  return undefined;
}

function toMessage(c: Cache, el: Element): SiteMessage | null {
  if (c.message.has(el)) return c.message.get(el)!;
  const { text } = textOfEl(c, el);
  let msg: SiteMessage | null = null;
  const collapsed = messageText(text);
  if (collapsed) {
    const els = headerElements(el);
    msg = { element: el, text: collapsed, direction: directionOfMessage(el, collapsed.length) };
    const siteId = siteIdOf(el);
    if (siteId) msg.siteId = siteId;
    const sender = msg.direction === 'incoming' ? senderOf(els) : undefined;
    if (sender) msg.sender = sender;
    const sentText = sentTextOf(els, collapsed.length);
    if (sentText) msg.sentText = sentText;
  }
  c.message.set(el, msg);
  return msg;
}

// ---------------------------------------------------------------------------
// Finding messages

/** Block-level elements: the last resort is the nearest of them with text. */
const FALLBACK_BLOCK = new Set([...BREAK_TAG].filter((t) => t !== 'BR' && t !== 'HR'));
const FALLBACK_ROLE = new Set(['listitem', 'row', 'article', 'option', 'gridcell', 'cell', 'paragraph', 'heading']);

/** An editable element itself (messagesIn goes from the top down, so an editable ancestor was met first). */
function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

function isTop(el: Element): boolean {
  const doc = el.ownerDocument;
  return el === doc.body || el === doc.documentElement;
}

/** The element of the message holding node, or null. */
function messageElementAt(c: Cache, node: Node): Element | null {
  const start = elementOf(node);
  if (!start || inEditable(node)) return null;
  const path: Element[] = [];
  for (let el: Element | null = start; el && !isTop(el); el = el.parentElement) path.push(el);
  // From the page down: the first candidate that does not hold several messages.
  for (let i = path.length - 1; i >= 0; i--) {
    const el = path[i]!;
    if (isCandidate(c, el) && !holdsSeveral(c, el)) return el;
  }
  // No boundary: the nearest block with text, unless it is a list of messages itself.
  for (const el of path) {
    if (!FALLBACK_BLOCK.has(el.tagName) && !FALLBACK_ROLE.has(el.getAttribute('role') ?? '')) continue;
    if (holdsSeveral(c, el)) return null;
    if (textOfEl(c, el).text.trim()) return el;
  }
  return null;
}

/** The message holding node (a text node of a number, a marker…), or null; null inside editable areas. */
export function messageAt(node: Node): SiteMessage | null {
  try {
    return withCache((c) => {
      const el = messageElementAt(c, node);
      return el ? toMessage(c, el) : null;
    });
  } catch {
    return null;
  }
}

/** Every message the page's structure shows inside root, in document order, each once. */
export function messagesIn(root: ParentNode): SiteMessage[] {
  try {
    return withCache((c) => {
      const out: SiteMessage[] = [];
      const start: Element | null = isElement(root)
        ? root
        : ((root as Document).body ?? (root as Document).documentElement ?? null);
      if (!start && (root as Node).nodeType === 11) {
        for (let child = (root as DocumentFragment).firstElementChild; child; child = child.nextElementSibling) visit(child);
        return out;
      }
      if (!start || inEditable(start)) return out;
      // A root added inside a message (a bubble's text re-rendered) is part of that message.
      if (!isTop(start)) {
        for (let el = start.parentElement; el && !isTop(el); el = el.parentElement) {
          if (isCandidate(c, el) && !holdsSeveral(c, el)) {
            const enclosing = messageElementAt(c, start);
            const m = enclosing ? toMessage(c, enclosing) : null;
            return m ? [m] : [];
          }
        }
      }
      visit(start);
      return out;

      function visit(el: Element): void {
        if (isHidden(el) || isEditable(el)) return;
        if (!isTop(el) && isCandidate(c, el) && !holdsSeveral(c, el)) {
          const m = toMessage(c, el);
          if (m) out.push(m);
          return;
        }
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
      }
    });
  } catch {
    return [];
  }
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  hosts: [],
  findSenders: () => [],
  messageOf: (node) => messageAt(node)?.element ?? null,
  messagesIn,
  messageAt,
  provenance: [
    'No site-specific structure. A message is the outermost element on the path that the page structure marks as one item (li / role=listitem, tr / role=row, article, data-message-id, 3+ same-shaped siblings or 2+ alternating chat bubbles, the one-<time> block among dated siblings, a mail view with a 发件人：/From: header line; never a page region) and that does not itself hold two or more message-like parts;',
    'without such an element, the nearest block with text (p, li, td, div…). Text is cut at MAX_MESSAGE_TEXT (2000). Sent time: a <time> element, or a short time-only text in the message; sender: an element whose class/itemprop names a sender/from/author/name, or a 发件人：/From: label; outgoing only for .outgoing/.sent/.me/.out/data-direction=outgoing or the right side of a left/right alternation.',
  ].join(' '),
};
