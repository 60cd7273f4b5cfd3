/**
 * When a message was sent, read from what the site shows (issue #14).
 *
 * Sites show a message's time as an attribute (Gmail `span.g3[title]`, Google
 * Messages' aria-label tail "… Received on DATE at TIME.", NetEase's
 * aria-label "… 时间： 2026年7月28日 10:06 (星期二)") or as visible text
 * ("13:19", "下午 11:41", "昨天", "周五", "Nov 28", "5 分钟前", "3h"…).
 * parsePageTime turns that text into a MessageTime in the viewer's time zone,
 * and gives up (undefined) on anything it cannot read with confidence: it
 * never guesses and never falls back to "now".
 *
 * The parser is a tokenizer over at most MAX_TIME_TEXT characters plus a
 * single pass over the tokens; there is no backtracking regular expression, so
 * any input is read in linear time. Pure TypeScript: no browser API.
 */
import type { MessageTime } from './message';
import { translate, type Locale } from './i18n';

export interface TimeContext {
  /** Epoch ms of the moment the page was read; relative forms resolve against it. */
  now: number;
  /** IANA zone the page shows times in (the viewer's); default: the runtime's zone. */
  timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A time of day alone later than now by more than this is yesterday's. */
const CLOCK_SLACK_MS = 5 * MINUTE;
/** Nothing a page shows as sent may lie further in the future than this (clocks and zones that disagree). */
const FUTURE_LIMIT_MS = DAY;
const EARLIEST = Date.UTC(2000, 0, 1);
/** A time label is short; the longest real one ("Saturday, November 28, 2026 at 11:41 PM") is about 40 characters. */
const MAX_TIME_TEXT = 64;
/** Only the end of a long attribute can hold its time label. */
const MAX_SCAN = 4096;

// ---------------------------------------------------------------- time zones

/** A zone's formatter with its caches: Intl calls are the parser's only real cost. */
interface Zone {
  f: Intl.DateTimeFormat;
  /** Offset by 15-minute step of UTC: every zone changes offset on such a step (offsets are whole quarter hours). */
  offsets: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zoneFor(timeZone: string | undefined): Zone | undefined {
  const key = timeZone ?? '';
  let z = zones.get(key);
  if (!z) {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined; // not a zone this runtime knows
    }
    if (zones.size >= 64) zones.clear();
    z = { f, offsets: new Map() };
    zones.set(key, z);
  }
  return z;
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** The wall clock at an instant, from the zone itself (one Intl call). */
function intlWall(epoch: number, z: Zone): Wall {
  const w: Wall = { y: 0, mo: 1, d: 1, h: 0, mi: 0, s: 0 };
  for (const p of z.f.formatToParts(epoch)) {
    const v = Number(p.value);
    if (p.type === 'year') w.y = v;
    else if (p.type === 'month') w.mo = v;
    else if (p.type === 'day') w.d = v;
    else if (p.type === 'hour') w.h = v === 24 ? 0 : v;
    else if (p.type === 'minute') w.mi = v;
    else if (p.type === 'second') w.s = v;
  }
  return w;
}

/** The wall clock at an instant, from the cached offset. */
function wallOf(epoch: number, z: Zone): Wall {
  const local = new Date(epoch + offsetAt(epoch, z));
  return { y: local.getUTCFullYear(), mo: local.getUTCMonth() + 1, d: local.getUTCDate(), h: local.getUTCHours(), mi: local.getUTCMinutes(), s: local.getUTCSeconds() };
}

/** Days since 1970-01-01 of the local date at an instant. */
function localDay(epoch: number, z: Zone): number {
  return Math.floor((epoch + offsetAt(epoch, z)) / DAY);
}

const QUARTER_HOUR = 15 * 60_000;

/** Zone offset in ms at an instant (local wall time minus UTC). */
function offsetAt(epoch: number, z: Zone): number {
  const step = Math.floor(epoch / QUARTER_HOUR);
  let off = z.offsets.get(step);
  if (off === undefined) {
    const at = step * QUARTER_HOUR;
    const w = intlWall(at, z);
    off = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - at;
    if (z.offsets.size >= 20_000) z.offsets.clear();
    z.offsets.set(step, off);
  }
  return off;
}

/**
 * The instant a local wall time names. A time skipped by a DST change (02:30
 * on 2026-03-08 in New York) names none: undefined. A time that happens twice
 * (01:30 on 2026-11-01 in New York) is taken as the first of the two, as
 * Temporal's "compatible" rule does.
 */
function epochOf(day: number, minuteOfDay: number, second: number, f: Zone): number | undefined {
  const wall = day * DAY + minuteOfDay * MINUTE + second * 1000;
  const before = wall - offsetAt(wall - DAY, f);
  const after = wall - offsetAt(wall + DAY, f);
  const fits = (t: number) => t + offsetAt(t, f) === wall;
  const a = fits(before);
  const b = before !== after && fits(after);
  if (a && b) return Math.min(before, after);
  if (a) return before;
  if (b) return after;
  return undefined;
}

/** Days since 1970-01-01 of a civil date, or undefined when it does not exist (Nov 31). */
function civilDay(y: number, mo: number, d: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return t / DAY;
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

// ----------------------------------------------------------------- tokens

type Token =
  | { k: 'n'; v: number; len: number }
  | { k: 'p'; v: string }
  | { k: 'month'; v: number }
  | { k: 'weekday'; v: number }
  | { k: 'relday'; v: number }
  | { k: 'period'; v: Period }
  | { k: 'unit'; v: Unit; zh?: true }
  | { k: 'mark'; v: 'year' | 'month' | 'day' }
  | { k: 'now' }
  | { k: 'just' }
  | { k: 'ago' }
  | { k: 'one' };

type Period = 'am' | 'pm' | 'early' | 'noon' | 'evening' | 'dusk';
type Unit = 's' | 'min' | 'h' | 'd' | 'w';

const LATIN: Record<string, Token> = {};
const CJK: Record<string, Token> = {};
{
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  months.forEach((m, i) => {
    LATIN[m] = { k: 'month', v: i + 1 };
    LATIN[monthNames[i]!] = { k: 'month', v: i + 1 };
  });
  LATIN.sept = { k: 'month', v: 9 };
  const days: [number, string[]][] = [
    [0, ['sun', 'sunday']],
    [1, ['mon', 'monday']],
    [2, ['tue', 'tues', 'tuesday']],
    [3, ['wed', 'weds', 'wednesday']],
    [4, ['thu', 'thur', 'thurs', 'thursday']],
    [5, ['fri', 'friday']],
    [6, ['sat', 'saturday']],
  ];
  for (const [v, names] of days) for (const n of names) LATIN[n] = { k: 'weekday', v };
  LATIN.today = { k: 'relday', v: 0 };
  LATIN.yesterday = { k: 'relday', v: 1 };
  LATIN.am = { k: 'period', v: 'am' };
  LATIN.pm = { k: 'period', v: 'pm' };
  LATIN.now = { k: 'now' };
  LATIN.just = { k: 'just' };
  LATIN.ago = { k: 'ago' };
  LATIN.a = { k: 'one' };
  LATIN.an = { k: 'one' };
  const units: [Unit, string[]][] = [
    ['s', ['s', 'sec', 'secs', 'second', 'seconds']],
    ['min', ['m', 'min', 'mins', 'minute', 'minutes']],
    ['h', ['h', 'hr', 'hrs', 'hour', 'hours']],
    ['d', ['d', 'day', 'days']],
    ['w', ['w', 'wk', 'wks', 'week', 'weeks']],
  ];
  for (const [v, names] of units) for (const n of names) LATIN[n] = { k: 'unit', v };

  CJK['年'] = { k: 'mark', v: 'year' };
  CJK['月'] = { k: 'mark', v: 'month' };
  for (const w of ['日', '号', '號']) CJK[w] = { k: 'mark', v: 'day' };
  for (const w of ['今天', '今日']) CJK[w] = { k: 'relday', v: 0 };
  for (const w of ['昨天', '昨日']) CJK[w] = { k: 'relday', v: 1 };
  CJK['前天'] = { k: 'relday', v: 2 };
  for (const w of ['刚刚', '剛剛', '刚才', '剛才']) CJK[w] = { k: 'now' };
  const periods: [Period, string[]][] = [
    ['am', ['上午', '早上', '早晨', '清晨']],
    ['early', ['凌晨']],
    ['noon', ['中午']],
    ['pm', ['下午', '午后', '午後']],
    ['evening', ['晚上']],
    ['dusk', ['傍晚']],
  ];
  for (const [v, names] of periods) for (const n of names) CJK[n] = { k: 'period', v };
  const numerals = ['日', '一', '二', '三', '四', '五', '六'];
  numerals.forEach((c, v) => {
    for (const prefix of ['周', '週', '星期', '礼拜', '禮拜']) CJK[prefix + c] = { k: 'weekday', v };
  });
  for (const prefix of ['周', '週', '星期', '礼拜', '禮拜']) CJK[prefix + '天'] = { k: 'weekday', v: 0 };
  const cjkUnits: [Unit, string[]][] = [
    ['s', ['秒', '秒钟', '秒鐘']],
    ['min', ['分', '分钟', '分鐘']],
    ['h', ['小时', '小時', '个小时', '個小時']],
    ['d', ['天']],
    ['w', ['周', '週', '星期', '个星期', '個星期']],
  ];
  for (const [v, names] of cjkUnits) for (const n of names) CJK[n] = { k: 'unit', v, zh: true };
  CJK['前'] = { k: 'ago' };
}
const CJK_LONGEST = 3;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatin = (c: number) => c >= 97 && c <= 122;
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0x200b || c === 0x200e || c === 0x200f;
/** Kept as tokens: they separate date parts. */
const SEPARATORS = '/-.:';
/** Dropped: they only decorate ("Sat, Nov 28", "(星期六)"). */
const DECORATION = ',()、';
const FILLER = new Set(['at', 'on']);

function tokenize(s: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      if (j - i > 4) return undefined;
      out.push({ k: 'n', v: Number(s.slice(i, j)), len: j - i });
      i = j;
    } else if (isLatin(c)) {
      let j = i;
      while (j < s.length && isLatin(s.charCodeAt(j))) j++;
      const word = s.slice(i, j);
      i = j;
      // "a.m." / "p.m."
      if ((word === 'a' || word === 'p') && s[i] === '.' && s[i + 1] === 'm') {
        i += s[i + 2] === '.' ? 3 : 2;
        out.push({ k: 'period', v: word === 'a' ? 'am' : 'pm' });
        continue;
      }
      if (FILLER.has(word)) continue;
      const t = Object.prototype.hasOwnProperty.call(LATIN, word) ? LATIN[word] : undefined;
      if (!t) return undefined;
      out.push(t);
      // "Nov. 28", "Sat. 11:41"
      if ((t.k === 'month' || t.k === 'weekday') && s[i] === '.') i++;
    } else if (isCjk(c)) {
      let matched: Token | undefined;
      for (let n = CJK_LONGEST; n >= 1 && !matched; n--) {
        const w = s.slice(i, i + n);
        if (w.length === n && Object.prototype.hasOwnProperty.call(CJK, w)) {
          matched = CJK[w];
          i += n;
        }
      }
      if (!matched) return undefined;
      out.push(matched);
    } else if (DECORATION.includes(s[i]!)) {
      i++;
    } else if (SEPARATORS.includes(s[i]!)) {
      out.push({ k: 'p', v: s[i]! });
      i++;
    } else {
      return undefined;
    }
  }
  return out;
}

// ----------------------------------------------------------------- reading

interface Parts {
  y?: number;
  mo?: number;
  d?: number;
  weekday?: number;
  relday?: number;
  h?: number;
  mi?: number;
  s?: number;
  period?: Period;
  ago?: { n: number; unit: Unit };
  now?: boolean;
}

/** Reads the tokens into parts; undefined when a part repeats or a token does not fit. */
function read(tokens: Token[]): Parts | undefined {
  const p: Parts = {};
  const at = (i: number) => tokens[i];
  const num = (i: number, maxLen = 4) => {
    const t = tokens[i];
    return t && t.k === 'n' && t.len <= maxLen ? t : undefined;
  };
  const sep = (i: number, chars: string) => {
    const t = tokens[i];
    return t && t.k === 'p' && chars.includes(t.v) ? t.v : undefined;
  };
  const setDate = (y: number | undefined, mo: number, d: number) => {
    if (p.mo !== undefined) return false;
    p.y = y;
    p.mo = mo;
    p.d = d;
    return true;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    switch (t.k) {
      case 'n': {
        // 23:41, 9:12, 23:41:05
        if (sep(i + 1, ':') && t.len <= 2) {
          const mi = num(i + 2, 2);
          if (!mi || mi.len !== 2 || p.h !== undefined) return undefined;
          p.h = t.v;
          p.mi = mi.v;
          i += 3;
          if (sep(i, ':')) {
            const s = num(i + 1, 2);
            if (!s || s.len !== 2) return undefined;
            p.s = s.v;
            i += 2;
          }
          break;
        }
        // 2026/11/28, 2026-11-28, 2026.11.28
        const s1 = sep(i + 1, '/-.');
        if (s1 && t.len === 4) {
          const mo = num(i + 2, 2);
          const d = num(i + 4, 2);
          if (!mo || sep(i + 3, s1) !== s1 || !d || !setDate(t.v, mo.v, d.v)) return undefined;
          i += 5;
          break;
        }
        // 28/11/2026, 11/28/2026, 11/28/26, 11/28
        if (s1 && t.len <= 2) {
          const b = num(i + 2, 2);
          if (!b) return undefined;
          let y: number | undefined;
          let used = 3;
          if (sep(i + 3, s1) === s1) {
            const yt = num(i + 4);
            if (!yt || (yt.len !== 4 && yt.len !== 2)) return undefined;
            y = yt.len === 2 ? 2000 + yt.v : yt.v;
            used = 5;
          } else if (s1 === '-') {
            // "11-28 23:41": Chinese sites write month-day so; nobody writes day-month with dashes and no year
            if (t.len !== 2 || b.len !== 2 || t.v > 12) return undefined;
          } else if (s1 !== '/') {
            return undefined; // "28.11" alone: too loose to read
          }
          // Day first when the first number cannot be a month; otherwise month first (en-US).
          const [mo, d] = t.v > 12 ? [b.v, t.v] : [t.v, b.v];
          if (!setDate(y, mo, d)) return undefined;
          i += used;
          break;
        }
        if (s1) return undefined;
        const next = at(i + 1);
        // 2026年11月28日
        if (next?.k === 'mark' && next.v === 'year') {
          const mo = num(i + 2, 2);
          const mm = at(i + 3);
          const d = num(i + 4, 2);
          if (t.len !== 4 || !mo || mm?.k !== 'mark' || mm.v !== 'month' || !d) return undefined;
          const dm = at(i + 5);
          if (!setDate(t.v, mo.v, d.v)) return undefined;
          i += dm?.k === 'mark' && dm.v === 'day' ? 6 : 5;
          break;
        }
        // 11月28日
        if (next?.k === 'mark' && next.v === 'month') {
          const d = num(i + 2, 2);
          if (t.len > 2 || !d || !setDate(undefined, t.v, d.v)) return undefined;
          const dm = at(i + 3);
          i += dm?.k === 'mark' && dm.v === 'day' ? 4 : 3;
          break;
        }
        // 5 分钟前, 5分鐘前, 2 hours ago, 5 min, 3h
        if (next?.k === 'unit') {
          if (p.ago) return undefined;
          p.ago = { n: t.v, unit: next.v };
          const after = at(i + 2);
          if (after?.k === 'ago') i += 3;
          else if (tokens.length === 2 && !next.zh) i += 2; // "5 min", "3h": Google's short form, alone
          else return undefined;
          break;
        }
        // 20 Aug 2025, 28 November
        if (next?.k === 'month' && t.len <= 2) {
          let y: number | undefined;
          const yt = num(i + 2);
          if (yt && yt.len === 4) y = yt.v;
          if (!setDate(y, next.v, t.v)) return undefined;
          i += y === undefined ? 2 : 3;
          break;
        }
        return undefined;
      }
      case 'one': {
        // "a minute ago", "an hour ago"
        const unit = at(i + 1);
        if (unit?.k !== 'unit' || unit.zh || at(i + 2)?.k !== 'ago' || p.ago) return undefined;
        p.ago = { n: 1, unit: unit.v };
        i += 3;
        break;
      }
      case 'month': {
        // Nov 28, Nov 28, 2026
        const d = num(i + 1, 2);
        if (!d) return undefined;
        let y: number | undefined;
        const yt = num(i + 2);
        if (yt && yt.len === 4) y = yt.v;
        if (!setDate(y, t.v, d.v)) return undefined;
        i += y === undefined ? 2 : 3;
        break;
      }
      case 'weekday':
        if (p.weekday !== undefined) return undefined;
        p.weekday = t.v;
        i++;
        break;
      case 'relday':
        if (p.relday !== undefined) return undefined;
        p.relday = t.v;
        i++;
        break;
      case 'period':
        if (p.period !== undefined) return undefined;
        p.period = t.v;
        i++;
        break;
      case 'now':
        if (p.now) return undefined;
        p.now = true;
        i++;
        break;
      case 'just':
        if (at(i + 1)?.k !== 'now' || p.now) return undefined;
        p.now = true;
        i += 2;
        break;
      default:
        return undefined;
    }
  }
  return p;
}

/** Hour of day (0–23) from a clock hour and the day period it was written with, or undefined when they do not fit together. */
function hour24(h: number, period: Period | undefined): number | undefined {
  if (period === undefined) return h <= 23 ? h : undefined;
  switch (period) {
    case 'am': // 上午0:41 (zh-CN), 上午12:41 (zh-TW), 12:41 AM
      return h <= 11 ? h : h === 12 ? 0 : undefined;
    case 'early': // 凌晨1:05, 凌晨12:41
      return h <= 6 ? h : h === 12 ? 0 : undefined;
    case 'pm': // 下午0:41 (zh-CN) and 12:41 PM are 12:41; 下午 13:19 says it twice
      return h === 0 || h === 12 ? 12 : h <= 11 ? h + 12 : h <= 23 ? h : undefined;
    case 'noon': // 中午12:30, 中午1:05, 中午11:50
      return h === 0 || h === 12 ? 12 : h === 11 ? 11 : h <= 2 ? h + 12 : h === 13 || h === 14 ? h : undefined;
    case 'evening': // 晚上7:41 … 晚上11:41; 晚上12 could be either midnight, so it is not read
      return h >= 5 && h <= 11 ? h + 12 : h >= 17 && h <= 23 ? h : undefined;
    case 'dusk': // 傍晚6:10
      return h >= 4 && h <= 7 ? h + 12 : h >= 16 && h <= 19 ? h : undefined;
  }
}

const UNIT_MS: Record<Unit, number> = { s: 1000, min: MINUTE, h: HOUR, d: DAY, w: 7 * DAY };

function resolve(p: Parts, now: number, f: Zone): MessageTime | undefined {
  const hasTime = p.h !== undefined;
  const hasDate = p.mo !== undefined;
  const named = hasTime || hasDate || p.weekday !== undefined || p.relday !== undefined;
  if (p.now) {
    // "刚刚", "Just now": nothing else may come with it
    return named || p.ago || p.period !== undefined ? undefined : { at: now, precision: 'minute' };
  }
  if (p.ago && !named) {
    // "5 分钟前", "3h", "3 天前"
    if (p.period !== undefined) return undefined;
    const { n, unit } = p.ago;
    if (unit === 'd' || unit === 'w') {
      const today = localDay(now, f);
      const at = epochOf(today - (n * UNIT_MS[unit]) / DAY, 12 * 60, 0, f);
      return at === undefined ? undefined : { at, precision: 'day' };
    }
    return { at: now - n * UNIT_MS[unit], precision: 'minute' };
  }
  if (p.period !== undefined && !hasTime) return undefined; // "上午" alone says no time
  let minuteOfDay = 12 * 60;
  let second = 0;
  if (hasTime) {
    const h = hour24(p.h!, p.period);
    if (h === undefined || p.mi! > 59 || (p.s ?? 0) > 59) return undefined;
    minuteOfDay = h * 60 + p.mi!;
    second = p.s ?? 0;
  }
  const at = (day: number) => epochOf(day, minuteOfDay, second, f);
  const today = localDay(now, f);
  const thisYear = new Date(today * DAY).getUTCFullYear();

  let day: number | undefined;
  if (hasDate) {
    if (p.relday !== undefined) return undefined; // "昨天 11月28日": two days named
    if (p.y !== undefined) {
      day = civilDay(p.y, p.mo!, p.d!);
    } else {
      // No year: the most recent occurrence that is not in the future (Feb 29 goes back to a leap year).
      const limit = hasTime ? now + CLOCK_SLACK_MS : Infinity;
      for (let y = thisYear; y >= thisYear - 8 && day === undefined; y--) {
        const candidate = civilDay(y, p.mo!, p.d!);
        if (candidate === undefined || candidate > today) continue;
        const t = at(candidate);
        if (t !== undefined && t > limit) continue;
        day = candidate;
      }
    }
  } else if (p.relday !== undefined) {
    day = today - p.relday;
  } else if (p.weekday !== undefined) {
    // The most recent such day before today (today itself shows as a time).
    day = today - ((weekdayOf(today) - p.weekday + 7) % 7 || 7);
  } else if (hasTime) {
    // A time alone is today's, or yesterday's when today's is still to come.
    const t = at(today);
    day = t !== undefined && t > now + CLOCK_SLACK_MS ? today - 1 : today;
  } else {
    return undefined;
  }
  if (day === undefined) return undefined;
  if (p.weekday !== undefined && weekdayOf(day) !== p.weekday) return undefined; // "Fri, Nov 28, 2026" is not true
  const result = at(day);
  if (result === undefined) return undefined;
  if (p.ago) {
    // Gmail's "Aug 20, 2025, 1:19 PM (3 days ago)": the two must agree, or neither is believed.
    const u = UNIT_MS[p.ago.unit];
    if (Math.abs(result - (now - p.ago.n * u)) > u + (hasTime ? CLOCK_SLACK_MS : DAY)) return undefined;
  }
  return { at: result, precision: hasTime ? 'minute' : 'day' };
}

/** The last place `marker` starts at the start of s or right after `before` (". " or a space), or -1. Linear: each search resumes where the last stopped. */
function lastMarker(s: string, marker: string, fits: (i: number) => boolean): number {
  let from = s.length;
  while (from >= 0) {
    const i = s.lastIndexOf(marker, from);
    if (i < 0) return -1;
    if (fits(i)) return i;
    from = i - 1;
  }
  return -1;
}

/**
 * The part of a long attribute that holds the time: Google Messages'
 * "… said: TEXT. Received on DATE at TIME. Read." and NetEase's "… 时间：…".
 * The markers count only where the site puts them (after the text's closing
 * ". ", or after a space), so a message that itself says "payment received on
 * Nov 3" or a subject "还款时间：11月30日" is not read as the time.
 */
function timeLabel(s: string): string {
  const afterSentence = (i: number) => i === 0 || (s[i - 1] === ' ' && s[i - 2] === '.');
  const received = lastMarker(s, 'Received on ', afterSentence);
  const sent = lastMarker(s, 'Sent on ', afterSentence);
  if (received >= 0 || sent >= 0) {
    const start = received > sent ? received + 'Received on '.length : sent + 'Sent on '.length;
    let tail = s.slice(start);
    const end = tail.indexOf('. ');
    if (end >= 0) tail = tail.slice(0, end);
    return tail.endsWith('.') ? tail.slice(0, -1) : tail;
  }
  const afterSpace = (i: number) => i === 0 || isSpace(s.charCodeAt(i - 1));
  const zh = Math.max(lastMarker(s, '时间', afterSpace), lastMarker(s, '時間', afterSpace));
  if (zh >= 0) {
    let i = zh + 2;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (s[i] === ':') return s.slice(i + 1);
  }
  return s;
}

/**
 * The sent time a site shows for a message, as a MessageTime, or undefined
 * when the text cannot be read with confidence, names a time more than a day
 * after ctx.now, or one before 2000.
 */
export function parsePageTime(text: string, ctx: TimeContext): MessageTime | undefined {
  if (typeof text !== 'string' || !Number.isFinite(ctx.now)) return undefined;
  const f = zoneFor(ctx.timeZone);
  if (!f) return undefined;
  const raw = text.length > MAX_SCAN ? text.slice(-MAX_SCAN) : text;
  // NFKC: full-width digits and colons, no-break and narrow no-break spaces ("11:41\u202fPM").
  const label = timeLabel(raw.normalize('NFKC')).trim().toLowerCase();
  if (!label || label.length > MAX_TIME_TEXT) return undefined;
  const tokens = tokenize(label);
  if (!tokens || tokens.length === 0) return undefined;
  const parts = read(tokens);
  if (!parts) return undefined;
  let t: MessageTime | undefined;
  try {
    t = resolve(parts, ctx.now, f);
  } catch {
    return undefined;
  }
  if (!t || !Number.isFinite(t.at) || t.at < EARLIEST || t.at > ctx.now + FUTURE_LIMIT_MS) return undefined;
  return t;
}

// ----------------------------------------------------------------- display

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dateText(w: Wall): string {
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}

function minuteText(at: number, f: Zone): string {
  const w = wallOf(at, f);
  const off = Math.round(offsetAt(at, f) / MINUTE);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${dateText(w)} ${pad(w.h)}:${pad(w.mi)} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/**
 * A sent time for the card and the evidence log: "2026-11-28 23:41 (UTC+08:00)",
 * "2026-11-28 (time not shown)" for a day, and for an unknown time the moment
 * the message was seen, said to be that and not its sent time.
 */
export function formatSentTime(t: MessageTime | undefined, seenAt: number, locale: Locale, timeZone?: string): string {
  const f = zoneFor(timeZone) ?? zoneFor(undefined)!;
  if (t && Number.isFinite(t.at)) {
    if (t.precision === 'day') return translate(locale, 'time.dayOnly', { date: dateText(wallOf(t.at, f)) });
    return minuteText(t.at, f);
  }
  return translate(locale, 'time.unknown', { seen: Number.isFinite(seenAt) ? minuteText(seenAt, f) : '?' });
}
