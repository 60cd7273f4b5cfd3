/**
 * SMS signatures: the bracketed sender name Chinese carriers require at the start
 * or end of a message (【借呗】您已逾期…, …退订回T【招商银行】). This file does not
 * import OpenCC; core/sender/index.ts passes the full normalizer in.
 */
import { foldSender } from './fold';

export interface Signature {
  start: number;
  end: number;
  /** The name between the brackets, as written. */
  name: string;
  normalized: string;
}

/** Opening bracket → closing bracket of the forms used for signatures. */
const PAIRS: Record<string, string> = {
  '【': '】',
  '[': ']',
  '［': '］',
  '〖': '〗',
  '〔': '〕',
  '﹝': '﹞',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Longest name accepted: signatures are short brand names, not bracketed sentences. */
const MAX_NAME = 24;

/** Whitespace and invisible characters that may surround a message. */
function isBlank(c: string): boolean {
  return /[\s\u200b-\u200d\u2060\ufeff]/.test(c);
}

export function findSignatures(
  text: string,
  normalize: (name: string) => string = foldSender,
): Signature[] {
  const out: Signature[] = [];
  let a = 0;
  while (a < text.length && isBlank(text.charAt(a))) a++;
  let b = text.length;
  while (b > a && isBlank(text.charAt(b - 1))) b--;
  if (a >= b) return out;

  const close = PAIRS[text.charAt(a)];
  if (close) {
    const end = findCloser(text, a + 1, close);
    if (end > 0) push(out, text, a, end, normalize);
  }
  const open = CLOSERS.get(text.charAt(b - 1));
  if (open) {
    const start = findOpener(text, b - 2, open);
    // A message that is only "【借呗】" yields one signature, not two.
    if (start >= 0 && !(out.length > 0 && out[0]!.start === start)) push(out, text, start, b, normalize);
  }
  return out;
}

function push(out: Signature[], text: string, start: number, end: number, normalize: (n: string) => string): void {
  const name = text.slice(start + 1, end - 1);
  const normalized = normalize(name);
  if (normalized) out.push({ start, end, name, normalized });
}

/** Offset after the closing bracket that matches an opener just before `from`, or -1. */
function findCloser(text: string, from: number, close: string): number {
  for (let p = from; p < text.length && p - from <= MAX_NAME; p++) {
    const c = text.charAt(p);
    if (c === close) return p > from ? p + 1 : -1;
    if (c === '\n' || c === '\r' || PAIRS[c] || CLOSERS.has(c)) return -1;
  }
  return -1;
}

/** Offset of the opening bracket matching the closer just after `from`, or -1. */
function findOpener(text: string, from: number, open: string): number {
  for (let p = from; p >= 0 && from - p <= MAX_NAME; p--) {
    const c = text.charAt(p);
    if (c === open) return p < from ? p : -1;
    if (c === '\n' || c === '\r' || PAIRS[c] || CLOSERS.has(c)) return -1;
  }
  return -1;
}
