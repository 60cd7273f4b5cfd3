import Dexie from 'dexie';
import { validateRow } from '../core/lists/row';
import { ListFormatError, type RowBatch } from '../core/lists/read';
import { ProblemError, problem, type Problem } from '../core/problems';
import type { Category } from '../core/types';
import type { ListRowRecord, ShieldDB, SourceRow } from './schema';

/**
 * Imports a list atomically. Rows are validated as they stream in and written
 * under a new list tag; only when every row is in does one small transaction
 * point the source at the new tag. Until then readers see the previous version
 * (or nothing), and any failure or cancellation deletes what was written.
 */
export interface ImportTarget {
  id: string;
  kind: SourceRow['kind'];
  name: string;
  url?: string;
}

export interface ImportOptions {
  /** Import the valid rows and report the rest. Default: any rejected row fails the import. */
  skipInvalid?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: { rows: number; rejected: number; progress?: number }) => void;
  maxRows?: number;
  now?: number;
}

export interface Rejection {
  line: number;
  problem: Problem;
}

export interface ImportReport {
  imported: number;
  rejectedCount: number;
  /** The first rejections, with line numbers; rejectedCount says how many there were. */
  rejected: Rejection[];
  /** Rows that repeated a number already seen earlier in the same file (the later one wins). */
  duplicates: number;
}

export class ImportError extends ProblemError {
  constructor(
    p: Problem,
    readonly report?: ImportReport,
  ) {
    super(p);
  }
}

export const MAX_LIST_ROWS = 2_000_000;
const MAX_REJECTIONS_LISTED = 200;
/** Rows per IndexedDB transaction: large enough to amortise, small enough to keep the page responsive. */
const WRITE_BATCH = 10_000;

export async function importList(
  db: ShieldDB,
  target: ImportTarget,
  batches: AsyncIterable<RowBatch>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const now = opts.now ?? Date.now();
  const maxRows = opts.maxRows ?? MAX_LIST_ROWS;
  const list = `${target.id}@${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const report: ImportReport = { imported: 0, rejectedCount: 0, rejected: [], duplicates: 0 };
  const categories: Partial<Record<Category, number>> = {};
  /** Category of each number so far: a later duplicate replaces the earlier row, and its count. */
  const seen = new Map<string, Category>();
  let pending: ListRowRecord[] = [];

  const flush = async () => {
    if (!pending.length) return;
    const rows = pending;
    pending = [];
    await db.listRows.bulkPut(rows);
  };

  await db.pendingImports.put({ list, sourceId: target.id, startedAt: now });
  try {
    for await (const batch of batches) {
      if (opts.signal?.aborted) throw new ImportError(problem('cancelled'));
      batch.rows.forEach((raw, i) => {
        const result = validateRow(raw);
        if (!result.ok) {
          report.rejectedCount += 1;
          if (report.rejected.length < MAX_REJECTIONS_LISTED) {
            report.rejected.push({ line: batch.lines?.[i] ?? batch.firstLine + i, problem: result.problem });
          }
          return;
        }
        const { row } = result;
        const before = seen.get(row.key);
        if (before) {
          report.duplicates += 1;
          categories[before] = categories[before]! - 1;
        }
        seen.set(row.key, row.category);
        categories[row.category] = (categories[row.category] ?? 0) + 1;
        pending.push({ list, ...row });
      });
      if (seen.size > maxRows) throw new ImportError(problem('tooManyRows', { max: maxRows }));
      if (pending.length >= WRITE_BATCH) await flush();
      opts.onProgress?.({ rows: seen.size + report.duplicates, rejected: report.rejectedCount, progress: batch.progress });
    }
    if (opts.signal?.aborted) throw new ImportError(problem('cancelled'));
    if (report.rejectedCount && !opts.skipInvalid) {
      throw new ImportError(problem('rejectedLines', { n: report.rejectedCount }), report);
    }
    await flush();
    report.imported = seen.size;
    if (!report.imported) throw new ImportError(problem('noValidNumber'), report);

    // The switch: one small transaction. Before it, readers see the old version.
    const previous = await db.transaction('rw', db.sources, db.pendingImports, async () => {
      const old = await db.sources.get(target.id);
      await db.sources.put({
        id: target.id,
        kind: target.kind,
        name: target.name,
        url: target.url,
        addedAt: old?.addedAt ?? now,
        updatedAt: now,
        activeList: list,
        count: report.imported,
        categories,
      });
      await db.pendingImports.delete(list);
      return old?.activeList;
    });
    if (previous) await deleteListRows(db, previous);
    return report;
  } catch (err) {
    await deleteListRows(db, list);
    await db.pendingImports.delete(list);
    if (err instanceof ImportError) throw err;
    if (err instanceof ListFormatError) throw new ImportError(err.problem, report);
    throw new ImportError(problem('failed', { detail: (err as Error).message.slice(0, 200) }), report);
  }
}

/** Deletes every row of one list tag, by primary-key range (no index needed). */
export async function deleteListRows(db: ShieldDB, list: string) {
  await db.listRows.where('[list+key]').between([list, Dexie.minKey], [list, Dexie.maxKey]).delete();
}

/** Removes a list and its rows. Its numbers' verdicts fall back to what remains. */
export async function removeSource(db: ShieldDB, sourceId: string) {
  const source = await db.sources.get(sourceId);
  if (!source) return;
  await db.sources.delete(sourceId);
  await deleteListRows(db, source.activeList);
}

/** Rows of imports that never finished (the browser closed mid-import): run at start-up. */
export async function sweepUnfinishedImports(db: ShieldDB, olderThanMs = 60 * 60 * 1000, now = Date.now()) {
  const stale = await db.pendingImports.filter((p) => now - p.startedAt > olderThanMs).toArray();
  for (const p of stale) {
    await deleteListRows(db, p.list);
    await db.pendingImports.delete(p.list);
  }
  return stale.length;
}
