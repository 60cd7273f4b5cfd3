import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_V1, ShieldDB } from '../../../db/schema';
import { lookupMany } from '../../../db/queries';

describe('migrations', () => {
  it('a database created by version 1 opens in the current version with nothing lost', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('sources').put({ id: 'file:old', kind: 'file', name: 'old.csv', addedAt: 100 });
    await v1.table('listEntries').bulkPut([
      { sourceId: 'file:old', key: '+8613800138000', category: 'collector', label: '催收', reports: 7 },
      { sourceId: 'file:old', key: '+8613912345678', category: 'telemarketing', reports: 1 },
      // A row whose source row was never written: kept, under a source made for it.
      { sourceId: 'file:orphan', key: 'CN:10690000', category: 'scam', reports: 2 },
    ]);
    await v1.table('reports').add({ key: '+8613700137000', category: 'harassment', note: '夜里打电话', createdAt: 5 });
    await v1.table('overrides').put({ key: 'CN:95188', value: 'trusted', at: 6 });
    v1.close();

    const db = new ShieldDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name)).not.toContain('listEntries');
    expect(await db.reports.toArray()).toEqual([{ id: 1, key: '+8613700137000', category: 'harassment', note: '夜里打电话', createdAt: 5 }]);
    expect(await db.overrides.toArray()).toEqual([{ key: 'CN:95188', value: 'trusted', at: 6 }]);
    expect(await db.sources.get('file:old')).toMatchObject({ name: 'old.csv', addedAt: 100, count: 2, categories: { collector: 1, telemarketing: 1 } });
    expect(await db.sources.get('file:orphan')).toMatchObject({ count: 1 });
    const v = await lookupMany(db, ['+8613800138000', '+8613912345678', 'CN:10690000', '+8613700137000', 'CN:95188']);
    expect(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.verdict]))).toEqual({
      '+8613800138000': 'collector',
      '+8613912345678': 'telemarketing',
      'CN:10690000': 'scam',
      '+8613700137000': 'harassment',
      'CN:95188': 'trusted',
    });
    expect(v['+8613800138000']!.split).toEqual([{ category: 'collector', label: '催收', count: 7 }]);
    await db.delete();
  });

  it('a fresh database opens at the current version with every table', async () => {
    const db = new ShieldDB(`fresh-${Math.random()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['listChunks', 'meta', 'overrides', 'reports', 'senders', 'sightings', 'sources', 'subscriptions']);
    await db.delete();
  });
});
