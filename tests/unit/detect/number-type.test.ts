/**
 * core/detect/number-type.ts re-implements libphonenumber-js' getType() with
 * patterns compiled once; this checks it against the library's own getType()
 * on the full `max` metadata, for every country and calling code: example
 * numbers and random digit strings of each plan's possible lengths.
 */
import { describe, expect, it } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import { PhoneNumber as CorePhoneNumber, type MetadataJson } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/metadata.max.json';
import { getCountries, getCountryCallingCode, getExampleNumber, Metadata, PhoneNumber } from 'libphonenumber-js/max';
import { numberType } from '../../../core/detect/number-type';
import { seededRandom } from '../../../bench/scan-corpus';

const MAX = max as unknown as MetadataJson;

describe('numberType', () => {
  it('agrees with getType() on every country example number', () => {
    let checked = 0;
    for (const country of getCountries()) {
      const n = getExampleNumber(country, examples);
      if (!n) continue;
      expect(numberType(n.country ?? (n.countryCallingCode as string), n.nationalNumber as string, MAX), n.number).toBe(n.getType());
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('agrees with getType() on random numbers of every country, by country and by calling code', () => {
    const rng = seededRandom(11);
    let valid = 0;
    let checked = 0;
    for (const country of getCountries()) {
      const cc = getCountryCallingCode(country);
      const m = new Metadata() as unknown as { selectNumberingPlan(c: string): void; numberingPlan: { possibleLengths(): number[] } };
      m.selectNumberingPlan(country);
      const lengths = m.numberingPlan.possibleLengths();
      // Random strings are mostly invalid; the leading digits of the example make valid ones common.
      const example = (getExampleNumber(country, examples)?.nationalNumber as string | undefined) ?? '';
      for (let i = 0; i < 200; i++) {
        const len = lengths[i % lengths.length]!;
        let nsn = example.slice(0, Math.floor(rng() * Math.min(4, len)));
        while (nsn.length < len) nsn += String(Math.floor(rng() * 10));
        // The library's (country, national number, metadata) form, missing from its typings.
        const byCountry = new (CorePhoneNumber as unknown as new (c: string, n: string, m: MetadataJson) => CorePhoneNumber)(country, nsn, MAX);
        expect(numberType(country, nsn, MAX), `${country} ${nsn}`).toBe(byCountry.getType());
        const byCode = new PhoneNumber(`+${cc}${nsn}` as `+${string}`);
        expect(numberType(cc, nsn, MAX), `+${cc} ${nsn}`).toBe(byCode.getType());
        if (byCountry.getType()) valid++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40_000);
    expect(valid).toBeGreaterThan(5_000);
  });

  it('agrees on the non-geographic calling codes', () => {
    const rng = seededRandom(5);
    for (const cc of ['800', '808', '870', '878', '881', '882', '883', '888', '979']) {
      for (let i = 0; i < 300; i++) {
        let nsn = '';
        const len = 6 + Math.floor(rng() * 8);
        while (nsn.length < len) nsn += String(Math.floor(rng() * 10));
        expect(numberType(cc, nsn, MAX), `+${cc} ${nsn}`).toBe(new PhoneNumber(`+${cc}${nsn}` as `+${string}`).getType());
      }
    }
  });
});
