import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ShieldDB } from '../../../db/schema';
import { importList, ImportError } from '../../../db/import';
import { readCsv, readList, type RowBatch } from '../../../core/lists/read';
import { problemText, type Problem } from '../../../core/problems';

/**
 * Files are bytes: a CSV list is decoded with one streaming decoder (a character
 * split between two chunks comes out whole), in the encoding the file is in.
 */
let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`read-encoding-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const target = { id: 'file:enc', kind: 'file' as const, name: 'enc.csv' };
const utf8 = (s: string) => new TextEncoder().encode(s);
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
const file = (...parts: Uint8Array[]) => new File(parts as BlobPart[], 'list.csv');
const phone = (i: number) => `+86137${String(i).padStart(8, '0')}`;

async function all(batches: AsyncIterable<RowBatch>) {
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for await (const b of batches) {
    if (b.restart) {
      rows.length = 0;
      lines.length = 0;
    }
    b.rows.forEach((r, i) => {
      rows.push({ ...r });
      lines.push(b.lines?.[i] ?? b.firstLine + i);
    });
  }
  return { rows, lines };
}

/** ~790 KB of rows with Chinese in three columns: characters straddle every 256 KiB boundary. */
function chineseList(n: number) {
  const lines = ['number,category,label,note'];
  for (let i = 0; i < n; i++) lines.push(`${phone(i)},催收,借呗法务部,自称借呗法务部第${i}号`);
  return `${lines.join('\n')}\n`;
}

describe('CSV files are decoded as a stream, not chunk by chunk', () => {
  it('a 790 KB UTF-8 list with Chinese categories imports whole, every character intact', async () => {
    const n = 11_300;
    const bytes = utf8(chineseList(n));
    expect(bytes.length).toBeGreaterThan(780_000);
    // At least one 256 KiB chunk boundary falls inside a character (on a UTF-8 continuation byte).
    expect([1, 2, 3].some((k) => (bytes[k * 256 * 1024]! & 0xc0) === 0x80)).toBe(true);
    const { rows } = await all(readCsv(file(bytes)));
    expect(rows).toHaveLength(n);
    expect(rows.filter((r) => r.category !== '催收' || r.label !== '借呗法务部')).toEqual([]);
    expect(rows.every((r, i) => r.note === `自称借呗法务部第${i}号`)).toBe(true);
    const report = await importList(db, target, readCsv(file(bytes)));
    expect(report).toMatchObject({ imported: n, rejectedCount: 0, encoding: 'utf-8' });
  });

  it('the same through readList, as the settings page calls it', async () => {
    const { rows } = await all(readList(file(utf8(chineseList(11_000))), 'list.csv'));
    expect(rows.filter((r) => r.label !== '借呗法务部')).toEqual([]);
  });

  it('small chunks split inside characters give the same rows', async () => {
    const text = `number,category,label\n${phone(1)},骚扰,"繁體，😀👨‍👩‍👧"\n${phone(2)},催收,借呗\n`;
    for (const chunkBytes of [1, 2, 3, 5, 7]) {
      const { rows } = await all(readCsv(file(utf8(text)), undefined, { chunkBytes }));
      expect(rows).toEqual([
        { number: phone(1), category: '骚扰', label: '繁體，😀👨‍👩‍👧' },
        { number: phone(2), category: '催收', label: '借呗' },
      ]);
    }
  });

  it('progress rises to 1 and the reader waits for the consumer', async () => {
    const seen: number[] = [];
    let inFlight = false;
    for await (const b of readCsv(file(utf8(chineseList(11_000))))) {
      expect(inFlight).toBe(false);
      inFlight = true;
      seen.push(b.progress!);
      await new Promise((ok) => setTimeout(ok, 1));
      inFlight = false;
    }
    expect(seen.length).toBeGreaterThan(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });

  it('stops reading once cancelled', async () => {
    const controller = new AbortController();
    let batches = 0;
    for await (const _ of readCsv(file(utf8(chineseList(11_000))), controller.signal)) {
      batches += 1;
      controller.abort();
    }
    expect(batches).toBe(1);
  });
});

describe('text encodings', () => {
  const text = `number,category,label,note\n${phone(1)},催收,某某资产管理,自称借呗法务部\n${phone(2)},騷擾,繁體標籤,\n`;
  const expected = [
    { number: phone(1), category: '催收', label: '某某资产管理', note: '自称借呗法务部' },
    { number: phone(2), category: '騷擾', label: '繁體標籤', note: '' },
  ];

  it.each([
    ['UTF-8', utf8(text), 'utf-8'],
    ['UTF-8 with a BOM', utf8(`\uFEFF${text}`), 'utf-8'],
    ['GB18030 (Excel on a Chinese Windows)', gb(text), 'gb18030'],
    ['GB18030 with its BOM', gb(`\uFEFF${text}`), 'gb18030'],
    ['UTF-16LE with a BOM', new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })), 'utf-16le'],
    ['UTF-16BE with a BOM', new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true })), 'utf-16be'],
  ])('reads %s', async (_, bytes, encoding) => {
    for (const chunkBytes of [undefined, 1, 3]) {
      const { rows } = await all(readCsv(file(bytes), undefined, { chunkBytes }));
      expect(rows).toEqual(expected);
    }
    const report = await importList(db, target, readCsv(file(bytes)));
    expect(report).toMatchObject({ imported: 2, rejectedCount: 0, encoding });
  });

  it('a GBK file whose first Chinese character comes after several chunks is read again as GB18030, nothing counted twice', async () => {
    const ascii = Array.from({ length: 30_000 }, (_, i) => `${phone(i)},collector,L${i}`);
    const bytes = gb(`number,category,label\n${ascii.join('\n')}\n${phone(99_999)},催收,借呗法务部\n`);
    expect(bytes.length).toBeGreaterThan(3 * 256 * 1024);
    const batches: RowBatch[] = [];
    for await (const b of readCsv(file(bytes))) batches.push(b);
    expect(batches.filter((b) => b.restart)).toHaveLength(1);
    expect(batches.at(-1)!.encoding).toBe('gb18030');
    const { rows } = await all(batches.values() as unknown as AsyncIterable<RowBatch>);
    expect(rows).toHaveLength(30_001);
    expect(rows.at(-1)).toEqual({ number: phone(99_999), category: '催收', label: '借呗法务部' });

    const report = await importList(db, target, readCsv(file(bytes)));
    expect(report).toMatchObject({ imported: 30_001, duplicates: 0, rejectedCount: 0, encoding: 'gb18030' });
  });

  it('a file that is neither UTF-8 nor GB18030 is refused, saying how to save it as UTF-8, in every language', async () => {
    const bytes = new Uint8Array([...utf8(`number,category\n${phone(1)},collector,`), 0xff, 0xfe, 0x0a]);
    const err = await importList(db, target, readCsv(file(bytes))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    const p = (err as ImportError).problem;
    expect(p.code).toBe('badEncoding');
    expect(problemText('en', p)).toContain('CSV UTF-8');
    expect(problemText('zh_CN', p)).toContain('CSV UTF-8(逗号分隔)');
    expect(problemText('zh_TW', p)).toContain('CSV UTF-8 (逗號分隔)');
    expect(await db.listChunks.count()).toBe(0);
  });

  it('a UTF-8 file with a damaged byte (no BOM) is still read as UTF-8, the damaged line rejected, early or late in the file', async () => {
    const good = Array.from({ length: 4 }, (_, i) => `${phone(i)},催收,借呗法务部`).join('\n');
    const ascii = Array.from({ length: 30_000 }, (_, i) => `${phone(10 + i)},collector,L`).join('\n');
    for (const [body, line] of [
      [good, 6],
      [`${good}\n${ascii}`, 30_006],
    ] as const) {
      const bytes = new Uint8Array([...utf8(`number,category,label\n${body}\n${phone(99_999)},催收,借`), 0xe5, 0x80, ...utf8('\n')]);
      const err = await importList(db, target, readCsv(file(bytes))).catch((e: unknown) => e);
      const report = (err as ImportError).report!;
      expect(report.encoding).toBe('utf-8');
      expect(report.rejected).toEqual([{ line, problem: { code: 'unreadableChar', vars: { field: 'label' } } }]);
    }
  });

  it('a cell holding U+FFFD (bytes that did not decode) is a rejected line, with its line number', async () => {
    // A BOM says UTF-8, so the bad byte is decoded as U+FFFD rather than the file being re-read.
    const bytes = new Uint8Array([...utf8(`\uFEFFnumber,category,label\n${phone(1)},collector,ok\n${phone(2)},collector,借`), 0xe5, 0x80, ...utf8(`\n${phone(3)},催收,x\n`)]);
    const err = await importList(db, target, readCsv(file(bytes))).catch((e: unknown) => e);
    const report = (err as ImportError).report!;
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.line).toBe(3);
    const p: Problem = report.rejected[0]!.problem;
    expect(p.code).toBe('unreadableChar');
    expect(problemText('en', p)).toBe('label contains a character that could not be read (U+FFFD); save the file as UTF-8 and import it again');
    // Text already decoded (a subscription's download) is checked the same way.
    const fromText = await importList(db, target, readCsv(`number,category,note\n${phone(1)},collector,a\uFFFDb\n`)).catch((e: unknown) => e);
    expect((fromText as ImportError).report!.rejected).toEqual([{ line: 2, problem: { code: 'unreadableChar', vars: { field: 'note' } } }]);
  });
});
