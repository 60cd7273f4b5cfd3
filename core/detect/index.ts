/**
 * Phone-number detection for web SMS and mail pages.
 *
 * Pipeline: one linear pass groups digits into runs (runs.ts); each run is cut
 * into candidates along its separators, longest first; a candidate survives when
 * its digits make a number (interpret.ts: structure, then libphonenumber-js),
 * its written grouping fits that number, its surroundings do not make it an
 * amount/code/URL/e-mail/token (context.ts), and the nearest cue word does not
 * say it is something else (cues.ts).
 *
 * Spans: [start, end) covers the number as written, from its '+' (or the bracket
 * of a bracketed country/area code) to its last digit. Extensions ("转8001",
 * "ext. 12", "-8001") are recognised, so their digits are not mistaken for
 * another number, but are NOT part of the span or of the key: the key is the
 * number one dials, the span is what gets highlighted and looked up.
 */
import type { Detection, ScanOptions } from '../types';
import { badLeft, badRight, extensionAfter, isQuantity } from './context';
import { cueBefore } from './cues';
import { supportedRegion } from './full-numbers';
import { interpret } from './interpret';
import { readRun, Run, SEP_CLOSE, SEP_DASH, SEP_OPEN, SEP_SPACE } from './runs';

export type { Detection, ScanOptions } from '../types';
export { resetDetectCaches } from './metadata';

/** Prefilter: most text nodes hold no digit at all. */
const ANY_DIGIT = /[0-9\uFF10-\uFF19]/;
/** "00" + calling code + national number, or "106" + 17. */
const MAX_NUMBER_DIGITS = 20;
/** "+86 (0)571 2688 8888" has 5 groups; 7 leaves room without letting lists merge. */
const MAX_GROUPS = 7;
/** Digit totals of groups i..i+k while scanning a run (reused). */
const totals: number[] = new Array<number>(MAX_GROUPS).fill(0);
/** Extensions written as "-8001" after a landline. */
const MAX_DASH_EXTENSION_DIGITS = 5;

export function scanText(text: string, options?: ScanOptions): Detection[] {
  if (typeof text !== 'string' || !ANY_DIGIT.test(text)) return [];
  const region = normaliseRegion(options?.region);
  const scan: Scan = {
    text,
    region,
    lpRegion: supportedRegion(region),
    out: [],
    skipUntil: 0,
    firstVisible: -1,
    lastVisible: -1,
  };
  let floor = 0;
  const run = sharedRun;
  while (readRun(text, floor, floor, run)) {
    floor = run.end(run.count - 1);
    scanRun(scan, run);
  }
  return scan.out;
}

/** scanText is synchronous and not re-entrant, so one run buffer serves every call. */
const sharedRun = new Run();

interface Scan {
  text: string;
  region: string;
  lpRegion: ReturnType<typeof supportedRegion>;
  out: Detection[];
  /** End of an extension written after the last number ("转 8001"): not a number itself. */
  skipUntil: number;
  /** Lazily computed bounds of the non-blank text, for "the text is just this number". */
  firstVisible: number;
  lastVisible: number;
}

function normaliseRegion(region: string | undefined): string {
  const r = (region ?? 'CN').toUpperCase();
  return /^[A-Z]{2}$/.test(r) ? r : 'CN';
}

function scanRun(scan: Scan, run: Run): void {
  const count = run.count;
  const blocked = cardNumberGroups(run);
  let i = 0;
  // Digits of an extension already consumed ("转 8001") are not a number themselves.
  while (i < count && run.start(i) < scan.skipUntil) i++;
  while (i < count) {
    // A number starts a run or follows whitespace: "2024-11-06 13800138000" yes,
    // "v1.380.013.8000" (from its second group) no.
    if (blocked[i] || run.len(i) > MAX_NUMBER_DIGITS || (i > 0 && !(run.sepBefore(i) & SEP_SPACE))) {
      i++;
      continue;
    }
    let jMax = i;
    let total = run.len(i);
    totals[0] = total;
    for (let j = i + 1; j < count && j - i < MAX_GROUPS; j++) {
      const len = run.len(j);
      if (blocked[j] || (len === 1 && !singleDigitAllowed(run, i, j))) break;
      total += len;
      if (total > MAX_NUMBER_DIGITS) break;
      totals[j - i] = total;
      jMax = j;
    }
    const international = (i === 0 && run.plusAt >= 0) || run.digits(i).startsWith('00');
    let next = -1;
    for (let j = jMax; j >= i && next < 0; j--) {
      // A CN number written in several groups without a country prefix has 10-13
      // digits ("0571 2688 8888", "86 138 0013 8000"); skip the rest unbuilt.
      const digits = totals[j - i] ?? 0;
      if (scan.region === 'CN' && j > i && !international && (digits < 10 || digits > 13)) continue;
      next = tryCandidate(scan, run, i, j);
    }
    i = next < 0 ? i + 1 : next;
  }
}

/** Accepts groups i..j as a number (pushing it) and returns the next group index, or -1. */
function tryCandidate(scan: Scan, run: Run, i: number, j: number): number {
  const count = run.count;
  let digits = '';
  const lens: number[] = [];
  for (let k = i; k <= j; k++) {
    digits += run.digits(k);
    lens.push(run.len(k));
  }
  const found = interpret(digits, lens, prefixOf(run, i, j), scan.region, scan.lpRegion);
  if (!found) return -1;
  const { text } = scan;
  const start = spanStart(run, i, j);
  const end = run.end(j);
  const isFull = !found.short;

  let next = j + 1;
  let extEnd = -1;
  if (j < count - 1) {
    if (!(run.sepBefore(j + 1) & SEP_SPACE)) {
      // "0571-26888888-8001": a dash and a few digits after a landline is its extension.
      const endsThere = j + 2 >= count || (run.sepBefore(j + 2) & SEP_SPACE) !== 0;
      const isExtension =
        isFull &&
        found.kind !== 'mobile' &&
        run.sepBefore(j + 1) === SEP_DASH &&
        run.len(j + 1) <= MAX_DASH_EXTENSION_DIGITS &&
        endsThere;
      if (!isExtension) return -1;
      if (j + 2 >= count && badRight(text, run.end(j + 1))) return -1;
      next = j + 2;
    }
  } else {
    if (isFull) extEnd = extensionAfter(text, end);
    if (extEnd < 0 && badRight(text, end)) return -1;
  }
  if (i === 0 && badLeft(text, start)) return -1;

  const cue = cueBefore(text, start);
  if (cue === 'not-phone') return -1;
  const short = found.short;
  if (short) {
    if (short.needsCue && cue !== 'phone' && !(short.standalone && isWholeText(scan, start, end))) return -1;
    if (isQuantity(text, start, end)) return -1;
  }

  scan.out.push({ start, end, number: found.number, kind: found.kind });
  if (extEnd >= 0) scan.skipUntil = extEnd;
  return next;
}

/** How the candidate's first group is marked: "+86 …", "(852) …" or not at all. */
function prefixOf(run: Run, i: number, j: number): 'plus' | 'bracket' | null {
  if (i === 0 && run.plusAt >= 0) return 'plus';
  if (j === i) return null;
  const opened = i === 0 ? run.openAt >= 0 : (run.sepBefore(i) & SEP_OPEN) !== 0;
  return opened && (run.sepBefore(i + 1) & SEP_CLOSE) !== 0 ? 'bracket' : null;
}

/** Where the written number begins: its '+', or the bracket of a bracketed leading group. */
function spanStart(run: Run, i: number, j: number): number {
  const closedAfterFirst = j > i && (run.sepBefore(i + 1) & SEP_CLOSE) !== 0;
  if (i === 0) {
    if (run.plusAt >= 0) return run.openAt >= 0 && run.openAt < run.plusAt && closedAfterFirst ? run.openAt : run.plusAt;
    if (run.openAt >= 0 && closedAfterFirst) return run.openAt;
    return run.start(0);
  }
  if (run.openBefore(i) >= 0 && (run.sepBefore(i) & SEP_OPEN) !== 0 && closedAfterFirst) return run.openBefore(i);
  return run.start(i);
}

/**
 * Single-digit groups are how "1 1 1 1 …" would chain into numbers, so they are
 * only allowed right after an international prefix: the area code in
 * "+886 2 2345 6789" / "+81 3 …", the trunk "(0)" in "+86 (0)10 …", or both
 * ("+886 (0)2 2345 6789").
 */
function singleDigitAllowed(run: Run, i: number, j: number): boolean {
  if (!((i === 0 && run.plusAt >= 0) || run.digits(i).startsWith('00'))) return false;
  if (j === i + 1) return true;
  return j === i + 2 && run.digits(i + 1) === '0' && (run.sepBefore(i + 1) & SEP_OPEN) !== 0;
}

/**
 * Groups that belong to a card-number shape: four or more 4-digit groups in a row
 * ("6222 0212 3456 7890 123"), plus a short tail. No number may use them, or
 * "1380 0138 000"-like slices would leak out.
 */
function cardNumberGroups(run: Run): Uint8Array {
  const count = run.count;
  if (blockedPool.length < count) blockedPool = new Uint8Array(Math.max(count, blockedPool.length * 2));
  else if (blockedPool.length > BLOCKED_KEEP && count <= BLOCKED_KEEP) blockedPool = new Uint8Array(BLOCKED_KEEP);
  const blocked = blockedPool;
  blocked.fill(0, 0, count);
  const bracket = SEP_OPEN | SEP_CLOSE;
  let k = 0;
  while (k < count) {
    let e = k;
    while (e < count && run.len(e) === 4 && (e === k || !(run.sepBefore(e) & bracket))) e++;
    if (e - k >= 4) {
      if (e < count && run.len(e) <= 4 && !(run.sepBefore(e) & bracket)) e++;
      blocked.fill(1, k, e);
      k = e;
    } else k = Math.max(e, k + 1);
  }
  return blocked;
}

const BLOCKED_KEEP = 4096;
let blockedPool = new Uint8Array(256);

/** Whether [start, end) is all the visible text, like a sender field holding only "10690123456789". */
function isWholeText(scan: Scan, start: number, end: number): boolean {
  if (scan.firstVisible < 0) {
    const t = scan.text;
    let a = 0;
    while (a < t.length && /\s/.test(t.charAt(a))) a++;
    let b = t.length;
    while (b > a && /\s/.test(t.charAt(b - 1))) b--;
    scan.firstVisible = a;
    scan.lastVisible = b;
  }
  return start === scan.firstVisible && end === scan.lastVisible;
}
