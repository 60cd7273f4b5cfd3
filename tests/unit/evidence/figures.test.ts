import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CONTACT_KINDS,
  figureStatements,
  harassmentFigures,
  isNightTime,
  localTime,
  resolveZone,
  type Contact,
  type ContactKind,
  type FigureStatement,
  type FiguresOptions,
  type HarassmentFigures,
} from '../../../core/evidence';
import { isRestrictedHour, type Jurisdiction, type RightsLocale } from '../../../core/rights';

// ---------------------------------------------------------------- helpers

const LOCALES: readonly RightsLocale[] = ['zh_CN', 'zh_TW', 'en'];
const DAY = 86_400_000;
const HOUR = 3_600_000;
const t = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${iso}`);
  return ms;
};
const call = (iso: string): Contact => ({ at: t(iso), kind: 'call' });
const sms = (iso: string): Contact => ({ at: t(iso), kind: 'sms' });
const of = (kind: ContactKind, iso: string): Contact => ({ at: t(iso), kind });
const CN8: FiguresOptions & { jurisdiction: 'CN' } = { jurisdiction: 'CN', utcOffsetMinutes: 480 };
const NY: FiguresOptions & { jurisdiction: 'US' } = { jurisdiction: 'US', timeZone: 'America/New_York' };
const LA: FiguresOptions & { jurisdiction: 'US' } = { jurisdiction: 'US', timeZone: 'America/Los_Angeles' };
const days = (f: HarassmentFigures): Array<[string, number]> => f.perDay.map((d) => [d.day, d.count]);
const dayOf = (at: number, opts: FiguresOptions): string => harassmentFigures([{ at, kind: 'sms' }], opts).perDay[0]!.day;
const isNight = (at: number, opts: FiguresOptions): boolean => harassmentFigures([{ at, kind: 'sms' }], opts).night.count === 1;
/** `n` calls, one an hour from `iso`. */
const callsFrom = (iso: string, n: number, stepMs = HOUR): Contact[] =>
  Array.from({ length: n }, (_, i) => ({ at: t(iso) + i * stepMs, kind: 'call' as const }));

// ---------------------------------------------------------------- facts file

const SHARED = resolve(process.cwd(), '../shared/reference/rights-facts.md');
const SNAPSHOT = resolve(process.cwd(), 'tests/unit/rights/rights-facts.snapshot.md');
const FACTS = readFileSync(existsSync(SHARED) ? SHARED : SNAPSHOT, 'utf8');
/** Table rows: cells joined by single spaces; status = first letter of the last cell. */
const FACTS_ROWS = FACTS.split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|?$/.test(l))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/\s+/g, ' ')))
  .filter((cells) => !['Source', 'Number'].includes(cells[0] ?? ''))
  .map((cells) => ({ text: cells.join(' '), status: (cells[cells.length - 1] ?? '').charAt(0) }));

// ---------------------------------------------------------------- empty and hygiene

describe('empty input', () => {
  it.each([
    ['CN offset', CN8],
    ['US IANA', NY],
  ] as const)('%s: zeros, nulls, no statements', (_name, opts) => {
    const f = harassmentFigures([], opts);
    expect(f).toMatchObject({
      total: 0,
      ignored: 0,
      mergedDuplicates: 0,
      firstAt: null,
      lastAt: null,
      firstDay: null,
      lastDay: null,
      days: 0,
      perDay: [],
      maxPerDay: null,
      averagePerActiveDay: 0,
      night: { count: 0, list: [] },
    });
    for (const l of LOCALES) expect(f.statements(l)).toEqual([]);
    if (f.jurisdiction === 'US') expect(f.sevenInSeven).toEqual({ exceeded: false, maxCallsIn7Days: 0 });
    else expect(f.overDailyCallGuideline).toEqual([]);
  });
});

describe('input hygiene', () => {
  it('ignores entries whose time is not a valid epoch ms', () => {
    const f = harassmentFigures(
      [
        { at: NaN, kind: 'call' },
        { at: Infinity, kind: 'call' },
        { at: 9e15, kind: 'call' },
        { at: '1' as unknown as number, kind: 'call' },
        call('2026-03-10T12:00:00+08:00'),
      ],
      CN8,
    );
    expect(f.total).toBe(1);
    expect(f.ignored).toBe(4);
  });

  it('counts a kind outside the union as unknown', () => {
    const f = harassmentFigures([{ at: t('2026-03-10T12:00:00+08:00'), kind: 'fax' as ContactKind }], CN8);
    expect(f.byKind).toEqual({ call: 0, sms: 0, email: 0, message: 0, unknown: 1 });
  });

  it('merges the same time and kind (one message seen twice), not the same time with another kind', () => {
    const a = call('2026-03-10T12:00:00+08:00');
    const f = harassmentFigures([a, { ...a }, { ...a }, { at: a.at, kind: 'sms' }], CN8);
    expect(f.total).toBe(2);
    expect(f.mergedDuplicates).toBe(2);
    expect(f.byKind.call).toBe(1);
    expect(f.byKind.sms).toBe(1);
    const keep = harassmentFigures([a, { ...a }, { ...a }, { at: a.at, kind: 'sms' }], { ...CN8, duplicates: 'keep' });
    expect(keep.total).toBe(4);
    expect(keep.mergedDuplicates).toBe(0);
  });

  it('sorts unsorted input', () => {
    const f = harassmentFigures(
      [call('2026-03-12T12:00:00+08:00'), call('2026-03-10T12:00:00+08:00'), call('2026-03-11T12:00:00+08:00')],
      CN8,
    );
    expect(f.firstAt).toBe(t('2026-03-10T12:00:00+08:00'));
    expect(f.lastAt).toBe(t('2026-03-12T12:00:00+08:00'));
    expect(f.perDay.map((d) => d.day)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
  });

  it('rejects bad zones and jurisdictions', () => {
    expect(() => harassmentFigures([], { jurisdiction: 'CN', utcOffsetMinutes: NaN })).toThrow(RangeError);
    expect(() => harassmentFigures([], { jurisdiction: 'CN', utcOffsetMinutes: 19 * 60 })).toThrow(RangeError);
    expect(() => harassmentFigures([], { jurisdiction: 'US', timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => harassmentFigures([], { jurisdiction: 'US' } as FiguresOptions)).toThrow(RangeError);
    expect(() =>
      harassmentFigures([], { jurisdiction: 'US', timeZone: 'UTC', utcOffsetMinutes: 0 } as unknown as FiguresOptions),
    ).toThrow(RangeError);
    expect(() => harassmentFigures([], { jurisdiction: 'JP', utcOffsetMinutes: 540 } as unknown as FiguresOptions)).toThrow(
      RangeError,
    );
  });

  it('labels the zone', () => {
    expect(resolveZone({ utcOffsetMinutes: 480 }).label).toBe('UTC+08:00');
    expect(resolveZone({ utcOffsetMinutes: -330 }).label).toBe('UTC-05:30');
    expect(resolveZone({ utcOffsetMinutes: 0 }).label).toBe('UTC+00:00');
    expect(resolveZone({ timeZone: 'America/New_York' }).label).toBe('America/New_York');
  });
});

// ---------------------------------------------------------------- days and zones

describe('local calendar days', () => {
  it.each([
    // instant (UTC), zone, local day
    ['2026-03-10T15:59:59.999Z', { utcOffsetMinutes: 480 }, '2026-03-10'],
    ['2026-03-10T16:00:00.000Z', { utcOffsetMinutes: 480 }, '2026-03-11'],
    ['2026-03-10T16:00:00.000Z', { timeZone: 'Asia/Shanghai' }, '2026-03-11'],
    ['2026-03-10T16:00:00.000Z', { timeZone: 'Etc/GMT-8' }, '2026-03-11'],
    ['2026-03-10T02:00:00.000Z', { utcOffsetMinutes: 480 }, '2026-03-10'],
    ['2026-03-10T02:00:00.000Z', { timeZone: 'America/Los_Angeles' }, '2026-03-09'],
    ['2026-03-10T06:59:59.999Z', { timeZone: 'America/Los_Angeles' }, '2026-03-09'], // 23:59:59.999 PDT
    ['2026-03-10T07:00:00.000Z', { timeZone: 'America/Los_Angeles' }, '2026-03-10'], // 00:00 PDT
    ['2026-01-10T07:59:59.999Z', { timeZone: 'America/Los_Angeles' }, '2026-01-09'], // 23:59:59.999 PST
    ['2026-01-10T08:00:00.000Z', { timeZone: 'America/Los_Angeles' }, '2026-01-10'],
    ['2026-01-10T08:00:00.000Z', { utcOffsetMinutes: -480 }, '2026-01-10'],
    ['2026-03-10T18:29:59.999Z', { timeZone: 'Asia/Kolkata' }, '2026-03-10'],
    ['2026-03-10T18:30:00.000Z', { timeZone: 'Asia/Kolkata' }, '2026-03-11'],
    ['2026-03-10T18:30:00.000Z', { utcOffsetMinutes: 330 }, '2026-03-11'],
    ['2026-12-31T16:00:00.000Z', { utcOffsetMinutes: 480 }, '2027-01-01'],
    ['2026-12-31T15:59:59.999Z', { utcOffsetMinutes: 480 }, '2026-12-31'],
    ['2024-02-28T16:00:00.000Z', { utcOffsetMinutes: 480 }, '2024-02-29'],
    ['2024-02-29T15:59:59.999Z', { utcOffsetMinutes: 480 }, '2024-02-29'],
    ['2024-02-29T16:00:00.000Z', { utcOffsetMinutes: 480 }, '2024-03-01'],
    ['2024-03-01T04:59:59.999Z', { timeZone: 'America/New_York' }, '2024-02-29'],
    ['1969-12-31T23:59:59.999Z', { utcOffsetMinutes: 0 }, '1969-12-31'],
  ] as const)('%s in %j is %s', (iso, zone, day) => {
    expect(dayOf(t(iso), { jurisdiction: 'US', ...zone } as FiguresOptions)).toBe(day);
  });

  it('the same instants fall on different local days in UTC+8 and America/Los_Angeles', () => {
    const contacts = [call('2026-03-10T02:00:00Z'), call('2026-03-10T06:00:00Z'), call('2026-03-10T20:00:00Z')];
    // Beijing: 10:00 and 14:00 on the 10th, 04:00 on the 11th. LA (PDT): 19:00 and 23:00 on the 9th, 13:00 on the 10th.
    expect(days(harassmentFigures(contacts, CN8))).toEqual([
      ['2026-03-10', 2],
      ['2026-03-11', 1],
    ]);
    expect(days(harassmentFigures(contacts, LA))).toEqual([
      ['2026-03-09', 2],
      ['2026-03-10', 1],
    ]);
  });

  it('counts distinct days, the busiest day (earliest on a tie) and the average', () => {
    const f = harassmentFigures(
      [
        sms('2026-03-01T09:00:00+08:00'),
        sms('2026-03-01T10:00:00+08:00'),
        sms('2026-03-03T09:00:00+08:00'),
        sms('2026-03-03T10:00:00+08:00'),
        call('2026-03-05T09:00:00+08:00'),
      ],
      CN8,
    );
    expect(f.days).toBe(3);
    expect(f.maxPerDay).toEqual({ day: '2026-03-01', count: 2 });
    expect(f.averagePerActiveDay).toBeCloseTo(5 / 3);
    expect(f.firstDay).toBe('2026-03-01');
    expect(f.lastDay).toBe('2026-03-05');
  });
});

describe('DST days (America/New_York)', () => {
  it('2026-03-08 is a 23-hour day', () => {
    const f = harassmentFigures(
      [
        sms('2026-03-08T04:59:59.999Z'), // 23:59:59.999 EST on the 7th
        sms('2026-03-08T05:00:00Z'), // 00:00 EST
        sms('2026-03-08T06:59:59Z'), // 01:59:59 EST
        sms('2026-03-08T07:00:00Z'), // 03:00 EDT (02:xx never happens)
        sms('2026-03-09T03:59:59Z'), // 23:59:59 EDT on the 8th
        sms('2026-03-09T04:00:00Z'), // 00:00 EDT on the 9th
      ],
      NY,
    );
    expect(days(f)).toEqual([
      ['2026-03-07', 1],
      ['2026-03-08', 4],
      ['2026-03-09', 1],
    ]);
    // 00:00 EST, 01:59:59 EST and 03:00 EDT are before 8 a.m.; 23:59:59 EDT is after 9 p.m.
    expect(f.perDay[1]!.night).toBe(4);
  });

  it('2026-11-01 is a 25-hour day; both 01:30s are that day and both are night', () => {
    const f = harassmentFigures(
      [
        sms('2026-11-01T03:59:59Z'), // 23:59:59 EDT on Oct 31
        sms('2026-11-01T04:00:00Z'), // 00:00 EDT
        sms('2026-11-01T05:30:00Z'), // 01:30 EDT
        sms('2026-11-01T06:30:00Z'), // 01:30 EST
        sms('2026-11-02T04:59:59Z'), // 23:59:59 EST on Nov 1
        sms('2026-11-02T05:00:00Z'), // 00:00 EST on Nov 2
      ],
      NY,
    );
    expect(days(f)).toEqual([
      ['2026-10-31', 1],
      ['2026-11-01', 4],
      ['2026-11-02', 1],
    ]);
    expect(f.night.list).toContain(t('2026-11-01T05:30:00Z'));
    expect(f.night.list).toContain(t('2026-11-01T06:30:00Z'));
  });

  it('a fixed offset does not follow DST (documented): -300 puts 23:30 EDT on the next day', () => {
    const at = t('2026-07-01T03:30:00Z'); // 23:30 EDT on June 30; 22:30 at UTC-5
    expect(dayOf(at, NY)).toBe('2026-06-30');
    expect(dayOf(t('2026-07-01T04:30:00Z'), NY)).toBe('2026-07-01');
    expect(dayOf(t('2026-07-01T04:30:00Z'), { jurisdiction: 'US', utcOffsetMinutes: -300 })).toBe('2026-06-30');
  });
});

// ---------------------------------------------------------------- night windows

describe('CN night window [22:00, 08:00)', () => {
  const cases: Array<[string, boolean]> = [
    ['21:59:59', false],
    ['21:59:59.999', false],
    ['22:00:00', true],
    ['22:00:00.001', true],
    ['23:59:59.999', true],
    ['00:00:00', true],
    ['03:00:00', true],
    ['07:59:59', true],
    ['07:59:59.999', true],
    ['08:00:00', false],
    ['08:00:00.001', false],
    ['12:00:00', false],
  ];
  it.each(cases)('%s (UTC+8 offset) night=%s', (clock, night) => {
    expect(isNight(t(`2026-03-10T${clock}+08:00`), CN8)).toBe(night);
  });
  it.each(cases)('%s (Asia/Shanghai) night=%s', (clock, night) => {
    expect(isNight(t(`2026-03-10T${clock}+08:00`), { jurisdiction: 'CN', timeZone: 'Asia/Shanghai' })).toBe(night);
  });
  it.each(cases)('%s in a CN user abroad (America/Los_Angeles, PDT) night=%s', (clock, night) => {
    expect(isNight(t(`2026-07-10T${clock}-07:00`), { jurisdiction: 'CN', timeZone: 'America/Los_Angeles' })).toBe(night);
  });
});

describe('US night window: before 08:00 or after 21:00', () => {
  const cases: Array<[string, boolean]> = [
    ['00:00:00', true],
    ['07:59:59', true],
    ['07:59:59.999', true],
    ['08:00:00', false],
    ['12:00:00', false],
    ['20:59:59.999', false],
    ['21:00:00', false], // "after 9 p.m.": 21:00:00.000 itself is not after
    ['21:00:00.001', true],
    ['21:00:01', true],
    ['22:00:00', true],
    ['23:59:59.999', true],
  ];
  it.each(cases)('%s (America/New_York, EST) night=%s', (clock, night) => {
    expect(isNight(t(`2026-01-15T${clock}-05:00`), NY)).toBe(night);
  });
  it.each(cases)('%s (America/New_York, EDT) night=%s', (clock, night) => {
    expect(isNight(t(`2026-07-15T${clock}-04:00`), NY)).toBe(night);
  });
  it.each(cases)('%s (UTC-8 offset) night=%s', (clock, night) => {
    expect(isNight(t(`2026-01-15T${clock}-08:00`), { jurisdiction: 'US', utcOffsetMinutes: -480 })).toBe(night);
  });

  it.each([
    // DST days: the local wall clock decides
    ['2026-03-08T06:59:59Z', true], // 01:59:59 EST
    ['2026-03-08T11:59:59Z', true], // 07:59:59 EDT
    ['2026-03-08T12:00:00Z', false], // 08:00 EDT (would be 07:00 at EST)
    ['2026-03-09T01:00:00Z', false], // 21:00 EDT on the 8th
    ['2026-03-09T01:00:01Z', true], // 21:00:01 EDT
    ['2026-11-01T12:59:59Z', true], // 07:59:59 EST (would be 08:59:59 at EDT)
    ['2026-11-01T13:00:00Z', false], // 08:00 EST
    ['2026-11-02T02:00:00Z', false], // 21:00 EST on Nov 1
    ['2026-11-02T02:00:01Z', true],
  ] as const)('%s in America/New_York night=%s', (iso, night) => {
    expect(isNight(t(iso), NY)).toBe(night);
  });

  it('agrees with core/rights isRestrictedHour for fixed offsets (cards and complaints never disagree)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: t('2020-01-01T00:00:00Z'), max: t('2035-01-01T00:00:00Z') }),
        fc.integer({ min: -720, max: 840 }),
        fc.constantFrom<Jurisdiction>('CN', 'US'),
        fc.constantFrom(0, 1, 999, 1000, 59_999),
        (base, offset, j, ms) => {
          // snap half of the cases onto whole hours so the boundaries are hit
          const at = base % 2 === 0 ? Math.floor(base / HOUR) * HOUR - offset * 60_000 + (ms % 2 === 0 ? 0 : ms) : base;
          expect(isNight(at, { jurisdiction: j, utcOffsetMinutes: offset })).toBe(isRestrictedHour(new Date(at), j, offset));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('isNightTime is exactly the documented windows', () => {
    const H = HOUR;
    expect(isNightTime(22 * H, 'CN')).toBe(true);
    expect(isNightTime(22 * H - 1, 'CN')).toBe(false);
    expect(isNightTime(8 * H - 1, 'CN')).toBe(true);
    expect(isNightTime(8 * H, 'CN')).toBe(false);
    expect(isNightTime(21 * H, 'US')).toBe(false);
    expect(isNightTime(21 * H + 1, 'US')).toBe(true);
    expect(isNightTime(8 * H - 1, 'US')).toBe(true);
    expect(isNightTime(8 * H, 'US')).toBe(false);
  });

  it('lists the night contacts in time order', () => {
    const f = harassmentFigures(
      [sms('2026-01-15T23:00:00-05:00'), call('2026-01-15T12:00:00-05:00'), call('2026-01-15T06:00:00-05:00')],
      NY,
    );
    expect(f.night).toEqual({
      count: 2,
      list: [t('2026-01-15T06:00:00-05:00'), t('2026-01-15T23:00:00-05:00')],
      window: 'before 08:00 or after 21:00',
    });
  });
});

// ---------------------------------------------------------------- US 7-in-7

describe('US 7-in-7 (calls in 7 consecutive local calendar days)', () => {
  const oneADay = (fromDay: string, n: number, clock = '12:00:00-05:00'): Contact[] =>
    Array.from({ length: n }, (_, i) => ({ at: t(`${fromDay}T${clock}`) + i * DAY, kind: 'call' as const }));

  it.each<[string, Contact[], boolean, number]>([
    ['7 calls in 7 days', oneADay('2026-02-01', 7), false, 7],
    ['8 calls in 7 days', [...oneADay('2026-02-01', 7), call('2026-02-04T15:00:00-05:00')], true, 8],
    ['8 calls spread over 8 days', oneADay('2026-02-01', 8), false, 7],
    ['8 calls in one day', callsFrom('2026-02-01T09:00:00-05:00', 8), true, 8],
    [
      '7 calls + texts, emails, messages and unknowns in one day',
      [
        ...callsFrom('2026-02-01T09:00:00-05:00', 7),
        ...['10:05', '10:10', '10:15', '10:20', '10:25'].map((h) => sms(`2026-02-01T${h}:00-05:00`)),
        of('email', '2026-02-01T11:00:00-05:00'),
        of('email', '2026-02-01T11:05:00-05:00'),
        of('message', '2026-02-01T11:10:00-05:00'),
        of('unknown', '2026-02-01T11:15:00-05:00'),
      ],
      false,
      7,
    ],
    ['8 texts', Array.from({ length: 8 }, (_, i) => ({ at: t('2026-02-01T12:00:00-05:00') + i * HOUR, kind: 'sms' as const })), false, 0],
    [
      // 8 calls within 170 hours but never more than 7 in days d..d+6 (calendar reading, documented)
      'day d 23:00 .. day d+7 01:00',
      [call('2026-02-01T23:00:00-05:00'), ...oneADay('2026-02-02', 6), call('2026-02-08T01:00:00-05:00')],
      false,
      7,
    ],
    [
      'the first and the last of 7 calendar days, at 00:00 and 23:59:59.999',
      [...callsFrom('2026-02-01T00:00:00-05:00', 4, 1), ...callsFrom('2026-02-07T23:59:59.996-05:00', 4, 1)],
      true,
      8,
    ],
    [
      'the DST week 2026-03-02..03-08 (167 h)',
      [...oneADay('2026-03-02', 6), call('2026-03-08T22:00:00-04:00'), call('2026-03-08T23:59:00-04:00')],
      true,
      8,
    ],
    [
      'the DST week 2026-10-26..11-01 (169 h)',
      [...oneADay('2026-10-26', 6, '12:00:00-04:00'), call('2026-11-01T00:30:00-04:00'), call('2026-11-01T23:30:00-05:00')],
      true,
      8,
    ],
    ['leap year: 4 on 2024-02-23 + 4 on 2024-02-29 (6 days apart)', [...callsFrom('2024-02-23T12:00:00-05:00', 4), ...callsFrom('2024-02-29T12:00:00-05:00', 4)], true, 8],
    ['leap year: 4 on 2024-02-23 + 4 on 2024-03-01 (7 days apart)', [...callsFrom('2024-02-23T12:00:00-05:00', 4), ...callsFrom('2024-03-01T12:00:00-05:00', 4)], false, 4],
    ['common year: 4 on 2023-02-23 + 4 on 2023-03-01 (6 days apart)', [...callsFrom('2023-02-23T12:00:00-05:00', 4), ...callsFrom('2023-03-01T12:00:00-05:00', 4)], true, 8],
  ])('%s', (_name, contacts, exceeded, max) => {
    const f = harassmentFigures(contacts, NY);
    expect(f.sevenInSeven.exceeded).toBe(exceeded);
    expect(f.sevenInSeven.maxCallsIn7Days).toBe(max);
  });

  it('gives the busiest period: first/last call and days d..d+6', () => {
    const contacts = [...oneADay('2026-03-02', 6), call('2026-03-08T22:00:00-04:00'), call('2026-03-08T23:59:00-04:00')];
    expect(harassmentFigures(contacts, NY).sevenInSeven.window).toEqual({
      from: t('2026-03-02T12:00:00-05:00'),
      to: t('2026-03-08T23:59:00-04:00'),
      firstDay: '2026-03-02',
      lastDay: '2026-03-08',
    });
    const leap = harassmentFigures([...callsFrom('2024-02-23T12:00:00-05:00', 4), ...callsFrom('2024-02-29T12:00:00-05:00', 4)], NY);
    expect(leap.sevenInSeven.window).toMatchObject({ firstDay: '2024-02-23', lastDay: '2024-02-29' });
  });

  it('takes the earliest busiest period on a tie', () => {
    const f = harassmentFigures([...callsFrom('2026-02-01T12:00:00-05:00', 3), ...callsFrom('2026-02-20T12:00:00-05:00', 3)], NY);
    expect(f.sevenInSeven.maxCallsIn7Days).toBe(3);
    expect(f.sevenInSeven.window).toMatchObject({ firstDay: '2026-02-01', lastDay: '2026-02-07', to: t('2026-02-01T14:00:00-05:00') });
  });

  it('depends on the consumer’s time zone: the same calls are 8 in 7 days in LA, 7 in New York', () => {
    // Noon in New York on May 2..8, plus 2026-05-09T05:30Z: 01:30 on May 9 in New York, 22:30 on May 8 in LA.
    const contacts = [...oneADay('2026-05-02', 7, '12:00:00-04:00'), call('2026-05-09T05:30:00Z')];
    expect(harassmentFigures(contacts, NY).sevenInSeven).toMatchObject({ exceeded: false, maxCallsIn7Days: 7 });
    expect(harassmentFigures(contacts, LA).sevenInSeven).toMatchObject({ exceeded: true, maxCallsIn7Days: 8 });
  });

  it('counts a call seen twice once (unless duplicates are kept)', () => {
    const contacts = [...callsFrom('2026-02-01T09:00:00-05:00', 7), call('2026-02-01T09:00:00-05:00')];
    expect(harassmentFigures(contacts, NY).sevenInSeven.exceeded).toBe(false);
    expect(harassmentFigures(contacts, { ...NY, duplicates: 'keep' }).sevenInSeven.exceeded).toBe(true);
  });

  it('is US only; the daily-call guideline is CN only', () => {
    const contacts = callsFrom('2026-02-01T09:00:00-05:00', 9);
    expect(harassmentFigures(contacts, NY)).not.toHaveProperty('overDailyCallGuideline');
    expect(harassmentFigures(contacts, { ...NY, jurisdiction: 'CN' })).not.toHaveProperty('sevenInSeven');
  });
});

// ---------------------------------------------------------------- CN daily calls

describe('CN days with more than 3 calls', () => {
  it.each<[string, Contact[], Array<{ day: string; calls: number }>]>([
    ['3 calls', callsFrom('2026-03-10T09:00:00+08:00', 3), []],
    ['4 calls', callsFrom('2026-03-10T09:00:00+08:00', 4), [{ day: '2026-03-10', calls: 4 }]],
    ['3 calls and a text', [...callsFrom('2026-03-10T09:00:00+08:00', 3), sms('2026-03-10T20:00:00+08:00')], []],
    ['3 calls and an unknown', [...callsFrom('2026-03-10T09:00:00+08:00', 3), of('unknown', '2026-03-10T20:00:00+08:00')], []],
    [
      '2 before and 2 after local midnight',
      [...callsFrom('2026-03-10T23:58:00+08:00', 2, 60_000), ...callsFrom('2026-03-11T00:00:00+08:00', 2, 60_000)],
      [],
    ],
    [
      'two days over, one under',
      [
        ...callsFrom('2026-03-10T09:00:00+08:00', 5),
        ...callsFrom('2026-03-11T09:00:00+08:00', 3),
        ...callsFrom('2026-03-12T09:00:00+08:00', 4),
      ],
      [
        { day: '2026-03-10', calls: 5 },
        { day: '2026-03-12', calls: 4 },
      ],
    ],
    ['leap day', callsFrom('2024-02-29T09:00:00+08:00', 4), [{ day: '2024-02-29', calls: 4 }]],
  ])('%s', (_name, contacts, expected) => {
    expect(harassmentFigures(contacts, CN8).overDailyCallGuideline).toEqual(expected);
  });

  it('uses the local day: 4 calls 14:00-17:00 UTC are one day at UTC-10, two in Beijing', () => {
    const contacts = callsFrom('2026-03-10T14:00:00Z', 4); // 22:00-01:00 in Beijing; 04:00-07:00 at UTC-10
    expect(harassmentFigures(contacts, CN8).overDailyCallGuideline).toEqual([]);
    expect(harassmentFigures(contacts, { jurisdiction: 'CN', utcOffsetMinutes: -600 }).overDailyCallGuideline).toEqual([
      { day: '2026-03-10', calls: 4 },
    ]);
  });
});

// ---------------------------------------------------------------- statements

/** A varied set of figures that produce every statement kind. */
function sampleFigures(): HarassmentFigures[] {
  const cn = [
    ...callsFrom('2026-03-10T19:00:00+08:00', 6),
    ...callsFrom('2026-03-11T09:00:00+08:00', 5),
    sms('2026-03-12T07:30:00+08:00'),
    of('email', '2026-03-12T12:00:00+08:00'),
    of('message', '2026-03-12T12:30:00+08:00'),
    of('unknown', '2026-03-12T13:00:00+08:00'),
  ];
  const us = [
    ...callsFrom('2026-03-02T20:00:00-05:00', 6),
    ...callsFrom('2026-03-05T12:00:00-05:00', 3),
    sms('2026-03-06T06:00:00-05:00'),
    of('email', '2026-03-06T12:00:00-05:00'),
  ];
  return [
    harassmentFigures(cn, CN8),
    harassmentFigures(cn, { jurisdiction: 'CN', timeZone: 'Asia/Shanghai' }),
    harassmentFigures(callsFrom('2026-03-10T23:00:00+08:00', 1), CN8),
    harassmentFigures([...callsFrom('2023-03-10T23:00:00+08:00', 5), ...callsFrom('2025-03-11T00:00:00+08:00', 5)], CN8),
    harassmentFigures(us, NY),
    harassmentFigures(us, LA),
    harassmentFigures(callsFrom('2020-06-01T06:00:00-04:00', 9), NY),
    harassmentFigures([sms('2026-03-06T12:00:00-05:00')], NY),
  ];
}
const ALL_STATEMENTS: Array<[string, FigureStatement]> = sampleFigures().flatMap((f, i) =>
  LOCALES.flatMap((l) => f.statements(l).map((s) => [`#${i} ${f.jurisdiction} ${l} ${s.id}`, s] as [string, FigureStatement])),
);

const HEDGE: Record<RightsLocale, readonly string[]> = {
  zh_CN: ['据报道', '根据行业自律规范'],
  zh_TW: ['據報導', '根據行業自律規範'],
  en: ['reportedly', 'according to industry guidelines'],
};
const localeOf = (name: string): RightsLocale => (name.includes(' zh_CN ') ? 'zh_CN' : name.includes(' zh_TW ') ? 'zh_TW' : 'en');

describe('statements: traced to the facts file, phrased as it allows', () => {
  it('the sample produces every kind of statement', () => {
    const ids = new Set(ALL_STATEMENTS.map(([, s]) => s.id));
    expect([...ids].sort()).toEqual(['busiest-day', 'daily-calls', 'night', 'seven-in-seven', 'summary']);
  });

  it.each(ALL_STATEMENTS)('%s: every factsRow is in exactly one V/R row of the facts file, with its status', (_n, s) => {
    for (const c of s.citations) {
      const rows = FACTS_ROWS.filter((r) => r.text.includes(c.factsRow));
      expect(rows, c.factsRow).toHaveLength(1);
      expect(rows[0]!.status).toBe(c.status);
      expect(['V', 'R']).toContain(c.status);
      if (c.article) expect(rows[0]!.text).toContain(c.article);
      if (c.version && /^\d{4}-\d{2}-\d{2}$/.test(c.version)) expect(FACTS).toContain(c.version);
      if (c.effectiveFrom) expect(FACTS).toContain(c.effectiveFrom);
    }
    expect(s.status).toBe(s.citations.length === 0 ? undefined : s.citations.some((c) => c.status === 'R') ? 'R' : 'V');
  });

  it.each(ALL_STATEMENTS)('%s: no legal conclusion', (_n, s) => {
    expect(s.text).not.toMatch(/违法|違法|非法|不合法|illegal|unlawful|violat|违反|違反|breach/i);
  });

  it.each(ALL_STATEMENTS)('%s: reported rules are hedged; the 7-in-7 is a presumption', (name, s) => {
    const l = localeOf(name);
    const text = l === 'en' ? s.text.toLowerCase() : s.text;
    if (s.status === 'R') expect(HEDGE[l].some((h) => text.includes(h)), s.text).toBe(true);
    if (s.citations.some((c) => c.article === '1006.14(b)(2)')) expect(s.text).toMatch(/presumed|推定/);
  });

  it.each(ALL_STATEMENTS)('%s: cites only article numbers its citations give, and nothing the file marks U', (_n, s) => {
    const allowed = new Set(s.citations.map((c) => c.article).filter((a): a is string => a !== undefined));
    for (const m of s.text.matchAll(/\b(1692[a-z]?(?:\([0-9a-z]+\))*|1006\.\d+(?:\([0-9a-z]+\))*)/g)) expect(allowed).toContain(m[1]);
    expect(s.text).not.toMatch(/第\s*\d+\s*[条條]/);
    expect(s.text).not.toContain('§');
    expect(s.text).not.toContain('21:00');
    expect(s.text).not.toContain('12363');
    if (s.citations.some((c) => c.status === 'V' && /^1692/.test(c.article ?? ''))) expect(s.text).toMatch(/third-party|第三方/);
  });

  it('zh_TW texts are in traditional characters', () => {
    const toTW = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const [name, s] of ALL_STATEMENTS) if (name.includes(' zh_TW ')) expect(toTW(s.text), name).toBe(s.text);
  });

  it('every locale says the same things, with the same citations', () => {
    for (const f of sampleFigures()) {
      const by = LOCALES.map((l) => f.statements(l).map((s) => [s.id, s.citations.map((c) => c.factsRow), s.status]));
      expect(by[1]).toEqual(by[0]);
      expect(by[2]).toEqual(by[0]);
    }
  });

  it('include the numbers', () => {
    // 15 contacts on 3 days; 11 calls (5 on the 10th, 6 on the 11th); night: 22:00, 23:00, 00:00 and the 07:30 text
    const f = sampleFigures()[0]!;
    expect(f.total).toBe(15);
    expect(f.night.count).toBe(4);
    const en = f.statements('en');
    const zh = f.statements('zh_CN');
    expect(en[0]!.text).toContain('15 contacts');
    expect(en[0]!.text).toContain('3 days');
    expect(en[0]!.text).toContain('11 calls');
    expect(en[0]!.text).toContain('2026-03-10');
    expect(en[0]!.text).toContain('2026-03-12');
    expect(zh[0]!.text).toContain('共联系15次');
    expect(zh[0]!.text).toContain('来电11次');
    expect(en.find((s) => s.id === 'night')!.text).toMatch(/^4 of these contacts were between 22:00 and 08:00 local time\. Reportedly/);
    expect(zh.find((s) => s.id === 'night')!.text).toContain('其中4次');
    expect(en.find((s) => s.id === 'daily-calls')!.text).toContain('On 2 days');
    expect(f.statements('zh_TW').find((s) => s.id === 'daily-calls')!.text).toContain('有2天');

    const us = sampleFigures()[4]!;
    expect(us.jurisdiction === 'US' && us.sevenInSeven.exceeded).toBe(true);
    const seven = us.statements('en').find((s) => s.id === 'seven-in-seven')!;
    expect(seven.text).toContain('9 calls');
    expect(seven.text).toContain('presumed');
    expect(seven.citations.map((c) => c.factsRow)).toEqual(['12 CFR 1006.14(b)(2)']);
    expect(us.statements('zh_CN').find((s) => s.id === 'seven-in-seven')!.text).toContain('来电9次');
  });

  it('no statement for the 7-in-7 when not exceeded, none for night when there is none', () => {
    const f = harassmentFigures([sms('2026-03-06T12:00:00-05:00')], NY);
    expect(f.statements('en').map((s) => s.id)).toEqual(['summary', 'busiest-day']);
  });

  it('cites a guideline only for contacts on or after its date', () => {
    const ids = (f: HarassmentFigures) => f.statements('en').find((s) => s.id === 'night')?.citations.map((c) => c.version);
    // before 2024-05-15: a fact, no rule, no hedge
    const old = harassmentFigures([call('2023-03-10T23:00:00+08:00')], CN8);
    const oldNight = old.statements('en').find((s) => s.id === 'night')!;
    expect(oldNight.citations).toEqual([]);
    expect(oldNight.status).toBeUndefined();
    expect(oldNight.text).toBe('1 of these contacts was between 22:00 and 08:00 local time.');
    // 2025: the 2024 guideline only; 2026-02: both
    expect(ids(harassmentFigures([call('2025-03-10T23:00:00+08:00')], CN8))).toEqual(['2024-05-15']);
    expect(ids(harassmentFigures([call('2026-01-29T23:00:00+08:00')], CN8))).toEqual(['2024-05-15']);
    expect(ids(harassmentFigures([call('2026-01-30T23:00:00+08:00')], CN8))).toEqual(['2024-05-15', '2026-01-30']);
    // mixed: says how many are on or after the date
    const mixed = sampleFigures()[3]!;
    expect(mixed.statements('en').find((s) => s.id === 'night')!.text).toContain('10 of these contacts were between 22:00 and 08:00 local time (5 of them on or after 2024-05-15).');
    expect(mixed.statements('zh_CN').find((s) => s.id === 'night')!.text).toContain('（其中5次在2024-05-15及之后）');
    const daily = mixed.statements('en').find((s) => s.id === 'daily-calls')!;
    expect(daily.text).toContain('On 2 days this number called at least 4 times a day (the most: 5 calls on 2025-03-11; 1 of these days on or after 2024-05-15).');
    expect(daily.citations.map((c) => c.version)).toEqual(['2024-05-15']);
    // daily calls only before the guideline: a fact, no rule
    const oldDaily = harassmentFigures(callsFrom('2023-03-10T09:00:00+08:00', 4), CN8).statements('en').find((s) => s.id === 'daily-calls')!;
    expect(oldDaily).toEqual({ id: 'daily-calls', text: 'On 2023-03-10 this number called 4 times.', citations: [] });
  });

  it('US before Regulation F (2021-11-30): the statute only for night, the 7-in-7 as a bare fact', () => {
    const f = sampleFigures()[6]!; // 9 calls 06:00-14:00 on 2020-06-01
    const night = f.statements('en').find((s) => s.id === 'night')!;
    expect(night.citations.map((c) => c.factsRow)).toEqual(['15 U.S.C. 1692c(a)(1)']);
    expect(night.status).toBe('V');
    expect(night.text).toContain('8 a.m. to 9 p.m. local time is presumed convenient (15 U.S.C. 1692c(a)(1))');
    const seven = f.statements('en').find((s) => s.id === 'seven-in-seven')!;
    expect(seven.citations).toEqual([]);
    expect(seven.text).toBe('This log records 9 calls from this number within 7 consecutive days (2020-06-01 to 2020-06-07).');
    const now = harassmentFigures(callsFrom('2026-06-01T06:00:00-04:00', 9), NY);
    expect(now.statements('en').find((s) => s.id === 'night')!.citations.map((c) => c.factsRow)).toEqual([
      '15 U.S.C. 1692c(a)(1)',
      '12 CFR 1006.6(b)(1)(i) (Reg F, in force 2021-11-30)',
    ]);
  });

  it('statements() is not data: JSON keeps the figures, figureStatements works on them', () => {
    for (const f of sampleFigures()) {
      expect(Object.keys(f)).not.toContain('statements');
      const plain = JSON.parse(JSON.stringify(f)) as typeof f;
      expect(plain).toEqual(f);
      for (const l of LOCALES) expect(figureStatements(plain, l)).toEqual(f.statements(l));
      expect(structuredClone(f)).toEqual(f);
    }
  });
});

// ---------------------------------------------------------------- properties

const ZONES: readonly FiguresOptions[] = [
  { jurisdiction: 'CN', utcOffsetMinutes: 480 },
  { jurisdiction: 'US', utcOffsetMinutes: -300 },
  { jurisdiction: 'US', utcOffsetMinutes: 345 },
  { jurisdiction: 'CN', timeZone: 'Asia/Shanghai' },
  { jurisdiction: 'US', timeZone: 'America/New_York' },
  { jurisdiction: 'US', timeZone: 'America/Los_Angeles' },
  { jurisdiction: 'CN', timeZone: 'America/Los_Angeles' },
  { jurisdiction: 'US', timeZone: 'Australia/Lord_Howe' },
  { jurisdiction: 'CN', timeZone: 'Pacific/Chatham' },
  { jurisdiction: 'US', timeZone: 'Asia/Kolkata' },
];
const FROM = t('2023-06-01T00:00:00Z');
const TO = t('2027-06-01T00:00:00Z');
/** Instants where something changes: DST switches, a leap day, hour boundaries. */
const EDGES = [
  '2026-03-08T07:00:00Z', '2026-03-08T06:59:59.999Z', '2026-11-01T06:00:00Z', '2026-11-01T05:59:59.999Z',
  '2026-03-10T14:00:00Z', '2026-03-10T13:59:59.999Z', '2026-03-10T00:00:00Z', '2024-02-29T16:00:00Z',
  '2026-01-16T02:00:00Z', '2026-01-15T13:00:00Z', '2026-04-05T02:00:00Z',
].map(t);
const arbAt = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.integer({ min: t('2026-03-01T00:00:00Z'), max: t('2026-03-20T00:00:00Z') }),
  // a dense week across the spring DST switch, so 7-in-7 and >3 calls a day happen often
  fc.integer({ min: t('2026-03-05T00:00:00Z'), max: t('2026-03-12T00:00:00Z') }),
  fc.constantFrom(...EDGES),
);
const arbKind: fc.Arbitrary<ContactKind> = fc.oneof(
  { arbitrary: fc.constant('call' as const), weight: 2 },
  { arbitrary: fc.constantFrom(...CONTACT_KINDS), weight: 2 },
);
const arbContact: fc.Arbitrary<Contact> = fc.record({ at: arbAt, kind: arbKind });
const arbContacts = fc.array(arbContact, { maxLength: 80, size: 'max' });
const arbZone = fc.constantFrom(...ZONES);

/** An independent oracle for a local day: en-CA formats as YYYY-MM-DD. */
function oracleDay(at: number, zone: FiguresOptions): string {
  if (zone.timeZone !== undefined) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
  return new Date(at + zone.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

describe('properties', () => {
  it('night.count <= total; perDay sums to total; the counts agree with each other', () => {
    fc.assert(
      fc.property(arbContacts, arbZone, (contacts, zone) => {
        const f = harassmentFigures(contacts, zone);
        expect(f.night.count).toBeLessThanOrEqual(f.total);
        expect(f.night.list).toHaveLength(f.night.count);
        expect([...f.night.list].sort((a, b) => a - b)).toEqual(f.night.list);
        expect(f.perDay.reduce((s, d) => s + d.count, 0)).toBe(f.total);
        expect(f.perDay.reduce((s, d) => s + d.night, 0)).toBe(f.night.count);
        expect(f.perDay.reduce((s, d) => s + d.calls, 0)).toBe(f.byKind.call);
        expect(Object.values(f.byKind).reduce((s, n) => s + n, 0)).toBe(f.total);
        expect(f.total + f.mergedDuplicates + f.ignored).toBe(contacts.length);
        expect(f.days).toBe(f.perDay.length);
        for (let i = 1; i < f.perDay.length; i++) expect(f.perDay[i - 1]!.day < f.perDay[i]!.day).toBe(true);
        if (f.total > 0) {
          expect(f.maxPerDay!.count).toBe(Math.max(...f.perDay.map((d) => d.count)));
          expect(f.averagePerActiveDay).toBeCloseTo(f.total / f.days);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a permutation of the input gives the same figures and statements', () => {
    fc.assert(
      fc.property(
        arbContacts.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        arbZone,
        ([contacts, shuffled], zone) => {
          const a = harassmentFigures(contacts, zone);
          const b = harassmentFigures(shuffled, zone);
          expect(b).toEqual(a);
          for (const l of LOCALES) expect(b.statements(l)).toEqual(a.statements(l));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('days, night, daily calls and the 7-in-7 match a brute-force oracle', () => {
    const seen = { exceeded: 0, notExceeded: 0, overDaily: 0 };
    fc.assert(
      fc.property(arbContacts, arbZone, (contacts, zone) => {
        const f = harassmentFigures(contacts, zone);
        // dedupe like the module: same at and kind
        const keys = new Set<string>();
        // (The generated contacts all have a time and no id.)
        const unique = (contacts as (Contact & { at: number })[]).filter((c) => {
          const k = `${c.at}|${c.kind}`;
          if (keys.has(k)) return false;
          keys.add(k);
          return true;
        });
        const perDay = new Map<string, { count: number; calls: number }>();
        for (const c of unique) {
          const d = oracleDay(c.at, zone);
          const e = perDay.get(d) ?? { count: 0, calls: 0 };
          e.count++;
          if (c.kind === 'call') e.calls++;
          perDay.set(d, e);
        }
        expect(f.perDay.map((d) => [d.day, d.count, d.calls])).toEqual(
          [...perDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, e]) => [d, e.count, e.calls]),
        );
        // night by the wall clock from Intl / the offset
        const clock = resolveZone(zone);
        for (const c of unique) {
          const { msOfDay } = localTime(c.at, clock);
          expect(f.night.list.includes(c.at)).toBe(isNightTime(msOfDay, zone.jurisdiction));
        }
        expect(f.night.count).toBe(unique.filter((c) => isNightTime(localTime(c.at, clock).msOfDay, zone.jurisdiction)).length);
        if (f.jurisdiction === 'CN') {
          expect(f.overDailyCallGuideline.map((d) => d.day)).toEqual(
            [...perDay.entries()].filter(([, e]) => e.calls > 3).map(([d]) => d).sort(),
          );
        } else {
          const callDays = unique.filter((c) => c.kind === 'call').map((c) => Date.parse(oracleDay(c.at, zone)) / DAY);
          let max = 0;
          for (const d of callDays) max = Math.max(max, callDays.filter((x) => x >= d && x <= d + 6).length);
          expect(f.sevenInSeven.maxCallsIn7Days).toBe(max);
          expect(f.sevenInSeven.exceeded).toBe(max > 7);
          seen[max > 7 ? 'exceeded' : 'notExceeded']++;
        }
        if (f.jurisdiction === 'CN' && f.overDailyCallGuideline.length > 0) seen.overDaily++;
      }),
      { numRuns: 300 },
    );
    // the generator reaches both sides of both rules
    expect(seen.exceeded).toBeGreaterThan(10);
    expect(seen.notExceeded).toBeGreaterThan(10);
    expect(seen.overDaily).toBeGreaterThan(10);
  });

  it('the local wall clock matches Intl to the millisecond', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/London'];
    fc.assert(
      fc.property(arbAt, fc.constantFrom(...zones), (at, timeZone) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 })
            .formatToParts(at)
            .map((p) => [p.type, p.value]),
        );
        const expected = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + Number(parts.fractionalSecond);
        expect(localTime(at, resolveZone({ timeZone })).msOfDay).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('an IANA zone without DST gives the same figures as its offset', () => {
    fc.assert(
      fc.property(arbContacts, (contacts) => {
        const a = harassmentFigures(contacts, { jurisdiction: 'CN', timeZone: 'Asia/Shanghai' });
        const b = harassmentFigures(contacts, { jurisdiction: 'CN', utcOffsetMinutes: 480 });
        expect({ ...b, zone: a.zone }).toEqual(a);
        const c = harassmentFigures(contacts, { jurisdiction: 'US', timeZone: 'Etc/GMT+5' });
        const d = harassmentFigures(contacts, { jurisdiction: 'US', utcOffsetMinutes: -300 });
        expect({ ...d, zone: c.zone }).toEqual(c);
      }),
      { numRuns: 100 },
    );
  });

  it('only calls move the 7-in-7 and the daily-call days', () => {
    fc.assert(
      fc.property(arbContacts, arbContacts, arbZone, (contacts, noise, zone) => {
        const nonCalls = noise.map((c) => ({ ...c, kind: c.kind === 'call' ? ('sms' as const) : c.kind }));
        const a = harassmentFigures(contacts, zone);
        const b = harassmentFigures([...contacts, ...nonCalls], zone);
        if (a.jurisdiction === 'US' && b.jurisdiction === 'US') expect(b.sevenInSeven).toEqual(a.sevenInSeven);
        if (a.jurisdiction === 'CN' && b.jurisdiction === 'CN') expect(b.overDailyCallGuideline).toEqual(a.overDailyCallGuideline);
      }),
      { numRuns: 200 },
    );
  });

  it('statements never conclude anything is unlawful and always trace to the facts file', () => {
    fc.assert(
      fc.property(arbContacts, arbZone, fc.constantFrom(...LOCALES), (contacts, zone, l) => {
        for (const s of harassmentFigures(contacts, zone).statements(l)) {
          expect(s.text).not.toMatch(/违法|違法|非法|illegal|unlawful/i);
          for (const c of s.citations) expect(FACTS_ROWS.filter((r) => r.text.includes(c.factsRow))).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------- the message model: one message, its sent time

describe('one message, one contact, at its sent time', () => {
  const toTW = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it('a message sent at 23:41 is a night contact (whenever it was viewed: only the sent time is given)', () => {
    const f = harassmentFigures([{ at: t('2026-03-10T23:41:00+08:00'), kind: 'message', id: 'qq:1' }], CN8);
    expect(f.night.count).toBe(1);
    expect(f.untimed).toBe(0);
  });
  it('contacts with no known time are counted, said plainly, and never night nor on a day', () => {
    const f = harassmentFigures(
      [{ at: t('2026-03-10T12:00:00+08:00'), kind: 'message', id: 'a' }, { kind: 'message', id: 'b' }, { at: null, kind: 'message', id: 'c' }, { at: undefined, kind: 'unknown' }],
      CN8,
    );
    expect(f).toMatchObject({ total: 4, untimed: 3, ignored: 0, days: 1, night: { count: 0 }, byKind: { message: 3, unknown: 1 } });
    expect(f.perDay).toEqual([{ day: '2026-03-10', count: 1, calls: 0, night: 0 }]);
    expect(f.averagePerActiveDay).toBe(1);
    const en = f.statements('en');
    expect(en.map((s) => s.id)).toEqual(['summary', 'busiest-day', 'untimed']);
    expect(en[0]!.text).toBe('This log records 4 contacts from this number, 1 of them on 2026-03-10 (time zone: UTC+08:00): 3 other messages, 1 contact of unknown type.');
    expect(en[2]!.text).toContain('3 contacts have no known time');
    expect(f.statements('zh_CN')[2]!.text).toContain('其中3次没有已知时间');
    for (const s of f.statements('zh_TW')) expect(toTW(s.text)).toBe(s.text);
  });
  it('no contact with a known time: a summary without days, and the plain statement', () => {
    const f = harassmentFigures([{ kind: 'message', id: 'a' }, { kind: 'message', id: 'b' }], CN8);
    expect(f).toMatchObject({ total: 2, untimed: 2, days: 0, firstDay: null, maxPerDay: null, night: { count: 0 } });
    for (const l of LOCALES) {
      const ss = f.statements(l);
      expect(ss.map((s) => s.id)).toEqual(['summary', 'untimed']);
      if (l === 'zh_TW') for (const s of ss) expect(toTW(s.text)).toBe(s.text);
    }
    expect(f.statements('en')[1]!.text).toMatch(/^None of these contacts has a known time/);
  });
  it('a contact known only to the day is on its day but never a night contact', () => {
    // "昨天" shown as the day at 23:00: counted that day, not at night.
    const f = harassmentFigures([{ at: t('2026-03-10T23:00:00+08:00'), kind: 'message', precision: 'day', id: 'a' }], CN8);
    expect(f).toMatchObject({ total: 1, dayOnly: 1, untimed: 0, days: 1, night: { count: 0, list: [] } });
    expect(f.statements('en').find((s) => s.id === 'untimed')!.text).toContain('1 contact has a known date but no known time of day');
    const us = harassmentFigures([{ at: t('2026-03-10T23:00:00-04:00'), kind: 'message', precision: 'day' }], NY);
    expect(us.night.count).toBe(0);
  });
  it('the same message id is one contact, keeping the best-known time; different ids at the same minute are two', () => {
    const at = t('2026-03-10T23:41:00+08:00');
    const f = harassmentFigures(
      [
        { kind: 'message', id: 'm1' },
        { at, kind: 'message', id: 'm1' },
        { at: at - 5 * HOUR, kind: 'message', precision: 'day', id: 'm1' },
        { at, kind: 'message', id: 'm2' },
      ],
      CN8,
    );
    expect(f).toMatchObject({ total: 2, mergedDuplicates: 2, untimed: 0, dayOnly: 0, night: { count: 2 } });
    expect(f.total + f.mergedDuplicates + f.ignored).toBe(4);
    // Input order does not matter.
    const g = harassmentFigures([{ at, kind: 'message', id: 'm2' }, { at: at - 5 * HOUR, kind: 'message', precision: 'day', id: 'm1' }, { at, kind: 'message', id: 'm1' }, { kind: 'message', id: 'm1' }], CN8);
    expect({ ...g }).toEqual({ ...f });
  });
});
