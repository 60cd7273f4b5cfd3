import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_KINDS, claimKinds, type ClaimKind } from '../../../core/claims';
import {
  ALL_REMINDERS,
  RIGHTS_LOCALES,
  citationsAt,
  isRestrictedHour,
  reminderById,
  reminderText,
  remindersInForce,
  selectReminders,
  type Reminder,
} from '../../../core/rights';
import { FACTS_ROWS } from './facts';

const ids = (rs: readonly Reminder[]): string[] => rs.map((r) => r.id);
const BEIJING = 480;
const cnAt = (iso: string): Date => new Date(`${iso}+08:00`);

const LEGAL_DEPT_SMS = '【XX分期】法务部通知：您的借款已逾期，我方将依法起诉，并通知你家人。';

describe('selectReminders: the collector SMS', () => {
  const claims = claimKinds(LEGAL_DEPT_SMS);
  const picked = selectReminders({ verdict: 'collector', claims, at: cnAt('2026-03-10T10:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });

  it('finds the claims', () => {
    expect(claims).toEqual(expect.arrayContaining(['legal-department', 'court-action', 'expose-contacts', 'overdue-debt']));
  });
  it('returns 2-4 reminders with third-party disclosure and a complaint channel', () => {
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(picked.length).toBeLessThanOrEqual(4);
    expect(ids(picked)).toContain('cn-third-party-pipl');
    expect(picked.some((r) => r.channel)).toBe(true);
    expect(picked[picked.length - 1]!.channel).toBe(true);
    expect(picked.every((r) => r.jurisdiction === 'CN')).toBe(true);
  });
  it('ranks as documented: disclosure first, then the other claims, channel 12378 last', () => {
    expect(ids(picked)).toEqual(['cn-third-party-pipl', 'cn-identify-civil', 'cn-no-fake-consequences', 'cn-channel-12378']);
  });
  it.each(RIGHTS_LOCALES)('has text in %s', (locale) => {
    for (const r of picked) expect(reminderText(r, locale, cnAt('2026-03-10T10:00:00')).length).toBeGreaterThan(0);
    const disclosure = reminderText(reminderById('cn-third-party-pipl')!, locale, cnAt('2026-03-10T10:00:00'));
    expect(disclosure).toMatch(/23/);
  });
  it('handles the brief’s real-looking SMS and the Traditional one', () => {
    for (const sms of [
      '【借呗】您已逾期90天，法务部将于三日内上门，并通知你的家人和单位，请立即联系13800138000',
      '借唄法務部通知：您已逾期，將提起訴訟並通知您的家人',
    ]) {
      const rs = selectReminders({ verdict: 'collector', claims: claimKinds(sms), at: cnAt('2026-05-01T15:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });
      expect(rs.length).toBeGreaterThanOrEqual(2);
      expect(rs.length).toBeLessThanOrEqual(4);
      expect(ids(rs)).toContain('cn-third-party-pipl');
      expect(rs.some((r) => r.channel)).toBe(true);
    }
  });
  it('answers a visit threat with the visit rule and 110', () => {
    const rs = selectReminders({
      verdict: 'collector',
      claims: claimKinds('【借呗】您已逾期90天，法务部将于三日内上门，并通知你的家人和单位'),
      at: cnAt('2026-05-01T15:00:00'),
      jurisdiction: 'CN',
      utcOffsetMinutes: BEIJING,
    });
    expect(ids(rs)).toEqual(['cn-visit-2025', 'cn-third-party-pipl', 'cn-identify-civil', 'cn-channel-110']);
  });
});

describe('selectReminders: law version by date', () => {
  const threat = claimKinds('你等着瞧，老赖，再不还钱让你好看');
  const pick = (at: Date, now?: Date) =>
    selectReminders({ verdict: 'harassment', claims: threat, at, now, jurisdiction: 'CN', utcOffsetMinutes: BEIJING });

  it('cites 第42条 (2012 text, up to 500 yuan) on 2025-12-31', () => {
    const rs = pick(cnAt('2025-12-31T12:00:00'));
    const r = rs.find((x) => x.series === 'cn-threats')!;
    expect(r.id).toBe('cn-threats-2012');
    expect(r.text.zh_CN).toContain('第42条');
    expect(r.text.zh_CN).toContain('500元');
    expect(r.text.zh_TW).toContain('第42條');
    expect(r.text.en).toContain('Art. 42');
    expect(r.text.en).toContain('500 yuan');
    expect(ids(rs)).not.toContain('cn-threats-2025');
  });
  it('cites 第50条 (2025 text, up to 1,000 yuan) on 2026-01-01', () => {
    const rs = pick(cnAt('2026-01-01T12:00:00'));
    const r = rs.find((x) => x.series === 'cn-threats')!;
    expect(r.id).toBe('cn-threats-2025');
    expect(r.text.zh_CN).toContain('第50条');
    expect(r.text.zh_CN).toContain('1000元');
    expect(r.text.zh_TW).toContain('第50條');
    expect(r.text.en).toContain('Art. 50');
    expect(r.text.en).toContain('1,000 yuan');
    for (const l of RIGHTS_LOCALES) expect(r.text[l]).not.toMatch(/第42[条條]|Art\. 42/);
  });
  it('switches at midnight Beijing time, whatever the reader’s zone', () => {
    expect(pick(cnAt('2025-12-31T23:59:59')).find((x) => x.series === 'cn-threats')!.id).toBe('cn-threats-2012');
    // 2026-01-01 00:00 in Beijing is still 2025-12-31 in UTC
    expect(pick(new Date('2025-12-31T16:00:00Z')).find((x) => x.series === 'cn-threats')!.id).toBe('cn-threats-2025');
  });
  it('follows `now`, not the arrival time', () => {
    const rs = pick(cnAt('2025-12-30T12:00:00'), cnAt('2026-01-02T09:00:00'));
    expect(ids(rs)).toContain('cn-threats-2025');
  });
  it('reminderText gives the version in force even for a cached old reminder', () => {
    const old = reminderById('cn-threats-2012')!;
    expect(reminderText(old, 'zh_CN', cnAt('2025-12-31T12:00:00'))).toContain('第42条');
    expect(reminderText(old, 'zh_CN', cnAt('2026-01-02T12:00:00'))).toContain('第50条');
    expect(reminderText(old, 'en', cnAt('2026-01-02T12:00:00'))).toContain('1,000 yuan');
  });
  it('renumbers visits and impersonation too', () => {
    const visit: ClaimKind[] = ['visit', 'impersonation'];
    const before = selectReminders({ verdict: 'collector', claims: visit, at: cnAt('2025-12-31T12:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });
    const after = selectReminders({ verdict: 'collector', claims: visit, at: cnAt('2026-01-01T12:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });
    expect(ids(before)).toEqual(expect.arrayContaining(['cn-impersonation-2012', 'cn-visit-2012']));
    expect(ids(after)).toEqual(expect.arrayContaining(['cn-impersonation-2025', 'cn-visit-2025']));
    expect(reminderById('cn-visit-2012')!.text.zh_CN).toContain('第40条');
    expect(reminderById('cn-visit-2025')!.text.zh_CN).toContain('第47条');
  });
  it('does not cite the 2026 banking guideline before its date', () => {
    const rs = selectReminders({ verdict: 'collector', claims: ['credit-threat'], at: cnAt('2025-06-01T12:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });
    expect(ids(rs)).not.toContain('cn-no-fake-consequences');
    const night = reminderById('cn-night')!;
    expect(citationsAt(night, cnAt('2025-06-01T12:00:00')).map((c) => c.version)).toEqual(['2024-05-15']);
    expect(citationsAt(night, cnAt('2026-03-01T12:00:00')).map((c) => c.version)).toEqual(['2024-05-15', '2026-01-30']);
    expect(ids(selectReminders({ verdict: 'collector', claims: [], at: cnAt('2025-06-01T12:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING }))).toContain('cn-call-frequency-2024');
    expect(ids(selectReminders({ verdict: 'collector', claims: [], at: cnAt('2026-06-01T12:00:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING }))).toContain('cn-call-frequency');
  });
});

describe('selectReminders: night', () => {
  const base = { verdict: 'collector', claims: ['overdue-debt'] as ClaimKind[], jurisdiction: 'CN' as const, utcOffsetMinutes: BEIJING };
  it('adds the 22:00-08:00 guideline to a collection message at night, first', () => {
    const rs = selectReminders({ ...base, at: cnAt('2026-03-10T23:30:00') });
    expect(rs[0]!.id).toBe('cn-night');
    for (const l of RIGHTS_LOCALES) expect(rs[0]!.text[l]).toMatch(/22:00/);
  });
  it('not by day', () => {
    expect(ids(selectReminders({ ...base, at: cnAt('2026-03-10T10:00:00') }))).not.toContain('cn-night');
  });
  it('boundaries: 22:00 and 07:59 are night, 08:00 and 21:59 are not', () => {
    expect(isRestrictedHour(cnAt('2026-03-10T22:00:00'), 'CN', BEIJING)).toBe(true);
    expect(isRestrictedHour(cnAt('2026-03-10T07:59:00'), 'CN', BEIJING)).toBe(true);
    expect(isRestrictedHour(cnAt('2026-03-10T08:00:00'), 'CN', BEIJING)).toBe(false);
    expect(isRestrictedHour(cnAt('2026-03-10T21:59:00'), 'CN', BEIJING)).toBe(false);
  });
  it('uses the runtime’s local time when no offset is given', () => {
    expect(isRestrictedHour(new Date(2026, 2, 10, 23, 30), 'CN')).toBe(true);
    expect(isRestrictedHour(new Date(2026, 2, 10, 12, 0), 'CN')).toBe(false);
  });
  it('is not shown for a non-collection number at night', () => {
    const rs = selectReminders({ verdict: 'telemarketing', claims: [], at: cnAt('2026-03-10T23:30:00'), jurisdiction: 'CN', utcOffsetMinutes: BEIJING });
    expect(ids(rs)).not.toContain('cn-night');
    expect(ids(rs)).toEqual(['cn-privacy-peace', 'cn-channel-12321']);
  });
  it('US: before 8 a.m. or after 9 p.m. local time', () => {
    const NY = -300;
    const us = (iso: string) =>
      selectReminders({ verdict: 'collector', claims: ['overdue-debt'], at: new Date(`${iso}-05:00`), jurisdiction: 'US', utcOffsetMinutes: NY });
    expect(ids(us('2026-02-10T21:30:00'))[0]).toBe('us-inconvenient-times');
    expect(ids(us('2026-02-10T07:59:00'))[0]).toBe('us-inconvenient-times');
    expect(ids(us('2026-02-10T21:00:00'))).not.toContain('us-inconvenient-times');
    expect(ids(us('2026-02-10T08:00:00'))).not.toContain('us-inconvenient-times');
  });
});

describe('selectReminders: United States', () => {
  it('a third-party claim gets 1692c(b) and the CFPB', () => {
    const claims = claimKinds('Your account is past due. We will contact your employer and your family.');
    expect(claims).toContain('expose-contacts');
    const rs = selectReminders({ verdict: 'collector', claims, at: new Date('2026-04-01T15:00:00Z'), jurisdiction: 'US', utcOffsetMinutes: -240 });
    expect(ids(rs)).toContain('us-third-parties');
    expect(rs.find((r) => r.id === 'us-third-parties')!.text.en).toContain('1692c(b)');
    expect(rs[rs.length - 1]!.id).toBe('us-channel-cfpb');
    expect(rs.every((r) => r.jurisdiction === 'US')).toBe(true);
    for (const r of rs) for (const l of RIGHTS_LOCALES) expect(r.text[l].length).toBeGreaterThan(0);
  });
  it('an arrest threat gets 1692e', () => {
    const rs = selectReminders({ verdict: 'collector', claims: claimKinds('Pay the balance today or you will be arrested.'), at: new Date('2026-04-01T15:00:00Z'), jurisdiction: 'US', utcOffsetMinutes: -240 });
    expect(ids(rs)[0]).toBe('us-false-threats');
  });
});

describe('selectReminders: invariants', () => {
  it('no signal still gives two reminders: a rule and a channel', () => {
    for (const jurisdiction of ['CN', 'US'] as const) {
      const rs = selectReminders({ claims: [], at: new Date('2026-06-01T04:00:00Z'), jurisdiction, utcOffsetMinutes: 0 });
      expect(rs).toHaveLength(2);
      expect(rs[1]!.channel).toBe(true);
    }
  });
  it('property: 2..max reminders, one channel last, no duplicates, in force, deterministic', () => {
    const verdicts = fc.constantFrom(undefined, 'collector', 'harassment', 'scam', 'impersonation', 'telemarketing', 'official', 'unknown');
    fc.assert(
      fc.property(
        verdicts,
        fc.subarray([...CLAIM_KINDS]),
        fc.date({ min: new Date('2024-06-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('CN' as const, 'US' as const),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: -720, max: 840 }),
        (verdict, claims, at, jurisdiction, max, offset) => {
          const input = { verdict, claims, at, jurisdiction, max, utcOffsetMinutes: offset };
          const rs = selectReminders(input);
          expect(rs.length).toBeGreaterThanOrEqual(2);
          expect(rs.length).toBeLessThanOrEqual(max);
          expect(rs.filter((r) => r.channel)).toHaveLength(1);
          expect(rs[rs.length - 1]!.channel).toBe(true);
          expect(new Set(ids(rs)).size).toBe(rs.length);
          expect(rs.every((r) => r.jurisdiction === jurisdiction && !r.when.pageOnly)).toBe(true);
          const inForce = new Set(ids(remindersInForce(at, jurisdiction)));
          expect(rs.every((r) => inForce.has(r.id))).toBe(true);
          expect(ids(selectReminders(input))).toEqual(ids(rs));
        },
      ),
      { numRuns: 400 },
    );
  });
  it('the Know-your-rights page lists one version per series', () => {
    const page = remindersInForce(new Date('2026-11-22T12:00:00+08:00'));
    expect(new Set(page.map((r) => r.series)).size).toBe(page.length);
    expect(page.length).toBe(new Set(ALL_REMINDERS.map((r) => r.series)).size);
  });
  it('reads the facts file', () => {
    expect(FACTS_ROWS.length).toBeGreaterThan(30);
  });
});
