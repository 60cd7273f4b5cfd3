import Dexie from 'dexie';
import { parseUserNumber } from '../core/user-input';
import { normalizeSender } from '../core/sender';
import type { Category } from '../core/types';
import { chunkEntry, findInChunk, markDeleted, prefixRows, setRow, type ListEntry } from './list-store';
import { ListIndex } from './list-index';
import type { SenderRow, ShieldDB, SourceRow } from './schema';

/** The options page's view of the lists: search, filter, edit, delete, with counts kept in step. */
export interface BrowseQuery {
  /** A number in any written form, or the first digits of one; any other text searches sender names (normalized substring). */
  search?: string;
  sourceId?: string;
  category?: Category;
  limit?: number;
}

export interface BrowseRow extends ListEntry {
  sourceId: string;
  sourceName: string;
  /** A sender-name row: `key` is the normalized name (edit and delete it with editSender, deleteSender). */
  sender?: true;
}

/** Key prefixes a digit string may stand for: +86138..., CN:955..., +1415... */
function keyPrefixes(search: string): string[] {
  const digits = search.replace(/[\s\-().（）]/g, '').replace(/^\+/, '');
  if (!/^\d{3,15}$/.test(digits)) return [];
  return [...new Set([`+${digits}`, `+86${digits.replace(/^0/, '')}`, `CN:${digits}`])];
}

const pageIndex = new ListIndex();

export async function browseRows(db: ShieldDB, q: BrowseQuery, index = pageIndex): Promise<BrowseRow[]> {
  const limit = q.limit ?? 100;
  const lists = await index.sync(db);
  const out: BrowseRow[] = [];
  const search = q.search?.trim();
  const exact = search ? parseUserNumber(search) : undefined;
  const prefixes = search && !exact ? keyPrefixes(search) : [];
  if (search && !exact && !prefixes.length) return browseSenders(db, lists.map((l) => l.source), search, q, limit);
  for (const { source, chunks } of lists) {
    if (q.sourceId && source.id !== q.sourceId) continue;
    for (const c of chunks) {
      const rows: Iterable<number> = exact
        ? [findInChunk(c, exact)].filter((r) => r >= 0)
        : search
          ? (function* () {
              for (const p of prefixes) yield* prefixRows(c, p);
            })()
          : c.category.keys();
      for (const r of rows) {
        const e = chunkEntry(c, r);
        if (!e || (q.category && e.category !== q.category)) continue;
        out.push({ ...e, sourceId: source.id, sourceName: source.name });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** Sender names of the live lists containing the normalized search text; they are few, so each list's are scanned. */
async function browseSenders(db: ShieldDB, sources: SourceRow[], search: string, q: BrowseQuery, limit: number): Promise<BrowseRow[]> {
  const needle = normalizeSender(search);
  const out: BrowseRow[] = [];
  if (!needle) return out;
  for (const source of sources) {
    if (q.sourceId && source.id !== q.sourceId) continue;
    const rows = await senderRange(db, source.activeList)
      .filter((r) => r.name.includes(needle) && (!q.category || r.category === q.category))
      .toArray();
    for (const r of rows.slice(0, limit - out.length)) {
      const row: BrowseRow = { key: r.name, category: r.category, reports: r.reports, sourceId: source.id, sourceName: source.name, sender: true };
      if (r.label) row.label = r.label;
      if (r.note) row.note = r.note;
      if (r.updated) row.updated = r.updated;
      out.push(row);
    }
    if (out.length >= limit) break;
  }
  return out;
}

const senderRange = (db: ShieldDB, list: string) => db.senders.where('[list+name]').between([list, Dexie.minKey], [list, Dexie.maxKey]);

/** Edits or deletes one sender name of a list (by its normalized name). Lookups read the senders table directly, so no revision is bumped. */
async function changeSender(db: ShieldDB, sourceId: string, name: string, change: (row: SenderRow) => SenderRow | undefined) {
  await db.transaction('rw', db.sources, db.senders, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('that list no longer exists');
    const row = await db.senders.get([source.activeList, name]);
    if (!row) throw new Error('that entry no longer exists');
    const after = change(row);
    if (after) await db.senders.put(after);
    else {
      await db.senders.delete([source.activeList, name]);
      await db.sources.update(source.id, { senderCount: Math.max(0, (source.senderCount ?? 1) - 1) });
    }
  });
}

export function editSender(db: ShieldDB, sourceId: string, name: string, changes: { category?: Category; label?: string; note?: string }) {
  return changeSender(db, sourceId, name, (row) => {
    const next: SenderRow = { ...row };
    if (changes.category) next.category = changes.category;
    if (changes.label !== undefined) {
      if (changes.label) next.label = changes.label;
      else delete next.label;
    }
    if (changes.note !== undefined) {
      if (changes.note) next.note = changes.note;
      else delete next.note;
    }
    return next;
  });
}

export function deleteSender(db: ShieldDB, sourceId: string, name: string) {
  return changeSender(db, sourceId, name, () => undefined);
}

/** Edits or deletes one row of a list: rewrites its chunk and bumps the source's revision and counts. */
async function changeRow(db: ShieldDB, sourceId: string, key: string, change: (c: Parameters<typeof setRow>[0], r: number) => ListEntry | undefined) {
  await db.transaction('rw', db.sources, db.listChunks, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('that list no longer exists');
    const chunks = await db.listChunks.where('[list+seq]').between([source.activeList, Dexie.minKey], [source.activeList, Dexie.maxKey]).toArray();
    for (const c of chunks) {
      const r = findInChunk(c, key);
      if (r < 0) continue;
      const before = chunkEntry(c, r);
      if (!before) return;
      const after = change(c, r);
      const categories = { ...source.categories };
      categories[before.category] = Math.max(0, (categories[before.category] ?? 0) - 1);
      if (after) categories[after.category] = (categories[after.category] ?? 0) + 1;
      await db.listChunks.put(c);
      await db.sources.update(source.id, { categories, count: source.count - (after ? 0 : 1), revision: (source.revision ?? 0) + 1 });
      return;
    }
    throw new Error('that entry no longer exists');
  });
}

export function editRow(db: ShieldDB, sourceId: string, key: string, changes: { category?: Category; label?: string; note?: string }) {
  return changeRow(db, sourceId, key, (c, r) => {
    setRow(c, r, changes);
    return chunkEntry(c, r);
  });
}

export function deleteRow(db: ShieldDB, sourceId: string, key: string) {
  return changeRow(db, sourceId, key, (c, r) => {
    markDeleted(c, r);
    return undefined;
  });
}
