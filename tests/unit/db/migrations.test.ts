import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_V1, SET_ASIDE_V1, ShieldDB, deleteSetAsideV1Rows, setAsideV1Rows } from '../../../db/schema';
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
    expect(db.verno).toBe(5);
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

  it('keeps the v1 rows that today\'s validator refuses, with the reason, instead of dropping them', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('sources').put({ id: 'file:old', kind: 'file', name: 'old.csv', addedAt: 100 });
    const bad = [
      { sourceId: 'file:old', key: '+8613800000001', category: 'collector', label: 'x'.repeat(61), reports: 1 },
      { sourceId: 'file:old', key: '+8613800000002', category: 'collector', label: '\u202Eevil', reports: 1 },
      { sourceId: 'file:old', key: '+8613800000003', category: 'collector', reports: 2 ** 32 + 5 },
      { sourceId: 'file:old', key: 'not a number', category: 'scam', reports: 1 },
    ];
    await v1.table('listEntries').bulkPut([...bad, { sourceId: 'file:old', key: '+8613800000004', category: 'scam', reports: 3 }]);
    v1.close();

    const db = new ShieldDB(name);
    await db.open();
    expect(await db.sources.get('file:old')).toMatchObject({ count: 1, categories: { scam: 1 } });
    const kept = await setAsideV1Rows(db);
    expect(kept.map((k) => [k.row.key, k.problem.code]).sort()).toEqual([
      ['+8613800000001', 'tooLong'],
      ['+8613800000002', 'controlChars'],
      ['+8613800000003', 'reportsRange'],
      ['not a number', 'notNumber'],
    ]);
    const byKey = new Map(kept.map((k) => [k.row.key, k]));
    for (const { sourceId, ...row } of bad) expect(byKey.get(row.key)).toMatchObject({ sourceId, row });
    expect((await db.meta.get(SET_ASIDE_V1))?.value).toBe(4);
    await deleteSetAsideV1Rows(db);
    expect(await setAsideV1Rows(db)).toEqual([]);
    await db.delete();
  });

  it('migrates 20,000 rows over several lists with every row either in its list or set aside', async () => {
    const name = `migrate-big-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('sources').bulkPut([0, 1, 2].map((i) => ({ id: `file:${i}`, kind: 'file', name: `${i}.csv`, addedAt: 100 })));
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      sourceId: `file:${i % 4}`,
      key: `+86138${String(i).padStart(8, '0')}`,
      category: 'collector',
      reports: 1,
      // Every 100th row has a label longer than lists allow today.
      ...(i % 100 === 0 ? { label: 'y'.repeat(80) } : {}),
    }));
    await v1.table('listEntries').bulkPut(rows);
    v1.close();

    const started = Date.now();
    const db = new ShieldDB(name);
    await db.open();
    // Generous: the quadratic version took seconds here and 17 s in a browser; this guards against a hang, the step count in migration-scale.test.ts against the shape.
    expect(Date.now() - started).toBeLessThan(15_000);
    const sources = await db.sources.toArray();
    expect(sources.map((s) => s.id).sort()).toEqual(['file:0', 'file:1', 'file:2', 'file:3']);
    const setAside = await setAsideV1Rows(db);
    expect(setAside).toHaveLength(200);
    expect(sources.reduce((n, s) => n + s.count, 0) + setAside.length).toBe(20_000);
    await db.delete();
  });

  it('version 5 keeps every sighting of a version 4 database: its `at` (when viewed) becomes seenAt, the sent time is unknown, ids stay', async () => {
    const name = `migrate-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({
      sources: '&id, kind',
      reports: '++id, key, createdAt, category',
      overrides: '&key',
      listChunks: '&[list+seq]',
      senders: '&[list+name], name',
      sightings: '++id, key, at, &[key+messageId]',
      meta: '&key',
      subscriptions: '&id, url',
    });
    const old = Array.from({ length: 1200 }, (_, i) => ({
      id: i * 3 + 7,
      key: i % 2 ? '+8613800138000' : 'CN:95188',
      at: Date.UTC(2026, 0, 1) + i * 60_000,
      site: 'mail.qq.com',
      excerpt: `第${i}条 逾期`,
      // The old ids held the day the message was viewed: still unique per number.
      messageId: `abcd${i}-2026-1-1`,
    }));
    await v4.table('sightings').bulkAdd(old);
    await v4.table('reports').add({ key: 'CN:95188', category: 'collector', note: '', createdAt: 5, evidence: { text: 'x', site: 'a', at: 9 } });
    v4.close();

    const db = new ShieldDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    const rows = await db.sightings.toArray();
    expect(rows).toHaveLength(old.length);
    expect(rows).toEqual(old.map(({ at, ...rest }) => ({ ...rest, seenAt: at })));
    expect(rows.some((r) => 'at' in r || 'sentAt' in r)).toBe(false);
    // The new indexes answer, and [key+messageId] is still unique.
    expect(await db.sightings.where('seenAt').aboveOrEqual(Date.UTC(2026, 0, 1) + 1190 * 60_000).count()).toBe(10);
    expect(await db.sightings.where('sentAt').above(0).count()).toBe(0);
    await expect(db.sightings.add({ key: 'CN:95188', seenAt: 1, site: 'a', excerpt: '', messageId: 'abcd0-2026-1-1' })).rejects.toThrow();
    // A new sighting gets the next id; the report is untouched.
    expect(await db.sightings.add({ key: 'CN:95188', seenAt: 1, sentAt: 1, site: 'a', excerpt: '', messageId: 'mail.qq.com:1' })).toBe(old[old.length - 1]!.id + 1);
    expect(await db.reports.toArray()).toEqual([{ id: 1, key: 'CN:95188', category: 'collector', note: '', createdAt: 5, evidence: { text: 'x', site: 'a', at: 9 } }]);
    await db.delete();
  });

  it('a fresh database opens at the current version with every table', async () => {
    const db = new ShieldDB(`fresh-${Math.random()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['listChunks', 'meta', 'overrides', 'reports', 'senders', 'sightings', 'sources', 'subscriptions']);
    await db.delete();
  });
});
