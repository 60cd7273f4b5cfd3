/**
 * core/detect/format-boundaries.ts re-implements libphonenumber's format
 * choice with precompiled regexes; this checks it against the library's own
 * formatInternational()/formatNational() on every country's example number and
 * on random valid numbers of the regions the product cares about.
 */
import { describe, expect, it } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import type { MetadataJson } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/metadata.max.json';
import { formatBoundaries } from '../../../core/detect/format-boundaries';
import { detectMetadata } from '../../../core/detect/metadata';
import { seededRandom } from '../../../bench/scan-corpus';

/** Separator positions (offsets into the NSN) in a formatted number whose last digits are the NSN. */
function separators(formatted: string, nsn: string): number[] {
  const digits = formatted.replace(/\D/g, '');
  if (!digits.endsWith(nsn)) return [];
  let skip = digits.length - nsn.length;
  const out: number[] = [];
  let seen = 0;
  let pending = false;
  for (const ch of formatted) {
    if (ch >= '0' && ch <= '9') {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (pending && seen > 0) out.push(seen);
      pending = false;
      seen++;
    } else if (skip === 0) pending = true;
  }
  return out;
}

function libraryBoundaries(n: PhoneNumber): number[] {
  const nsn = n.nationalNumber as string;
  const set = new Set([...separators(n.formatInternational(), nsn), ...separators(n.formatNational(), nsn)]);
  return [...set].sort((a, b) => a - b);
}

/** On the detector's own metadata, or (for countries it does not carry) on the full `max` one. */
function ours(n: PhoneNumber, metadata?: MetadataJson): number[] {
  return [...formatBoundaries(n.country, n.countryCallingCode as string, n.nationalNumber as string, metadata)].sort((a, b) => a - b);
}

describe('format boundaries', () => {
  it('match libphonenumber on every country example number (on the max metadata)', () => {
    let checked = 0;
    for (const country of getCountries()) {
      const n = getExampleNumber(country, examples);
      if (!n) continue;
      expect(ours(n, max as unknown as MetadataJson), `${country} ${n.number}`).toEqual(libraryBoundaries(n));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('match libphonenumber on random valid numbers of CN, HK, TW, MO, US, GB, JP, SG, AU', () => {
    const rng = seededRandom(7);
    const shapes: Array<[string, () => string]> = [
      ['CN', () => `1${3 + Math.floor(rng() * 7)}${digits(9)}`],
      ['CN', () => `0${pick(['10', '20', '21', '571', '755', '898', '951', '991', '311', '431'])}${digits(7 + Math.floor(rng() * 2))}`],
      ['CN', () => `${pick(['400', '800'])}${digits(7)}`],
      ['HK', () => digits(8)],
      ['MO', () => digits(8)],
      ['TW', () => `0${digits(8 + Math.floor(rng() * 2))}`],
      ['US', () => `${2 + Math.floor(rng() * 8)}${digits(9)}`],
      ['GB', () => `0${digits(9 + Math.floor(rng() * 2))}`],
      ['JP', () => `0${digits(9)}`],
      ['SG', () => digits(8)],
      ['AU', () => `0${digits(9)}`],
    ];
    function digits(n: number): string {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
      return s;
    }
    function pick<T>(xs: T[]): T {
      return xs[Math.floor(rng() * xs.length)] as T;
    }
    let valid = 0;
    for (let i = 0; i < 20000; i++) {
      const [region, make] = shapes[i % shapes.length]!;
      const n = parsePhoneNumberFromString(make(), region as 'CN');
      if (!n?.isValid()) continue;
      valid++;
      // An IDD prefix can make a random string a number of another calling code
      // ("00 49…"): the detector's metadata does not carry those, max does.
      const own = Boolean((detectMetadata() as { country_calling_codes: Record<string, unknown> }).country_calling_codes[n.countryCallingCode]);
      expect(ours(n, own ? undefined : (max as unknown as MetadataJson)), n.number).toEqual(libraryBoundaries(n));
    }
    expect(valid).toBeGreaterThan(3000);
  });
});
