import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { importList, ImportError, type ImportReport } from '../../../db/import';
import { MAX_RECORD_CHARS, readCsv, type CsvInput } from '../../../core/lists/read';
import { problemText } from '../../../core/problems';

/**
 * Broken quoting is a rejected line, never rows silently lost; and every line
 * number is the physical line of the file where the row starts, counting the
 * line breaks inside quoted cells.
 */
let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`read-errors-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const target = { id: 'file:err', kind: 'file' as const, name: 'err.csv' };
const file = (s: string) => new File([s], 'list.csv');

/** The rejections of a refused import, as [line, English reason]. */
async function rejections(input: CsvInput, chunkBytes?: number): Promise<[number, string][]> {
  const err = await importList(db, target, readCsv(input, undefined, { chunkBytes })).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  const report = (err as ImportError).report as ImportReport;
  return report.rejected.map((r) => [r.line, problemText('en', r.problem)]);
}

async function lines(input: CsvInput, chunkBytes?: number) {
  const out: [number, unknown][] = [];
  for await (const b of readCsv(input, undefined, { chunkBytes })) b.rows.forEach((r, i) => out.push([b.lines![i]!, r.number]));
  return out;
}

describe('line numbers', () => {
  const multi = [
    'number,category,note',
    '13800138000,collector,"first line',
    'second line',
    'third line"',
    'not-a-number,collector,',
    '',
    '13900139000,scam,"a ""quoted"" word, and a comma"',
    'also-bad,scam,',
  ];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('a quoted cell spanning lines does not shift the lines after it (%s)', async (_, nl) => {
    const text = `${multi.join(nl)}${nl}`;
    for (const input of [text, file(text)]) {
      for (const chunkBytes of [undefined, 1, 4, 13]) {
        expect(await lines(input, chunkBytes)).toEqual([
          [2, '13800138000'],
          [5, 'not-a-number'],
          [7, '13900139000'],
          [8, 'also-bad'],
        ]);
        expect(await rejections(input, chunkBytes)).toEqual([
          [5, '"not-a-number" is not a phone number'],
          [8, '"also-bad" is not a phone number'],
        ]);
      }
    }
  });

  it('keeps the quoted text exact, CR LF inside a cell included', async () => {
    const rows = [];
    for await (const b of readCsv('number,category,note\r\n13800138000,collector,"a\r\nb"\r\n13900139000,scam,x\r\n')) rows.push(...b.rows.map((r) => ({ ...r })));
    expect(rows).toEqual([
      { number: '13800138000', category: 'collector', note: 'a\r\nb' },
      { number: '13900139000', category: 'scam', note: 'x' },
    ]);
  });
});

describe('broken quoting', () => {
  it('an unterminated quote is a rejected line, not the next rows swallowed into one cell', async () => {
    const text = 'number,category,note\n13700137000,scam,ok\n13800138000,collector,"never closed\n13900139000,scam,x\n';
    for (const chunkBytes of [undefined, 1, 5]) {
      expect(await rejections(text, chunkBytes)).toEqual([[3, 'a quoted cell that starts on this line is never closed, so the rest of the file could not be read']]);
    }
    // Even when the valid lines are imported anyway, the lost rest is reported, not silently dropped.
    const report = await importList(db, target, readCsv(file(text)), { skipInvalid: true });
    expect(report).toMatchObject({ imported: 1, rejectedCount: 1 });
  });

  it('a quote that never closes stops reading after MAX_RECORD_CHARS instead of taking in the whole file', async () => {
    const rest = Array.from({ length: 60_000 }, (_, i) => `+86137${String(i).padStart(8, '0')},scam,x`).join('\n');
    const text = `number,category,note\n13800138000,collector,"open\n${rest}\n`;
    expect(text.length).toBeGreaterThan(MAX_RECORD_CHARS);
    const found = await rejections(file(text));
    expect(found).toEqual([[2, 'a quoted cell that starts on this line is never closed, so the rest of the file could not be read']]);
  });

  it('a misplaced quote mark is a rejected line', async () => {
    const text = 'number,category,label\n13800138000,collector,"abc"def"\n13900139000,scam,fine\n';
    expect(await rejections(text)).toEqual([[2, 'a quote mark is misplaced in this line: a cell with quote marks must be quoted whole, with each quote mark inside it written twice ("")']]);
    // With no quote mark after it to close the cell, the cell runs to the end of the file.
    const open = 'number,category,label\n13800138000,collector,"abc"def\n13900139000,scam,fine\n';
    expect(await rejections(open)).toEqual([[2, 'a quoted cell that starts on this line is never closed, so the rest of the file could not be read']]);
  });

  it('a line with more cells than the header (an unquoted comma) is rejected; empty extra cells are not', async () => {
    const text = 'number,category,label\n13800138000,collector,某某, 法务部\n13900139000,scam,fine,,\n';
    expect(await rejections(text)).toEqual([[2, 'this line has 4 cells but the header has 3; quote a cell that contains a comma']]);
    const report = await importList(db, target, readCsv(text), { skipInvalid: true });
    expect(report).toMatchObject({ imported: 1, rejectedCount: 1 });
  });

  it('the messages exist in both Chinese scripts', () => {
    const p = { code: 'unclosedQuote' as const };
    expect(problemText('zh_CN', p)).toBe('从这一行开始的带引号单元格没有结束引号，因此文件的其余部分无法读取');
    expect(problemText('zh_TW', p)).toBe('從這一行開始的帶引號儲存格沒有結束引號，因此檔案的其餘部分無法讀取');
  });
});
