import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardDetails, cardNotes, MAX_CARD_NOTE_LENGTH } from '../../../entrypoints/background/details';
import { route, type RouterContext } from '../../../entrypoints/background/router';
import { addReport, reportNotes } from '../../../db/queries';
import { ShieldDB } from '../../../db/schema';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { decideVerdict } from '../../../core/verdict';
import type { DetailsResponse } from '../../../core/messages';

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const content = { id: EXT, url: 'https://mail.qq.com/', tab: { id: 3 } };
const KEY = '+8613800138000';
const number: DetailsResponse['number'] = { formatted: '+86 138 0013 8000', type: 'mobile', region: '北京市', carrier: '中国移动' };

let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('cardNotes', () => {
  it('keeps the three newest non-empty notes, on one line each, cut to 200 characters', () => {
    const long = '催'.repeat(300);
    expect(cardNotes(['  自称\n借呗法务部 ', '', '   ', long, 'third', 'fourth'])).toEqual(['自称 借呗法务部', `${'催'.repeat(MAX_CARD_NOTE_LENGTH - 1)}…`, 'third']);
    expect([...cardNotes([long])[0]!]).toHaveLength(MAX_CARD_NOTE_LENGTH);
    // Characters, not UTF-16 units: an emoji is not cut in half.
    expect(cardNotes(['😀'.repeat(250)])[0]).toBe(`${'😀'.repeat(MAX_CARD_NOTE_LENGTH - 1)}…`);
  });
});

describe('cardDetails', () => {
  it('carries the number, the last report and the notes with the reminders', () => {
    const verdict = decideVerdict({ reports: [{ category: 'collector', createdAt: 1_700_000_000_000 }], lists: [] });
    const d = cardDetails({ text: '法务部将上门', at: 0, verdict, settings: DEFAULT_SETTINGS, locale: 'zh_CN', number, notes: ['n1'] });
    expect(d).toMatchObject({ number, lastReportAt: 1_700_000_000_000, notes: ['n1'], jurisdiction: 'CN' });
    expect(d.reminders.length).toBeGreaterThanOrEqual(2);
  });
  it('has no last report and no notes for a number never reported', () => {
    const d = cardDetails({ text: '', at: 0, verdict: decideVerdict({ reports: [], lists: [] }), settings: DEFAULT_SETTINGS, locale: 'en', number });
    expect(d).not.toHaveProperty('lastReportAt');
    expect(d.notes).toEqual([]);
  });
});

describe('reportNotes', () => {
  it('returns this number’s non-empty notes, newest report first', async () => {
    await addReport(db, KEY, { category: 'collector', note: 'old', behaviours: [] }, 1000);
    await addReport(db, KEY, { category: 'collector', note: '', behaviours: [] }, 2000);
    await addReport(db, '+8613912345678', { category: 'collector', note: 'other number', behaviours: [] }, 2500);
    await addReport(db, KEY, { category: 'harassment', note: 'new', behaviours: [] }, 3000);
    expect(await reportNotes(db, KEY, 3)).toEqual(['new', 'old']);
    expect(await reportNotes(db, KEY, 1)).toEqual(['new']);
    expect(await reportNotes(db, '+8613000000000', 3)).toEqual([]);
  });
});

describe('the details message', () => {
  it('answers with the number info, the last report and the notes', async () => {
    // Only what the details message uses; the other services of the context are not reached.
    const ctx: Partial<RouterContext> = {
      db,
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      fetchList: async () => new Response('', { status: 404 }),
      settings: async () => ({ settings: { ...DEFAULT_SETTINGS, jurisdiction: 'CN' as const }, locale: 'zh_TW' as const }),
      numberInfo: async (key, locale) => ({ ...number, formatted: `${key} ${locale}` }),
    };
    await addReport(db, KEY, { category: 'collector', note: '自称调解中心', behaviours: [] }, 1_763_600_000_000);
    const res = await route({ type: 'details', key: KEY, text: '', at: 1_763_600_000_000 }, content, ctx as RouterContext);
    expect(res).toMatchObject({
      ok: true,
      value: { number: { ...number, formatted: `${KEY} zh_TW` }, lastReportAt: 1_763_600_000_000, notes: ['自称调解中心'] },
    });
  });
});
