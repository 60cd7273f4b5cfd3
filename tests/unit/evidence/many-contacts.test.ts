import { describe, expect, it } from 'vitest';
import { harassmentFigures } from '../../../core/evidence/figures';

// Math.max(...array) / Math.min(...array) overflow the stack past ~125,000 values; the figures must not.
describe('harassment figures over a very long record', () => {
  it('finds the busiest 7 days among 300,000 calls without spreading them into arguments', () => {
    const start = Date.UTC(2026, 0, 5, 12);
    const calls = Array.from({ length: 300_000 }, (_, i) => ({ at: start + i, kind: 'call' as const }));
    const f = harassmentFigures(calls, { jurisdiction: 'US', utcOffsetMinutes: 0, duplicates: 'keep' });
    expect(f.sevenInSeven).toMatchObject({ exceeded: true, maxCallsIn7Days: 300_000, window: { from: start, to: start + 299_999 } });
  });
});
