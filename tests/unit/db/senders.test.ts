import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList, ImportError, removeSource } from '../../../db/import';
import { chunkEntry } from '../../../db/list-store';
import { lookupMany, lookupSenders } from '../../../db/queries';
import { readCsv, readJson } from '../../../core/lists/read';
import { problemText } from '../../../core/problems';
import { normalizeSender } from '../../../core/sender';
import { createBackup, restoreBackup } from '../../../db/backup';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { browseRows, deleteSender, editSender } from '../../../db/browse';

let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`senders-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const target = { id: 'file:mixed', kind: 'file' as const, name: 'mixed.csv' };
const MIXED = `number,sender,category,label,reports
13800138000,,collector,某某催收,12
,借呗法务部,collector,冒充法务部,5
,【95588】,official,工商银行,
+8613912345678,,骚扰,,3
`;

async function snapshot() {
  return { sources: await db.sources.toArray(), chunks: await db.listChunks.toArray(), senders: await db.senders.toArray() };
}
async function storedKeys() {
  const keys: string[] = [];
  for (const c of await db.listChunks.toArray()) for (let r = 0; r < c.category.length; r++) keys.push(chunkEntry(c, r)!.key);
  return keys.sort();
}
const senderVerdict = async (written: string) => {
  const name = normalizeSender(written);
  return (await lookupSenders(db, [name]))[name]!;
};

describe('sender names in lists', () => {
  it('a CSV with numbers and senders imports both, under the same list tag', async () => {
    const report = await importList(db, target, readCsv(MIXED));
    expect(report).toEqual({ imported: 2, senders: 2, rejectedCount: 0, rejected: [], duplicates: 0 });
    expect(await storedKeys()).toEqual(['+8613800138000', '+8613912345678']);
    const source = (await db.sources.get(target.id))!;
    // count and categories are numbers only; senderCount counts the names.
    expect(source).toMatchObject({ count: 2, senderCount: 2, categories: { collector: 1, harassment: 1 } });
    expect(await db.senders.orderBy('[list+name]').toArray()).toEqual([
      { list: source.activeList, name: '95588', category: 'official', label: '工商银行', reports: 0 },
      { list: source.activeList, name: '借呗法务部', category: 'collector', label: '冒充法务部', reports: 5 },
    ]);
    expect((await lookupMany(db, ['+8613800138000']))['+8613800138000']!.verdict).toBe('collector');
    expect(await senderVerdict('借呗法务部')).toMatchObject({ verdict: 'collector', from: 'list', listIds: [target.id], split: [{ category: 'collector', label: '冒充法务部', count: 5 }] });
  });

  it('a file of senders only imports (a sender column and no number column)', async () => {
    const report = await importList(db, target, readCsv('签名,类别,名称\n【借呗法务部】,催收,冒充法务部\n'));
    expect(report).toMatchObject({ imported: 0, senders: 1 });
    expect(await db.sources.get(target.id)).toMatchObject({ count: 0, senderCount: 1, categories: {} });
    expect((await senderVerdict('借呗法务部')).verdict).toBe('collector');
  });

  it('Traditional, full-width and bracketed variants find the entry', async () => {
    await importList(db, target, readCsv('sender,category\n借呗法务部,collector\n'));
    for (const written of ['【借唄法務部】', '［借呗法务部］', '「借 唄 法務部」', '借呗法务部']) {
      expect((await senderVerdict(written)).verdict, written).toBe('collector');
    }
    // And the other way: a list written in Traditional matches a Simplified page.
    // (A list cannot make anyone official: only the built-in directory can.)
    await importList(db, { ...target, id: 'file:tw' }, readCsv('發送者,category\n【ＡＢＣ催收】,harassment\n'));
    expect((await senderVerdict('abc催收')).verdict).toBe('harassment');
  });

  it('JSON entries accept sender too', async () => {
    const doc = JSON.stringify({ format: 'collector-shield-list', version: 1, entries: [{ sender: '借唄法務部', category: 'collector' }, { number: '95188', category: 'official' }] });
    expect(await importList(db, target, readJson(doc))).toMatchObject({ imported: 1, senders: 1 });
    expect((await db.senders.toArray()).map((r) => r.name)).toEqual(['借呗法务部']);
  });

  it('a bad sender line in the middle leaves the database exactly as it was', async () => {
    await importList(db, target, readCsv(MIXED));
    const before = await snapshot();
    const bad = [
      'number,sender,category',
      '13700137000,,scam',
      ',新的催收,collector',
      `,${'长'.repeat(61)},collector`,
      '13600136000,某某,scam',
      ',【】,collector',
      ',,collector',
      ',"a\tb",collector',
      ',最后的催收,collector',
    ].join('\n');
    const err = await importList(db, target, readCsv(bad)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).report!.rejected.map((r) => [r.line, problemText('en', r.problem)])).toEqual([
      [4, 'sender is longer than 60 characters'],
      [5, 'the row has both a number and a sender; put each on its own row'],
      [6, 'sender "【】" has no letters or digits'],
      [7, 'the row has neither a number nor a sender'],
      [8, 'sender contains control characters'],
    ]);
    expect(problemText('zh_CN', (err as ImportError).report!.rejected[1]!.problem)).toBe('这一行同时有号码和发送者，请分成两行');
    expect(problemText('zh_TW', (err as ImportError).report!.rejected[2]!.problem)).toBe('發送者 "【】" 不含文字或數字');
    expect(await snapshot()).toEqual(before);
    expect((await senderVerdict('新的催收')).verdict).toBe('unknown');
  });

  it('a failure while writing the senders rolls back the numbers too', async () => {
    await importList(db, target, readCsv(MIXED));
    const before = await snapshot();
    const spy = vi.spyOn(db.senders, 'bulkAdd').mockImplementationOnce((async () => {
      throw new Error('QuotaExceededError');
    }) as never);
    await expect(importList(db, target, readCsv('number,sender,category\n13700137000,,scam\n,新的催收,collector\n'))).rejects.toThrow('import failed: QuotaExceededError');
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a list over the sender limit and keeps the database as it was', async () => {
    await expect(importList(db, target, readCsv('sender,category\n甲,scam\n乙,scam\n'), { maxSenders: 1 })).rejects.toThrow('the list has more than 1 sender names');
    expect(await db.senders.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });

  it('a repeated sender (in any written form) counts once, the later row winning', async () => {
    const report = await importList(db, target, readCsv('sender,category,label\n借呗法务部,collector,A\n【借唄法務部】,scam,B\n'));
    expect(report).toMatchObject({ senders: 1, duplicates: 1 });
    expect(await db.senders.toArray()).toEqual([{ list: (await db.sources.get(target.id))!.activeList, name: '借呗法务部', category: 'scam', label: 'B', reports: 0 }]);
  });

  it('a re-import replaces the senders, removing the old ones', async () => {
    await importList(db, target, readCsv(MIXED));
    await importList(db, target, readCsv('sender,category\n新的催收,collector\n'));
    const source = (await db.sources.get(target.id))!;
    expect(await db.senders.toArray()).toEqual([{ list: source.activeList, name: '新的催收', category: 'collector', reports: 0 }]);
    expect(source).toMatchObject({ count: 0, senderCount: 1 });
    expect((await senderVerdict('借呗法务部')).verdict).toBe('unknown');
    expect((await senderVerdict('新的催收')).verdict).toBe('collector');
  });

  it('removing a list removes its senders and nothing else', async () => {
    await importList(db, target, readCsv(MIXED));
    await importList(db, { ...target, id: 'file:other' }, readCsv('sender,category\n借呗法务部,harassment\n'));
    await removeSource(db, target.id);
    expect((await db.senders.toArray()).map((r) => r.name)).toEqual(['借呗法务部']);
    expect(await senderVerdict('借呗法务部')).toMatchObject({ verdict: 'harassment', listIds: ['file:other'] });
    expect((await senderVerdict('95588')).verdict).toBe('unknown');
  });

  it('lookupSenders combines lists, ignores rows of dead tags, and answers every name asked', async () => {
    await importList(db, target, readCsv('sender,category,reports\n借呗法务部,collector,3\n'));
    await importList(db, { ...target, id: 'file:b' }, readCsv('sender,category,reports\n借呗法务部,scam,1\n'));
    // A leftover row under a tag no source points at must not count.
    await db.senders.add({ list: 'file:gone@1', name: '借呗法务部', category: 'official', reports: 99 });
    const out = await lookupSenders(db, ['借呗法务部', '借呗法务部', '无名', '']);
    expect(Object.keys(out).sort()).toEqual(['', '借呗法务部', '无名'].sort());
    expect(out['借呗法务部']).toMatchObject({ verdict: 'collector', from: 'list' });
    expect([...out['借呗法务部']!.listIds].sort()).toEqual(['file:b', 'file:mixed']);
    expect(out['借呗法务部']!.split).toEqual([
      { category: 'collector', count: 3 },
      { category: 'scam', count: 1 },
    ]);
    expect(out['无名']).toMatchObject({ verdict: 'unknown', from: 'none' });
    expect(out['']).toMatchObject({ verdict: 'unknown', from: 'none' });
    expect(await lookupSenders(db, [])).toEqual({});
  });
});

describe('senders in backups', () => {
  const settings = { load: async () => DEFAULT_SETTINGS, save: async () => undefined };
  it('round-trips senders and the source senderCount exactly', async () => {
    await importList(db, target, readCsv(MIXED));
    await db.reports.add({ key: '+8613912345678', category: 'collector', note: '', createdAt: Date.UTC(2026, 0, 1) });
    const backup = await createBackup(db, settings);
    const other = new ShieldDB(`restore-${Math.random()}`);
    expect(await restoreBackup(other, backup, settings)).toEqual({ sources: 1, listRows: 2, reports: 1, overrides: 0, senders: 2, sightings: 0, subscriptions: 0 });
    const dump = async (d: ShieldDB) => ({ sources: await d.sources.toArray(), senders: await d.senders.toArray(), chunks: await d.listChunks.toArray() });
    expect(await dump(other)).toEqual(await dump(db));
    expect((await lookupSenders(other, ['借呗法务部']))['借呗法务部']!.verdict).toBe('collector');
    await other.delete();
  });

  it('leaves out senders of dead tags, and refuses a backup whose sender belongs to no list', async () => {
    await importList(db, target, readCsv(MIXED));
    await db.senders.add({ list: 'file:gone@1', name: '遗留', category: 'scam', reports: 0 });
    const data = JSON.parse(await createBackup(db, settings));
    expect(data.senders.map((r: { name: string }) => r.name).sort()).toEqual(['95588', '借呗法务部']);
    const before = await snapshot();
    data.senders[1].list = 'file:gone@1';
    await expect(restoreBackup(db, JSON.stringify(data), settings)).rejects.toThrow('senders row 2 has an invalid list');
    data.senders[1].list = data.sources[0].activeList;
    data.senders[1].reports = 'many';
    await expect(restoreBackup(db, JSON.stringify(data), settings)).rejects.toThrow('senders row 2 has an invalid reports');
    expect(await snapshot()).toEqual(before);
  });
});

describe('senders in the database view', () => {
  beforeEach(async () => {
    await importList(db, target, readCsv(MIXED));
  });

  it('text that is not a number searches sender names by normalized substring', async () => {
    expect(await browseRows(db, { search: '法務' })).toEqual([
      { key: '借呗法务部', category: 'collector', label: '冒充法务部', reports: 5, sourceId: target.id, sourceName: 'mixed.csv', sender: true },
    ]);
    expect(await browseRows(db, { search: '法务', category: 'scam' })).toEqual([]);
    expect(await browseRows(db, { search: '【】' })).toEqual([]);
    // A number search still finds numbers only.
    expect((await browseRows(db, { search: '13800138000' })).map((r) => r.key)).toEqual(['+8613800138000']);
  });

  it('edits and deletes a sender, keeping senderCount in step', async () => {
    await editSender(db, target.id, '借呗法务部', { category: 'scam', label: '' });
    expect((await lookupSenders(db, ['借呗法务部']))['借呗法务部']).toMatchObject({ verdict: 'scam', split: [{ category: 'scam', count: 5 }] });
    await deleteSender(db, target.id, '借呗法务部');
    expect((await lookupSenders(db, ['借呗法务部']))['借呗法务部']!.verdict).toBe('unknown');
    expect(await db.sources.get(target.id)).toMatchObject({ senderCount: 1 });
    await expect(deleteSender(db, target.id, '借呗法务部')).rejects.toThrow('that entry no longer exists');
  });
});
