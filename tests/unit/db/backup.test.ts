import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList } from '../../../db/import';
import { readCsv } from '../../../core/lists/read';
import { createBackup, exportEvidence, exportReportsAsList, restoreBackup } from '../../../db/backup';
import { csvCell } from '../../../core/lists/csv-write';
import { browseRows } from '../../../db/browse';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../../../core/settings';

/** Settings kept in a variable, as storage.local keeps them in the extension. */
function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsStore & { current: Settings; saves: number } {
  const store = {
    current: initial,
    saves: 0,
    load: async () => store.current,
    save: async (s: Settings) => {
      store.current = s;
      store.saves += 1;
    },
  };
  return store;
}
const settings = memorySettings();

let db: ShieldDB;
beforeEach(async () => {
  db = new ShieldDB(`backup-${Math.random()}`);
  await importList(db, { id: 'file:a', kind: 'file', name: 'a.csv' }, readCsv('number,category,label\n13800138000,collector,催收\n95188,official,支付宝\n'));
  await db.reports.bulkAdd([
    { key: '+8613912345678', category: 'collector', note: '自称借呗法务部，说要上门', createdAt: Date.UTC(2026, 0, 2, 23, 10) },
    { key: '+8613912345678', category: 'harassment', note: '=HYPERLINK("http://x")', createdAt: Date.UTC(2026, 0, 3, 1, 0) },
  ]);
  await db.overrides.put({ key: 'CN:95188', value: 'trusted', at: Date.UTC(2026, 0, 4) });
  await db.sightings.add({ key: '+8613912345678', at: Date.UTC(2026, 0, 2, 23, 5), site: 'mail.qq.com', excerpt: '逾期将通知家人', messageId: 'm1' });
});
afterEach(async () => {
  await db.delete();
});

const dump = async (d: ShieldDB) => ({
  sources: await d.sources.toArray(),
  listChunks: await d.listChunks.toArray(),
  reports: await d.reports.toArray(),
  overrides: await d.overrides.toArray(),
  senders: await d.senders.toArray(),
  sightings: await d.sightings.toArray(),
});

describe('backup and restore', () => {
  it('round-trips every table exactly', async () => {
    const backup = await createBackup(db, settings);
    const other = new ShieldDB(`restore-${Math.random()}`);
    await other.reports.add({ key: '+8613000000000', category: 'scam', note: 'to be replaced', createdAt: Date.UTC(2026, 0, 1) });
    expect(await restoreBackup(other, backup, settings)).toEqual({ sources: 1, listRows: 2, reports: 2, overrides: 1, senders: 0, sightings: 1, subscriptions: 0 });
    expect(await dump(other)).toEqual(await dump(db));
    await other.delete();
  });

  it.each([
    ['not JSON', '{"format":', 'the file is not a valid backup: not JSON'],
    ['another file', '{"hello":1}', 'the file is not a Collector Shield backup'],
    ['a future version', '{"format":"collector-shield-backup","version":9}', 'backup version 9 is not supported'],
    ['a bad row deep inside', 'BAD_ROW', 'reports row 2 has an invalid key'],
  ])('a broken backup (%s) is refused with a reason and changes nothing', async (_, input, message) => {
    const before = await dump(db);
    let text = input;
    if (input === 'BAD_ROW') {
      const data = JSON.parse(await createBackup(db, settings));
      data.reports[1].key = '13800138000';
      text = JSON.stringify(data);
    }
    await expect(restoreBackup(db, text, settings)).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
  });

  it('a backup that fails while writing rolls back every table', async () => {
    const before = await dump(db);
    const data = JSON.parse(await createBackup(db, settings));
    // Two sightings of the same message violate the unique [key+messageId] index at write time.
    data.sightings.push({ ...data.sightings[0], id: 99 });
    await expect(restoreBackup(db, JSON.stringify(data), settings)).rejects.toThrow('nothing was changed');
    expect(await dump(db)).toEqual(before);
  });
});

describe('exports', () => {
  it('evidence CSV holds reports and sightings in time order, formula-safe', async () => {
    const csv = await exportEvidence(db, 'csv');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('type,number,time,reported_at,category,claimed_org,creditor,behaviours,site,text,note');
    expect(lines[1]).toBe('sighting,+8613912345678,2026-01-02T23:05:00.000Z,,,,,,mail.qq.com,逾期将通知家人,');
    expect(lines[2]).toBe('report,+8613912345678,2026-01-02T23:10:00.000Z,2026-01-02T23:10:00.000Z,collector,,,,,,自称借呗法务部，说要上门');
    expect(lines[3]).toBe(`report,+8613912345678,2026-01-03T01:00:00.000Z,2026-01-03T01:00:00.000Z,harassment,,,,,,"'=HYPERLINK(""http://x"")"`);
  });
  it('evidence JSON holds the same', async () => {
    const json = JSON.parse(await exportEvidence(db, 'json'));
    expect(json.reports).toHaveLength(2);
    expect(json.sightings[0]).toEqual({ number: '+8613912345678', seenAt: '2026-01-02T23:05:00.000Z', site: 'mail.qq.com', excerpt: '逾期将通知家人' });
  });
  it('my reports export as a list file the importer reads back', async () => {
    const csv = await exportReportsAsList(db);
    const other = new ShieldDB(`share-${Math.random()}`);
    const report = await importList(other, { id: 'file:shared', kind: 'file', name: 'shared.csv' }, readCsv(csv));
    expect(report.imported).toBe(1);
    expect(await browseRows(other, { sourceId: 'file:shared' })).toEqual([
      { sourceId: 'file:shared', sourceName: 'shared.csv', key: '+8613912345678', category: 'harassment', reports: 2, updated: Date.UTC(2026, 0, 3) },
    ]);
    await other.delete();
  });
  it.each([
    ['=1+1', "'=1+1"],
    ['+8613800138000', '+8613800138000'],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('csvCell(%s) = %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});
