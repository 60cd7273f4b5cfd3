import { officialEntry, OFFICIAL_NUMBERS } from '../core/official/directory';
import { decideVerdict, type ListFact, type NumberVerdict, type Override, type ReportFact } from '../core/verdict';
import type { Category } from '../core/types';
import type { StatsResponse } from '../core/messages';
import type { ShieldDB } from './schema';
import type { ReportDetails } from '../core/report';
import { ListIndex } from './list-index';

/**
 * What lookups need, held in memory per JavaScript context (background, options
 * page): the lists (ListIndex) and the user's reports and overrides. IndexedDB
 * costs ~0.1 ms a request, so a 500-key batch cannot afford a request per key.
 * Every write of reports or overrides bumps `meta.userData` in its own
 * transaction; a lookup reads that revision and the sources (two requests) and
 * reloads only what changed.
 */
export class LookupCache {
  readonly lists = new ListIndex();
  private revision = -1;
  private overrides = new Map<string, Override>();
  private reports = new Map<string, ReportFact[]>();

  async sync(db: ShieldDB) {
    const [meta, sources] = await db.transaction('r', [db.meta, db.sources], () => Promise.all([db.meta.get(USER_DATA), db.sources.toArray()]));
    const revision = meta?.value ?? 0;
    if (revision !== this.revision) {
      const [overrides, reports] = await db.transaction('r', [db.overrides, db.reports], () => Promise.all([db.overrides.toArray(), db.reports.toArray()]));
      this.overrides = new Map(overrides.map((o) => [o.key, o.value]));
      this.reports = groupBy(reports, (r) => r.key);
      this.revision = revision;
    }
    await this.lists.sync(db, sources);
  }

  verdict(key: string): NumberVerdict {
    return decideVerdict({
      override: this.overrides.get(key),
      reports: this.reports.get(key) ?? [],
      official: officialEntry(key),
      lists: this.lists.find(key).map(({ sourceId, entry }) => ({ sourceId, category: entry.category, label: entry.label, reports: entry.reports })),
    });
  }
}

const USER_DATA = 'userData';
const sharedCache = new LookupCache();

/** Verdicts for a batch of canonical keys. */
export async function lookupMany(db: ShieldDB, keys: readonly string[], cache = sharedCache): Promise<Record<string, NumberVerdict>> {
  await cache.sync(db);
  const results: Record<string, NumberVerdict> = {};
  for (const key of new Set(keys)) results[key] = cache.verdict(key);
  return results;
}

/**
 * Verdicts for sender names, each already in canonical form (normalizeSender:
 * the caller normalizes, so the result is keyed by exactly the names given).
 *
 * Lists only, for now: there are no user reports or overrides of senders yet,
 * and the official directory holds numbers, so decideVerdict sees only the
 * live lists' rows (those under a source's activeList) and the verdict's
 * `from` is 'list' or 'none'. Sender names are few (one record each), so
 * this is one indexed query for all the names, read with the sources in one
 * transaction so a concurrent re-import is seen whole or not at all.
 */
export async function lookupSenders(db: ShieldDB, names: readonly string[]): Promise<Record<string, NumberVerdict>> {
  const unique = [...new Set(names)];
  const wanted = unique.filter((n) => n !== '');
  const facts = new Map<string, ListFact[]>();
  if (wanted.length) {
    const [sources, rows] = await db.transaction('r', [db.sources, db.senders], () =>
      Promise.all([db.sources.toArray(), db.senders.where('name').anyOf(wanted).toArray()]),
    );
    const live = new Map(sources.map((s) => [s.activeList, s.id]));
    for (const row of rows) {
      const sourceId = live.get(row.list);
      if (!sourceId) continue;
      const fact: ListFact = { sourceId, category: row.category, label: row.label, reports: row.reports };
      const list = facts.get(row.name);
      if (list) list.push(fact);
      else facts.set(row.name, [fact]);
    }
  }
  // fromEntries defines own properties, so no name (not even __proto__) can touch the prototype.
  return Object.fromEntries(unique.map((name) => [name, decideVerdict({ reports: [], lists: facts.get(name) ?? [] })]));
}

/** Runs a write of reports or overrides and bumps their revision in the same transaction. */
/**
 * Tells every context's lookup cache that reports or overrides changed. Call it
 * inside the transaction that changes them (the transaction must include db.meta).
 */
export async function bumpUserData(db: ShieldDB) {
  const meta = await db.meta.get(USER_DATA);
  await db.meta.put({ key: USER_DATA, value: (meta?.value ?? 0) + 1 });
}

async function writeUserData<T>(db: ShieldDB, write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.reports, db.overrides, db.meta], async () => {
    const result = await write();
    await bumpUserData(db);
    return result;
  });
}

export function addReport(db: ShieldDB, key: string, details: ReportDetails, now = Date.now()) {
  return writeUserData(db, () => db.reports.add({ key, ...withoutUndefined(details), createdAt: now }));
}

/** Edits a report; its number and creation time stay. Returns the number, for re-marking. */
export function updateReport(db: ShieldDB, id: number, details: ReportDetails, now = Date.now()) {
  return writeUserData(db, async () => {
    const old = await db.reports.get(id);
    if (!old) throw new Error('that report no longer exists');
    await db.reports.put({ id, key: old.key, createdAt: old.createdAt, ...withoutUndefined(details), updatedAt: now });
    return old.key;
  });
}

/** The user's non-empty report notes on a number, newest report first. */
export async function reportNotes(db: ShieldDB, key: string, limit: number): Promise<string[]> {
  const rows = await db.reports.where('key').equals(key).toArray();
  return rows
    .filter((r) => typeof r.note === 'string' && r.note.trim() !== '')
    .sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0))
    .slice(0, limit)
    .map((r) => r.note);
}

// The evidence log's writes live with its reads (db/evidence.ts); re-exported for the callers that import them from here.
export { addSightings, MAX_SIGHTINGS_PER_DAY } from './evidence';

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Deletes a report (undo); returns its number, for re-marking, or undefined if it was already gone. */
export function deleteReport(db: ShieldDB, id: number) {
  return writeUserData(db, async () => {
    const old = await db.reports.get(id);
    await db.reports.delete(id);
    return old?.key;
  });
}

export function setOverride(db: ShieldDB, key: string, value: Override | null, now = Date.now()) {
  return writeUserData(db, async () => {
    if (value === null) await db.overrides.delete(key);
    else await db.overrides.put({ key, value, at: now });
  });
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
