/**
 * Linear tokenizer: finds "runs" of digit groups joined by short separator
 * sequences ("0571-2688 8888", "+86 (0)10 1234 5678"). Every code unit is looked at
 * a bounded number of times, and there is no regex backtracking, so adversarial
 * pages ("1 1 1 ...", "+86-+86-...") stay linear.
 */
import { CharClass, classify } from './chars';

/** Separator flags between two groups of a run. */
export const SEP_SPACE = 1;
export const SEP_DASH = 2;
export const SEP_DOT = 4;
export const SEP_OPEN = 8;
export const SEP_CLOSE = 16;

/**
 * Longest digit string a group keeps. Anything longer cannot be (part of) a phone
 * number, and keeping every digit of a 1 MB digit run would just waste memory.
 */
const KEEP_DIGITS = 24;

/** At most this many visible separator characters between groups (") - (" is 3). */
const MAX_SEP_CHARS = 3;

/** Capacity kept between scans; a larger run (only on pathological pages) reallocates. */
const KEEP_CAPACITY = 4096;

const DIGIT_SEARCH = /[0-9\uFF10-\uFF19]/g;

/**
 * The groups of one run, as parallel typed arrays: a 1 MB "1-1-1-…" page is one
 * run of 500k groups, and one object per group made GC cost grow faster than the
 * input. One instance is reused for every run of a scan.
 */
export class Run {
  count = 0;
  /** Offset of a '+' directly before the first group, or -1. */
  plusAt = -1;
  /** Offset of an opening bracket directly before the first group (or its '+'), or -1. */
  openAt = -1;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private lens = new Int32Array(64);
  private opens = new Int32Array(64);
  private seps = new Uint8Array(64);
  private digitStrings: string[] = [];

  /** Offset of the first digit of group k. */
  start(k: number): number {
    return this.starts[k] as number;
  }
  /** Offset after the last digit of group k. */
  end(k: number): number {
    return this.ends[k] as number;
  }
  /** True digit count of group k. */
  len(k: number): number {
    return this.lens[k] as number;
  }
  /** ASCII digits of group k (truncated to KEEP_DIGITS). */
  digits(k: number): string {
    return this.digitStrings[k] as string;
  }
  /** SEP_* flags of the separator before group k (0 for the first group). */
  sepBefore(k: number): number {
    return this.seps[k] as number;
  }
  /** Offset of the last opening bracket in the separator before group k, or -1. */
  openBefore(k: number): number {
    return this.opens[k] as number;
  }

  reset(): void {
    this.count = 0;
    if (this.starts.length > KEEP_CAPACITY) this.allocate(64);
    if (this.digitStrings.length > KEEP_CAPACITY) this.digitStrings.length = KEEP_CAPACITY;
  }

  push(digits: string, len: number, start: number, end: number, sep: number, open: number): void {
    const k = this.count++;
    if (k >= this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.lens[k] = len;
    this.seps[k] = sep;
    this.opens[k] = open;
    this.digitStrings[k] = digits;
  }

  private grow(): void {
    const old = { starts: this.starts, ends: this.ends, lens: this.lens, opens: this.opens, seps: this.seps };
    this.allocate(this.starts.length * 2);
    this.starts.set(old.starts);
    this.ends.set(old.ends);
    this.lens.set(old.lens);
    this.opens.set(old.opens);
    this.seps.set(old.seps);
  }

  private allocate(capacity: number): void {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lens = new Int32Array(capacity);
    this.opens = new Int32Array(capacity);
    this.seps = new Uint8Array(capacity);
  }
}

/**
 * Reads into `run` the run whose first digit is the next digit at or after
 * `from`; false when there is none. `floor` is the end of the previous run: the
 * prefix look-back never crosses it.
 */
export function readRun(text: string, from: number, floor: number, run: Run): boolean {
  DIGIT_SEARCH.lastIndex = from;
  const m = DIGIT_SEARCH.exec(text);
  if (!m) return false;
  const first = m.index;
  run.reset();

  // A '+' or bracket right before the first digit belongs to the number ("+86", "(010)").
  let plusAt = -1;
  let openAt = -1;
  let p = first - 1;
  let visible = 0;
  while (p >= floor && visible < 3) {
    const k = classify(text.charCodeAt(p));
    if (k === CharClass.Transparent) {
      p--;
      continue;
    }
    if (k === CharClass.Plus && plusAt < 0 && openAt < 0) plusAt = p;
    else if (k === CharClass.Open && openAt < 0) openAt = p;
    else break;
    visible++;
    p--;
  }
  run.plusAt = plusAt;
  run.openAt = openAt;

  let i = first;
  let sepBefore = 0;
  let openBefore = -1;
  const n = text.length;
  for (;;) {
    let digits = '';
    let len = 0;
    const start = i;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = classify(c);
      if (k === CharClass.Digit) {
        if (len < KEEP_DIGITS) digits += String.fromCharCode(c >= 0xff10 ? c - 0xff10 + 0x30 : c);
        len++;
        i++;
        end = i;
      } else if (k === CharClass.Transparent) {
        i++;
      } else break;
    }
    run.push(digits, len, start, end, sepBefore, openBefore);

    // Separator: a few spaces/dashes/dots/brackets, then a digit continues the run.
    let j = i;
    let flags = 0;
    let sepChars = 0;
    let open = -1;
    while (j < n && sepChars <= MAX_SEP_CHARS) {
      const k = classify(text.charCodeAt(j));
      if (k === CharClass.Transparent) {
        j++;
        continue;
      }
      if (k === CharClass.Space) flags |= SEP_SPACE;
      else if (k === CharClass.Dash) flags |= SEP_DASH;
      else if (k === CharClass.Dot) flags |= SEP_DOT;
      else if (k === CharClass.Open) {
        flags |= SEP_OPEN;
        open = j;
      } else if (k === CharClass.Close) flags |= SEP_CLOSE;
      else break;
      sepChars++;
      j++;
    }
    if (sepChars === 0 || sepChars > MAX_SEP_CHARS || j >= n || classify(text.charCodeAt(j)) !== CharClass.Digit) {
      break;
    }
    i = j;
    sepBefore = flags;
    openBefore = open;
  }
  return true;
}
