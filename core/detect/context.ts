/**
 * What surrounds a candidate number decides whether it is one: glued to Latin
 * letters, inside a URL or an e-mail address, a money amount, a decimal or a time
 * are all "the digits are something else".
 */
import { CharClass, classify, nextVisible, prevVisible } from './chars';

const CURRENCY_BEFORE = new Set([0x24, 0xa5, 0xffe5, 0xff04, 0x20ac, 0xa3, 0x20a9, 0x20b9]); // $ ¥ ￥ ＄ € £ ₩ ₹
/** Characters that make the digits part of a code, path or parameter when they touch them. */
const GLUE_BEFORE = new Set([0x40, 0x23, 0x5f, 0x5c, 0x3d, 0x26, 0x3f, 0x25, 0x7e, 0xff20, 0xff03, 0xff3f, 0xff1d]); // @ # _ \ = & ? % ~ ＠ ＃ ＿ ＝
const GLUE_AFTER = new Set([0x40, 0x5f, 0x25, 0x5c, 0xff20, 0xff3f, 0xff05, 0x2030]); // @ _ % \ ＠ ＿ ％ ‰

/** Words written right after an amount (checked on the folded text). */
const AMOUNT_AFTER = [
  '元', '圆', '圓', '块', '塊', '万', '萬', '亿', '億', '角', '円', '美元', '美金', '港元', '港币', '港幣', '台币',
  '台幣', '日元', '日圆', '韩元', '韓元', '欧元', '歐元', '英镑', '英鎊', '卢布', '盧布', 'rmb', 'yuan', 'cny', 'usd', 'hkd', 'twd', 'ntd', 'dollar', 'eur',
];
const AMOUNT_BEFORE_WORDS = ['rmb', 'cny', 'usd', 'hkd', 'twd', 'ntd', 'nt', 'hk', 'us', 'eur', 'gbp'];
/** "Tel.13800138000" is a label, not a version string. */
const LABEL_WORDS = new Set(['tel', 'ph', 'phone', 'mob', 'mobile', 'cell', 'fax', 'hp', 'm', 't']);

function isAlnum(k: CharClass): boolean {
  return k === CharClass.Letter || k === CharClass.Digit;
}

function lower(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c = c - 0xff01 + 0x21;
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** The Latin word (lower-case, max 12 chars) ending right before `end`. */
function latinWordBefore(text: string, end: number): string {
  let p = end - 1;
  while (p >= 0 && end - p <= 12 && classify(text.charCodeAt(p)) === CharClass.Letter) p--;
  let w = '';
  for (let q = p + 1; q < end; q++) w += String.fromCharCode(lower(text.charCodeAt(q)));
  return w;
}

/** True when the text before offset `start` shows the number is something else. */
export function badLeft(text: string, start: number): boolean {
  const p = prevVisible(text, start);
  if (p < 0) return false;
  const c = text.charCodeAt(p);
  const k = classify(c);
  if (k === CharClass.Letter || k === CharClass.Digit) return true;
  if (GLUE_BEFORE.has(c) || CURRENCY_BEFORE.has(c)) return true;
  if (k === CharClass.Dot || k === CharClass.Dash || c === 0x2f || c === 0x3a || c === 0xff1a) {
    // "v1.380…", "SF-138…", "x.com/138…", "13:45": joined to a token on the left.
    const q = prevVisible(text, p);
    if (q >= 0) {
      const kq = classify(text.charCodeAt(q));
      if (kq === CharClass.Digit && (c === 0x3a || c === 0xff1a || k === CharClass.Dot)) return true;
      if (kq === CharClass.Letter && c !== 0x3a && c !== 0xff1a) {
        if (!(k === CharClass.Dot && LABEL_WORDS.has(latinWordBefore(text, q + 1)))) return true;
      }
    }
  }
  // "¥ 13800138000", "RMB 13800138000"
  let s = p;
  let spaces = 0;
  while (s >= 0 && spaces < 2 && classify(text.charCodeAt(s)) === CharClass.Space) {
    s--;
    spaces++;
  }
  if (spaces > 0 && s >= 0) {
    const cs = text.charCodeAt(s);
    if (CURRENCY_BEFORE.has(cs)) return true;
    if (classify(cs) === CharClass.Letter && AMOUNT_BEFORE_WORDS.includes(latinWordBefore(text, s + 1))) {
      return true;
    }
  }
  return insideUrl(text, start);
}

/** True when the text from offset `end` on shows the number is something else. */
export function badRight(text: string, end: number): boolean {
  const p = nextVisible(text, end);
  if (p >= text.length) return false;
  const c = text.charCodeAt(p);
  const k = classify(c);
  if (k === CharClass.Letter || k === CharClass.Digit) return true;
  if (GLUE_AFTER.has(c)) return true;
  const q = nextVisible(text, p + 1);
  const kq = q < text.length ? classify(text.charCodeAt(q)) : CharClass.Other;
  // "13800138000.5", "13800138000.com", "13:45", "13800138000-abc"
  if (k === CharClass.Dot && isAlnum(kq)) return true;
  if ((c === 0x3a || c === 0xff1a) && kq === CharClass.Digit) return true;
  if (k === CharClass.Dash && kq === CharClass.Letter) return true;
  if ((k === CharClass.Dot || k === CharClass.Dash || c === 0x2b) && emailAhead(text, p)) return true;
  return amountAhead(text, p);
}

function amountAhead(text: string, p: number): boolean {
  let s = p;
  if (classify(text.charCodeAt(s)) === CharClass.Space) s++;
  let w = '';
  for (let q = s; q < text.length && q - s < 7; q++) w += String.fromCharCode(lower(text.charCodeAt(q)));
  for (const a of AMOUNT_AFTER) {
    if (!w.startsWith(a)) continue;
    // Latin currency words must end there: "rmb" yes, "rmbx" no.
    const next = w.charCodeAt(a.length);
    if (a.charCodeAt(0) < 0x80 && next >= 0x61 && next <= 0x7a && !(a === 'dollar' && next === 0x73)) continue;
    return true;
  }
  return false;
}

/** "13800138000.zhang@x.com": an '@' a few address characters ahead. */
function emailAhead(text: string, p: number): boolean {
  for (let q = p; q < text.length && q - p < 64; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x40 || c === 0xff20) return true;
    const k = classify(c);
    if (!(k === CharClass.Letter || k === CharClass.Digit || k === CharClass.Dot || k === CharClass.Dash || c === 0x5f || c === 0x2b)) {
      return false;
    }
  }
  return false;
}

/**
 * Whether `start` sits inside a URL: the whitespace-delimited token it belongs to
 * has a scheme, "www." or a domain-then-path shape before it. Bounded look-back.
 */
function insideUrl(text: string, start: number): boolean {
  let p = start - 1;
  let sawSlash = false;
  let sawDotBeforeSlash = false;
  for (; p >= 0 && start - p <= 256; p--) {
    const c = text.charCodeAt(p);
    if (c <= 0x20 || c > 0x7e || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e) break;
    if (c === 0x2f) {
      sawSlash = true;
      if (p > 0 && text.charCodeAt(p - 1) === 0x2f && p > 1 && text.charCodeAt(p - 2) === 0x3a) return true;
    } else if (c === 0x2e && sawSlash) sawDotBeforeSlash = true;
    else if ((c === 0x77 || c === 0x57) && p + 3 < text.length && text.slice(p, p + 4).toLowerCase() === 'www.') {
      return true;
    }
  }
  return sawDotBeforeSlash;
}

/**
 * An extension written after a number ("转8001", "ext. 12", "x12", "分机 8001").
 * Returns the offset after its digits, or -1.
 */
export function extensionAfter(text: string, end: number): number {
  let p = nextVisible(text, end);
  let spaces = 0;
  while (p < text.length && spaces < 2 && classify(text.charCodeAt(p)) === CharClass.Space) {
    p++;
    spaces++;
  }
  let marker = 0;
  const c = text.charCodeAt(p);
  if (c === 0x8f6c || c === 0x8f49) marker = 1; // 转 轉
  else if (text.startsWith('分机', p) || text.startsWith('分機', p)) marker = 2;
  else {
    const w = latinWordAt(text, p);
    if (w === 'ext' || w === 'x' || w === 'extension' || w === 'ex') marker = w.length;
    if (marker && text.charCodeAt(p + marker) === 0x2e) marker++;
  }
  if (!marker) return -1;
  p += marker;
  let gap = 0;
  while (p < text.length && gap < 2) {
    const k = classify(text.charCodeAt(p));
    const cc = text.charCodeAt(p);
    if (k === CharClass.Space || cc === 0x3a || cc === 0xff1a) {
      p++;
      gap++;
    } else break;
  }
  let digits = 0;
  while (p < text.length && classify(text.charCodeAt(p)) === CharClass.Digit) {
    p++;
    digits++;
  }
  return digits >= 1 && digits <= 6 ? p : -1;
}

/** The Latin word (lower-case, max 10 chars) starting at `p`. */
function latinWordAt(text: string, p: number): string {
  let w = '';
  for (let q = p; q < text.length && q - p < 10 && classify(text.charCodeAt(q)) === CharClass.Letter; q++) {
    w += String.fromCharCode(lower(text.charCodeAt(q)));
  }
  return w;
}

/** Measure words after a count ("12345人", "110次") and the ordinal prefix "第". */
const COUNTERS = new Set('人个個次条條笔筆件天日月年期分秒名位台张張份家户戶页頁字倍项項届屆楼樓层層座辆輛'.split('').map((c) => c.charCodeAt(0)));
const ORDINAL = 0x7b2c; // 第

/**
 * Whether a short number is written as a quantity or an ordinal. Short numbers
 * ("12345", "110") are common counts; full numbers never read as one.
 */
export function isQuantity(text: string, start: number, end: number): boolean {
  const before = prevVisible(text, start);
  if (before >= 0 && text.charCodeAt(before) === ORDINAL) return true;
  const after = nextVisible(text, end);
  return after < text.length && COUNTERS.has(text.charCodeAt(after));
}
