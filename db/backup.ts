import { isCanonicalKey } from '../core/keys';
import { CATEGORIES } from '../core/types';
import { LIST_COLUMNS, MAX_LABEL, MAX_NOTE } from '../core/lists/row';
import { toCsv } from '../core/lists/csv-write';
import type { ShieldDB } from './schema';
import { bumpUserData } from './queries';
import { ListBuilder, chunkEntry } from './list-store';
import type { Category } from '../core/types';
import { ProblemError, problem } from '../core/problems';

/**
 * Exports for a complaint, and a full backup that restores all or nothing.
 * A restore checks every row of the file before touching the database, then
 * replaces everything in one transaction: a broken backup changes nothing.
 */
export const BACKUP_FORMAT = 'collector-shield-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** Tables as stored, plus listRows: list chunks written out as plain rows, so a backup does not depend on the storage layout. */
const TABLES = ['sources', 'listRows', 'reports', 'overrides', 'senders', 'sightings'] as const;
type TableName = (typeof TABLES)[number];
const STORED = ['sources', 'reports', 'overrides', 'senders', 'sightings'] as const;

export class BackupError extends ProblemError {}

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

/**
 * The user's own reports and evidence, for a complaint: all numbers, or one.
 * A report's time is when the contact happened (its evidence time), falling
 * back to when it was reported.
 */
export async function exportEvidence(db: ShieldDB, format: 'csv' | 'json', now = Date.now(), key?: string): Promise<string> {
  const [allReports, allSightings] = await Promise.all([db.reports.orderBy('createdAt').toArray(), db.sightings.orderBy('at').toArray()]);
  const reports = key ? allReports.filter((r) => r.key === key) : allReports;
  const sightings = key ? allSightings.filter((x) => x.key === key) : allSightings;
  if (format === 'json') {
    return JSON.stringify(
      {
        format: 'collector-shield-evidence',
        version: 1,
        exportedAt: iso(now),
        reports: reports.map((r) => ({
          number: r.key,
          category: r.category,
          note: r.note,
          reportedAt: iso(r.createdAt),
          ...(r.claimedOrg ? { claimedOrg: r.claimedOrg } : {}),
          ...(r.creditor ? { creditor: r.creditor } : {}),
          ...(r.behaviours?.length ? { behaviours: r.behaviours } : {}),
          ...(r.evidence ? { contactAt: iso(r.evidence.at), site: r.evidence.site, message: r.evidence.text } : {}),
        })),
        sightings: sightings.map((x) => ({ number: x.key, seenAt: iso(x.at), site: x.site, excerpt: x.excerpt })),
      },
      null,
      2,
    );
  }
  const rows = [
    ...reports.map((r) => ({
      type: 'report',
      number: r.key,
      time: iso(r.evidence?.at ?? r.createdAt),
      reported_at: iso(r.createdAt),
      category: r.category,
      claimed_org: r.claimedOrg ?? '',
      creditor: r.creditor ?? '',
      behaviours: (r.behaviours ?? []).join(' '),
      site: r.evidence?.site ?? '',
      text: r.evidence?.text ?? '',
      note: r.note,
    })),
    ...sightings.map((x) => ({ type: 'sighting', number: x.key, time: iso(x.at), site: x.site, text: x.excerpt })),
  ].sort((a, b) => a.time.localeCompare(b.time));
  return toCsv(['type', 'number', 'time', 'reported_at', 'category', 'claimed_org', 'creditor', 'behaviours', 'site', 'text', 'note'], rows);
}

/** The user's reports as a list file in the import format, ready to share. */
export async function exportReportsAsList(db: ShieldDB): Promise<string> {
  const reports = await db.reports.toArray();
  const byKey = new Map<string, { number: string; category: string; reports: number; note: string; updated: string; last: number }>();
  for (const r of reports) {
    const row = byKey.get(r.key) ?? { number: r.key, category: r.category, reports: 0, note: '', updated: '', last: 0 };
    row.reports += 1;
    if (r.createdAt >= row.last) {
      row.last = r.createdAt;
      row.category = r.category;
      row.updated = iso(r.createdAt).slice(0, 10);
    }
    byKey.set(r.key, row);
  }
  // Notes stay private: they may name the user or their debt.
  return toCsv(LIST_COLUMNS, [...byKey.values()]);
}

export async function createBackup(db: ShieldDB, now = Date.now()): Promise<string> {
  const data = await db.transaction('r', [...STORED.map((t) => db.table(t)), db.listChunks], async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of STORED) out[t] = await db.table(t).toArray();
    const rows: Record<string, unknown>[] = [];
    const live = new Set((out.sources as { activeList: string }[]).map((s) => s.activeList));
    // Like list rows, only live lists' sender names: restore refuses any other.
    out.senders = (out.senders as { list: string }[]).filter((r) => live.has(r.list));
    await db.listChunks.each((c) => {
      if (!live.has(c.list)) return;
      for (let r = 0; r < c.category.length; r++) {
        const e = chunkEntry(c, r);
        if (e) rows.push({ list: c.list, ...e });
      }
    });
    out.listRows = rows;
    return out;
  });
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: db.verno, exportedAt: iso(now), ...data });
}

type Check = (row: Record<string, unknown>) => string | undefined;
const isStr = (v: unknown, max = 10_000) => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isOptStr = (v: unknown, max: number) => v === undefined || isStr(v, max);
const isCategory = (v: unknown) => typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

const CHECKS: Record<TableName, Check> = {
  sources: (r) =>
    !isStr(r.id, 300) ? 'id' : !['builtin', 'file', 'subscription'].includes(r.kind as string) ? 'kind' : !isStr(r.name, 300) ? 'name'
      : !isStr(r.activeList, 400) ? 'activeList' : !isNum(r.count) ? 'count' : r.senderCount !== undefined && !isNum(r.senderCount) ? 'senderCount' : undefined,
  listRows: (r) => (!isStr(r.list, 400) ? 'list' : !isCanonicalKey(r.key) ? 'key' : !isCategory(r.category) ? 'category' : !isNum(r.reports) ? 'reports' : undefined),
  reports: (r) => (!isCanonicalKey(r.key) ? 'key' : !isCategory(r.category) ? 'category' : !isStr(r.note, 2000) ? 'note' : !isNum(r.createdAt) ? 'createdAt' : undefined),
  overrides: (r) => (!isCanonicalKey(r.key) ? 'key' : r.value !== 'trusted' && r.value !== 'blocked' && r.value !== 'dismissed' ? 'value' : !isNum(r.at) ? 'at' : undefined),
  // `list` must also be a source's activeList: checked across tables in parseBackup.
  senders: (r) =>
    !isStr(r.list, 400) ? 'list' : !isStr(r.name, 200) || r.name === '' ? 'name' : !isCategory(r.category) ? 'category' : !isNum(r.reports) ? 'reports'
      : !isOptStr(r.label, MAX_LABEL) ? 'label' : !isOptStr(r.note, MAX_NOTE) ? 'note' : r.updated !== undefined && !isNum(r.updated) ? 'updated' : undefined,
  sightings: (r) => (!isCanonicalKey(r.key) ? 'key' : !isNum(r.at) ? 'at' : !isStr(r.site, 300) ? 'site' : !isStr(r.excerpt, 2000) ? 'excerpt' : !isStr(r.messageId, 300) ? 'messageId' : undefined),
};

/** Parses and checks a backup file completely; throws BackupError naming the first problem. */
export function parseBackup(text: string): Record<TableName, Record<string, unknown>[]> {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(problem('backupTooLarge'));
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BackupError(problem('backupNotJson', { detail: (err as Error).message.slice(0, 120) }));
  }
  if (typeof data !== 'object' || data === null || data.format !== BACKUP_FORMAT) throw new BackupError(problem('backupNotOurs'));
  if (data.version !== BACKUP_VERSION) throw new BackupError(problem('backupVersion', { version: String(data.version).slice(0, 20) }));
  const out = {} as Record<TableName, Record<string, unknown>[]>;
  for (const t of TABLES) {
    const rows = data[t] ?? [];
    if (!Array.isArray(rows)) throw new BackupError(problem('backupNotList', { table: t }));
    rows.forEach((row: unknown, i: number) => {
      if (typeof row !== 'object' || row === null) throw new BackupError(problem('backupRowNotObject', { table: t, row: i + 1 }));
      const bad = CHECKS[t](row as Record<string, unknown>);
      if (bad) throw new BackupError(problem('backupRowInvalid', { table: t, row: i + 1, field: bad }));
    });
    out[t] = rows as Record<string, unknown>[];
  }
  // A sender name belongs to a live list of the backup; any other would be restored as dead weight.
  const live = new Set(out.sources.map((s) => s.activeList));
  out.senders.forEach((row, i) => {
    if (!live.has(row.list)) throw new BackupError(problem('backupRowInvalid', { table: 'senders', row: i + 1, field: 'list' }));
  });
  return out;
}

/** Replaces the whole database with the backup, in one transaction. */
export async function restoreBackup(db: ShieldDB, text: string): Promise<Record<TableName, number>> {
  const data = parseBackup(text);
  const builders = new Map<string, ListBuilder>();
  for (const row of data.listRows) {
    const list = row.list as string;
    const builder = builders.get(list) ?? new ListBuilder();
    builder.add({ key: row.key as string, category: row.category as Category, reports: row.reports as number, label: row.label as string | undefined, note: row.note as string | undefined, updated: row.updated as number | undefined });
    builders.set(list, builder);
  }
  const chunks = [...builders].flatMap(([list, b]) => b.finish(list).chunks);
  try {
    await db.transaction('rw', [...STORED.map((t) => db.table(t)), db.listChunks, db.meta], async () => {
      // Every context's lookup cache must reload the restored reports and overrides.
      await bumpUserData(db);
      await db.listChunks.clear();
      await db.listChunks.bulkAdd(chunks);
      for (const t of STORED) {
        await db.table(t).clear();
        await db.table(t).bulkAdd(data[t]);
      }
    });
  } catch (err) {
    // The transaction aborted, so IndexedDB rolled every table back.
    throw new BackupError(problem('backupWriteFailed', { detail: (err as Error).message.slice(0, 200) }));
  }
  return Object.fromEntries(TABLES.map((t) => [t, data[t].length])) as Record<TableName, number>;
}
