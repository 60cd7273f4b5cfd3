/**
 * Local wall-clock time of an instant, for a fixed UTC offset or an IANA zone.
 * Pure TypeScript: only Intl.DateTimeFormat, no browser APIs.
 *
 * An IANA zone's offset is looked up for each instant, so DST is handled:
 * America/New_York on 2026-03-08 has 23 local hours (02:00-02:59 never occurs)
 * and on 2026-11-01 25 (01:00-01:59 occurs twice, first EDT then EST); both
 * runs of 01:xx belong to local day 2026-11-01.
 */

/** Exactly one of the two. */
export type ZoneOptions =
  | { utcOffsetMinutes: number; timeZone?: undefined }
  | { timeZone: string; utcOffsetMinutes?: undefined };

export interface LocalClock {
  /** 'UTC+08:00' for an offset, the resolved IANA name (e.g. 'America/New_York') for a zone. */
  readonly label: string;
  /** Local wall clock minus UTC, in ms, at the instant `at` (epoch ms). */
  offsetMs(at: number): number;
}

export interface LocalTime {
  /** Local calendar day, 'YYYY-MM-DD'. */
  day: string;
  /** Days since 1970-01-01 of that local calendar day (for day arithmetic). */
  dayIndex: number;
  /** Milliseconds since local midnight, 0 .. 86_399_999. */
  msOfDay: number;
}

const MINUTE = 60_000;
export const DAY_MS = 86_400_000;
/** The largest |offset| accepted: ±18:00, as ISO 8601 and java.time allow. */
const MAX_OFFSET_MINUTES = 18 * 60;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function offsetLabel(utcOffsetMinutes: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(Math.round(abs % 60))}`;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = FORMATS.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    FORMATS.set(timeZone, f);
  }
  return f;
}

/** Wall clock minus UTC at `at` in `timeZone`, in ms (whole seconds: historic LMT offsets have seconds). */
function zoneOffsetMs(format: Intl.DateTimeFormat, at: number): number {
  const whole = Math.floor(at / 1000) * 1000;
  const p: Record<string, string> = {};
  for (const part of format.formatToParts(whole)) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  let hour = Number(p.hour);
  if (hour === 24) hour = 0; // engines that still print midnight as 24 with h23
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(hour, Number(p.minute), Number(p.second), 0);
  return wall.getTime() - whole;
}

/** The clock for the options; throws RangeError for a bad offset, an unknown zone, or neither/both given. */
export function resolveZone(zone: ZoneOptions): LocalClock {
  const hasOffset = zone.utcOffsetMinutes !== undefined;
  const hasZone = zone.timeZone !== undefined;
  if (hasOffset === hasZone) throw new RangeError('give exactly one of utcOffsetMinutes and timeZone');
  if (hasOffset) {
    const m = zone.utcOffsetMinutes as number;
    if (typeof m !== 'number' || !Number.isFinite(m) || Math.abs(m) > MAX_OFFSET_MINUTES) {
      throw new RangeError(`utcOffsetMinutes out of range: ${String(m)}`);
    }
    const ms = m * MINUTE;
    return { label: offsetLabel(m), offsetMs: () => ms };
  }
  const format = formatFor(zone.timeZone as string);
  return { label: format.resolvedOptions().timeZone, offsetMs: (at) => zoneOffsetMs(format, at) };
}

/** 'YYYY-MM-DD' of a day index (days since 1970-01-01). */
export function dayString(dayIndex: number): string {
  const d = new Date(dayIndex * DAY_MS);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Local day and time of day of the instant `at` (epoch ms). */
export function localTime(at: number, clock: LocalClock): LocalTime {
  const wall = at + clock.offsetMs(at);
  const dayIndex = Math.floor(wall / DAY_MS);
  return { day: dayString(dayIndex), dayIndex, msOfDay: wall - dayIndex * DAY_MS };
}
