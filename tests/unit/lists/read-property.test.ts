import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readCsv, type CsvInput } from '../../../core/lists/read';

/**
 * Any CSV file, written the usual way (cells with commas, quote marks or line
 * breaks quoted, quote marks doubled), in UTF-8 or GB18030, with or without a
 * BOM, LF or CRLF, read in chunks of any size (boundaries inside multi-byte
 * characters included), gives back exactly the rows written, each with the
 * physical line it starts on.
 */
const HEADER = ['number', '类别', 'label', '備註', 'extra'];
const COLUMNS = ['number', 'category', 'label', 'note', 'extra'];

const pieces = [
  ...'借呗法务部催收骚扰资产管理调解中心繁體標籤騷擾詐騙號碼備註',
  ...'abcXYZ0189 +-=@.',
  '😀', '👨‍👩‍👧', '🇨🇳', '𠀋', 'é', '€', '　',
  ',', '"', '""', '\n', '\r\n', '\r',
];
const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''));
const row = fc.array(cell, { minLength: COLUMNS.length, maxLength: COLUMNS.length });

function encodeCell(value: string, forceQuotes: boolean): string {
  return forceQuotes || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const file = fc.record({
  rows: fc.array(fc.tuple(row, fc.array(fc.boolean(), { minLength: COLUMNS.length, maxLength: COLUMNS.length })), { maxLength: 12 }),
  newline: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  bom: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'gb18030'),
  chunkBytes: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 300 })),
  asString: fc.boolean(),
});

const LINE_BREAK = /\r\n|\r|\n/g;
const breaks = (s: string) => s.match(LINE_BREAK)?.length ?? 0;

describe('reading any CSV file gives back the rows written', () => {
  it('in UTF-8 and GB18030, any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const lines = [HEADER.join(',')];
        const expected: { line: number; row: Record<string, string> }[] = [];
        let text = '';
        for (const [cells, quoted] of f.rows) {
          const written = cells.map((c, i) => encodeCell(c, quoted[i]!)).join(',');
          lines.push(written);
          // Rows of empty cells are skipped like empty lines.
          if (cells.some((c) => c !== '')) {
            const before = lines.slice(0, -1).join(f.newline) + f.newline;
            expected.push({ line: 1 + breaks(before), row: Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]!])) });
          }
        }
        text = lines.join(f.newline) + (f.finalNewline ? f.newline : '');
        // A last row of a single empty cell written bare is an empty line, not a row.
        const withBom = f.bom ? `\uFEFF${text}` : text;
        let input: CsvInput;
        if (f.asString) input = withBom;
        else {
          const bytes = f.encoding === 'utf-8' ? new TextEncoder().encode(withBom) : new Uint8Array(iconv.encode(withBom, 'gb18030'));
          input = new File([bytes as BlobPart], 'list.csv');
        }
        const got: { line: number; row: Record<string, string> }[] = [];
        const seenEncodings = new Set<string | undefined>();
        for await (const b of readCsv(input, undefined, { chunkBytes: f.chunkBytes })) {
          if (b.restart) got.length = 0;
          expect(b.problems).toBeUndefined();
          seenEncodings.add(b.encoding);
          b.rows.forEach((r, i) => got.push({ line: b.lines![i]!, row: { ...r } as Record<string, string> }));
        }
        expect(got).toEqual(expected);
        if (!f.asString && got.length) {
          // Text that is valid UTF-8 is read as UTF-8 (plain ASCII in GB18030 is too).
          const asUtf8 = f.encoding === 'utf-8' || !/[^\x00-\x7f]/.test(text);
          expect([...seenEncodings].at(-1)).toBe(asUtf8 ? 'utf-8' : 'gb18030');
        }
      }),
      { numRuns: 150 },
    );
  });
});
