import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../db/evidence';
import type { ReportRow, ShieldDB, SightingRow } from '../../../db/schema';

/** Only what evidenceFor reads: rows of one number from each table. */
function fakeDb(reports: ReportRow[], sightings: SightingRow[]): ShieldDB {
  const table = <T>(rows: T[]) => ({ where: () => ({ equals: () => ({ toArray: async () => rows }) }) });
  return { reports: table(reports), sightings: table(sightings) } as unknown as ShieldDB;
}

describe('evidenceFor', () => {
  it('finds the latest contact among 300,000 sightings (Math.max(...spread) overflowed the stack)', async () => {
    const KEY = '+8613800138000';
    const sightings = Array.from({ length: 300_000 }, (_, i): SightingRow => ({ id: i + 1, key: KEY, seenAt: 1_000 + i, site: 'mail.qq.com', excerpt: '', messageId: `m${i}` }));
    const reports: ReportRow[] = [{ id: 1, key: KEY, category: 'collector', note: '', createdAt: 5, evidence: { text: '', site: '', at: 2_000_000 } }];
    const e = await evidenceFor(fakeDb(reports, sightings), KEY);
    expect(e.lastAt).toBe(2_000_000);
    expect((await evidenceFor(fakeDb([], sightings), KEY)).lastAt).toBe(300_999);
    expect((await evidenceFor(fakeDb([], []), KEY)).lastAt).toBe(0);
  });
});
