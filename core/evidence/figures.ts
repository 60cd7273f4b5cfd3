/**
 * HARASSMENT FIGURES: what the evidence log says about ONE number, counted in
 * the reader's local time, for a complaint. Pure TypeScript, no browser APIs.
 *
 * Input: the contacts of one number (sightings in the evidence log and the
 * user's own reports), in any order. Output: plain, serialisable figures plus a
 * non-enumerable `statements(locale)` (see statements.ts) that phrases them as
 * shared/reference/rights-facts.md allows.
 *
 * DEFINITIONS (all in the local time of `utcOffsetMinutes` or `timeZone`):
 * - Local day: the calendar day of the local wall clock. DST days are simply
 *   shorter or longer (America/New_York 2026-03-08 has 23 h, 2026-11-01 has 25 h).
 * - Contact time: when the contact happened (a message's SENT time, from the
 *   page), never when the user happened to look. A contact whose time is not
 *   known (`at` absent or null) is COUNTED (in `total` and `untimed`) but
 *   placed on no day and in no hour: it is never a night contact. A contact
 *   whose `precision` is 'day' ("昨天", "Nov 28") is counted on its local day
 *   but in no hour: never a night contact either (`dayOnly`).
 * - Input hygiene: a contact whose `at` is given but is not a finite epoch ms
 *   within the Date range is IGNORED (counted in `ignored`). A kind outside the
 *   union is counted as 'unknown'.
 * - One message, one contact: contacts with the same `id` (a message id) are
 *   one contact, whatever their times (a known time beats an unknown one, a
 *   minute beats a day, then the earliest time: independent of input order). Two
 *   contacts with no id, the same `at` AND the same kind are one contact seen
 *   twice (a call reported twice) and are merged; contacts with different ids
 *   are never merged, even at the same minute. Merged contacts are counted in
 *   `mergedDuplicates`, unless `duplicates: 'keep'`; on a complaint, a figure
 *   that is too high costs more credibility than one that is slightly low.
 * - Night, CN: local time in [22:00:00.000, 08:00:00.000): 22:00:00 is inside,
 *   07:59:59.999 is inside, 08:00:00 is outside, 21:59:59.999 is outside.
 *   (R: 《互联网金融贷后催收业务指引》 2024 and 银行业协会指引 2026 reportedly say
 *   no collection 22:00-08:00 unless agreed.)
 * - Night, US: before 08:00:00.000, or AFTER 21:00:00.000: 07:59:59.999 is
 *   inside, 08:00:00 is outside, 21:00:00.000 itself is OUTSIDE, 21:00:00.001
 *   is inside. The statute and the regulation say "before 8 o'clock
 *   antemeridian and after 9 o'clock postmeridian" (15 U.S.C. 1692c(a)(1); 12 CFR
 *   1006.6(b)(1)(i): "Before 8:00 a.m. and after 9:00 p.m."), the facts file
 *   says the same, and core/rights `isRestrictedHour` draws the line at the
 *   same instant, so a card and a complaint never disagree about one contact
 *   and a statement saying "after 9 p.m." is literally true of every contact it
 *   counts. (To count 21:00:00 as well, change `> NINE_PM` to `>= NINE_PM` below.)
 * - US 7-in-7 (12 CFR 1006.14(b)(2), R, a presumption): only kind 'call'
 *   counts (sms, email, message and unknown do not). "Within a period of seven
 *   consecutive days" is read as seven consecutive CALENDAR days in the
 *   consumer's local time: days d..d+6 inclusive, whatever their length in
 *   hours (a period containing 2026-03-08 is 167 h long). So 8 calls from
 *   d 23:00 to d+7 01:00 are 8 calls within 170 h but never more than 7 within
 *   one period of 7 calendar days: not exceeded. `exceeded` = the busiest period
 *   has more than 7 calls. The rule counts per debt; we count per number.
 *   The second presumption (a call within 7 days after a telephone
 *   conversation) is NOT computed: the log cannot tell whether a conversation
 *   took place, only that a call was seen or reported.
 * - CN daily calls: days with more than 3 contacts of kind 'call'. The 2024
 *   guideline reportedly allows at most 3 CONNECTED calls a day from one lender
 *   and its agencies; the log cannot tell connected from unanswered calls, so
 *   these are days above that number of calls, not findings of a breach.
 */
import type { Jurisdiction, RightsLocale } from '../rights';
import { figureStatements, type FigureStatement } from './statements';
import { dayString, localTime, resolveZone, type ZoneOptions } from './zone';

export type ContactKind = 'call' | 'sms' | 'email' | 'message' | 'unknown';
export const CONTACT_KINDS: readonly ContactKind[] = ['call', 'sms', 'email', 'message', 'unknown'];

export interface Contact {
  /** When the contact happened, epoch ms (a message's sent time); absent or null when not known. */
  at?: number | null;
  kind: ContactKind;
  /** How exactly `at` is known: 'day' means only its local day (at = a time on that day). Default 'minute'. */
  precision?: 'minute' | 'day';
  /** The message's stable id: contacts with the same id are one contact. */
  id?: string;
}

export type FiguresOptions = ZoneOptions & {
  jurisdiction: Jurisdiction;
  /** 'merge' (default): one contact per id, and per `at` and kind among contacts without id. 'keep': every entry counts. */
  duplicates?: 'merge' | 'keep';
};

export interface DayCount {
  /** Local 'YYYY-MM-DD'. */
  day: string;
  /** All contacts that day. */
  count: number;
  /** Contacts of kind 'call' that day. */
  calls: number;
  /** Contacts in the night window that day. */
  night: number;
}

export interface NightFigures {
  /** Contacts in the restricted window (only contacts known to the minute). */
  count: number;
  /** Their timestamps (epoch ms), ascending. */
  list: number[];
  /** The window, exactly: '[22:00, 08:00)' or 'before 08:00 or after 21:00'. */
  window: string;
}

export interface SevenInSeven {
  /** More than 7 calls in some period of 7 consecutive local calendar days. */
  exceeded: boolean;
  /** Calls in the busiest such period (0 when there are no calls). */
  maxCallsIn7Days: number;
  /**
   * The busiest period (the earliest, on a tie), when there is at least one call:
   * `from`/`to` are the first and last call in it (epoch ms), `firstDay`/`lastDay`
   * the 7 local days d..d+6 starting on the first call's day.
   */
  window?: { from: number; to: number; firstDay: string; lastDay: string };
}

export interface DailyCallsDay {
  day: string;
  calls: number;
}

interface FiguresCommon {
  /** The zone the figures are counted in: 'UTC+08:00' or an IANA name. */
  zone: string;
  /** Contacts counted (after merging duplicates), with or without a known time. */
  total: number;
  /** Of total: contacts with no known time (placed on no day, in no hour, never night). */
  untimed: number;
  /** Of total: contacts whose day is known but not their time of day (counted on their day, never night). */
  dayOnly: number;
  /** Entries dropped because `at` was given but was not a valid time. */
  ignored: number;
  /** Entries merged into another of the same message (same id) or, without ids, the same `at` and kind. */
  mergedDuplicates: number;
  byKind: Record<ContactKind, number>;
  firstAt: number | null;
  lastAt: number | null;
  /** Local days of the first and last contact. */
  firstDay: string | null;
  lastDay: string | null;
  /** Distinct local calendar days with at least one contact. */
  days: number;
  /** One entry per day with contact, ascending by day. */
  perDay: DayCount[];
  /** The day with the most contacts (the earliest, on a tie); null when empty. */
  maxPerDay: { day: string; count: number } | null;
  /** Contacts on a known day / days; 0 when none. */
  averagePerActiveDay: number;
  night: NightFigures;
}

export interface CNFiguresData extends FiguresCommon {
  jurisdiction: 'CN';
  /** Days with more than 3 calls (see DEFINITIONS), ascending. */
  overDailyCallGuideline: DailyCallsDay[];
}

export interface USFiguresData extends FiguresCommon {
  jurisdiction: 'US';
  sevenInSeven: SevenInSeven;
}

export type HarassmentFiguresData = CNFiguresData | USFiguresData;

export interface WithStatements {
  /** Short sentences for a complaint (statements.ts). Non-enumerable: not in JSON or structured clones. */
  statements(locale: RightsLocale): FigureStatement[];
}

export type CNFigures = CNFiguresData & WithStatements;
export type USFigures = USFiguresData & WithStatements;
export type HarassmentFigures = CNFigures | USFigures;

// ---------------------------------------------------------------- windows

const HOUR = 3_600_000;
const EIGHT_AM = 8 * HOUR;
const TEN_PM = 22 * HOUR;
const NINE_PM = 21 * HOUR;

/** Calls allowed in 7 days before the US presumption; more is "more than 7". */
export const US_CALLS_IN_7_DAYS = 7;
/** Reported CN daily cap on connected calls; more calls than this on a day is listed. */
export const CN_DAILY_CALLS = 3;

export const NIGHT_WINDOW: Readonly<Record<Jurisdiction, string>> = {
  CN: '[22:00, 08:00)',
  US: 'before 08:00 or after 21:00',
};

/** Whether a local time of day (ms since local midnight) is in the jurisdiction's night window. */
export function isNightTime(msOfDay: number, jurisdiction: Jurisdiction): boolean {
  if (jurisdiction === 'CN') return msOfDay >= TEN_PM || msOfDay < EIGHT_AM;
  return msOfDay < EIGHT_AM || msOfDay > NINE_PM;
}

// ---------------------------------------------------------------- computation

const MAX_TIME = 8.64e15;
const KINDS: ReadonlySet<string> = new Set(CONTACT_KINDS);

interface Located {
  at: number;
  kind: ContactKind;
  precision: 'minute' | 'day';
  dayIndex: number;
  day: string;
  night: boolean;
}

export function harassmentFigures(
  contacts: readonly Contact[],
  options: FiguresOptions & { jurisdiction: 'CN' },
): CNFigures;
export function harassmentFigures(
  contacts: readonly Contact[],
  options: FiguresOptions & { jurisdiction: 'US' },
): USFigures;
export function harassmentFigures(contacts: readonly Contact[], options: FiguresOptions): HarassmentFigures;
export function harassmentFigures(contacts: readonly Contact[], options: FiguresOptions): HarassmentFigures {
  const { jurisdiction } = options;
  if (jurisdiction !== 'CN' && jurisdiction !== 'US') throw new RangeError(`unknown jurisdiction: ${String(jurisdiction)}`);
  const clock = resolveZone(options);
  const merge = options.duplicates !== 'keep';

  // Clean: drop broken times, keep unknown ones apart.
  let ignored = 0;
  type Clean = { at: number | undefined; kind: ContactKind; precision: 'minute' | 'day'; id: string | undefined };
  const cleaned: Clean[] = [];
  for (const c of contacts) {
    const at = c?.at;
    const known = at !== undefined && at !== null;
    if (known && (typeof at !== 'number' || !Number.isFinite(at) || Math.abs(at) > MAX_TIME)) {
      ignored++;
      continue;
    }
    cleaned.push({
      at: known ? at : undefined,
      kind: KINDS.has(c.kind) ? c.kind : 'unknown',
      precision: c.precision === 'day' ? 'day' : 'minute',
      id: typeof c.id === 'string' ? c.id : undefined,
    });
  }
  let mergedDuplicates = 0;
  // One message, one contact: by id, keeping the best-known time.
  const rank = (c: Clean) => (c.at === undefined ? 0 : c.precision === 'day' ? 1 : 2);
  const byId = new Map<string, Clean>();
  const anonymous: Clean[] = [];
  for (const c of cleaned) {
    if (!merge || c.id === undefined) {
      anonymous.push(c);
      continue;
    }
    const prev = byId.get(c.id);
    if (prev) mergedDuplicates++;
    if (!prev || rank(c) > rank(prev) || (rank(c) === rank(prev) && earlier(c, prev))) byId.set(c.id, c);
  }
  const all = [...byId.values(), ...anonymous];
  function earlier(a: Clean, b: Clean): boolean {
    if (a.at === undefined || b.at === undefined) return a.kind < b.kind;
    return a.at < b.at || (a.at === b.at && a.kind < b.kind);
  }
  const untimedList = all.filter((c) => c.at === undefined);
  // Sort by (at, kind, precision) so every figure is independent of input order.
  const clean = all
    .filter((c): c is Clean & { at: number } => c.at !== undefined)
    .sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.precision < b.precision ? -1 : a.precision > b.precision ? 1 : 0));
  const unique = merge
    ? clean.filter((c, i) => {
        // Without ids, the same time and kind is the same contact seen twice; contacts with ids were merged above.
        if (c.id !== undefined) return true;
        let j = i - 1;
        while (j >= 0 && clean[j]!.at === c.at && clean[j]!.id !== undefined) j--;
        const prev = j >= 0 ? clean[j] : undefined;
        const dup = prev !== undefined && prev.at === c.at && prev.kind === c.kind && prev.precision === c.precision;
        if (dup) mergedDuplicates++;
        return !dup;
      })
    : clean;

  const located: Located[] = unique.map((c) => {
    const t = localTime(c.at, clock);
    // A day-only time says nothing about the hour: never night.
    return { at: c.at, kind: c.kind, precision: c.precision, dayIndex: t.dayIndex, day: t.day, night: c.precision === 'minute' && isNightTime(t.msOfDay, jurisdiction) };
  });

  const byKind: Record<ContactKind, number> = { call: 0, sms: 0, email: 0, message: 0, unknown: 0 };
  for (const c of untimedList) byKind[c.kind]++;
  const days = new Map<number, DayCount>();
  for (const c of located) {
    byKind[c.kind]++;
    let d = days.get(c.dayIndex);
    if (!d) days.set(c.dayIndex, (d = { day: c.day, count: 0, calls: 0, night: 0 }));
    d.count++;
    if (c.kind === 'call') d.calls++;
    if (c.night) d.night++;
  }
  const dayIndexes = [...days.keys()].sort((a, b) => a - b);
  const perDay = dayIndexes.map((i) => days.get(i)!);

  let maxPerDay: { day: string; count: number } | null = null;
  for (const d of perDay) if (!maxPerDay || d.count > maxPerDay.count) maxPerDay = { day: d.day, count: d.count };

  const dated = located.length;
  const total = dated + untimedList.length;
  const first = located[0];
  const last = located[located.length - 1];
  const nightList = located.filter((c) => c.night).map((c) => c.at);

  const common: FiguresCommon = {
    zone: clock.label,
    total,
    untimed: untimedList.length,
    dayOnly: located.filter((c) => c.precision === 'day').length,
    ignored,
    mergedDuplicates,
    byKind,
    firstAt: first ? first.at : null,
    lastAt: last ? last.at : null,
    // The first and last local days with contact (= the days of firstAt/lastAt,
    // except if a backward clock change crossed midnight).
    firstDay: perDay[0]?.day ?? null,
    lastDay: perDay[perDay.length - 1]?.day ?? null,
    days: perDay.length,
    perDay,
    maxPerDay,
    averagePerActiveDay: perDay.length === 0 ? 0 : dated / perDay.length,
    night: { count: nightList.length, list: nightList, window: NIGHT_WINDOW[jurisdiction] },
  };

  const calls = located.filter((c) => c.kind === 'call');
  const data: HarassmentFiguresData =
    jurisdiction === 'US'
      ? { jurisdiction, ...common, sevenInSeven: sevenInSeven(calls) }
      : {
          jurisdiction,
          ...common,
          overDailyCallGuideline: perDay.filter((d) => d.calls > CN_DAILY_CALLS).map((d) => ({ day: d.day, calls: d.calls })),
        };
  Object.defineProperty(data, 'statements', {
    value: (locale: RightsLocale) => figureStatements(data, locale),
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return data as HarassmentFigures;
}

/** The busiest period of 7 consecutive local calendar days d..d+6 (see DEFINITIONS). */
function sevenInSeven(calls: readonly Located[]): SevenInSeven {
  // By local day, then instant: a window is a run of days, whatever the instants.
  const byDay = [...calls].sort((a, b) => a.dayIndex - b.dayIndex || a.at - b.at);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let i = 0;
  for (let j = 0; j < byDay.length; j++) {
    while (byDay[j]!.dayIndex - byDay[i]!.dayIndex > 6) i++;
    const n = j - i + 1;
    // Strictly greater: the earliest busiest period wins.
    if (n > best) {
      best = n;
      bestStart = i;
      bestEnd = j;
    }
  }
  if (best === 0) return { exceeded: false, maxCallsIn7Days: 0 };
  // byDay[bestStart] is the first call of its day, and no later call falls within
  // 6 days of it (that would make a longer run), so the period d..d+6 starting on
  // that day holds exactly the calls bestStart..bestEnd.
  const firstDayIndex = byDay[bestStart]!.dayIndex;
  const inWindow = byDay.slice(bestStart, bestEnd + 1);
  // byDay is in time order within and across days, so the window's first and last calls are its ends
  // (no Math.min(...ats): spreading a long array into arguments overflows the stack).
  return {
    exceeded: inWindow.length > US_CALLS_IN_7_DAYS,
    maxCallsIn7Days: inWindow.length,
    window: {
      from: inWindow[0]!.at,
      to: inWindow[inWindow.length - 1]!.at,
      firstDay: dayString(firstDayIndex),
      lastDay: dayString(firstDayIndex + 6),
    },
  };
}
