import { officialEntry, OFFICIAL_NUMBERS } from '../core/official/directory';
import { decideVerdict, type NumberVerdict, type Override } from '../core/verdict';
import type { Category } from '../core/types';
import type { StatsResponse } from '../core/messages';
import type { ShieldDB } from './schema';

/**
 * Verdicts for a batch of canonical keys, in one read transaction of four
 * indexed reads whatever the batch size. List rows count only when their
 * source points at their tag (see schema.ts).
 */
export async function lookupMany(db: ShieldDB, keys: readonly string[]): Promise<Record<string, NumberVerdict>> {
  const unique = [...new Set(keys)];
  const [overrides, reports, rows, sources] = await db.transaction('r', [db.overrides, db.reports, db.listRows, db.sources], () =>
    Promise.all([
      db.overrides.bulkGet(unique),
      db.reports.where('key').anyOf(unique).toArray(),
      db.listRows.where('key').anyOf(unique).toArray(),
      db.sources.toArray(),
    ]),
  );
  const live = new Map(sources.map((s) => [s.activeList, s.id]));
  const reportsByKey = groupBy(reports, (r) => r.key);
  const listsByKey = new Map<string, { sourceId: string; category: Category; label?: string; reports: number }[]>();
  for (const r of rows) {
    const sourceId = live.get(r.list);
    if (!sourceId) continue;
    const facts = listsByKey.get(r.key) ?? [];
    facts.push({ sourceId, category: r.category, label: r.label, reports: r.reports });
    listsByKey.set(r.key, facts);
  }
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
  const [reports, overrides, sources, sightings] = await Promise.all([
    db.reports.count(),
    db.overrides.count(),
    db.sources.toArray(),
    db.sightings.count(),
  ]);
  return {
    reports,
    overrides,
    sightings,
    listEntries: sources.reduce((n, s) => n + s.count, 0),
    lists: sources.length,
    official: OFFICIAL_NUMBERS.length,
  };
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
