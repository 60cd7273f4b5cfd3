import Dexie, { type Table } from 'dexie';
import { validateEntry } from '../core/lists/row';
import { normalizeSender } from '../core/sender';
import { ListFormatError, type RowBatch, type TextEncodingName } from '../core/lists/read';
import { ProblemError, problem, type Problem } from '../core/problems';
import { ListBuilder } from './list-store';
import type { SenderRow, ShieldDB, SourceRow } from './schema';

/**
 * Imports a list all or nothing. Rows are validated as they stream in and kept
 * compactly in memory (list-store.ts); only a file with no rejected line (or
 * with skipInvalid) is written, and the new chunks, the source pointing at them
 * and the removal of the previous version go in ONE transaction. A failure,
 * a cancellation or a closed tab therefore leaves the database as it was.
 *
 * Sender rows (a `sender` column instead of `number`) are normalized here with
 * normalizeSender and go to the senders table under the same list tag, in that
 * same transaction. The source's `count` and `categories` stay numbers only;
 * `senderCount` says how many sender names the list holds.
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
  maxSenders?: number;
  now?: number;
  /**
   * Runs first in the transaction that writes the list, with `tables` added to
   * it: a check that throws aborts the import and nothing is written (a
   * subscription removed while it downloaded stays removed).
   */
  guard?: { tables: Table[]; check: () => Promise<void> };
}

export interface Rejection {
  line: number;
  problem: Problem;
}

export interface ImportReport {
  /** Distinct numbers imported. */
  imported: number;
  /** Distinct sender names imported (after normalization). */
  senders: number;
  rejectedCount: number;
  /** The first rejections, with line numbers; rejectedCount says how many there were. */
  rejected: Rejection[];
  /** Rows that repeated a number or a (normalized) sender already seen earlier in the same file (the later one wins). */
  duplicates: number;
  /** The text encoding a list file was read in (absent for text given as a string). */
  encoding?: TextEncodingName;
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
/** Sender names are stored one record each (not packed like numbers): a list holds a few hundred, this bounds a hostile one. */
export const MAX_LIST_SENDERS = 100_000;
const MAX_REJECTIONS_LISTED = 200;

export async function importList(
  db: ShieldDB,
  target: ImportTarget,
  batches: AsyncIterable<RowBatch>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const now = opts.now ?? Date.now();
  const maxRows = opts.maxRows ?? MAX_LIST_ROWS;
  const maxSenders = opts.maxSenders ?? MAX_LIST_SENDERS;
  const report: ImportReport = { imported: 0, senders: 0, rejectedCount: 0, rejected: [], duplicates: 0 };
  let builder = new ListBuilder();
  /** Normalized name → row; a later row for the same name replaces the earlier one. */
  const senders = new Map<string, Omit<SenderRow, 'list'>>();
  let senderRows = 0;
  try {
    for await (const batch of batches) {
      if (opts.signal?.aborted) throw new ImportError(problem('cancelled'));
      if (batch.restart) {
        // The reader starts the file again in another encoding: forget what it gave so far.
        builder = new ListBuilder();
        senders.clear();
        senderRows = 0;
        report.rejectedCount = 0;
        report.rejected = [];
      }
      if (batch.encoding) report.encoding = batch.encoding;
      batch.rows.forEach((raw, i) => {
        const reject = (p: Problem) => {
          report.rejectedCount += 1;
          if (report.rejected.length < MAX_REJECTIONS_LISTED) report.rejected.push({ line: batch.lines?.[i] ?? batch.firstLine + i, problem: p });
        };
        const unreadable = batch.problems?.[i];
        if (unreadable) return reject(unreadable);
        const result = validateEntry(raw);
        if (!result.ok) return reject(result.problem);
        if (result.kind === 'number') return builder.add(result.row);
        const { name: written, ...fields } = result.row;
        const name = normalizeSender(written);
        if (!name) return reject(problem('senderEmpty', { value: written.slice(0, 40) }));
        senderRows += 1;
        senders.set(name, { name, ...fields });
      });
      if (builder.added > maxRows) throw new ImportError(problem('tooManyRows', { max: maxRows }));
      if (senders.size > maxSenders) throw new ImportError(problem('tooManySenders', { max: maxSenders }));
      opts.onProgress?.({ rows: builder.added + senderRows, rejected: report.rejectedCount, progress: batch.progress });
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
  report.senders = senders.size;
  report.duplicates = built.duplicates + (senderRows - senders.size);
  if (!report.imported && !report.senders) throw new ImportError(problem('noValidNumber'), report);
  const senderRowsOut: SenderRow[] = [...senders.values()].map((row) => ({ list, ...row }));

  try {
    await db.transaction('rw', [db.sources, db.listChunks, db.senders, ...(opts.guard?.tables ?? [])], async () => {
      await opts.guard?.check();
      const old = await db.sources.get(target.id);
      if (old) {
        await deleteChunks(db, old.activeList);
        await deleteSenders(db, old.activeList);
      }
      await db.listChunks.bulkAdd(built.chunks);
      await db.senders.bulkAdd(senderRowsOut);
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
        senderCount: senders.size,
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

export async function deleteSenders(db: ShieldDB, list: string) {
  await db.senders.where('[list+name]').between([list, Dexie.minKey], [list, Dexie.maxKey]).delete();
}

/** Removes a list, its rows and its sender names. Their verdicts fall back to what remains. */
export async function removeSource(db: ShieldDB, sourceId: string) {
  await db.transaction('rw', [db.sources, db.listChunks, db.senders], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return;
    await db.sources.delete(sourceId);
    await deleteChunks(db, source.activeList);
    await deleteSenders(db, source.activeList);
  });
}
