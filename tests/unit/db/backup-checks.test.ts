import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList } from '../../../db/import';
import { readCsv } from '../../../core/lists/read';
import { createBackup, exportEvidence, restoreBackup } from '../../../db/backup';
import { addSubscription, subscriptionId } from '../../../db/subscriptions';
import type { Settings } from '../../../core/settings';
import { memorySettings } from './memory-settings';
import { problem, problemText, ProblemError } from '../../../core/problems';


const NOW = Date.UTC(2026, 5, 1);
const URL_A = 'https://lists.example.org/collectors.csv';
const MY_SETTINGS: Settings = { language: 'zh_TW', jurisdiction: 'US', suspicion: false, evidenceLog: true, paused: false, disabledSites: ['mail.qq.com'] };

let db: ShieldDB;
let settings: ReturnType<typeof memorySettings>;
beforeEach(async () => {
  db = new ShieldDB(`backup-checks-${Math.random()}`);
  settings = memorySettings(MY_SETTINGS);
  await importList(db, { id: 'file:a', kind: 'file', name: 'a.csv' }, readCsv('number,category,label\n13800138000,collector,催收\n95188,official,支付宝\n'), { now: NOW - 1000 });
  await db.reports.bulkAdd([
    { key: '+8613912345678', category: 'collector', note: '自称借呗法务部', createdAt: NOW - 5000, behaviours: ['threats'], claimedOrg: '借呗法务部', creditor: 'jiebei', evidence: { text: '逾期将通知家人', site: 'mail.qq.com', at: NOW - 6000 } },
    { key: '+8613912345678', category: 'harassment', note: '', createdAt: NOW - 4000 },
  ]);
  await db.overrides.put({ key: 'CN:95188', value: 'trusted', at: NOW - 3000 });
  await db.sightings.add({ key: '+8613912345678', seenAt: NOW - 7000, sentAt: NOW - 8000, site: 'mail.qq.com', excerpt: '逾期将通知家人', messageId: 'm1' });
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
  subscriptions: await d.subscriptions.toArray(),
});

/** The backup of the test database, parsed, for a test to damage. */
const backupData = async () => JSON.parse(await createBackup(db, settings, NOW));

/** Restoring `data` into the test database fails with `message` and changes neither the database nor the settings. */
async function refused(data: unknown, message: string) {
  const before = await dump(db);
  const saves = settings.saves;
  await expect(restoreBackup(db, JSON.stringify(data), settings, NOW)).rejects.toThrow(message);
  expect(await dump(db)).toEqual(before);
  expect(settings.saves).toBe(saves);
  expect(settings.current).toEqual(MY_SETTINGS);
}

type Data = Record<'reports' | 'sightings' | 'overrides' | 'sources', Record<string, unknown>[]>;

describe('restore checks every row', () => {
  it('renumbers report and sighting ids: an id of 2^53 in the file does not exhaust the key generator', async () => {
    const data = await backupData();
    data.reports[0].id = 2 ** 53;
    data.reports[1].id = 2 ** 53 - 1;
    data.sightings[0].id = 2 ** 53;
    await restoreBackup(db, JSON.stringify(data), settings, NOW);
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([1, 2]);
    expect((await db.sightings.toArray()).map((s) => s.id)).toEqual([1]);
    // Later reports and sightings still get ids.
    expect(await db.reports.add({ key: '+8613700137000', category: 'scam', note: '', createdAt: NOW })).toBe(3);
    expect(await db.sightings.add({ key: '+8613700137000', seenAt: NOW, site: 'a.example', excerpt: '', messageId: 'm2' })).toBe(2);
  });

  it.each([
    ['reports', 'createdAt', (d: Data) => (d.reports[0]!.createdAt = 1e300)],
    ['reports', 'updatedAt', (d: Data) => (d.reports[1]!.updatedAt = -1)],
    ['reports', 'evidence', (d: Data) => ((d.reports[0]!.evidence as { at: number }).at = 1e300)],
    ['sightings', 'seenAt', (d: Data) => (d.sightings[0]!.seenAt = 1e300)],
    ['sightings', 'sentAt', (d: Data) => (d.sightings[0]!.sentAt = 1e300)],
    ['overrides', 'at', (d: Data) => (d.overrides[0]!.at = 0)],
    ['sources', 'updatedAt', (d: Data) => (d.sources[0]!.updatedAt = NOW + 2 * 86_400_000)],
  ])('refuses a time outside 2000-01-01 … a day from now (%s %s)', async (table, field, damage) => {
    const data = await backupData();
    damage(data);
    await refused(data, `${table} row ${table === 'reports' && field === 'updatedAt' ? 2 : 1} has an invalid ${field}`);
  });

  it('a time like 1e300 already in the database does not stop the evidence exports', async () => {
    await db.reports.add({ key: '+8613700137000', category: 'scam', note: '', createdAt: 1e300 });
    await db.sightings.add({ key: '+8613700137000', seenAt: 1e300, sentAt: 1e300, site: 'a.example', excerpt: '', messageId: 'm9' });
    await expect(exportEvidence(db, 'csv')).resolves.toContain('+8613700137000');
    await expect(exportEvidence(db, 'json')).resolves.toContain('+8613700137000');
  });

  it.each([
    ['behaviours', ['threats', 'rm -rf']],
    ['creditor', 'loan-shark'],
    ['claimedOrg', 'x'.repeat(101)],
    ['evidence', { text: 5, site: 'a', at: NOW }],
    ['evidence', { text: 'x'.repeat(2001), site: 'a', at: NOW }],
    ['category', 'trusted'],
    ['note', 'x'.repeat(2001)],
  ])('refuses a report field the report message would refuse (%s)', async (field, value) => {
    const data = await backupData();
    data.reports[0][field] = value;
    await refused(data, `reports row 1 has an invalid ${field}`);
  });

  it('refuses sightings and overrides the messages would refuse', async () => {
    const data = await backupData();
    data.sightings[0].excerpt = 'x'.repeat(2001);
    await refused(data, 'sightings row 1 has an invalid excerpt');
    data.sightings[0].excerpt = '';
    data.sightings[0].messageId = '';
    await refused(data, 'sightings row 1 has an invalid messageId');
    data.sightings[0].messageId = 'm1';
    data.overrides[0].value = null;
    await refused(data, 'overrides row 1 has an invalid value');
  });

  it('restores a sighting written before sent times (`at`: its seen time) and a stored excerpt longer than the message limit', async () => {
    const data = await backupData();
    const { seenAt, sentAt: _sent, ...rest } = data.sightings[0];
    data.sightings[0] = { ...rest, at: seenAt, excerpt: '逾'.repeat(2000) };
    await restoreBackup(db, JSON.stringify(data), settings, NOW);
    expect(await db.sightings.toArray()).toEqual([{ id: 1, key: '+8613912345678', seenAt, site: 'mail.qq.com', excerpt: '逾'.repeat(2000), messageId: 'm1' }]);
  });

  it('a backup keeps a sighting\'s sent and seen times, and a report with no contact time', async () => {
    await db.sightings.update(1, { sentPrecision: 'day' });
    await db.reports.add({ key: '+8613700137000', category: 'collector', note: '', createdAt: NOW - 100, evidence: { text: '请还款', site: 'sms.example', messageId: 'm7' } });
    const before = { reports: await db.reports.toArray(), sightings: await db.sightings.toArray() };
    await restoreBackup(db, await createBackup(db, settings, NOW), settings, NOW);
    expect({ reports: await db.reports.toArray(), sightings: await db.sightings.toArray() }).toEqual(before);
  });

  it('recomputes a source\'s count and categories from its rows: one without categories is restored with them', async () => {
    const data = await backupData();
    delete data.sources[0].categories;
    data.sources[0].count = 2 ** 40;
    await restoreBackup(db, JSON.stringify(data), settings, NOW);
    expect(await db.sources.get('file:a')).toMatchObject({ count: 2, categories: { collector: 1, official: 1 } });
  });

  it('refuses a 5,011-character label with a bidi override, in list rows and sender names alike', async () => {
    const label = `\u202E${'x'.repeat(5010)}`;
    const data = await backupData();
    data.listRows[0].label = label;
    await refused(data, 'listRows row 1 has an invalid label');
    data.listRows[0].label = '\u202Eevil';
    await refused(data, 'listRows row 1 has an invalid label');
    delete data.listRows[0].label;
    data.senders.push({ list: data.sources[0].activeList, name: '借呗法务部', category: 'collector', reports: 1, label });
    await refused(data, 'senders row 1 has an invalid label');
    data.senders[0].label = undefined;
    data.senders[0].note = 'x'.repeat(501);
    await refused(data, 'senders row 1 has an invalid note');
  });

  it('refuses a report count that does not fit the list column (2^32 + 5 would wrap to 5)', async () => {
    const data = await backupData();
    data.listRows[1].reports = 2 ** 32 + 5;
    await refused(data, 'listRows row 2 has an invalid reports');
  });

  it('refuses list rows of a list no source has, and a source whose tag is not its own', async () => {
    const data = await backupData();
    data.listRows[0].list = 'file:gone@1';
    await refused(data, 'listRows row 1 has an invalid list');
    data.listRows[0].list = data.sources[0].activeList;
    data.sources.push({ ...data.sources[0], id: 'file:b' });
    await refused(data, 'sources row 2 has an invalid activeList');
  });
});

describe('restore refuses an incomplete backup', () => {
  it('a file holding only {format, version} is refused, in the user\'s language, and wipes nothing', async () => {
    for (const version of [1, 2]) {
      await refused({ format: 'collector-shield-backup', version }, 'the backup is incomplete: it has no sources');
    }
    const err = await restoreBackup(db, JSON.stringify({ format: 'collector-shield-backup', version: 2 }), settings, NOW).catch((e: unknown) => e);
    expect(problemText('zh_CN', (err as ProblemError).problem)).toBe('备份不完整：缺少 sources');
  });

  it.each(['sources', 'listRows', 'reports', 'overrides', 'senders', 'sightings', 'subscriptions', 'settings'])('a version 2 file without %s is refused', async (table) => {
    const data = await backupData();
    delete data[table];
    await refused(data, `the backup is incomplete: it has no ${table}`);
  });

  it('a version 1 file must still hold every data table', async () => {
    const data = await backupData();
    data.version = 1;
    delete data.subscriptions;
    delete data.settings;
    delete data.sightings;
    await refused(data, 'the backup is incomplete: it has no sightings');
  });
});

describe('subscriptions and settings in the backup', () => {
  beforeEach(async () => {
    const sub = await addSubscription(db, URL_A, 'Shared collectors', NOW - 9000);
    await importList(db, { id: sub.id, kind: 'subscription', name: sub.name, url: sub.url }, readCsv('number,category\n13700137000,collector\n'), { now: NOW - 8000 });
    await db.subscriptions.update(sub.id, {
      etag: '"v1"',
      lastCheckAt: NOW - 100,
      lastSuccessAt: NOW - 200,
      lastError: { at: NOW - 100, problem: problem('httpStatus', { status: '503 Service Unavailable' }) },
    });
  });

  it('round-trip: subscriptions and settings come back as they were', async () => {
    const backup = await createBackup(db, settings, NOW);
    const other = new ShieldDB(`restore-${Math.random()}`);
    const otherSettings = memorySettings();
    expect(await restoreBackup(other, backup, otherSettings, NOW)).toEqual({ sources: 2, listRows: 3, reports: 2, overrides: 1, senders: 0, sightings: 1, subscriptions: 1 });
    expect(await dump(other)).toEqual(await dump(db));
    expect(otherSettings.current).toEqual(MY_SETTINGS);
    await other.delete();
  });

  it('refuses a subscription or settings that do not check out', async () => {
    const data = await backupData();
    data.subscriptions[0].url = 'javascript:alert(1)';
    await refused(data, 'subscriptions row 1 has an invalid url');
    data.subscriptions[0].url = URL_A;
    data.subscriptions[0].id = 'sub:00000000';
    await refused(data, 'subscriptions row 1 has an invalid id');
    data.subscriptions[0].id = subscriptionId(URL_A);
    data.subscriptions[0].lastError.problem.code = 'noSuchProblem';
    await refused(data, 'subscriptions row 1 has an invalid lastError');
    data.subscriptions[0].lastError.problem.code = 'httpStatus';
    data.settings.disabledSites = ['Not A Host!'];
    await refused(data, 'settings row 1 has an invalid disabledSites');
    data.settings.disabledSites = [];
    data.settings.language = 'fr';
    await refused(data, 'settings row 1 has an invalid language');
  });

  it('a version 1 file restores no subscriptions and keeps the current settings; a subscription\'s list comes back as it was', async () => {
    const data = await backupData();
    data.version = 1;
    delete data.subscriptions;
    delete data.settings;
    const other = new ShieldDB(`restore-${Math.random()}`);
    await addSubscription(other, 'https://other.example/list.csv', 'Other', NOW);
    const otherSettings = memorySettings();
    await restoreBackup(other, JSON.stringify(data), otherSettings, NOW);
    expect(await other.subscriptions.toArray()).toEqual([]);
    expect(otherSettings.saves).toBe(0);
    expect(await other.sources.get(subscriptionId(URL_A))).toMatchObject({ kind: 'subscription', count: 1 });
    await other.delete();
  });

  it('a restore that fails while writing puts the settings back too', async () => {
    const data = await backupData();
    data.settings.language = 'en';
    // Two sightings of the same message violate the unique [key+messageId] index at write time.
    data.sightings.push({ ...data.sightings[0] });
    const before = await dump(db);
    await expect(restoreBackup(db, JSON.stringify(data), settings, NOW)).rejects.toThrow('nothing was changed');
    expect(await dump(db)).toEqual(before);
    expect(settings.current).toEqual(MY_SETTINGS);
  });
});
