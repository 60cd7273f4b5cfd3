import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList } from '../../../db/import';
import { readCsv } from '../../../core/lists/read';
import { browseRows, deleteRow, editRow } from '../../../db/browse';
import { lookupMany } from '../../../db/queries';

let db: ShieldDB;
beforeEach(async () => {
  db = new ShieldDB(`browse-${Math.random()}`);
  await importList(db, { id: 'file:a', kind: 'file', name: 'A' }, readCsv('number,category,label\n13800138000,collector,甲\n13800138001,scam,乙\n95188,official,支付宝\n'));
  await importList(db, { id: 'file:b', kind: 'file', name: 'B' }, readCsv('number,category\n13800138000,harassment\n'));
});
afterEach(async () => {
  await db.delete();
});

const keys = (rows: { key: string; sourceId: string }[]) => rows.map((r) => `${r.sourceId} ${r.key}`).sort();

describe('browsing the database', () => {
  it('finds a number written any way, in every list', async () => {
    expect(keys(await browseRows(db, { search: '138-0013-8000' }))).toEqual(['file:a +8613800138000', 'file:b +8613800138000']);
  });
  it('finds by the first digits', async () => {
    expect(keys(await browseRows(db, { search: '1380013800' }))).toEqual(['file:a +8613800138000', 'file:a +8613800138001', 'file:b +8613800138000']);
    expect(keys(await browseRows(db, { search: '9518' }))).toEqual(['file:a CN:95188']);
  });
  it('filters by source and category', async () => {
    expect(keys(await browseRows(db, { sourceId: 'file:a' }))).toHaveLength(3);
    expect(keys(await browseRows(db, { sourceId: 'file:a', category: 'scam' }))).toEqual(['file:a +8613800138001']);
    expect(keys(await browseRows(db, { category: 'harassment' }))).toEqual(['file:b +8613800138000']);
  });
  it('edits a row, keeping the counts and the verdict in step', async () => {
    const [row] = await browseRows(db, { search: '13800138001' });
    await editRow(db, row!.sourceId, row!.key, { category: 'telemarketing', note: '其实是推销' });
    expect((await lookupMany(db, ['+8613800138001']))['+8613800138001']!.verdict).toBe('telemarketing');
    expect((await db.sources.get('file:a'))!.categories).toEqual({ collector: 1, scam: 0, official: 1, telemarketing: 1 });
  });
  it('deletes a row', async () => {
    const [row] = await browseRows(db, { search: '95188' });
    await deleteRow(db, row!.sourceId, row!.key);
    expect(await browseRows(db, { search: '95188' })).toEqual([]);
    expect(await db.sources.get('file:a')).toMatchObject({ count: 2, categories: { official: 0 } });
  });
});
