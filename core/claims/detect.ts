/**
 * Claim detection: which pressure claims a message makes ("法务部将于三日内上门",
 * "we will sue you", "將通知您的家人"), with offsets for highlighting.
 *
 * How (see ./terms.ts for the vocabulary and the false-positive policy):
 * 1. normalise (./normalize.ts): width/case folding, pinyin readings and
 *    spacing tricks removed, with a map back to the caller's offsets;
 * 2. find every vocabulary term with a trie walk from each position: O(n × L)
 *    for L = the longest term (under 40), no regular expressions, so no
 *    backtracking whatever the input;
 * 3. drop matches that fail their word boundary (English), a veto (上门取件,
 *    法院路, food court) or a negation right before them (不会上门, will not sue);
 * 4. keep `direct` matches; keep `context` matches only with an anchor (a
 *    collection cue or a direct match, not overlapping the match) within
 *    CONTEXT_WINDOW; keep `after-self-id` matches (天河区人民法院) only right
 *    after 我是 / 这里是; anchors are found by binary search;
 * 5. a match inside a longer kept match is dropped (so 移交公安 is a criminal
 *    threat and not also a mention of 公安; overdue-debt yields only to a longer
 *    overdue-debt match), and overlapping matches of one kind are merged into
 *    one span.
 */
import { CLAIM_KINDS, type Claim, type ClaimKind } from './kinds';
import { fold, normalize } from './normalize';
import { toSimplified } from './variants';
import {
  CONTEXT_WINDOW,
  NEGATORS_EN,
  NEGATORS_ZH,
  SELF_ID_BREAKS,
  SELF_ID_GAP,
  TERM_GROUPS,
  type TermGroup,
} from './terms';

interface CompiledGroup {
  kind: ClaimKind | 'cue' | 'self-id';
  strength: TermGroup['strength'];
  vetoBefore: readonly string[];
  vetoAfter: readonly string[];
  negatorsZh: readonly string[];
  negatorsEn: ReadonlySet<string>;
}

interface Entry {
  group: CompiledGroup;
  length: number;
  /** Starts / ends with an ASCII letter or digit: needs a word boundary there. */
  latinStart: boolean;
  latinEnd: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries: Entry[] | null;
}

interface RawMatch {
  start: number;
  end: number;
  kind: ClaimKind | 'cue' | 'self-id';
  strength: TermGroup['strength'];
}

const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** A term as the normalised text spells it: folded like the text (./normalize.ts), Traditional characters to Simplified. */
function foldTerm(term: string): string {
  let s = '';
  for (let i = 0; i < term.length; i++) s += String.fromCharCode(toSimplified(fold(term.charCodeAt(i))));
  return s;
}

function expand(list: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const t of list ?? []) out.add(foldTerm(t));
  // Longest first, so endsWith/startsWith checks are order-independent anyway.
  return [...out].sort((a, b) => b.length - a.length);
}

function compileGroup(g: TermGroup): CompiledGroup {
  const silent =
    g.negators === 'none' || (g.negators === undefined && (g.kind === 'cue' || g.kind === 'self-id' || g.kind === 'insult'));
  const zh = silent ? [] : g.negators === undefined || g.negators === 'none' ? NEGATORS_ZH : g.negators;
  return {
    kind: g.kind,
    strength: g.strength,
    vetoBefore: expand(g.vetoBefore),
    vetoAfter: expand(g.vetoAfter),
    negatorsZh: expand(zh),
    negatorsEn: new Set(silent ? [] : NEGATORS_EN),
  };
}

let trie: TrieNode | undefined;

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), entries: null };
  for (const g of TERM_GROUPS) {
    const cg = compileGroup(g);
    for (const term of g.terms) {
      const spelling = foldTerm(term);
      let node = root;
      for (let i = 0; i < spelling.length; i++) {
        const c = spelling.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), entries: null };
          node.next.set(c, child);
        }
        node = child;
      }
      const entry: Entry = {
        group: cg,
        length: spelling.length,
        latinStart: isWordCode(spelling.charCodeAt(0)),
        latinEnd: isWordCode(spelling.charCodeAt(spelling.length - 1)),
      };
      // The same spelling may come from two terms of one group; keep one entry.
      if (!node.entries) node.entries = [entry];
      else if (!node.entries.some((e) => e.group === cg)) node.entries.push(entry);
    }
  }
  return root;
}

function endsWithAny(text: string, at: number, list: readonly string[]): boolean {
  for (const w of list) if (w.length <= at && text.startsWith(w, at - w.length)) return true;
  return false;
}

function startsWithAny(text: string, at: number, list: readonly string[]): boolean {
  for (const w of list) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * How far back from a match the English negation check reads: two words and
 * the space between them ("will not", "really never"); the longest negator has
 * 8 characters. Without a bound, a long run of word characters and apostrophes
 * ("sue'sue'sue'…", where every "sue" matches) was read back to its start for
 * each match: quadratic.
 */
const NEGATION_LOOKBACK = 48;

const isWordOrApostrophe = (c: number): boolean => isWordCode(c) || c === 0x27;

/**
 * The up to two English words right before `at` ("will not" before "sue"),
 * within NEGATION_LOOKBACK characters. A word that starts before that window is
 * left out, and so is anything before it: what the window shows of it
 * ("youcannot" → "not") must not read as a negator. So a negator behind a first
 * word of some 40 characters is no longer seen; no sentence writes one so.
 */
function previousWords(text: string, at: number): string[] {
  const words: string[] = [];
  const floor = Math.max(0, at - NEGATION_LOOKBACK);
  let i = at - 1;
  for (let w = 0; w < 2; w++) {
    while (i >= floor && text.charCodeAt(i) === 0x20) i--;
    const end = i + 1;
    while (i >= floor && isWordOrApostrophe(text.charCodeAt(i))) i--;
    if (end === i + 1) break;
    if (i < floor && floor > 0 && isWordOrApostrophe(text.charCodeAt(floor - 1))) break;
    words.push(text.slice(i + 1, end));
  }
  return words;
}

function negated(text: string, start: number, e: Entry): boolean {
  const g = e.group;
  if (e.latinStart) {
    if (g.negatorsEn.size === 0) return false;
    return previousWords(text, start).some((w) => g.negatorsEn.has(w));
  }
  return endsWithAny(text, start, g.negatorsZh);
}

function accept(text: string, start: number, end: number, e: Entry): boolean {
  if (e.latinStart && start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  if (e.latinEnd && end < text.length && isWordCode(text.charCodeAt(end))) return false;
  if (endsWithAny(text, start, e.group.vetoBefore)) return false;
  if (startsWithAny(text, end, e.group.vetoAfter)) return false;
  return !negated(text, start, e);
}

function rawMatches(text: string, root: TrieNode): RawMatch[] {
  const out: RawMatch[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let node: TrieNode | undefined = root;
    for (let j = i; j < n; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (!node.entries) continue;
      for (const e of node.entries) {
        if (accept(text, i, j + 1, e)) out.push({ start: i, end: j + 1, kind: e.group.kind, strength: e.group.strength });
      }
    }
  }
  return out;
}

/** Index of the last element <= x in an ascending array, or -1. */
function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function anchored(m: RawMatch, anchorEnds: readonly number[], anchorStarts: readonly number[]): boolean {
  const before = lastAtMost(anchorEnds, m.start);
  if (before >= 0 && m.start - anchorEnds[before]! <= CONTEXT_WINDOW) return true;
  // first anchor starting at or after m.end
  const idx = lastAtMost(anchorStarts, m.end - 1) + 1;
  return idx < anchorStarts.length && anchorStarts[idx]! - m.end <= CONTEXT_WINDOW;
}

/** The matches not strictly inside another one of the list. */
function outermost(list: RawMatch[]): RawMatch[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMatch[] = [];
  let maxEnd = -1;
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j < list.length && list[j]!.start === list[i]!.start && list[j]!.end === list[i]!.end) j++;
    if (list[i]!.end > maxEnd) for (let k = i; k < j; k++) out.push(list[k]!);
    maxEnd = Math.max(maxEnd, list[i]!.end);
    i = j;
  }
  return out;
}

const SELF_ID_BREAK_CODES = new Set([...SELF_ID_BREAKS].map((c) => c.charCodeAt(0)));

/** A self-introduction ends at most SELF_ID_GAP before `m`, with no break between. */
function afterSelfId(text: string, m: RawMatch, selfIdEnds: readonly number[]): boolean {
  const idx = lastAtMost(selfIdEnds, m.start);
  if (idx < 0 || m.start - selfIdEnds[idx]! > SELF_ID_GAP) return false;
  for (let p = selfIdEnds[idx]!; p < m.start; p++) if (SELF_ID_BREAK_CODES.has(text.charCodeAt(p))) return false;
  return true;
}

const KIND_ORDER = new Map<string, number>(CLAIM_KINDS.map((k, i) => [k, i]));

/**
 * Claims in `text`, in text order (ties: CLAIM_KINDS order). Offsets are UTF-16
 * units of `text`; `quote` is `text.slice(start, end)`.
 */
export function detectClaims(text: string): Claim[] {
  if (!text) return [];
  trie ??= buildTrie();
  const norm = normalize(text);
  const raw = rawMatches(norm.text, trie);

  const anchors = raw.filter((m) => m.strength === 'direct' && m.kind !== 'self-id');
  const anchorEnds = anchors.map((m) => m.end).sort((a, b) => a - b);
  const anchorStarts = anchors.map((m) => m.start).sort((a, b) => a - b);
  const selfIdEnds = raw.filter((m) => m.kind === 'self-id').map((m) => m.end).sort((a, b) => a - b);
  const kept = raw.filter((m) => {
    if (m.kind === 'cue' || m.kind === 'self-id') return false;
    if (m.strength === 'direct') return true;
    if (m.strength === 'after-self-id') return afterSelfId(norm.text, m, selfIdEnds);
    return anchored(m, anchorEnds, anchorStarts);
  });

  // Drop matches strictly inside a longer kept match. 'overdue-debt' only yields
  // to a longer overdue-debt match: "上门催收" is a visit AND about a debt.
  const outer = [
    ...outermost(kept.filter((m) => m.kind !== 'overdue-debt')),
    ...outermost(kept.filter((m) => m.kind === 'overdue-debt')),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  // Merge overlapping matches of one kind into one span (我是法院 + 法院工作人员).
  const merged: Array<{ kind: ClaimKind; start: number; end: number }> = [];
  const lastOfKind = new Map<ClaimKind, { kind: ClaimKind; start: number; end: number }>();
  for (const m of outer) {
    const kind = m.kind as ClaimKind;
    const last = lastOfKind.get(kind);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      continue;
    }
    const span = { kind, start: m.start, end: m.end };
    merged.push(span);
    lastOfKind.set(kind, span);
  }
  const claims: Claim[] = merged.map((m) => {
    const start = norm.map[m.start]!;
    const end = norm.map[m.end - 1]! + 1;
    return { kind: m.kind, start, end, quote: text.slice(start, end) };
  });
  claims.sort((a, b) => a.start - b.start || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!);
  return claims;
}

/** The distinct kinds `detectClaims` finds, in CLAIM_KINDS order. */
export function claimKinds(text: string): ClaimKind[] {
  const found = new Set(detectClaims(text).map((c) => c.kind));
  return CLAIM_KINDS.filter((k) => found.has(k));
}
