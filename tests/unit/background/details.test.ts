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

describe('the night reminder follows the message’s sent time', () => {
  // Beijing: 23:41 is night, 12:00 is not. The runtime's zone is used when no offset is given, so build local times.
  const sent2341 = new Date(2026, 10, 28, 23, 41).getTime();
  const noon = new Date(2026, 10, 29, 12, 0).getTime();
  const collector = decideVerdict({ reports: [{ category: 'collector', createdAt: sent2341 - 86_400_000 }], lists: [] });
  const settings = { ...DEFAULT_SETTINGS, jurisdiction: 'CN' as const };
  const ids = (d: DetailsResponse) => d.reminders.map((r) => r.id);
  const text = '您的借款已逾期，请尽快还款';
  it('sent at 23:41, viewed at noon: the night reminder, on the sent time', () => {
    const d = cardDetails({ text, at: noon, sentAt: sent2341, verdict: collector, settings, locale: 'zh_CN', number, now: new Date(noon) });
    expect(d.timeBasis).toBe('sent');
    expect(ids(d)).toContain('cn-night');
  });
  it('sent at noon, viewed at 23:41: no night reminder', () => {
    const d = cardDetails({ text, at: sent2341, sentAt: noon, verdict: collector, settings, locale: 'zh_CN', number, now: new Date(noon) });
    expect(d.timeBasis).toBe('sent');
    expect(ids(d)).not.toContain('cn-night');
  });
  it('no sent time: the hover time decides, and the answer says so', () => {
    const atNight = cardDetails({ text, at: sent2341, verdict: collector, settings, locale: 'zh_CN', number });
    expect(atNight.timeBasis).toBe('viewed');
    expect(ids(atNight)).toContain('cn-night');
    const atNoon = cardDetails({ text, at: noon, verdict: collector, settings, locale: 'zh_CN', number });
    expect(atNoon.timeBasis).toBe('viewed');
    expect(ids(atNoon)).not.toContain('cn-night');
  });
  it('through the details message: sentAt reaches the choice', async () => {
    const ctx: Partial<RouterContext> = {
      db,
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      settings: async () => ({ settings, locale: 'zh_CN' as const }),
      numberInfo: async () => number,
    };
    // Another number than the other tests': the lookup cache is shared across the tests' databases.
    const other = '+8613912345678';
    await addReport(db, other, { category: 'collector', note: '', behaviours: [] }, sent2341 - 86_400_000);
    const sent = await route({ type: 'details', key: other, text, at: noon, sentAt: sent2341 }, content, ctx as RouterContext);
    expect(sent).toMatchObject({ ok: true, value: { timeBasis: 'sent' } });
    expect(ids((sent as { value: DetailsResponse }).value)).toContain('cn-night');
    const viewed = await route({ type: 'details', key: other, text, at: noon }, content, ctx as RouterContext);
    expect(viewed).toMatchObject({ ok: true, value: { timeBasis: 'viewed' } });
    expect(ids((viewed as { value: DetailsResponse }).value)).not.toContain('cn-night');
  });
});
