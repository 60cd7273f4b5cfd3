import Dexie from 'dexie';
import { parseUserNumber } from '../core/user-input';
import type { Category } from '../core/types';
import type { ListRowRecord, ShieldDB, SourceRow } from './schema';

/** The options page's view of the lists: search, filter, edit, delete, with counts kept in step. */
export interface BrowseQuery {
  /** A number in any written form, or the first digits of one. */
  search?: string;
  sourceId?: string;
  category?: Category;
  limit?: number;
}

export interface BrowseRow extends ListRowRecord {
  sourceId: string;
  sourceName: string;
}

/** Key prefixes a digit string may stand for: +86138..., CN:955..., +138... */
function keyPrefixes(search: string): string[] {
  const digits = search.replace(/[\s\-().（）]/g, '').replace(/^\+/, '');
  if (!/^\d{3,}$/.test(digits)) return [];
  return [`+${digits}`, `+86${digits.replace(/^0/, '')}`, `CN:${digits}`];
}

export async function browseRows(db: ShieldDB, q: BrowseQuery): Promise<BrowseRow[]> {
  const limit = q.limit ?? 100;
  const sources = await db.sources.toArray();
  const live = new Map(sources.map((s) => [s.activeList, s]));
  const wanted = (r: ListRowRecord) => {
    const s = live.get(r.list);
    return !!s && (!q.sourceId || s.id === q.sourceId) && (!q.category || r.category === q.category);
  };
  let rows: ListRowRecord[];
  const search = q.search?.trim();
  if (search) {
    const exact = parseUserNumber(search);
    const collection = exact
      ? db.listRows.where('key').equals(exact)
      : db.listRows.where('key').startsWithAnyOf(keyPrefixes(search).length ? keyPrefixes(search) : ['\uffff']);
    rows = await collection.filter(wanted).limit(limit).toArray();
  } else if (q.sourceId) {
    const list = sources.find((s) => s.id === q.sourceId)?.activeList ?? '';
    rows = await db.listRows.where('[list+key]').between([list, Dexie.minKey], [list, Dexie.maxKey]).filter(wanted).limit(limit).toArray();
  } else {
    rows = await db.listRows.filter(wanted).limit(limit).toArray();
  }
  return rows.map((r) => {
    const s = live.get(r.list)!;
    return { ...r, sourceId: s.id, sourceName: s.name };
  });
}

/** Edits a row's category, label or note; the source's per-category counts follow. */
export async function editRow(db: ShieldDB, list: string, key: string, changes: { category?: Category; label?: string; note?: string }) {
  await db.transaction('rw', db.listRows, db.sources, async () => {
    const row = await db.listRows.get([list, key]);
    if (!row) throw new Error('that entry no longer exists');
    const next = { ...row, ...changes };
    if (next.label === '') delete next.label;
    if (next.note === '') delete next.note;
    await db.listRows.put(next);
    if (changes.category && changes.category !== row.category) {
      await adjustCounts(db, list, row.category, -1);
      await adjustCounts(db, list, changes.category, +1);
    }
  });
}

export async function deleteRow(db: ShieldDB, list: string, key: string) {
  await db.transaction('rw', db.listRows, db.sources, async () => {
    const row = await db.listRows.get([list, key]);
    if (!row) return;
    await db.listRows.delete([list, key]);
    await adjustCounts(db, list, row.category, -1, -1);
  });
}

async function adjustCounts(db: ShieldDB, list: string, category: Category, by: number, countBy = 0) {
  const source = await db.sources.filter((s: SourceRow) => s.activeList === list).first();
  if (!source) return;
  const categories = { ...source.categories, [category]: Math.max(0, (source.categories[category] ?? 0) + by) };
  await db.sources.update(source.id, { categories, count: Math.max(0, source.count + countBy) });
}
