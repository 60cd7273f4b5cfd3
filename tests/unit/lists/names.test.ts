import { describe, expect, it } from 'vitest';
import { parseCategory, validateEntry } from '../../../core/lists/row';
import { readCsv } from '../../../core/lists/read';
import { problemText } from '../../../core/problems';

/** Names from a file are looked up in Maps: Object.prototype's own names are neither categories nor column aliases. */
describe('category and column names that are also Object.prototype members', () => {
  const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it.each(inherited)('category "%s" is unknown', (name) => {
    expect(parseCategory(name)).toBeUndefined();
    const r = validateEntry({ number: '95188', category: name });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemText('en', r.problem)).toBe(`unknown category "${name}"`);
    expect(validateEntry({ sender: '借呗', category: name }).ok).toBe(false);
  });

  it.each(inherited)('a column named "%s" is an unknown column, kept under its own name', async (name) => {
    const rows = [];
    for await (const b of readCsv(`number,category,${name}\n95188,official,x\n`)) rows.push(...b.rows);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row)).toEqual(['number', 'category', name.toLowerCase()]);
    expect(Object.getOwnPropertyDescriptor(row, name.toLowerCase())?.value).toBe('x');
    expect(validateEntry(row)).toEqual({ ok: true, kind: 'number', row: { key: 'CN:95188', category: 'official', reports: 0 } });
  });

  it('aliases still work', () => {
    expect(parseCategory(' 催债 ')).toBe('collector');
    expect(parseCategory('Debt Collector')).toBe('collector');
    expect(parseCategory('廣告')).toBe('telemarketing');
  });
});
