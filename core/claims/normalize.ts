/**
 * The text the detector matches on, with a map back to the caller's offsets.
 *
 * One pass, each input code unit looked at a bounded number of times:
 * - full-width ASCII → half-width, A-Z → a-z, ’ → ' ("ｌａｗｓｕｉｔ", "WON’T");
 * - zero-width characters and soft hyphens are dropped ("催\u200b收");
 * - whitespace between two Han characters is dropped ("法 务 部"), any other
 *   whitespace run becomes one space;
 * - a pinyin reading in brackets right after a Han character is dropped: scraped
 *   pages print 法務(wù)部 for 法務部 (see shared/seeds);
 * - the Traditional characters of the vocabulary → Simplified (./variants.ts), so
 *   法務部, 法务部 and a mix of the two read alike.
 * Every kept character is exactly one code unit of the input, so
 * `map[i]` is the input offset of normalised unit i.
 */

import { toSimplified } from './variants';

export interface Normalized {
  text: string;
  /** map[i] = offset in the original text of normalised code unit i. */
  map: number[];
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x2028 || code === 0x2029
  );
}

function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/** Case- and width-folded code unit. */
export function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x2018 || code === 0x2019 || code === 0x2032) return 0x27;
  return code;
}

const PINYIN_LETTERS = new Set('abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ');
const PINYIN_TONED = new Set('āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ');
const MAX_PINYIN = 8;

/** End (exclusive) of a "(wù)" reading starting at `i`, or -1. */
function pinyinEnd(text: string, i: number): number {
  let toned = false;
  let k = i + 1;
  for (; k < text.length && k - i - 1 <= MAX_PINYIN; k++) {
    const c = String.fromCharCode(fold(text.charCodeAt(k)));
    if (c === ')') return toned && k > i + 1 ? k + 1 : -1;
    if (!PINYIN_LETTERS.has(c)) return -1;
    if (PINYIN_TONED.has(c)) toned = true;
  }
  return -1;
}

export function normalize(text: string): Normalized {
  const out: number[] = [];
  const map: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const raw = text.charCodeAt(i);
    if (isInvisible(raw)) {
      i++;
      continue;
    }
    if (isSpace(raw)) {
      let j = i + 1;
      while (j < n && (isSpace(text.charCodeAt(j)) || isInvisible(text.charCodeAt(j)))) j++;
      const prev = out.length > 0 ? out[out.length - 1]! : -1;
      const betweenHan = prev >= 0 && isHan(prev) && j < n && isHan(text.charCodeAt(j));
      if (!betweenHan && prev >= 0 && prev !== 0x20) {
        out.push(0x20);
        map.push(i);
      }
      i = j;
      continue;
    }
    const code = fold(raw);
    if (code === 0x28 && out.length > 0 && isHan(out[out.length - 1]!)) {
      const end = pinyinEnd(text, i);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    // Traditional characters of the vocabulary read as Simplified, one code unit for one.
    out.push(toSimplified(code));
    map.push(i);
    i++;
  }
  // String.fromCharCode with a spread would overflow the stack on long pages.
  let s = '';
  const CHUNK = 4096;
  for (let k = 0; k < out.length; k += CHUNK) s += String.fromCharCode(...out.slice(k, k + CHUNK));
  return { text: s, map };
}
