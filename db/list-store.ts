import { CATEGORIES, type Category } from '../core/types';
import type { ListRow } from '../core/lists/row';

/**
 * How lists are stored and searched. IndexedDB costs about 0.1 ms per record
 * whatever its size, so a list is stored as a few large chunks of sorted,
 * column-packed rows (typed arrays) rather than one record per number: a
 * million numbers are 16 records. Lookups binary-search these columns in
 * memory; E.164 keys are held as float64 (15 digits fit exactly), other keys
 * (CN:95188) as sorted strings.
 */
export const CHUNK_ROWS = 65_536;
/** Category value of a row deleted by the user: chunks are never re-sorted for one row. */
const DELETED = 255;

export interface ListChunk {
  list: string;
  seq: number;
  /** Sorted numeric E.164 keys (digits after '+'), or sorted other keys. */
  nums?: Float64Array;
  keys?: string[];
  category: Uint8Array;
  reports: Uint32Array;
  /** Epoch ms, 0 when unknown. */
  updated: Float64Array;
  /** 0 = no label, else labels[i - 1]. */
  labelIdx: Uint32Array;
  labels: string[];
  /** Row index → note; notes are rare. */
  notes: Record<number, string>;
}

/** A stored row reads back as the validated row it was imported from. */
export type ListEntry = ListRow;

const CATEGORY_CODE = new Map(CATEGORIES.map((c, i) => [c, i]));

/** Accumulates validated rows compactly, then sorts, de-duplicates (last row wins) and cuts chunks. */
export class ListBuilder {
  private n = 0;
  private nums = new Float64Array(1024);
  private order = new Uint32Array(1024);
  private cat = new Uint8Array(1024);
  private rep = new Uint32Array(1024);
  private upd = new Float64Array(1024);
  private lab = new Uint32Array(1024);
  private others = new Map<string, number>();
  private labels = new Map<string, number>();
  private labelList: string[] = [];
  private notes = new Map<number, string>();
  private otherRows = new Map<number, { category: Category; reports: number; updated: number; labelIdx: number }>();
  private rows = 0;

  /** Rows added so far, duplicates included. */
  get added() {
    return this.rows;
  }

  add(row: ListRow) {
    const at = this.rows++;
    let labelIdx = 0;
    if (row.label) {
      labelIdx = this.labels.get(row.label) ?? 0;
      if (!labelIdx) {
        this.labelList.push(row.label);
        labelIdx = this.labelList.length;
        this.labels.set(row.label, labelIdx);
      }
    }
    if (row.note) this.notes.set(at, row.note);
    if (!row.key.startsWith('+')) {
      // Rare (short and gateway numbers): a map keeps the last row for each key.
      this.others.set(row.key, at);
      this.otherRows.set(at, { category: row.category, reports: row.reports, updated: row.updated ?? 0, labelIdx });
      return;
    }
    if (this.n === this.nums.length) this.grow();
    const i = this.n++;
    this.nums[i] = Number(row.key.slice(1));
    this.order[i] = at;
    this.cat[i] = CATEGORY_CODE.get(row.category)!;
    this.rep[i] = row.reports;
    this.upd[i] = row.updated ?? 0;
    this.lab[i] = labelIdx;
  }

  private grow() {
    const size = this.nums.length * 2;
    const grow = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.nums = grow(this.nums, (n) => new Float64Array(n));
    this.order = grow(this.order, (n) => new Uint32Array(n));
    this.cat = grow(this.cat, (n) => new Uint8Array(n));
    this.rep = grow(this.rep, (n) => new Uint32Array(n));
    this.upd = grow(this.upd, (n) => new Float64Array(n));
    this.lab = grow(this.lab, (n) => new Uint32Array(n));
  }

  /** Chunks for list tag `list`, the number of distinct numbers, and counts per category. */
  finish(list: string): { chunks: ListChunk[]; count: number; duplicates: number; categories: Partial<Record<Category, number>> } {
    const n = this.n;
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const nums = this.nums;
    const order = this.order;
    // By number, then by file order, so the last occurrence of a number comes last.
    idx.sort((a, b) => nums[a]! - nums[b]! || order[a]! - order[b]!);
    const keep: number[] = [];
    for (let j = 0; j < n; j++) {
      const i = idx[j]!;
      const next = j + 1 < n ? idx[j + 1]! : -1;
      if (next !== -1 && nums[next] === nums[i]) continue;
      keep.push(i);
    }
    const categories: Partial<Record<Category, number>> = {};
    const chunks: ListChunk[] = [];
    for (let start = 0; start < keep.length; start += CHUNK_ROWS) {
      const part = keep.slice(start, start + CHUNK_ROWS);
      const chunk = this.emptyChunk(list, chunks.length, part.length);
      chunk.nums = new Float64Array(part.length);
      part.forEach((i, r) => {
        chunk.nums![r] = nums[i]!;
        this.fill(chunk, r, this.cat[i]!, this.rep[i]!, this.upd[i]!, this.lab[i]!, this.order[i]!, categories);
      });
      chunks.push(this.compactLabels(chunk));
    }
    const otherKeys = [...this.others.keys()].sort();
    for (let start = 0; start < otherKeys.length; start += CHUNK_ROWS) {
      const part = otherKeys.slice(start, start + CHUNK_ROWS);
      const chunk = this.emptyChunk(list, chunks.length, part.length);
      chunk.keys = part;
      part.forEach((key, r) => {
        const at = this.others.get(key)!;
        const row = this.otherRows.get(at)!;
        this.fill(chunk, r, CATEGORY_CODE.get(row.category)!, row.reports, row.updated, row.labelIdx, at, categories);
      });
      chunks.push(this.compactLabels(chunk));
    }
    const count = keep.length + otherKeys.length;
    return { chunks, count, duplicates: this.rows - count, categories };
  }

  private emptyChunk(list: string, seq: number, size: number): ListChunk {
    return {
      list,
      seq,
      category: new Uint8Array(size),
      reports: new Uint32Array(size),
      updated: new Float64Array(size),
      labelIdx: new Uint32Array(size),
      labels: this.labelList,
      notes: {},
    };
  }

  private fill(c: ListChunk, r: number, cat: number, rep: number, upd: number, lab: number, at: number, counts: Partial<Record<Category, number>>) {
    c.category[r] = cat;
    c.reports[r] = rep;
    c.updated[r] = upd;
    c.labelIdx[r] = lab;
    const note = this.notes.get(at);
    if (note) c.notes[r] = note;
    const name = CATEGORIES[cat]!;
    counts[name] = (counts[name] ?? 0) + 1;
  }

  /** Each chunk carries only the labels its rows use. */
  private compactLabels(c: ListChunk): ListChunk {
    const local = new Map<number, number>();
    const labels: string[] = [];
    for (let r = 0; r < c.labelIdx.length; r++) {
      const g = c.labelIdx[r]!;
      if (!g) continue;
      let l = local.get(g);
      if (!l) {
        labels.push(this.labelList[g - 1]!);
        l = labels.length;
        local.set(g, l);
      }
      c.labelIdx[r] = l;
    }
    c.labels = labels;
    return c;
  }
}

function lowerBound(a: Float64Array | string[], x: number | string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function chunkKey(c: ListChunk, r: number): string {
  return c.nums ? `+${c.nums[r]}` : c.keys![r]!;
}

export function chunkEntry(c: ListChunk, r: number): ListEntry | undefined {
  const cat = c.category[r]!;
  if (cat === DELETED) return undefined;
  const e: ListEntry = { key: chunkKey(c, r), category: CATEGORIES[cat]!, reports: c.reports[r]! };
  const l = c.labelIdx[r]!;
  if (l) e.label = c.labels[l - 1];
  const note = c.notes[r];
  if (note) e.note = note;
  if (c.updated[r]) e.updated = c.updated[r];
  return e;
}

/** Where a key sits in a chunk, or -1. */
export function findInChunk(c: ListChunk, key: string): number {
  if (c.nums) {
    if (!key.startsWith('+')) return -1;
    const x = Number(key.slice(1));
    const i = lowerBound(c.nums, x);
    return i < c.nums.length && c.nums[i] === x ? i : -1;
  }
  if (key.startsWith('+')) return -1;
  const i = lowerBound(c.keys!, key);
  return i < c.keys!.length && c.keys![i] === key ? i : -1;
}

export function markDeleted(c: ListChunk, r: number) {
  c.category[r] = DELETED;
  delete c.notes[r];
}

export function setRow(c: ListChunk, r: number, changes: { category?: Category; label?: string; note?: string }) {
  if (changes.category) c.category[r] = CATEGORY_CODE.get(changes.category)!;
  if (changes.label !== undefined) {
    if (!changes.label) c.labelIdx[r] = 0;
    else {
      let l = c.labels.indexOf(changes.label) + 1;
      if (!l) l = c.labels.push(changes.label);
      c.labelIdx[r] = l;
    }
  }
  if (changes.note !== undefined) {
    if (changes.note) c.notes[r] = changes.note;
    else delete c.notes[r];
  }
}

/** Every row of a chunk whose key starts with the digits of `prefix` (numeric chunks: by value ranges). */
export function* prefixRows(c: ListChunk, prefix: string): Generator<number> {
  if (c.keys) {
    for (let i = lowerBound(c.keys, prefix); i < c.keys.length && c.keys[i]!.startsWith(prefix); i++) yield i;
    return;
  }
  if (!prefix.startsWith('+')) return;
  const digits = prefix.slice(1);
  if (!/^\d{1,15}$/.test(digits)) return;
  const p = Number(digits);
  // A number of L digits starts with p when it lies in [p, p+1) × 10^(L - len(p)).
  for (let len = digits.length; len <= 15; len++) {
    const scale = 10 ** (len - digits.length);
    const lo = lowerBound(c.nums!, p * scale);
    const hi = lowerBound(c.nums!, (p + 1) * scale);
    for (let i = lo; i < hi; i++) yield i;
  }
}
