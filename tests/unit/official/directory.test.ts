import { describe, it, expect } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { OFFICIAL_NUMBERS, officialEntry, officialShortDigits } from '../../../core/official/directory';

const SHORT_KEY = /^CN:\d{3,8}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

describe('official directory', () => {
  it('is not empty', () => {
    expect(OFFICIAL_NUMBERS.length).toBeGreaterThan(0);
  });

  it.each(OFFICIAL_NUMBERS.map((e) => [e.key, e] as const))('%s names where it was verified', (_key, entry) => {
    expect(entry.source.trim()).not.toBe('');
    // A URL or the project's facts file: "somewhere" is not a source.
    expect(entry.source).toMatch(/https?:\/\/|rights-facts\.md/);
  });

  it.each(OFFICIAL_NUMBERS.map((e) => [e.key, e] as const))('%s has a name in zh_CN, zh_TW and en', (_key, entry) => {
    expect(entry.name.zh_CN.trim()).not.toBe('');
    expect(entry.name.zh_TW.trim()).not.toBe('');
    expect(entry.name.en.trim()).not.toBe('');
    expect(entry.sector.trim()).not.toBe('');
  });

  it.each(OFFICIAL_NUMBERS.map((e) => [e.key] as const))('%s is a CN short key or a valid E.164 number', (key) => {
    if (SHORT_KEY.test(key)) return;
    expect(key).toMatch(E164);
    expect(isValidPhoneNumber(key)).toBe(true);
  });

  it('has unique keys', () => {
    const keys = OFFICIAL_NUMBERS.map((e) => e.key);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('finds entries by key', () => {
    expect(officialEntry('CN:95188')?.name.en).toBe('Alipay customer service');
    expect(officialEntry('CN:00000')).toBeUndefined();
  });

  it('lists the CN short numbers, and only those', () => {
    const digits = officialShortDigits('CN');
    expect(digits.has('95188')).toBe(true);
    expect(digits.has('10086')).toBe(true);
    for (const d of digits) expect(d).toMatch(/^\d{3,8}$/);
    const shortCount = OFFICIAL_NUMBERS.filter((e) => e.key.startsWith('CN:')).length;
    expect(digits.size).toBe(shortCount);
    expect(officialShortDigits('US').size).toBe(0);
  });
});
