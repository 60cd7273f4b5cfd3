/**
 * Character classes the phone scanner cares about. Everything works on UTF-16
 * code units so offsets map 1:1 to the caller's string; full-width forms are
 * folded here instead of running NFKC over a whole page.
 */

export const enum CharClass {
  Other = 0,
  Digit = 1,
  /** Zero-width and soft-hyphen characters: invisible, so they never split a number. */
  Transparent = 2,
  Space = 3,
  Dash = 4,
  Dot = 5,
  Open = 6,
  Close = 7,
  Plus = 8,
  Letter = 9,
}

export function classify(c: number): CharClass {
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if (c < 0x80) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return CharClass.Letter;
    switch (c) {
      case 0x20:
      case 0x09:
        return CharClass.Space;
      case 0x2d:
        return CharClass.Dash;
      case 0x2e:
        return CharClass.Dot;
      case 0x28:
        return CharClass.Open;
      case 0x29:
        return CharClass.Close;
      case 0x2b:
        return CharClass.Plus;
      default:
        return CharClass.Other;
    }
  }
  if (c >= 0xff10 && c <= 0xff19) return CharClass.Digit;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return CharClass.Letter;
  // Latin-1 letters and Latin extended: "café13800138000" is as glued as "abc13800138000".
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return CharClass.Letter;
  switch (c) {
    case 0xa0:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return CharClass.Space;
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
    case 0xad:
    case 0x180e:
      return CharClass.Transparent;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xfe63:
    case 0xff0d:
      return CharClass.Dash;
    case 0xff0e:
      return CharClass.Dot;
    case 0xff08:
      return CharClass.Open;
    case 0xff09:
      return CharClass.Close;
    case 0xff0b:
      return CharClass.Plus;
    default:
      if (c >= 0x2000 && c <= 0x200a) return CharClass.Space;
      return CharClass.Other;
  }
}

/**
 * Fold one code unit for cue matching: full-width ASCII to ASCII and Latin
 * upper to lower case, so cue lists only need one spelling.
 */
export function foldForCue(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c = c - 0xff01 + 0x21;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  if (c === 0x3000 || c === 0xa0) c = 0x20;
  return c;
}

/**
 * Bound on how many invisible characters a context look-around skips, so a page of
 * zero-width characters cannot turn each candidate's context check into a long walk.
 */
const MAX_TRANSPARENT_SKIP = 32;

/** Index of the nearest non-transparent code unit before `i` (or -1). */
export function prevVisible(text: string, i: number): number {
  let p = i - 1;
  const stop = i - 1 - MAX_TRANSPARENT_SKIP;
  while (p >= 0 && p > stop && classify(text.charCodeAt(p)) === CharClass.Transparent) p--;
  return p;
}

/** Index of the nearest non-transparent code unit at or after `i` (or text.length). */
export function nextVisible(text: string, i: number): number {
  let p = i;
  const stop = i + MAX_TRANSPARENT_SKIP;
  while (p < text.length && p < stop && classify(text.charCodeAt(p)) === CharClass.Transparent) p++;
  return p;
}
