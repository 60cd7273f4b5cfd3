import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList } from '../../../db/import';
import { readCsv } from '../../../core/lists/read';
import { createBackup, exportEvidence, exportReportsAsList, restoreBackup } from '../../../db/backup';
import { csvCell } from '../../../core/lists/csv-write';
import { browseRows } from '../../../db/browse';
import { memorySettings } from './memory-settings';

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
  await db.sightings.add({ key: '+8613912345678', seenAt: Date.UTC(2026, 0, 2, 23, 5), site: 'mail.qq.com', excerpt: '逾期将通知家人', messageId: 'm1' });
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
  it('evidence CSV holds reports and sightings in time order, formula-safe, with sent and seen times apart', async () => {
    const csv = await exportEvidence(db, 'csv', Date.UTC(2026, 0, 5), undefined, { utcOffsetMinutes: 480 });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('type,number,sent_at,sent_precision,seen_at,reported_at,message_id,category,claimed_org,creditor,behaviours,site,text,note');
    // No sent time on the page: sent_at is empty and says unknown; the seen time is in its own column, with its offset.
    expect(lines[1]).toBe('sighting,+8613912345678,,unknown,2026-01-03T07:05:00+08:00,,m1,,,,,mail.qq.com,逾期将通知家人,');
    // Reports without evidence: no contact time, only when they were reported.
    expect(lines[2]).toBe('report,+8613912345678,,unknown,,2026-01-03T07:10:00+08:00,,collector,,,,,,自称借呗法务部，说要上门');
    expect(lines[3]).toBe(`report,+8613912345678,,unknown,,2026-01-03T09:00:00+08:00,,harassment,,,,,,"'=HYPERLINK(""http://x"")"`);
  });
  it('one message is one row: a report of a sighted message carries the report\'s text and time, and the seen time', async () => {
    const sent = Date.UTC(2026, 0, 2, 15, 41); // 23:41 in Beijing
    await db.reports.add({
      key: '+8613912345678',
      category: 'collector',
      note: '半夜发',
      createdAt: Date.UTC(2026, 0, 3, 4),
      evidence: { text: '逾期将通知家人！', site: 'mail.qq.com', at: sent, messageId: 'm1' },
    });
    await db.sightings.add({ key: '+8613912345678', seenAt: Date.UTC(2026, 0, 3, 5), sentAt: Date.UTC(2026, 0, 3, 5), sentPrecision: 'day', site: 'mail.qq.com', excerpt: '昨天', messageId: 'm2' });
    const csv = await exportEvidence(db, 'csv', Date.UTC(2026, 0, 5), '+8613912345678', { utcOffsetMinutes: 480 });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.filter((l) => l.includes(',m1,'))).toEqual(['report,+8613912345678,2026-01-02T23:41:00+08:00,minute,2026-01-03T07:05:00+08:00,2026-01-03T12:00:00+08:00,m1,collector,,,,mail.qq.com,逾期将通知家人！,半夜发']);
    // A day-only sent time is a date, never a made-up minute.
    expect(lines.filter((l) => l.includes(',m2,'))).toEqual(['sighting,+8613912345678,2026-01-03,day,2026-01-03T13:00:00+08:00,,m2,,,,,mail.qq.com,昨天,']);
    expect(lines).toHaveLength(5);
    const json = JSON.parse(await exportEvidence(db, 'json', Date.UTC(2026, 0, 5), '+8613912345678', { utcOffsetMinutes: 480 }));
    expect(json).toMatchObject({ format: 'collector-shield-evidence', version: 2, exportedAt: '2026-01-05T08:00:00+08:00', timeZone: 'UTC+08:00' });
    expect(json.messages.find((m: { messageId?: string }) => m.messageId === 'm1')).toEqual({
      type: 'report',
      number: '+8613912345678',
      sentAt: '2026-01-02T23:41:00+08:00',
      sentPrecision: 'minute',
      seenAt: '2026-01-03T07:05:00+08:00',
      reportedAt: '2026-01-03T12:00:00+08:00',
      messageId: 'm1',
      site: 'mail.qq.com',
      text: '逾期将通知家人！',
      category: 'collector',
      note: '半夜发',
    });
  });
  it('evidence JSON holds the same, with sent and seen times in separate fields', async () => {
    const json = JSON.parse(await exportEvidence(db, 'json', Date.UTC(2026, 0, 5), undefined, { utcOffsetMinutes: 480 }));
    expect(json.messages).toHaveLength(3);
    expect(json.messages[0]).toEqual({ type: 'sighting', number: '+8613912345678', sentAt: '', sentPrecision: 'unknown', seenAt: '2026-01-03T07:05:00+08:00', messageId: 'm1', site: 'mail.qq.com', text: '逾期将通知家人' });
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
