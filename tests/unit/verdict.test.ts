import { describe, expect, it } from 'vitest';
import { decideVerdict, listSplit, isFlagged, MAX_LIST_REPORTS, type ListFact } from '../../core/verdict';
import { officialEntry } from '../../core/official/directory';

const alipay = officialEntry('CN:95188')!;
const bankList: ListFact[] = [{ sourceId: 'list-a', category: 'official', label: '银行', reports: 98 }];
const collectorList: ListFact[] = [{ sourceId: 'list-b', category: 'collector', label: '催收', reports: 1 }];

describe('the verdict rule: override > my reports > official directory > lists', () => {
  it('is unknown with no facts', () => {
    expect(decideVerdict({ reports: [], lists: [] })).toMatchObject({ verdict: 'unknown', from: 'none', myReports: 0 });
  });
  it('lists decide when nothing else speaks', () => {
    expect(decideVerdict({ reports: [], lists: collectorList })).toMatchObject({ verdict: 'collector', from: 'list', listIds: ['list-b'] });
  });
  it('the official directory beats lists', () => {
    expect(decideVerdict({ reports: [], lists: collectorList, official: alipay })).toMatchObject({ verdict: 'official', from: 'official' });
  });
  it('my reports beat the official directory', () => {
    const v = decideVerdict({ reports: [{ category: 'scam', createdAt: 5 }], lists: [], official: alipay });
    expect(v).toMatchObject({ verdict: 'scam', from: 'report', myReports: 1, lastReportAt: 5 });
  });
  it('trusting a number beats my own reports', () => {
    const v = decideVerdict({ override: 'trusted', reports: [{ category: 'collector', createdAt: 1 }], lists: collectorList });
    expect(v).toMatchObject({ verdict: 'trusted', from: 'override' });
  });
  it('blocking beats the official directory and keeps my category', () => {
    expect(decideVerdict({ override: 'blocked', reports: [], lists: [], official: alipay })).toMatchObject({ verdict: 'harassment', from: 'override' });
    expect(decideVerdict({ override: 'blocked', reports: [{ category: 'collector', createdAt: 1 }], lists: [] }).verdict).toBe('collector');
  });
  it('my most frequent category wins, ties go to the latest', () => {
    const reports = [
      { category: 'telemarketing' as const, createdAt: 1 },
      { category: 'collector' as const, createdAt: 2 },
    ];
    expect(decideVerdict({ reports, lists: [] }).verdict).toBe('collector');
    expect(decideVerdict({ reports: [...reports, { category: 'telemarketing', createdAt: 3 }], lists: [] }).verdict).toBe('telemarketing');
  });
  it('impersonation counts as a scam', () => {
    expect(decideVerdict({ reports: [{ category: 'impersonation', createdAt: 1 }], lists: [] }).verdict).toBe('scam');
  });
});

describe('mixed list labels show the split, never just the majority', () => {
  it('keeps both sides of 银行 98 · 催收 1', () => {
    const v = decideVerdict({ reports: [], lists: [...bankList, ...collectorList] });
    expect(v.split).toEqual([
      { category: 'official', label: '银行', count: 98 },
      { category: 'collector', label: '催收', count: 1 },
    ]);
    // A list may say a number is a bank's; only the built-in directory makes it official.
    expect(v.verdict).toBe('unknown');
    expect(v.from).toBe('list');
  });
  it('adds up the same label across lists and counts a row without reports as one', () => {
    expect(
      listSplit([
        { sourceId: 'a', category: 'collector', label: '催收', reports: 3 },
        { sourceId: 'b', category: 'collector', label: '催收', reports: 0 },
      ]),
    ).toEqual([{ category: 'collector', label: '催收', count: 4 }]);
  });
});

describe('lists cannot vouch for a number or outvote the others alone', () => {
  it('a list row of category official never gives the official verdict', () => {
    const v = decideVerdict({ reports: [], lists: [{ sourceId: 'evil', category: 'official', label: '支付宝官方', reports: 5 }] });
    expect(v).toMatchObject({ verdict: 'unknown', from: 'list', split: [{ category: 'official', label: '支付宝官方', count: 5 }], listIds: ['evil'] });
    expect(v.official).toBeUndefined();
  });
  it('an old report of category official does not make a number official either', () => {
    expect(decideVerdict({ reports: [{ category: 'official', createdAt: 1 }], lists: [] })).toMatchObject({ verdict: 'unknown', from: 'none', myReports: 1 });
    expect(decideVerdict({ reports: [{ category: 'official', createdAt: 1 }], lists: collectorList }).verdict).toBe('collector');
    expect(decideVerdict({ reports: [{ category: 'official', createdAt: 1 }], lists: [], official: alipay })).toMatchObject({ verdict: 'official', from: 'official' });
  });
  it(`one list counts as at most ${MAX_LIST_REPORTS} reports, and the split says what it claimed`, () => {
    const v = decideVerdict({
      reports: [],
      lists: [
        { sourceId: 'huge', category: 'telemarketing', reports: 10_000_000 },
        { sourceId: 'b', category: 'collector', reports: 80 },
        { sourceId: 'c', category: 'collector', reports: 70 },
      ],
    });
    expect(v.verdict).toBe('collector');
    expect(v.split).toEqual([
      { category: 'collector', count: 150 },
      { category: 'telemarketing', count: MAX_LIST_REPORTS, claimed: 10_000_000 },
    ]);
    // The same huge row still decides when nobody disagrees.
    expect(decideVerdict({ reports: [], lists: [{ sourceId: 'huge', category: 'scam', reports: 10_000_000 }] }).verdict).toBe('scam');
  });
  it('the cap holds per list even if a list gave a number twice', () => {
    expect(
      listSplit([
        { sourceId: 'a', category: 'scam', reports: 90 },
        { sourceId: 'a', category: 'scam', label: 'x', reports: 90 },
      ]),
    ).toEqual([
      { category: 'scam', count: 90 },
      { category: 'scam', label: 'x', count: 10, claimed: 90 },
    ]);
  });
  it('copes with any number of reports (no spread of them into Math.max)', () => {
    const reports = Array.from({ length: 300_000 }, (_, i) => ({ category: 'collector' as const, createdAt: i }));
    expect(decideVerdict({ reports, lists: [] })).toMatchObject({ verdict: 'collector', myReports: 300_000, lastReportAt: 299_999 });
  });
});

describe('isFlagged', () => {
  it('flags harmful verdicts only', () => {
    expect(['collector', 'harassment', 'scam', 'telemarketing'].every((v) => isFlagged(v as never))).toBe(true);
    expect(['official', 'trusted', 'unknown'].some((v) => isFlagged(v as never))).toBe(false);
  });
});
