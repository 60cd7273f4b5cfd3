import { describe, expect, it } from 'vitest';
import { contactsOf, entriesOf } from '../../../db/evidence';
import { harassmentFigures } from '../../../core/evidence';
import type { ReportRow, SightingRow } from '../../../db/schema';

const KEY = '+8613800138000';
const CN8 = { jurisdiction: 'CN' as const, utcOffsetMinutes: 480 };
const t = (iso: string) => Date.parse(iso);
const sighting = (messageId: string, seen: string, sent?: number, sentPrecision?: 'minute' | 'day'): SightingRow => ({
  key: KEY,
  site: 'mail.qq.com',
  excerpt: `message ${messageId}`,
  messageId,
  seenAt: t(seen),
  ...(sent !== undefined ? { sentAt: sent } : {}),
  ...(sentPrecision ? { sentPrecision } : {}),
});
const figures = (reports: ReportRow[], sightings: SightingRow[]) => harassmentFigures(contactsOf({ key: KEY, reports, sightings }), CN8);

describe('evidence is counted message by message, at the sent time', () => {
  it('a message sent at 23:41 and viewed at 12:00 the next day is a night contact', () => {
    const f = figures([], [sighting('qq:1', '2026-03-11T12:00:00+08:00', t('2026-03-10T23:41:00+08:00'))]);
    expect(f).toMatchObject({ total: 1, untimed: 0, night: { count: 1, list: [t('2026-03-10T23:41:00+08:00')] } });
    expect(f.perDay.map((d) => d.day)).toEqual(['2026-03-10']);
  });

  it('a message viewed at 23:41 but sent at noon is not', () => {
    const f = figures([], [sighting('qq:1', '2026-03-10T23:41:00+08:00', t('2026-03-10T12:00:00+08:00'))]);
    expect(f.night.count).toBe(0);
  });

  it('a report and a sighting of the same message are one contact, with the report’s text and time', () => {
    const report: ReportRow = {
      id: 1,
      key: KEY,
      category: 'collector',
      note: '夜里发的',
      createdAt: t('2026-03-11T12:10:00+08:00'),
      evidence: { text: '今晚必须还款', site: 'mail.qq.com', at: t('2026-03-10T23:41:00+08:00'), messageId: 'qq:1' },
    };
    // The page showed only the day when the sighting was recorded; the user's report gives the minute.
    const seen = sighting('qq:1', '2026-03-11T12:00:00+08:00', t('2026-03-10T12:00:00+08:00'), 'day');
    const entries = entriesOf({ key: KEY, reports: [report], sightings: [seen, sighting('qq:2', '2026-03-11T12:00:00+08:00')] });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ kind: 'report', messageId: 'qq:1', text: '今晚必须还款', sentAt: t('2026-03-10T23:41:00+08:00'), sentPrecision: 'minute', seenAt: t('2026-03-11T12:00:00+08:00'), sighting: seen });
    expect(entries[1]).toMatchObject({ kind: 'sighting', messageId: 'qq:2' });
    expect(entries[1]).not.toHaveProperty('sentAt');
    const f = figures([report], [seen, sighting('qq:2', '2026-03-11T12:00:00+08:00')]);
    expect(f).toMatchObject({ total: 2, untimed: 1, dayOnly: 0, night: { count: 1 }, byKind: { message: 2, unknown: 0 } });
  });

  it('two reports of one message are one contact: the newest report’s details', () => {
    const base = { key: KEY, category: 'collector' as const, note: '' };
    const r1: ReportRow = { ...base, id: 1, createdAt: 1_800_000_000_000, evidence: { text: 'a', site: 's', at: t('2026-03-10T10:00:00+08:00'), messageId: 'm' } };
    const r2: ReportRow = { ...base, id: 2, createdAt: 1_800_000_100_000, evidence: { text: 'b', site: 's', messageId: 'm' } };
    const entries = entriesOf({ key: KEY, reports: [r2, r1], sightings: [] });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ text: 'b', reports: [r1, r2] });
    // The newest report cleared the time: unknown, not the older report's.
    expect(entries[0]).not.toHaveProperty('sentAt');
  });

  it('contacts with no known sent time are counted as such and never as night, whenever they were seen', () => {
    const f = figures(
      [{ id: 1, key: KEY, category: 'collector', note: 'typed in the popup', createdAt: t('2026-03-10T23:30:00+08:00') }],
      [sighting('a', '2026-03-10T23:00:00+08:00'), sighting('b', '2026-03-11T02:00:00+08:00')],
    );
    expect(f).toMatchObject({ total: 3, untimed: 3, days: 0, night: { count: 0 }, byKind: { message: 2, unknown: 1 } });
    expect(f.statements('en').map((s) => s.id)).toEqual(['summary', 'untimed']);
    expect(f.statements('en')[0]!.text).toBe('This log records 3 contacts from this number: 2 other messages, 1 contact of unknown type.');
  });

  it('a message known only to the day is counted on that day, never as night', () => {
    // "昨天" rendered as that day: the time of day is not known.
    const f = figures([], [sighting('a', '2026-03-11T09:00:00+08:00', t('2026-03-10T23:00:00+08:00'), 'day')]);
    expect(f).toMatchObject({ total: 1, dayOnly: 1, days: 1, night: { count: 0 } });
  });
});
