import { officialEntry, OFFICIAL_NUMBERS } from '../core/official/directory';
import { decideVerdict, type NumberVerdict, type Override } from '../core/verdict';
import type { Category } from '../core/types';
import type { StatsResponse } from '../core/messages';
import type { ShieldDB } from './schema';

/** Verdicts for a batch of canonical keys, in three indexed reads whatever the batch size. */
export async function lookupMany(db: ShieldDB, keys: readonly string[]): Promise<Record<string, NumberVerdict>> {
  const unique = [...new Set(keys)];
  const [overrides, reports, lists] = await db.transaction('r', db.overrides, db.reports, db.listEntries, () =>
    Promise.all([
      db.overrides.bulkGet(unique),
      db.reports.where('key').anyOf(unique).toArray(),
      db.listEntries.where('key').anyOf(unique).toArray(),
    ]),
  );
  const reportsByKey = groupBy(reports, (r) => r.key);
  const listsByKey = groupBy(lists, (l) => l.key);
  const results: Record<string, NumberVerdict> = {};
  unique.forEach((key, i) => {
    results[key] = decideVerdict({
      override: overrides[i]?.value,
      reports: reportsByKey.get(key) ?? [],
      official: officialEntry(key),
      lists: listsByKey.get(key) ?? [],
    });
  });
  return results;
}

export async function addReport(db: ShieldDB, key: string, category: Category, note: string, now = Date.now()) {
  return db.reports.add({ key, category, note, createdAt: now });
}

export async function setOverride(db: ShieldDB, key: string, value: Override | null, now = Date.now()) {
  if (value === null) await db.overrides.delete(key);
  else await db.overrides.put({ key, value, at: now });
}

export async function stats(db: ShieldDB): Promise<StatsResponse> {
  const [reports, overrides, listEntries] = await Promise.all([
    db.reports.count(),
    db.overrides.count(),
    db.listEntries.count(),
  ]);
  return { reports, overrides, listEntries, official: OFFICIAL_NUMBERS.length };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
