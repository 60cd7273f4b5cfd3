import Dexie from 'dexie';
import { parseUserNumber } from '../core/user-input';
import type { Category } from '../core/types';
import { chunkEntry, findInChunk, markDeleted, prefixRows, setRow, type ListEntry } from './list-store';
import { ListIndex } from './list-index';
import type { ShieldDB } from './schema';

/** The options page's view of the lists: search, filter, edit, delete, with counts kept in step. */
export interface BrowseQuery {
  /** A number in any written form, or the first digits of one. */
  search?: string;
  sourceId?: string;
  category?: Category;
  limit?: number;
}

export interface BrowseRow extends ListEntry {
  sourceId: string;
  sourceName: string;
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
  if (search && !exact && !prefixes.length) return out;
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
