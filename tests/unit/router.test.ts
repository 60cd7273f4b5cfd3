import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { route, type RouterContext } from '../../entrypoints/background/router';
import { ShieldDB } from '../../db/schema';
import { importList } from '../../db/import';
import { readCsv } from '../../core/lists/read';
import { MAX_LOOKUP_SENDERS, MAX_SENDER_NAME_LENGTH } from '../../core/messages';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { FindingsStore } from '../../entrypoints/background/findings';
import { SiteAccess } from '../../entrypoints/background/sites';
import { fakeSiteApis } from './background/site-apis';
import { addSightings, MAX_SIGHTINGS_PER_DAY } from '../../db/queries';

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const page = { id: EXT, url: `${ORIGIN}popup.html` };
const content = { id: EXT, url: 'https://mail.qq.com/', tab: { id: 3 } };

let ctx: RouterContext;
let changed: ReturnType<typeof vi.fn<(keys?: string[]) => void>>;

beforeEach(() => {
  changed = vi.fn<(keys?: string[]) => void>();
  ctx = {
    db: new ShieldDB(`test-${Math.random()}`),
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    onChanged: changed,
    fetchList: async () => new Response('number,category\n13800138000,collector\n', { status: 200 }),
    settings: async () => ({ settings: { ...DEFAULT_SETTINGS, language: 'zh_CN' }, locale: 'zh_CN' }),
    findings: new FindingsStore(),
    sites: new SiteAccess(fakeSiteApis().api),
  };
});
afterEach(async () => {
  await ctx.db.delete();
});

describe('background router', () => {
  it('reports, then looks up a batch from IndexedDB in one message', async () => {
    expect(await route({ type: 'report', key: '+8613800138000', category: 'collector', note: 'n' }, content, ctx)).toEqual({ ok: true, value: { id: 1 } });
    expect(changed).toHaveBeenCalledWith(['+8613800138000']);
    const res = await route({ type: 'lookup', keys: ['+8613800138000', 'CN:95188', '+8613912345678'] }, content, ctx);
    expect(res.ok).toBe(true);
    const results = (res as { value: { results: Record<string, { verdict: string }> } }).value.results;
    expect(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.verdict]))).toEqual({
      '+8613800138000': 'collector',
      'CN:95188': 'official',
      '+8613912345678': 'unknown',
    });
  });

  it('records a batch of sightings once per number and message, from content scripts only', async () => {
    const seen = (messageId: string, key = '+8613800138000') => ({ key, site: 'mail.qq.com', excerpt: '法务部通知', messageId });
    expect(await route({ type: 'sightings', items: [seen('m1'), seen('m2'), seen('m1'), seen('m1', 'CN:95188')] }, content, ctx)).toEqual({ ok: true, value: { recorded: 3 } });
    expect(await route({ type: 'sightings', items: [seen('m2'), seen('m3')] }, content, ctx)).toEqual({ ok: true, value: { recorded: 1 } });
    expect((await ctx.db.sightings.toArray()).map((s) => `${s.key}|${s.messageId}`).sort()).toEqual(['+8613800138000|m1', '+8613800138000|m2', '+8613800138000|m3', 'CN:95188|m1']);
    expect((await route({ type: 'sightings', items: [seen('m4')] }, page, ctx)).ok).toBe(false);
    expect(await ctx.db.sightings.count()).toBe(4);
  });

  it('trust overrides a report, and clearing the override restores it', async () => {
    await route({ type: 'report', key: '+8613800138000', category: 'collector' }, page, ctx);
    await route({ type: 'override', key: '+8613800138000', value: 'trusted' }, page, ctx);
    const verdict = async () =>
      ((await route({ type: 'lookup', keys: ['+8613800138000'] }, page, ctx)) as { value: { results: Record<string, { verdict: string }> } }).value.results['+8613800138000']!.verdict;
    expect(await verdict()).toBe('trusted');
    await route({ type: 'override', key: '+8613800138000', value: null }, page, ctx);
    expect(await verdict()).toBe('collector');
  });

  it('rejects messages from other extensions or unknown senders', async () => {
    expect(await route({ type: 'stats' }, { id: 'other', url: `${ORIGIN}x.html` }, ctx)).toEqual({ ok: false, error: 'rejected: message from an unknown sender' });
    expect(await route({ type: 'lookup', keys: [] }, { id: EXT }, ctx)).toEqual({ ok: false, error: 'rejected: message from an unknown sender' });
  });

  it('keeps extension-page-only requests away from content scripts', async () => {
    expect(await route({ type: 'stats' }, content, ctx)).toEqual({ ok: false, error: 'rejected: stats is not allowed from a web page' });
    expect(await route({ type: 'stats' }, page, ctx)).toEqual({ ok: true, value: { reports: 0, overrides: 0, sightings: 0, listEntries: 0, lists: 0, official: expect.any(Number) } });
  });

  it('answers a malformed message with the validation error and writes nothing', async () => {
    expect(await route({ type: 'report', key: '13800138000', category: 'collector' }, page, ctx)).toEqual({
      ok: false,
      error: 'invalid message: key: not a canonical number key',
    });
    expect(await ctx.db.reports.count()).toBe(0);
    expect(changed).not.toHaveBeenCalled();
  });

  it('turns a database failure into an error answer instead of a crash', async () => {
    ctx.db.close();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await route({ type: 'lookup', keys: ['CN:95188'] }, page, ctx);
    expect(res).toEqual({ ok: false, error: 'internal error: the database could not answer' });
  });
});

describe('lookup-senders', () => {
  type SenderResults = Record<string, { normalized: string; verdict: { verdict: string; from: string; listIds: string[] } }>;
  const results = (res: unknown) => (res as { value: { results: SenderResults } }).value.results;

  beforeEach(async () => {
    await importList(ctx.db, { id: 'file:s', kind: 'file', name: 's.csv' }, readCsv('sender,category,label\n借呗法务部,collector,冒充法务部\n'));
  });

  it('normalizes in the background and answers per name as sent, from content scripts and pages', async () => {
    const names = ['【借唄法務部】', '借呗法务部', '［ 借呗法务部 ］', '某银行', '【】', '__proto__'];
    for (const from of [content, page]) {
      const res = await route({ type: 'lookup-senders', names }, from, ctx);
      expect(res.ok).toBe(true);
      const r = results(res);
      expect(Object.keys(r)).toEqual(names);
      expect(r['【借唄法務部】']).toMatchObject({ normalized: '借呗法务部', verdict: { verdict: 'collector', from: 'list', listIds: ['file:s'] } });
      expect(r['［ 借呗法务部 ］']!.verdict.verdict).toBe('collector');
      expect(r['某银行']).toMatchObject({ normalized: '某银行', verdict: { verdict: 'unknown', from: 'none' } });
      expect(r['【】']).toMatchObject({ normalized: '', verdict: { verdict: 'unknown' } });
      // A hostile name is an ordinary key, not the prototype.
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(Object.hasOwn(r, '__proto__')).toBe(true);
    }
  });

  it.each([
    [{ type: 'lookup-senders' }, 'invalid message: lookup-senders: names must be an array'],
    [{ type: 'lookup-senders', names: '借呗' }, 'invalid message: lookup-senders: names must be an array'],
    [{ type: 'lookup-senders', names: ['借呗', 7] }, 'invalid message: names[1]: not text'],
    [{ type: 'lookup-senders', names: ['x'.repeat(MAX_SENDER_NAME_LENGTH + 1)] }, `invalid message: names[0]: longer than ${MAX_SENDER_NAME_LENGTH} characters`],
    [{ type: 'lookup-senders', names: Array(MAX_LOOKUP_SENDERS + 1).fill('借呗') }, `invalid message: lookup-senders: at most ${MAX_LOOKUP_SENDERS} names per message`],
  ])('refuses a malformed request %#', async (raw, error) => {
    expect(await route(raw, content, ctx)).toEqual({ ok: false, error });
  });

  it('accepts the limits exactly, and refuses unknown senders', async () => {
    const res = await route({ type: 'lookup-senders', names: Array.from({ length: MAX_LOOKUP_SENDERS }, (_, i) => `${'借'.repeat(MAX_SENDER_NAME_LENGTH - 4)}${i}`) }, content, ctx);
    expect(Object.keys(results(res))).toHaveLength(MAX_LOOKUP_SENDERS);
    expect(await route({ type: 'lookup-senders', names: [] }, { id: 'other', tab: {} }, ctx)).toEqual({ ok: false, error: 'rejected: message from an unknown sender' });
  });
});

describe('background router: findings and site access', () => {
  const found = { type: 'findings', numbers: [{ key: '+8613800138000', verdict: 'collector', count: 1 }], senders: [] };

  it('files findings under the sending tab and frame; only the extension pages read them back', async () => {
    expect(await route(found, { ...content, frameId: 2 }, ctx)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'tab-findings', tabId: 3 }, page, ctx)).toEqual({ ok: true, value: { numbers: found.numbers, senders: [], frames: 1 } });
    expect(await route({ type: 'tab-findings', tabId: 3 }, content, ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed from a web page/) });
    // An extension page cannot pose as a tab.
    expect(await route(found, page, ctx)).toMatchObject({ ok: false });
  });

  it('site changes come from extension pages only', async () => {
    for (const type of ['site-enable', 'site-remove']) {
      expect(await route({ type, pattern: 'https://a.example/*' }, content, ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed/) });
    }
    expect(await route({ type: 'site-enable', pattern: 'https://a.example/*' }, page, ctx)).toEqual({ ok: true, value: { enabled: false } });
  });
});

describe('what content scripts may do to reports', () => {
  const report = (category = 'collector') => ({ type: 'report', key: '+8613800138000', category });
  const idOf = (res: unknown) => (res as { value: { id: number } }).value.id;

  it('a content script may undo a report made from its own tab and site, once', async () => {
    const id = idOf(await route(report(), content, ctx));
    expect(await route({ type: 'report-delete', id }, content, ctx)).toEqual({ ok: true, value: null });
    expect(await ctx.db.reports.count()).toBe(0);
    expect(await route({ type: 'report-delete', id }, content, ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/^rejected/) });
  });

  it('but not one made from a settings page, another tab or another site', async () => {
    const fromPage = idOf(await route(report(), page, ctx));
    const fromTab3 = idOf(await route(report(), content, ctx));
    const otherTab = { ...content, tab: { id: 4 } };
    const otherSite = { ...content, url: 'https://evil.example/' };
    for (const [id, sender] of [
      [fromPage, content],
      [fromTab3, otherTab],
      [fromTab3, otherSite],
      [fromTab3, { id: EXT, url: undefined, tab: { id: 3 } }],
      [999, content],
    ] as const) {
      expect(await route({ type: 'report-delete', id }, sender, ctx)).toEqual({ ok: false, error: 'rejected: a web page may undo only a report just made from it' });
    }
    expect(await ctx.db.reports.count()).toBe(2);
    expect(changed).toHaveBeenCalledTimes(2);
    // Extension pages may delete any report.
    expect(await route({ type: 'report-delete', id: fromTab3 }, page, ctx)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'report-delete', id: fromPage }, page, ctx)).toEqual({ ok: true, value: null });
    expect(await ctx.db.reports.count()).toBe(0);
  });

  it('nobody files a report of category official: that verdict comes from the directory only', async () => {
    for (const sender of [content, page]) {
      expect(await route(report('official'), sender, ctx)).toEqual({ ok: false, error: 'invalid message: report: category official comes only from the official directory' });
    }
    const id = idOf(await route(report(), page, ctx));
    expect(await route({ type: 'report-update', id, category: 'official' }, page, ctx)).toMatchObject({ ok: false });
    expect((await ctx.db.reports.toArray()).map((r) => r.category)).toEqual(['collector']);
  });

  it('a report carries a contact time between 2000-01-01 and a day from now', async () => {
    const evidence = (at: number) => ({ ...report(), evidence: { text: '还款', site: 'mail.qq.com', at } });
    for (const at of [1e300, Date.now() + 2 * 86_400_000, Date.UTC(1999, 11, 31), -1]) {
      expect(await route(evidence(at), content, ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/evidence at must be a time between 2000-01-01 and a day from now/) });
    }
    expect(await ctx.db.reports.count()).toBe(0);
    expect((await route(evidence(Date.UTC(2000, 0, 1)), content, ctx)).ok).toBe(true);
    expect((await route(evidence(Date.now() + 3_600_000), content, ctx)).ok).toBe(true);
  });
});

describe('findings are read item by item', () => {
  it('one sender name over the limit is cut, a broken item dropped, and the rest still reach the popup', async () => {
    const long = '催'.repeat(MAX_SENDER_NAME_LENGTH + 50);
    const msg = {
      type: 'findings',
      numbers: [{ key: '+8613800138000', verdict: 'collector', count: 2 }, { key: 'nonsense', verdict: 'collector', count: 1 }, { key: 'CN:95188', verdict: 'official', count: 0 }, null],
      senders: [{ name: long, verdict: 'collector' }, { name: '借呗法务部', verdict: 'collector' }, { name: '', verdict: 'unknown' }, { name: 'x', verdict: 'bogus' }],
    };
    expect(await route(msg, content, ctx)).toEqual({ ok: true, value: null });
    const res = (await route({ type: 'tab-findings', tabId: 3 }, page, ctx)) as { value: { numbers: { key: string }[]; senders: { name: string }[] } };
    expect(res.value.numbers.map((n) => n.key)).toEqual(['+8613800138000']);
    expect(res.value.senders.map((s) => s.name).sort()).toEqual(['催'.repeat(MAX_SENDER_NAME_LENGTH), '借呗法务部'].sort());
  });
});

describe('a sighting is one message', () => {
  const SENT = new Date(2026, 10, 20, 23, 41).getTime();
  const day1 = new Date(2026, 10, 21, 12, 0).getTime();
  const day2 = new Date(2026, 10, 22, 9, 30).getTime();
  const msg = { key: '+8613800138000', site: 'mail.qq.com', excerpt: '您已逾期，今晚处理', messageId: 'mail.qq.com:4411' };

  it('the same message viewed on two days is one row, with the first seen time and the page’s sent time', async () => {
    expect(await addSightings(ctx.db, [{ ...msg, sentAt: SENT, sentPrecision: 'minute' }], day1)).toBe(1);
    expect(await addSightings(ctx.db, [{ ...msg, sentAt: SENT, sentPrecision: 'minute' }], day2)).toBe(0);
    expect(await ctx.db.sightings.toArray()).toEqual([{ id: 1, ...msg, seenAt: day1, sentAt: SENT, sentPrecision: 'minute' }]);
  });

  it('through the sightings message: seenAt is the background’s clock, never the page’s', async () => {
    const before = Date.now();
    const res = await route({ type: 'sightings', items: [{ ...msg, sentAt: SENT, seenAt: 1, at: 2 }] }, content, ctx);
    expect(res).toEqual({ ok: true, value: { recorded: 1 } });
    const [row] = await ctx.db.sightings.toArray();
    expect(row!.sentAt).toBe(SENT);
    expect(row!.seenAt).toBeGreaterThanOrEqual(before);
    expect(row!.seenAt).toBeLessThanOrEqual(Date.now());
    expect(row).not.toHaveProperty('at');
  });

  it('no sent time on the page: none stored; a later view that shows it fills it in, keeping the first seen time', async () => {
    expect(await addSightings(ctx.db, [msg], day1)).toBe(1);
    expect(await ctx.db.sightings.toArray()).toEqual([{ id: 1, ...msg, seenAt: day1 }]);
    expect(await addSightings(ctx.db, [{ ...msg, sentAt: SENT - 3600_000, sentPrecision: 'day' }], day2)).toBe(0);
    expect(await ctx.db.sightings.toArray()).toEqual([{ id: 1, ...msg, seenAt: day1, sentAt: SENT - 3600_000, sentPrecision: 'day' }]);
    // A minute beats a day; nothing replaces a minute.
    expect(await addSightings(ctx.db, [{ ...msg, sentAt: SENT }], day2)).toBe(0);
    expect(await addSightings(ctx.db, [{ ...msg, sentAt: SENT + 60_000 }, { ...msg }], day2)).toBe(0);
    expect(await ctx.db.sightings.toArray()).toEqual([{ id: 1, ...msg, seenAt: day1, sentAt: SENT }]);
  });
});

describe('sightings are bounded per number, site and day', () => {
  it(`a page showing one number in 2,000 messages gets ${MAX_SIGHTINGS_PER_DAY} sightings a day on that site, not 2,000`, async () => {
    const item = (i: number, key = '+8613800138000', site = 'mail.qq.com') => ({ key, site, excerpt: `第${i}条 催收`, messageId: `${site}-m${i}` });
    let recorded = 0;
    for (let batch = 0; batch < 4; batch++) {
      const items = Array.from({ length: 500 }, (_, i) => item(batch * 500 + i));
      recorded += ((await route({ type: 'sightings', items }, content, ctx)) as { value: { recorded: number } }).value.recorded;
    }
    expect(recorded).toBe(MAX_SIGHTINGS_PER_DAY);
    // Another number, or the same one on another site, has its own allowance.
    expect(await route({ type: 'sightings', items: [item(1, 'CN:95188'), item(1, '+8613800138000', 'mail.163.com')] }, content, ctx)).toEqual({ ok: true, value: { recorded: 2 } });
    expect(await ctx.db.sightings.count()).toBe(MAX_SIGHTINGS_PER_DAY + 2);
  });

  it('the allowance is per local day', async () => {
    const day1 = new Date(2026, 10, 20, 23, 0).getTime();
    const items = (from: number) => Array.from({ length: 60 }, (_, i) => ({ key: '+8613800138000', site: 'mail.qq.com', excerpt: '', messageId: `d${from + i}` }));
    expect(await addSightings(ctx.db, items(0), day1)).toBe(MAX_SIGHTINGS_PER_DAY);
    expect(await addSightings(ctx.db, items(100), day1 + 59 * 60_000)).toBe(0);
    expect(await addSightings(ctx.db, items(200), day1 + 61 * 60_000)).toBe(MAX_SIGHTINGS_PER_DAY);
  });
});
