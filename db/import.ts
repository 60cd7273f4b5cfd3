import Dexie from 'dexie';
import { validateRow } from '../core/lists/row';
import { ListFormatError, type RowBatch } from '../core/lists/read';
import { ProblemError, problem, type Problem } from '../core/problems';
import { ListBuilder } from './list-store';
import type { ShieldDB, SourceRow } from './schema';

/**
 * Imports a list all or nothing. Rows are validated as they stream in and kept
 * compactly in memory (list-store.ts); only a file with no rejected line (or
 * with skipInvalid) is written, and the new chunks, the source pointing at them
 * and the removal of the previous version go in ONE transaction. A failure,
 * a cancellation or a closed tab therefore leaves the database as it was.
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

export async function importList(
  db: ShieldDB,
  target: ImportTarget,
  batches: AsyncIterable<RowBatch>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const now = opts.now ?? Date.now();
  const maxRows = opts.maxRows ?? MAX_LIST_ROWS;
  const report: ImportReport = { imported: 0, rejectedCount: 0, rejected: [], duplicates: 0 };
  const builder = new ListBuilder();
  try {
    for await (const batch of batches) {
      if (opts.signal?.aborted) throw new ImportError(problem('cancelled'));
      batch.rows.forEach((raw, i) => {
        const result = validateRow(raw);
        if (result.ok) builder.add(result.row);
        else {
          report.rejectedCount += 1;
          if (report.rejected.length < MAX_REJECTIONS_LISTED) {
            report.rejected.push({ line: batch.lines?.[i] ?? batch.firstLine + i, problem: result.problem });
          }
        }
      });
      if (builder.added > maxRows) throw new ImportError(problem('tooManyRows', { max: maxRows }));
      opts.onProgress?.({ rows: builder.added, rejected: report.rejectedCount, progress: batch.progress });
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (err instanceof ListFormatError) throw new ImportError(err.problem, report);
    throw new ImportError(problem('failed', { detail: (err as Error).message.slice(0, 200) }), report);
  }
  if (opts.signal?.aborted) throw new ImportError(problem('cancelled'));
  if (report.rejectedCount && !opts.skipInvalid) throw new ImportError(problem('rejectedLines', { n: report.rejectedCount }), report);

  const list = `${target.id}@${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const built = builder.finish(list);
  report.imported = built.count;
  report.duplicates = built.duplicates;
  if (!report.imported) throw new ImportError(problem('noValidNumber'), report);

  try {
    await db.transaction('rw', db.sources, db.listChunks, async () => {
      const old = await db.sources.get(target.id);
      if (old) await deleteChunks(db, old.activeList);
      await db.listChunks.bulkAdd(built.chunks);
      await db.sources.put({
        id: target.id,
        kind: target.kind,
        name: target.name,
        url: target.url,
        addedAt: old?.addedAt ?? now,
        updatedAt: now,
        activeList: list,
        revision: 0,
        count: built.count,
        categories: built.categories,
      });
    });
  } catch (err) {
    // The transaction aborted: IndexedDB rolled everything back.
    throw new ImportError(problem('failed', { detail: (err as Error).message.slice(0, 200) }), report);
  }
  return report;
}

export async function deleteChunks(db: ShieldDB, list: string) {
  await db.listChunks.where('[list+seq]').between([list, Dexie.minKey], [list, Dexie.maxKey]).delete();
}

/** Removes a list and its rows. Its numbers' verdicts fall back to what remains. */
export async function removeSource(db: ShieldDB, sourceId: string) {
  await db.transaction('rw', db.sources, db.listChunks, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return;
    await db.sources.delete(sourceId);
    await deleteChunks(db, source.activeList);
  });
}
