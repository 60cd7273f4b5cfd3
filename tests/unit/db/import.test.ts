import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList, ImportError, removeSource } from '../../../db/import';
import { chunkEntry } from '../../../db/list-store';
import { lookupMany } from '../../../db/queries';
import { readCsv, readJson, readList } from '../../../core/lists/read';
import { problemText } from '../../../core/problems';

let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`import-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const target = { id: 'file:test', kind: 'file' as const, name: 'test.csv' };
const CSV = `number,category,label,reports,note,updated
138 0013 8000,collector,某某催收,12,自称法务部,2026-01-31
+8613912345678,骚扰,,3,,
95188,official,支付宝,0,,1767139200
`;

async function snapshot() {
  return { sources: await db.sources.toArray(), chunks: await db.listChunks.toArray() };
}
/** Every stored row, live or not: proves nothing half-written is left behind. */
async function storedKeys() {
  const keys: string[] = [];
  for (const c of await db.listChunks.toArray()) for (let r = 0; r < c.category.length; r++) keys.push(chunkEntry(c, r)!.key);
  return keys.sort();
}
const verdictOf = async (key: string) => (await lookupMany(db, [key]))[key]!;

describe('CSV import', () => {
  it('normalizes every written form to the canonical key and makes verdicts', async () => {
    const report = await importList(db, target, readCsv(CSV));
    expect(report).toEqual({ imported: 3, senders: 0, rejectedCount: 0, rejected: [], duplicates: 0 });
    expect(await storedKeys()).toEqual(['+8613800138000', '+8613912345678', 'CN:95188']);
    expect(await verdictOf('+8613800138000')).toMatchObject({ verdict: 'collector', from: 'list', listIds: ['file:test'] });
    expect((await verdictOf('+8613800138000')).split).toEqual([{ category: 'collector', label: '某某催收', count: 12 }]);
    expect((await verdictOf('+8613912345678')).verdict).toBe('harassment');
    const source = await db.sources.get('file:test');
    expect(source).toMatchObject({ count: 3, categories: { collector: 1, harassment: 1, official: 1 } });
  });

  it('a bad line in the middle leaves the database exactly as it was, and says which line and why', async () => {
    await importList(db, target, readCsv(CSV));
    const before = await snapshot();
    const bad = `number,category\n13800138000,collector\nabc-123,collector\n13912345678,nonsense\n\n13700137000,scam\n`;
    const err = await importList(db, target, readCsv(bad)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toBe('2 line(s) were rejected, so nothing was imported');
    expect((err as ImportError).report!.rejected.map((r) => [r.line, problemText('en', r.problem)])).toEqual([
      [3, '"abc-123" is not a phone number'],
      [4, 'unknown category "nonsense"'],
    ]);
    expect(problemText('zh_CN', (err as ImportError).report!.rejected[0]!.problem)).toBe('"abc-123" 不是电话号码');
    expect(await snapshot()).toEqual(before);
  });

  it('imports the valid lines when asked to skip the rejected ones', async () => {
    const bad = `number,category\n13800138000,collector\n1380013800,collector\n`;
    const report = await importList(db, target, readCsv(bad), { skipInvalid: true });
    expect(report).toMatchObject({ imported: 1, rejectedCount: 1 });
  });

  it('a cancelled import leaves the database as it was', async () => {
    await importList(db, target, readCsv(CSV));
    const before = await snapshot();
    const controller = new AbortController();
    async function* slow() {
      yield { rows: [{ number: '13700137000', category: 'scam' }], firstLine: 2 };
      controller.abort();
      yield { rows: [{ number: '13600136000', category: 'scam' }], firstLine: 3 };
    }
    await expect(importList(db, target, slow(), { signal: controller.signal })).rejects.toThrow('import cancelled');
    expect(await snapshot()).toEqual(before);
  });

  it('a failure while writing (quota, crash) rolls back to the previous version', async () => {
    await importList(db, target, readCsv(CSV));
    const before = await snapshot();
    const big = ['number,category', ...Array.from({ length: 25_000 }, (_, i) => `+86137${String(i).padStart(8, '0')},scam`)].join('\n');
    // The disk fills up inside the final transaction, after the old version was deleted in it.
    const spy = vi.spyOn(db.listChunks, 'bulkAdd').mockImplementationOnce((async () => {
      throw new Error('QuotaExceededError');
    }) as never);
    await expect(importList(db, target, readCsv(big))).rejects.toThrow('import failed: QuotaExceededError');
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
    expect((await verdictOf('+8613800138000')).verdict).toBe('collector');
    expect((await verdictOf('+8613700000001')).verdict).toBe('unknown');
  });

  it('a re-import replaces the list; readers never see a half-written version', async () => {
    await importList(db, target, readCsv(CSV));
    let seenDuring: string | undefined;
    async function* next() {
      yield { rows: [{ number: '13800138000', category: 'scam' }], firstLine: 2 };
      // Midway through the second import, the first version is still the live one.
      seenDuring = (await verdictOf('+8613800138000')).verdict;
      yield { rows: [{ number: '13700137000', category: 'telemarketing' }], firstLine: 3 };
    }
    await importList(db, target, next());
    expect(seenDuring).toBe('collector');
    expect((await verdictOf('+8613800138000')).verdict).toBe('scam');
    expect((await verdictOf('+8613912345678')).verdict).toBe('unknown');
    expect(await storedKeys()).toEqual(['+8613700137000', '+8613800138000']);
  });

  it('removing a list removes its rows and nothing else', async () => {
    await importList(db, target, readCsv(CSV));
    await importList(db, { ...target, id: 'file:other' }, readCsv('number,category\n13800138000,harassment\n'));
    await db.reports.add({ key: '+8613800138000', category: 'scam', note: '', createdAt: 1 });
    await removeSource(db, 'file:test');
    expect(await storedKeys()).toEqual(['+8613800138000']);
    expect(await db.reports.count()).toBe(1);
    expect((await verdictOf('+8613800138000')).listIds).toEqual(['file:other']);
  });

  it('counts a repeated number once, the later row winning', async () => {
    const report = await importList(db, target, readCsv('number,category\n13800138000,collector\n138-0013-8000,scam\n'));
    expect(report).toMatchObject({ imported: 1, duplicates: 1 });
    expect(await db.sources.get('file:test')).toMatchObject({ count: 1, categories: { scam: 1 } });
    expect((await verdictOf('+8613800138000')).verdict).toBe('scam');
  });
});

describe('list readers', () => {
  it('rejects a CSV without a number column', async () => {
    await expect(importList(db, target, readCsv('phone_no,category\n1,2\n'))).rejects.toThrow('the file has no "number" or "sender" column (found: phone_no, category)');
    expect(await db.listChunks.count()).toBe(0);
  });
  it('accepts Chinese headers, a BOM, CRLF and quoted fields', async () => {
    const csv = '\uFEFF号码,类别,标签,备注\r\n"138 0013 8000",催收,"某某, 法务部","说""马上上门"""\r\n';
    const batches = [];
    for await (const b of readCsv(csv)) batches.push(b);
    expect(batches[0]!.rows[0]).toEqual({ number: '138 0013 8000', category: '催收', label: '某某, 法务部', note: '说"马上上门"' });
  });
  it('streams a large CSV in several batches with true line numbers', async () => {
    const lines = ['number,category', ...Array.from({ length: 60_000 }, (_, i) => `+86137${String(i).padStart(8, '0')},scam`)];
    let batches = 0;
    let last = 0;
    for await (const b of readCsv(lines.join('\n'))) {
      batches += 1;
      last = b.lines![b.lines!.length - 1]!;
    }
    expect(batches).toBeGreaterThan(1);
    expect(last).toBe(60_001);
  });
  it('reads the JSON format and a bare array', async () => {
    const doc = JSON.stringify({ format: 'collector-shield-list', version: 1, entries: [{ number: '+8613800138000', category: 'scam' }] });
    expect((await importList(db, target, readJson(doc))).imported).toBe(1);
    expect((await importList(db, target, readList('[{"number":"95188","category":"official"}]'))).imported).toBe(1);
  });
  it.each([
    ['{"entries": 3}', 'the JSON file has no "entries" array'],
    ['{"format":"other","entries":[]}', 'unknown JSON format "other"'],
    ['[{"number": 1', 'the file is not valid JSON'],
  ])('rejects broken JSON %s', async (json, message) => {
    await expect(importList(db, target, readJson(json))).rejects.toThrow(message);
  });
  it('refuses files over the size limits before reading them', async () => {
    const huge = { size: 300 * 1024 * 1024 } as Blob;
    await expect(importList(db, target, readCsv(huge))).rejects.toThrow('the file is larger than 256 MB');
    await expect(importList(db, target, readJson({ size: 40 * 1024 * 1024 } as Blob))).rejects.toThrow('JSON lists are limited to 32 MB');
  });
  it('refuses a list over the row limit and keeps the database as it was', async () => {
    const csv = ['number,category', ...Array.from({ length: 20 }, (_, i) => `+86137${String(i).padStart(8, '0')},scam`)].join('\n');
    await expect(importList(db, target, readCsv(csv), { maxRows: 10 })).rejects.toThrow('the list has more than 10 numbers');
    expect(await db.listChunks.count()).toBe(0);
  });
});

describe('packed list storage', () => {
  it('a large list is stored as a few chunks and every number is found', async () => {
    const n = 150_000;
    const csv = ['number,category,label', ...Array.from({ length: n }, (_, i) => `+8613${String((i * 7919) % 1_000_000_000).padStart(9, '0')},scam,L${i % 3}`)].join('\n');
    const report = await importList(db, target, readCsv(csv));
    expect(report.imported).toBe(n);
    expect(await db.listChunks.count()).toBe(3);
    const keys = [0, 1, 77_777, n - 1].map((i) => `+8613${String((i * 7919) % 1_000_000_000).padStart(9, '0')}`);
    const found = await lookupMany(db, [...keys, '+8613999999999']);
    expect(keys.map((k) => found[k]!.verdict)).toEqual(['scam', 'scam', 'scam', 'scam']);
    expect(found['+8613999999999']!.verdict).toBe('unknown');
    expect(found[keys[2]!]!.split).toEqual([{ category: 'scam', label: 'L2', count: 1 }]);
  });
});
