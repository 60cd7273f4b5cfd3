import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSentTime, parsePageTime } from '../../core/message-time';
import type { MessageTime } from '../../core/message';

// Expected instants are written out with the zone's offset by hand, not computed by the code under test.
const SH = 'Asia/Shanghai';
const TP = 'Asia/Taipei';
const NY = 'America/New_York';
/** A wall time in Shanghai/Taipei (UTC+8, no DST since 1991). */
const cst = (y: number, mo: number, d: number, h = 12, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h - 8, mi, s);
/** A wall time in New York at a given UTC offset in hours (-5 EST, -4 EDT). */
const nyc = (off: number, y: number, mo: number, d: number, h = 12, mi = 0) => Date.UTC(y, mo - 1, d, h - off, mi);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Monday 2026-11-30 12:11 in Shanghai: the moment the page is read. */
const NOW = cst(2026, 11, 30, 12, 11);
const sh = { now: NOW, timeZone: SH };
const minute = (at: number): MessageTime => ({ at, precision: 'minute' });
const day = (at: number): MessageTime => ({ at, precision: 'day' });

describe('parsePageTime: a time of day alone', () => {
  it.each([
    // Gmail/Google Voice/Outlook/QQ/NetEase list cells for a message of today
    ['11:41', cst(2026, 11, 30, 11, 41)],
    ['09:05', cst(2026, 11, 30, 9, 5)],
    ['9:05', cst(2026, 11, 30, 9, 5)],
    ['11:41 AM', cst(2026, 11, 30, 11, 41)],
    ['9:05 a.m.', cst(2026, 11, 30, 9, 5)],
    ['上午 9:05', cst(2026, 11, 30, 9, 5)],
    ['上午9:05', cst(2026, 11, 30, 9, 5)],
    ['早上7:30', cst(2026, 11, 30, 7, 30)],
    ['凌晨1:05', cst(2026, 11, 30, 1, 5)],
    ['凌晨12:41', cst(2026, 11, 30, 0, 41)], // zh-TW writes 00:41 so
    ['上午12:41', cst(2026, 11, 30, 0, 41)], // zh-TW
    ['上午0:41', cst(2026, 11, 30, 0, 41)], // zh-CN
    ['12:41 AM', cst(2026, 11, 30, 0, 41)],
    ['中午12:05', cst(2026, 11, 30, 12, 5)],
    ['１１：４１', cst(2026, 11, 30, 11, 41)], // full-width digits and colon
    ['10:42:07', cst(2026, 11, 30, 10, 42, 7)],
  ])('%s is today', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(minute(at));
  });

  it.each([
    // later than 12:11 today, so they are yesterday's
    ['13:19', cst(2026, 11, 29, 13, 19)],
    ['23:41', cst(2026, 11, 29, 23, 41)],
    ['下午 11:41', cst(2026, 11, 29, 23, 41)],
    ['下午11:41', cst(2026, 11, 29, 23, 41)],
    ['下午0:41', cst(2026, 11, 29, 12, 41)], // zh-CN 12-hour
    ['下午12:41', cst(2026, 11, 29, 12, 41)], // zh-TW 12-hour
    ['中午12:41', cst(2026, 11, 29, 12, 41)],
    ['中午1:05', cst(2026, 11, 29, 13, 5)],
    ['下午 13:19', cst(2026, 11, 29, 13, 19)], // said twice, consistently
    ['11:41 PM', cst(2026, 11, 29, 23, 41)],
    ['11:41\u202fPM', cst(2026, 11, 29, 23, 41)], // Chrome's Intl puts a narrow no-break space there
    ['11:41PM', cst(2026, 11, 29, 23, 41)],
    ['9:12 p.m.', cst(2026, 11, 29, 21, 12)],
    ['12:41 PM', cst(2026, 11, 29, 12, 41)],
    ['晚上11:41', cst(2026, 11, 29, 23, 41)],
    ['晚上7:41', cst(2026, 11, 29, 19, 41)],
    ['傍晚6:10', cst(2026, 11, 29, 18, 10)],
  ])('%s is yesterday', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(minute(at));
  });

  it('a time a few minutes ahead of the clock is still today (clocks differ)', () => {
    expect(parsePageTime('12:14', sh)).toEqual(minute(cst(2026, 11, 30, 12, 14)));
    expect(parsePageTime('12:20', sh)).toEqual(minute(cst(2026, 11, 29, 12, 20)));
  });

  it.each(['13:19 AM', '上午 13:19', '晚上12:30', '晚上3:00', '凌晨9:00', '0:41 PM 0:41', '24:00', '23:60', '7:5', '123:45', '12:345', '12:34:5', '12:34:60'])('%s is not read', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });
});

describe('parsePageTime: named days', () => {
  it.each([
    ['昨天', day(cst(2026, 11, 29))],
    ['昨日', day(cst(2026, 11, 29))],
    ['Yesterday', day(cst(2026, 11, 29))],
    ['前天', day(cst(2026, 11, 28))],
    ['今天', day(cst(2026, 11, 30))],
    ['Today', day(cst(2026, 11, 30))],
    ['昨天 23:41', minute(cst(2026, 11, 29, 23, 41))],
    ['昨天23:41', minute(cst(2026, 11, 29, 23, 41))],
    ['昨天 下午3:05', minute(cst(2026, 11, 29, 15, 5))],
    ['昨天下午3:05', minute(cst(2026, 11, 29, 15, 5))],
    ['Yesterday 9:12 PM', minute(cst(2026, 11, 29, 21, 12))],
    ['Yesterday, 9:12 PM', minute(cst(2026, 11, 29, 21, 12))],
    ['yesterday at 9:12 PM', minute(cst(2026, 11, 29, 21, 12))],
    ['今天 08:30', minute(cst(2026, 11, 30, 8, 30))],
  ])('%s', (text, expected) => {
    expect(parsePageTime(text, sh)).toEqual(expected);
  });

  it('昨天 just after midnight is the day that just ended', () => {
    const ctx = { now: cst(2026, 12, 1, 0, 30), timeZone: SH };
    expect(parsePageTime('昨天', ctx)).toEqual(day(cst(2026, 11, 30)));
    expect(parsePageTime('昨天 23:41', ctx)).toEqual(minute(cst(2026, 11, 30, 23, 41)));
    expect(parsePageTime('23:41', ctx)).toEqual(minute(cst(2026, 11, 30, 23, 41)));
    expect(parsePageTime('00:12', ctx)).toEqual(minute(cst(2026, 12, 1, 0, 12)));
  });

  it('昨天 just before midnight is the day before today', () => {
    const ctx = { now: cst(2026, 11, 30, 23, 59), timeZone: SH };
    expect(parsePageTime('昨天', ctx)).toEqual(day(cst(2026, 11, 29)));
    expect(parsePageTime('昨天 00:05', ctx)).toEqual(minute(cst(2026, 11, 29, 0, 5)));
    expect(parsePageTime('23:41', ctx)).toEqual(minute(cst(2026, 11, 30, 23, 41)));
  });
});

describe('parsePageTime: weekdays', () => {
  // NOW is Monday 2026-11-30
  it.each([
    ['周五', cst(2026, 11, 27)],
    ['週五', cst(2026, 11, 27)],
    ['星期五', cst(2026, 11, 27)],
    ['禮拜五', cst(2026, 11, 27)],
    ['Fri', cst(2026, 11, 27)],
    ['Friday', cst(2026, 11, 27)],
    ['周日', cst(2026, 11, 29)],
    ['星期天', cst(2026, 11, 29)],
    ['Sun', cst(2026, 11, 29)],
    ['周二', cst(2026, 11, 24)],
    ['周一', cst(2026, 11, 23)], // today's weekday means a week ago: today shows as a time
    ['Mon', cst(2026, 11, 23)],
  ])('%s is the most recent such day before today', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(day(at));
  });

  it.each([
    ['星期五 09:12', cst(2026, 11, 27, 9, 12)],
    ['周五 下午2:30', cst(2026, 11, 27, 14, 30)],
    ['Wed 4:09 PM', cst(2026, 11, 25, 16, 9)],
    ['週三 晚上8:15', cst(2026, 11, 25, 20, 15)],
  ])('%s with a time', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(minute(at));
  });

  it('a weekday read one day after it is yesterday', () => {
    const saturday = { now: cst(2026, 11, 28, 8, 0), timeZone: SH };
    expect(parsePageTime('周五', saturday)).toEqual(day(cst(2026, 11, 27)));
    expect(parsePageTime('Fri 11:41 PM', saturday)).toEqual(minute(cst(2026, 11, 27, 23, 41)));
    expect(parsePageTime('周六', saturday)).toEqual(day(cst(2026, 11, 21)));
  });
});

describe('parsePageTime: dates', () => {
  it.each([
    ['Nov 28', cst(2026, 11, 28)],
    ['Nov. 28', cst(2026, 11, 28)],
    ['November 28', cst(2026, 11, 28)],
    ['28 Nov', cst(2026, 11, 28)],
    ['11月28日', cst(2026, 11, 28)],
    ['11月28号', cst(2026, 11, 28)],
    ['Nov 30', cst(2026, 11, 30)], // today
    ['Dec 5', cst(2025, 12, 5)], // not yet this year: last year's
    ['12月5日', cst(2025, 12, 5)],
    ['Feb 29', cst(2024, 2, 29)], // the last leap day
    ['2026/11/28', cst(2026, 11, 28)],
    ['2026-11-28', cst(2026, 11, 28)],
    ['2026.11.28', cst(2026, 11, 28)],
    ['2026年11月28日', cst(2026, 11, 28)],
    ['2026年11月28日(星期六)', cst(2026, 11, 28)],
    ['Nov 28, 2026', cst(2026, 11, 28)],
    ['Sat, Nov 28, 2026', cst(2026, 11, 28)],
    ['28/11/2026', cst(2026, 11, 28)],
    ['11/28/2026', cst(2026, 11, 28)],
    ['11/28/25', cst(2025, 11, 28)], // Gmail's list in en-US for an earlier year
    ['11/28', cst(2026, 11, 28)],
    ['11-28', cst(2026, 11, 28)], // Chinese mail lists write month-day with a dash
    ['Sat 11/28', cst(2026, 11, 28)], // Outlook en-US list, earlier this week
    ['周六 11/28', cst(2026, 11, 28)],
    ['05/11/2026', cst(2026, 5, 11)], // both could be a month: month first, as en-US writes it
  ])('%s is a day', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(day(at));
  });

  it.each([
    ['2026/11/28 23:41', cst(2026, 11, 28, 23, 41)],
    ['2026-11-28 23:41', cst(2026, 11, 28, 23, 41)],
    ['2026-11-28 23:41:09', cst(2026, 11, 28, 23, 41, 9)],
    ['2026年11月28日 23:41', cst(2026, 11, 28, 23, 41)],
    ['2026年11月28日 下午11:41', cst(2026, 11, 28, 23, 41)],
    ['2026年11月28日星期六 23:41', cst(2026, 11, 28, 23, 41)], // zh-CN full style
    ['2026年11月28日(星期六) 晚上11:41', cst(2026, 11, 28, 23, 41)], // QQ Mail
    ['2026年11月28日（星期六） 晚上11:41', cst(2026, 11, 28, 23, 41)],
    ['2026年11月28日 週六 晚上11:41', cst(2026, 11, 28, 23, 41)],
    ['周六 2026/11/28 23:41', cst(2026, 11, 28, 23, 41)], // Outlook zh-CN reading pane
    ['Sat 11/28/2026 11:41 PM', cst(2026, 11, 28, 23, 41)], // Outlook en-US
    ['Sat, Nov 28, 2026, 11:41 PM', cst(2026, 11, 28, 23, 41)], // Gmail en-US title
    ['Nov 28, 2026, 11:41 PM', cst(2026, 11, 28, 23, 41)],
    ['Saturday, November 28, 2026 at 11:41 PM', cst(2026, 11, 28, 23, 41)],
    ['28/11/2026 23:41', cst(2026, 11, 28, 23, 41)],
    ['28 Nov 2026, 23:41', cst(2026, 11, 28, 23, 41)],
    ['20 Aug 2025, 13:19', cst(2025, 8, 20, 13, 19)], // Gmail en-GB span.g3 title
    ['Nov 28, 11:41 PM', cst(2026, 11, 28, 23, 41)],
    ['11月28日 23:41', cst(2026, 11, 28, 23, 41)],
    ['11-28 23:41', cst(2026, 11, 28, 23, 41)],
    ['12-05 09:30', cst(2025, 12, 5, 9, 30)],
    // Gmail's visible time carries how long ago it was; the two must agree
    ['Nov 28, 2026, 11:41 PM (1 day ago)', cst(2026, 11, 28, 23, 41)],
    ['Nov 28, 2026, 11:41 PM (2 days ago)', cst(2026, 11, 28, 23, 41)],
    ['11:41 (32 minutes ago)', cst(2026, 11, 30, 11, 41)],
    ['11:41 AM (30 minutes ago)', cst(2026, 11, 30, 11, 41)],
    ['上午11:41（30分钟前）', cst(2026, 11, 30, 11, 41)],
    ['2026年11月28日 下午11:41 (1 天前)', cst(2026, 11, 28, 23, 41)],
    ['11月28日 下午3:05', cst(2026, 11, 28, 15, 5)],
    ['Nov 30, 9:00 AM', cst(2026, 11, 30, 9, 0)],
    ['Nov 30, 11:41 PM', cst(2025, 11, 30, 23, 41)], // later today has not happened: a year ago
  ])('%s', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(minute(at));
  });

  it.each([
    'Fri, Nov 28, 2026', // 2026-11-28 is a Saturday
    '2026年11月28日(星期五) 晚上11:41',
    '周五 2026/11/28 23:41',
  ])('%s names a weekday the date does not fall on: not read', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });

  it.each(['Nov 28, 2026, 11:41 PM (5 days ago)', '11:41 (3 hours ago)', '上午11:41（2分钟前）', '昨天 (5 分钟前)'])('%s: the date and the "ago" disagree, so neither is believed', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });

  it('a year-less date with its weekday is checked against that year', () => {
    expect(parsePageTime('Sat, Nov 28', sh)).toEqual(day(cst(2026, 11, 28)));
    expect(parsePageTime('Fri, Nov 28', sh)).toBeUndefined();
  });

  it.each(['2026/11/31', '2026/02/29', '2026/13/01', '2026/00/10', '2026年2月30日', '31/31/2026', 'Nov 31', '28-11', '1-28', '11-28-', '28.11', '2026/11', '2026年11月', '11月', '昨天 11月28日', '今天 周五', 'Nov 28 Nov 29', '26/11/28'])('%s is not read', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });
});

describe('parsePageTime: relative times', () => {
  it.each([
    ['刚刚', NOW],
    ['剛剛', NOW],
    ['刚才', NOW],
    ['Just now', NOW],
    ['Now', NOW],
    ['5 分钟前', NOW - 5 * MIN],
    ['5分钟前', NOW - 5 * MIN],
    ['5分鐘前', NOW - 5 * MIN],
    ['30 秒前', NOW - 30_000],
    ['2 小时前', NOW - 2 * HOUR],
    ['2小時前', NOW - 2 * HOUR],
    ['5 min', NOW - 5 * MIN],
    ['6 mins', NOW - 6 * MIN],
    ['5 minutes ago', NOW - 5 * MIN],
    ['2 hours ago', NOW - 2 * HOUR],
    ['1 hour ago', NOW - HOUR],
    ['3h', NOW - 3 * HOUR],
    ['3 hr', NOW - 3 * HOUR],
    ['a minute ago', NOW - MIN],
    ['an hour ago', NOW - HOUR],
    ['1 分鐘前', NOW - MIN],
  ])('%s', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(minute(at));
  });

  it.each([
    ['3 天前', cst(2026, 11, 27)],
    ['3天前', cst(2026, 11, 27)],
    ['1 day ago', cst(2026, 11, 29)],
    ['2 days ago', cst(2026, 11, 28)],
    ['1 周前', cst(2026, 11, 23)],
    ['2 weeks ago', cst(2026, 11, 16)],
    ['a day ago', cst(2026, 11, 29)],
  ])('%s is a day', (text, at) => {
    expect(parsePageTime(text, sh)).toEqual(day(at));
  });

  it.each(['3 个月前', '2 months ago', '1 year ago', '半小时前', 'a', 'an hour', 'a 分钟前', 'a:41', '5 分钟', '前 5 分钟', '5 分钟前 10:00', 'ago', 'just', 'just 5 min', '刚刚 10:00', 'now now', '5 min 3h'])('%s is not read', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });
});

describe('parsePageTime: the time inside a site attribute', () => {
  it('reads the tail of a Google Messages aria-label, not the message text', () => {
    const received = '10690123456789 said: 【借呗】您的借款已逾期 35 天，请于 11月30日 18:00 前还款. Received on September 18, 2024 at 10:42 AM.';
    expect(parsePageTime(received, sh)).toEqual(minute(cst(2024, 9, 18, 10, 42)));
    const sent = 'You said: 我会按期还款. Sent on September 18, 2024 at 11:20 AM. Read.';
    expect(parsePageTime(sent, sh)).toEqual(minute(cst(2024, 9, 18, 11, 20)));
    const reacted = '(555) 555-7334 said: Payment received on Nov 3 at 9:00 AM, thank you. Received on November 28, 2026 at 11:41 PM. Read. Jane Doe reacted with love.';
    expect(parsePageTime(reacted, sh)).toEqual(minute(cst(2026, 11, 28, 23, 41)));
    expect(parsePageTime('Mom said: call me. Received on Yesterday at 9:12 PM.', sh)).toEqual(minute(cst(2026, 11, 29, 21, 12)));
  });

  it('reads the 时间 part of a NetEase row aria-label, not the subject', () => {
    expect(parsePageTime('【借呗】关于您逾期账款的律师函 发件人 ： 借呗法务部 时间： 2026年7月28日 10:06 (星期二)', sh)).toEqual(minute(cst(2026, 7, 28, 10, 6)));
    expect(parsePageTime('【借呗】关于您逾期账款的律师函 发件人 ： 借呗法务部 时间：10:42', sh)).toEqual(minute(cst(2026, 11, 30, 10, 42)));
    expect(parsePageTime('借呗账单提醒 发件人 ： 支付宝 时间：昨天', sh)).toEqual(day(cst(2026, 11, 29)));
    expect(parsePageTime('请在2026年12月1日前还款 发件人 ： 信达资产 王经理 时间：周一', sh)).toEqual(day(cst(2026, 11, 23)));
    expect(parsePageTime('時間：2026年11月28日 晚上11:41', { now: NOW, timeZone: TP })).toEqual(minute(cst(2026, 11, 28, 23, 41)));
  });

  it('reads a label passed on its own', () => {
    expect(parsePageTime('Received on November 28, 2026 at 11:41 PM.', sh)).toEqual(minute(cst(2026, 11, 28, 23, 41)));
    expect(parsePageTime('时间：2026年11月28日 23:41', sh)).toEqual(minute(cst(2026, 11, 28, 23, 41)));
  });

  it('an attribute whose time part is missing or unreadable gives nothing', () => {
    // the message's own words are not its time
    expect(parsePageTime('95588 said: Your payment received on Nov 3 at 9:00 AM', sh)).toBeUndefined();
    expect(parsePageTime('Collections said: Balance sent on 11/28/2026 11:41 PM', sh)).toBeUndefined();
    expect(parsePageTime('【借呗】请于还款时间：11月30日 18:00 前还款 发件人 ： 借呗法务部', sh)).toBeUndefined();
    expect(parsePageTime('10690123456789 said: 【借呗】您的借款已逾期 35 天', sh)).toBeUndefined();
    expect(parsePageTime('上门核实通知 发件人 ： 信达资产 王经理', sh)).toBeUndefined();
    expect(parsePageTime('催收通知 发件人 ： 某公司 时间：草稿', sh)).toBeUndefined();
  });
});

describe('parsePageTime: the viewer’s time zone', () => {
  it('the same text is a different instant in Shanghai and New York', () => {
    const text = '2026/11/28 23:41';
    const inShanghai = parsePageTime(text, { now: NOW, timeZone: SH })!;
    const inNewYork = parsePageTime(text, { now: NOW, timeZone: NY })!;
    expect(inShanghai.at).toBe(cst(2026, 11, 28, 23, 41));
    expect(inNewYork.at).toBe(nyc(-5, 2026, 11, 28, 23, 41));
    expect(inNewYork.at - inShanghai.at).toBe(13 * HOUR);
    expect(parsePageTime(text, { now: NOW, timeZone: TP })!.at).toBe(inShanghai.at);
  });

  it('today and yesterday are the viewer’s', () => {
    // 2026-11-30 04:11 UTC is Monday 12:11 in Shanghai but Sunday 23:11 in New York
    expect(parsePageTime('昨天', { now: NOW, timeZone: NY })).toEqual(day(nyc(-5, 2026, 11, 28)));
    expect(parsePageTime('周日', { now: NOW, timeZone: NY })).toEqual(day(nyc(-5, 2026, 11, 22)));
    expect(parsePageTime('10:00 PM', { now: NOW, timeZone: NY })).toEqual(minute(nyc(-5, 2026, 11, 29, 22, 0)));
  });

  it('uses the runtime zone when none is given', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(parsePageTime('2026/11/28 23:41', { now: NOW })).toEqual(parsePageTime('2026/11/28 23:41', { now: NOW, timeZone: zone }));
  });

  it('an unknown zone gives nothing rather than a guess', () => {
    expect(parsePageTime('2026/11/28 23:41', { now: NOW, timeZone: 'Mars/Olympus_Mons' })).toBeUndefined();
  });
});

describe('parsePageTime: daylight saving time in New York', () => {
  const ny = (now: number) => ({ now, timeZone: NY });
  const LATER = nyc(-5, 2026, 12, 1, 9, 0);

  it('2026-03-08: clocks go from 02:00 EST to 03:00 EDT', () => {
    expect(parsePageTime('2026/03/08 01:30', ny(LATER))).toEqual(minute(nyc(-5, 2026, 3, 8, 1, 30)));
    expect(parsePageTime('2026/03/08 03:30', ny(LATER))).toEqual(minute(nyc(-4, 2026, 3, 8, 3, 30)));
    expect(parsePageTime('2026/03/08 02:30', ny(LATER))).toBeUndefined(); // that minute never happened
    expect(parsePageTime('Mar 8, 2026', ny(LATER))).toEqual(day(nyc(-4, 2026, 3, 8)));
    expect(parsePageTime('2026/03/07 23:00', ny(LATER))).toEqual(minute(nyc(-5, 2026, 3, 7, 23, 0)));
  });

  it('2026-11-01: clocks go from 02:00 EDT back to 01:00 EST', () => {
    expect(parsePageTime('2026/11/01 00:30', ny(LATER))).toEqual(minute(nyc(-4, 2026, 11, 1, 0, 30)));
    // 01:30 happens twice; the first (EDT) is taken
    expect(parsePageTime('2026/11/01 01:30', ny(LATER))).toEqual(minute(nyc(-4, 2026, 11, 1, 1, 30)));
    expect(parsePageTime('2026/11/01 02:30', ny(LATER))).toEqual(minute(nyc(-5, 2026, 11, 1, 2, 30)));
    expect(parsePageTime('Nov 1', ny(LATER))).toEqual(day(nyc(-5, 2026, 11, 1)));
  });

  it('named days and times of day across the change', () => {
    // Monday 2026-03-09 00:30 EDT
    const mon = ny(nyc(-4, 2026, 3, 9, 0, 30));
    expect(parsePageTime('昨天', mon)).toEqual(day(nyc(-4, 2026, 3, 8)));
    expect(parsePageTime('Yesterday 1:15 AM', mon)).toEqual(minute(nyc(-5, 2026, 3, 8, 1, 15)));
    expect(parsePageTime('11:00 PM', mon)).toEqual(minute(nyc(-4, 2026, 3, 8, 23, 0)));
    expect(parsePageTime('Sat 11:00 PM', mon)).toEqual(minute(nyc(-5, 2026, 3, 7, 23, 0)));
    expect(parsePageTime('5 hours ago', mon)).toEqual(minute(nyc(-4, 2026, 3, 9, 0, 30) - 5 * HOUR));
    expect(parsePageTime('1 day ago', mon)).toEqual(day(nyc(-4, 2026, 3, 8)));
    // Sunday 2026-11-01 03:00 EST: 01:30 today is the first 01:30
    const sun = ny(nyc(-5, 2026, 11, 1, 3, 0));
    expect(parsePageTime('1:30 AM', sun)).toEqual(minute(nyc(-4, 2026, 11, 1, 1, 30)));
    expect(parsePageTime('Sat 11:00 PM', sun)).toEqual(minute(nyc(-4, 2026, 10, 31, 23, 0)));
  });
});

describe('parsePageTime: guards', () => {
  it('a time more than a day ahead of now is not read', () => {
    expect(parsePageTime('2027/01/05 10:00', sh)).toBeUndefined();
    expect(parsePageTime('2026/12/02 10:00', sh)).toBeUndefined();
    expect(parsePageTime('今天 23:59', sh)).toEqual(minute(cst(2026, 11, 30, 23, 59))); // ahead, but within a day
    expect(parsePageTime('2026/12/01 11:00', sh)).toEqual(minute(cst(2026, 12, 1, 11, 0)));
    expect(parsePageTime('2026/12/01 12:12', sh)).toBeUndefined();
  });

  it('nothing before 2000', () => {
    expect(parsePageTime('1999/12/31 23:59', sh)).toBeUndefined();
    expect(parsePageTime('12/31/99', sh)).toBeUndefined(); // 2099: the future
    expect(parsePageTime('2000/01/01 08:00', sh)).toEqual(minute(Date.UTC(2000, 0, 1)));
    expect(parsePageTime('2000/01/01 07:59', sh)).toBeUndefined();
    expect(parsePageTime('3000 天前', sh)).toEqual(day(cst(2018, 9, 13)));
    expect(parsePageTime('9999 天前', sh)).toBeUndefined();
  });

  it('a broken clock gives nothing, not now', () => {
    expect(parsePageTime('刚刚', { now: NaN, timeZone: SH })).toBeUndefined();
    expect(parsePageTime('13:19', { now: Infinity, timeZone: SH })).toBeUndefined();
  });

  it.each([
    '',
    '   ',
    '上午',
    '中午',
    '晚上',
    '傍晚',
    '凌晨',
    'AM',
    '明天',
    '明天 10:00',
    '下周五',
    'tomorrow',
    'Draft',
    '草稿',
    '已读',
    'Read',
    '2026',
    '13800138000',
    '95188',
    '1:2',
    '12',
    '12.5',
    'Invalid Date',
    'NaN',
    'undefined',
    'null',
    '您的借款已逾期 35 天',
    '请于今天 18:00 前还款',
    '【借呗】法务部通知：请于 11月30日 前联系 95188',
    'Your payment of $35.00 is 3 days past due',
    '顺丰快递：您的快件已于 10:42 签收',
    '2026-11-28T23:41:00Z',
    'GMT+8',
    '23:41 UTC+8',
    '🕐 10:42',
    '<b>10:42</b>',
    '10:42\u0000',
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty 10:42',
    '__proto__ 10:42',
  ])('%j is not read', (text) => {
    expect(parsePageTime(text, sh)).toBeUndefined();
  });

  it('a non-string is not read', () => {
    expect(parsePageTime(undefined as unknown as string, sh)).toBeUndefined();
    expect(parsePageTime(42 as unknown as string, sh)).toBeUndefined();
  });
});

describe('parsePageTime: hostile and long input', () => {
  const timed = (text: string) => {
    const start = performance.now();
    const result = parsePageTime(text, sh);
    return { result, ms: performance.now() - start };
  };

  it.each([
    ['digits', '1'.repeat(1_000_000)],
    ['colons', '1:'.repeat(500_000)],
    ['date parts', '2026/11/'.repeat(125_000)],
    ['markers', 'received on '.repeat(80_000)],
    ['zh markers', '时间：'.repeat(300_000)],
    ['sentence markers', '. Received on '.repeat(70_000)],
    ['markers out of place', 'xReceived on '.repeat(70_000)],
    ['spaced zh markers', ' 时间'.repeat(300_000)],
    ['cjk', '昨天'.repeat(500_000)],
    ['letters', 'a'.repeat(1_000_000)],
    ['spaces', ' '.repeat(1_000_000) + '10:4'],
  ])('%s: a megabyte is read quickly and gives nothing', (_name, text) => {
    const { result, ms } = timed(text);
    expect(result).toBeUndefined();
    expect(ms).toBeLessThan(250);
  });

  it('a huge message text before a real label still yields the label', () => {
    const text = `10690123456789 said: ${'逾期'.repeat(200_000)}. Received on November 28, 2026 at 11:41 PM.`;
    const { result, ms } = timed(text);
    expect(result).toEqual(minute(cst(2026, 11, 28, 23, 41)));
    expect(ms).toBeLessThan(250);
    expect(parsePageTime(`${'逾期催收'.repeat(100_000)} 发件人 ： 借呗法务部 时间：10:42`, sh)).toEqual(minute(cst(2026, 11, 30, 10, 42)));
    expect(parsePageTime(' '.repeat(1_000_000) + '10:42', sh)).toEqual(minute(cst(2026, 11, 30, 10, 42)));
  });

  it('is fast enough for every message on screen', () => {
    const labels = ['13:19', '下午 11:41', '昨天 23:41', '周五', 'Nov 28', '2026年11月28日(星期六) 晚上11:41', 'Sat, Nov 28, 2026, 11:41 PM', '5 分钟前', '【借呗】律师函 发件人 ： 借呗法务部 时间：10:42'];
    const start = performance.now();
    for (let i = 0; i < 2000; i++) for (const l of labels) parsePageTime(l, sh);
    const perLabel = (performance.now() - start) / (2000 * labels.length);
    expect(perLabel).toBeLessThan(0.2); // ms
  });
});

describe('parsePageTime: properties', () => {
  const zones = [SH, TP, NY, 'Europe/London', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Apia', 'UTC'];
  const pieces = [
    '0', '1', '9', '12', '13', '23', '24', '28', '29', '31', '59', '60', '99', '2000', '2024', '2026', '2099', '1999',
    ':', '/', '-', '.', ',', ' ', '(', ')', '年', '月', '日', '号', '前', '天', '分钟', '小时', '秒', '周', '星期', '五', '日',
    '昨天', '今天', '前天', '刚刚', '上午', '下午', '中午', '晚上', '凌晨', '傍晚', '周五', '週日', '星期六',
    'am', 'pm', 'a.m.', 'p.m.', 'Nov', 'Feb', 'Sat', 'Yesterday', 'Today', 'just', 'now', 'ago', 'min', 'h', 'days', 'weeks',
    'Received on ', 'Sent on ', ' at ', '时间：', '時間：',
  ];
  const pageLike = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
  const anyText = fc.oneof(pageLike, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
  const now = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

  it('never throws, and never returns a time after now + 1 day or before 2000', () => {
    fc.assert(
      fc.property(anyText, now, fc.constantFrom(...zones, undefined), (text, at, timeZone) => {
        const t = parsePageTime(text, { now: at, timeZone });
        if (t === undefined) return;
        expect(t.at).toBeLessThanOrEqual(at + 24 * 3600_000);
        expect(t.at).toBeGreaterThanOrEqual(Date.UTC(2000, 0, 1));
        expect(['minute', 'day']).toContain(t.precision);
        expect(Number.isInteger(t.at)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  const long = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
  const numeric = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
  const full = { dateStyle: 'full', timeStyle: 'short' } as const;
  // en-GB's numeric 28/11/2026 is read month first when the day is 12 or less (the documented rule), so it is left out
  const formats: [string, Intl.DateTimeFormatOptions][] = [
    ['en-US', long], ['zh-CN', long], ['zh-TW', long], ['en-GB', long],
    ['en-US', numeric], ['zh-CN', numeric], ['zh-TW', numeric],
    ['en-US', full], ['zh-CN', full], ['zh-TW', full], ['en-GB', full],
    ['zh-TW', { ...long, dayPeriod: 'short' }],
  ];

  it('a time written by Intl for the zone reads back as that minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2039, 0, 1) }), fc.constantFrom(...zones), fc.constantFrom(...formats), (sent, timeZone, [lang, options]) => {
        const minuteAt = Math.floor(sent / MIN) * MIN;
        const text = new Intl.DateTimeFormat(lang, { ...options, timeZone }).format(minuteAt);
        const t = parsePageTime(text, { now: sent + 3 * DAY, timeZone });
        // An hour that happens twice is read as its first occurrence; every other minute exactly.
        expect(t?.precision).toBe('minute');
        if (t!.at !== minuteAt) expect(minuteAt - t!.at).toBe(HOUR);
      }),
      { numRuns: 1000 },
    );
  });

  it('a day written by Intl reads back as that day at noon', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2039, 0, 1) }), fc.constantFrom(SH, NY, 'Europe/London'), fc.constantFrom('en-US', 'zh-CN', 'zh-TW'), (sent, timeZone, lang) => {
        const text = new Intl.DateTimeFormat(lang, { timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(sent);
        const t = parsePageTime(text, { now: sent + 3 * DAY, timeZone });
        expect(t?.precision).toBe('day');
        expect(formatSentTime(t, 0, 'en', timeZone).slice(0, 10)).toBe(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(sent));
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatSentTime', () => {
  const sent = cst(2026, 11, 28, 23, 41);
  const seen = cst(2026, 11, 30, 12, 11);

  it('a minute, with the offset of that instant', () => {
    expect(formatSentTime(minute(sent), seen, 'zh_CN', SH)).toBe('2026-11-28 23:41 (UTC+08:00)');
    expect(formatSentTime(minute(sent), seen, 'en', NY)).toBe('2026-11-28 10:41 (UTC-05:00)');
    expect(formatSentTime(minute(nyc(-4, 2026, 7, 28, 10, 6)), seen, 'en', NY)).toBe('2026-07-28 10:06 (UTC-04:00)');
    expect(formatSentTime(minute(sent), seen, 'zh_TW', 'Asia/Kolkata')).toBe('2026-11-28 21:11 (UTC+05:30)');
    expect(formatSentTime(minute(sent), seen, 'en', 'America/St_Johns')).toBe('2026-11-28 12:11 (UTC-03:30)');
    expect(formatSentTime(minute(sent), seen, 'en', 'UTC')).toBe('2026-11-28 15:41 (UTC+00:00)');
  });

  it('a day, saying the page showed no time', () => {
    const t = parsePageTime('周六', { now: seen, timeZone: SH });
    expect(formatSentTime(t, seen, 'en', SH)).toBe('2026-11-28 (time not shown)');
    expect(formatSentTime(t, seen, 'zh_CN', SH)).toBe('2026-11-28（页面未显示具体时间）');
    expect(formatSentTime(t, seen, 'zh_TW', SH)).toBe('2026-11-28（頁面未顯示具體時間）');
  });

  it('an unknown time shows when it was seen, and says it is that', () => {
    expect(formatSentTime(undefined, seen, 'en', SH)).toBe('time unknown (seen at 2026-11-30 12:11 (UTC+08:00))');
    expect(formatSentTime(undefined, seen, 'zh_CN', SH)).toBe('发送时间不明（查看于 2026-11-30 12:11 (UTC+08:00)）');
    expect(formatSentTime(undefined, seen, 'zh_TW', SH)).toBe('發送時間不明（檢視於 2026-11-30 12:11 (UTC+08:00)）');
    expect(formatSentTime(undefined, seen, 'en', NY)).toBe('time unknown (seen at 2026-11-29 23:11 (UTC-05:00))');
  });

  it('round-trips what parsePageTime reads', () => {
    for (const text of ['2026年11月28日(星期六) 晚上11:41', 'Sat, Nov 28, 2026, 11:41 PM', '28/11/2026 23:41', '昨天 23:41']) {
      const t = parsePageTime(text, { now: seen, timeZone: SH });
      expect(formatSentTime(t, seen, 'en', SH)).toMatch(/^2026-11-2[89] 23:41 \(UTC\+08:00\)$/);
    }
  });

  it('an unknown zone falls back to the runtime zone and still states its offset', () => {
    expect(formatSentTime(minute(sent), seen, 'en', 'Mars/Olympus_Mons')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/);
  });
});
