import { describe, expect, it } from 'vitest';
import { MAX_SENDER, validateEntry, validateRow } from '../../../core/lists/row';
import { readCsv } from '../../../core/lists/read';
import { problemText } from '../../../core/problems';

const text = (r: ReturnType<typeof validateEntry>) => (r.ok ? 'ok' : problemText('en', r.problem));

describe('validateEntry: a number or a sender', () => {
  it('reads a number row as before', () => {
    expect(validateEntry({ number: '138 0013 8000', sender: '', category: '催收', label: 'x' })).toEqual({
      ok: true,
      kind: 'number',
      row: { key: '+8613800138000', category: 'collector', label: 'x', reports: 0 },
    });
  });
  it('reads a sender row, trimmed but not normalized (db/import.ts does that)', () => {
    expect(validateEntry({ number: '  ', sender: ' 【借唄法務部】 ', category: 'collector', label: '冒充法务部', reports: '5', note: 'n', updated: '2026-01-31' })).toEqual({
      ok: true,
      kind: 'sender',
      row: { name: '【借唄法務部】', category: 'collector', label: '冒充法务部', reports: 5, note: 'n', updated: Date.UTC(2026, 0, 31) },
    });
    expect(validateEntry({ sender: 95588, category: 'official' })).toMatchObject({ ok: true, kind: 'sender', row: { name: '95588' } });
  });
  it.each([
    [{ number: '13800138000', sender: '借呗', category: 'collector' }, 'the row has both a number and a sender; put each on its own row'],
    [{ number: '', sender: ' ', category: 'collector' }, 'the row has neither a number nor a sender'],
    [{ category: 'collector' }, 'the row has neither a number nor a sender'],
    [{ sender: 'x'.repeat(MAX_SENDER + 1), category: 'collector' }, 'sender is longer than 60 characters'],
    [{ sender: '借呗\n法务部', category: 'collector' }, 'sender contains control characters'],
    [{ sender: '借呗\u202E部务法', category: 'collector' }, 'sender contains control characters'],
    [{ sender: { a: 1 }, category: 'collector' }, 'sender must be text'],
    [{ sender: '借呗', category: 'bank' }, 'unknown category "bank"'],
    [{ sender: '借呗', category: 'collector', reports: -1 }, 'reports must be a whole number from 0 to 10000000'],
    [{ number: 'abc', category: 'collector' }, '"abc" is not a phone number'],
  ])('rejects %j', (raw, reason) => {
    expect(text(validateEntry(raw))).toBe(reason);
  });
  it('validateRow (numbers only, used by the v2 migration) is unchanged', () => {
    expect(validateRow({ category: 'collector' })).toEqual({ ok: false, problem: { code: 'numberMissing' } });
    expect(validateRow({ number: '95188', category: 'official' })).toEqual({ ok: true, row: { key: 'CN:95188', category: 'official', reports: 0 } });
  });
});

describe('sender column headers', () => {
  it.each(['sender', '发送者', '發送者', '签名', '簽名', '短信签名', '简讯签名', 'Name of Sender'])('maps %s to sender; name stays the label', async (h) => {
    const batches = [];
    for await (const b of readCsv(`${h},category,name\n【借呗】,collector,L\n`)) batches.push(b);
    expect(batches[0]!.rows[0]).toEqual({ sender: '【借呗】', category: 'collector', label: 'L' });
  });
  it('a CSV with neither a number nor a sender column is refused, in every language', async () => {
    const err = await (async () => {
      for await (const _ of readCsv('phone_no,category\n1,2\n'));
    })().catch((e: unknown) => e);
    const p = (err as { problem: Parameters<typeof problemText>[1] }).problem;
    expect(problemText('en', p)).toBe('the file has no "number" or "sender" column (found: phone_no, category)');
    expect(problemText('zh_CN', p)).toBe('文件中没有 "number"（号码）或 "sender"（发送者）列（找到的列：phone_no, category）');
    expect(problemText('zh_TW', p)).toBe('檔案中沒有 "number"（號碼）或 "sender"（發送者）欄（找到的欄：phone_no, category）');
  });
});
