import { describe, expect, it } from 'vitest';
import { convertV1Lists, type ListEntryRowV1 } from '../../../db/schema';

/**
 * Counts the steps of every array iteration (for…of, spread, Array.from, new Map(array))
 * while `run` runs, and stops it once they pass `budget`. A deterministic measure of
 * work, unlike a clock: copying a growing array per row costs n²/2 steps.
 */
function withArraySteps<T>(budget: number, run: () => T): { result: T; steps: number } {
  const proto = Array.prototype as unknown as { [Symbol.iterator]: (this: unknown[]) => Iterator<unknown> };
  const original = proto[Symbol.iterator];
  let steps = 0;
  proto[Symbol.iterator] = function (this: unknown[]) {
    const it = original.call(this);
    return {
      next() {
        if (++steps > budget) throw new Error(`more than ${budget} array iteration steps`);
        return it.next();
      },
      [Symbol.iterator]() {
        return this;
      },
    } as Iterator<unknown>;
  };
  try {
    return { result: run(), steps };
  } finally {
    proto[Symbol.iterator] = original;
  }
}

const rows = (n: number, sources: number): ListEntryRowV1[] =>
  Array.from({ length: n }, (_, i) => ({ sourceId: `file:${i % sources}`, key: `+86138${String(i).padStart(8, '0')}`, category: 'collector', reports: 1 }));

describe('the v1 → v2 list migration', () => {
  it('does work linear in the rows: 20,000 rows in one list take a few steps per row, not one per pair', () => {
    const entries = rows(20_000, 1);
    const { result, steps } = withArraySteps(5 * entries.length, () => convertV1Lists([{ id: 'file:0', kind: 'file', name: 'big.csv', addedAt: 1 }], entries, 2));
    expect(result.sources).toHaveLength(1);
    expect(result.sources[0]!.count).toBe(20_000);
    expect(result.setAside).toEqual([]);
    expect(steps).toBeLessThanOrEqual(3 * entries.length);
  });

  it('keeps every row of 20,000 spread over 2,000 lists, most of them without a source row', () => {
    const entries = rows(20_000, 2_000);
    const { result } = withArraySteps(5 * entries.length, () => convertV1Lists([], entries, 2));
    expect(result.sources).toHaveLength(2_000);
    expect(result.sources.reduce((n, s) => n + s.count, 0)).toBe(20_000);
  });
});
