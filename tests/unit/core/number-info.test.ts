import { describe, expect, it } from 'vitest';
import { countryName, hasCarrier, isGeographical, keyFacts, NUMBER_TYPES, regionLabel } from '../../../core/number-info';
import { scanText } from '../../../core/detect';
import { LOCALES } from '../../../core/i18n';

describe('keyFacts: the type of a canonical key', () => {
  it.each([
    // key, type, country, calling code, national number, formatted
    ['+8613812345678', 'mobile', 'CN', '86', '13812345678', '+86 138 1234 5678'],
    ['+861012345678', 'landline', 'CN', '86', '1012345678', '+86 10 1234 5678'],
    ['+8675512345678', 'landline', 'CN', '86', '75512345678', '+86 755 1234 5678'],
    // 400 is shared-cost to libphonenumber; the product files it under toll-free with 800.
    ['+864001234567', 'tollfree', 'CN', '86', '4001234567', '+86 400 123 4567'],
    ['+868001234567', 'tollfree', 'CN', '86', '8001234567', '+86 800 123 4567'],
    ['+12015550123', 'fixed-or-mobile', 'US', '1', '2015550123', '+1 201 555 0123'],
    ['+18002752273', 'tollfree', 'US', '1', '8002752273', '+1 800 275 2273'],
    ['+85251234567', 'mobile', 'HK', '852', '51234567', '+852 5123 4567'],
    ['+85221234567', 'landline', 'HK', '852', '21234567', '+852 2123 4567'],
    ['+886223456789', 'landline', 'TW', '886', '223456789', '+886 2 2345 6789'],
  ] as const)('%s is %s', (key, type, country, callingCode, nationalNumber, formatted) => {
    expect(keyFacts(key)).toEqual({ formatted, type, country, callingCode, nationalNumber });
  });

  it.each([
    ['CN:95188', 'service', '95188'],
    ['CN:96688', 'service', '96688'],
    ['CN:12345', 'service', '12345'],
    ['CN:10086', 'service', '10086'],
    ['CN:110', 'service', '110'],
    ['CN:10690000', 'sms-gateway', '10690000'],
    ['CN:1069012345678901', 'sms-gateway', '1069012345678901'],
    // A list may hold a 400 number as REGION:digits; it is still a hotline.
    ['CN:4001234567', 'tollfree', '4001234567'],
    ['CN:55555', 'unknown', '55555'],
  ] as const)('%s is %s', (key, type, formatted) => {
    expect(keyFacts(key)).toEqual({ formatted, type, country: 'CN' });
  });

  it('reads the same type the detector gives, for numbers as they are written', () => {
    const text = '电话 13812345678，座机 010-12345678，热线 400-123-4567，客服电话 95188，短信 10690000';
    const found = scanText(text).map((d) => [d.number, keyFacts(d.number).type]);
    expect(found).toEqual([
      ['+8613812345678', 'mobile'],
      ['+861012345678', 'landline'],
      ['+864001234567', 'tollfree'],
      ['CN:95188', 'service'],
      ['CN:10690000', 'sms-gateway'],
    ]);
  });

  it('calls a +86 short or gateway number by its short type, and anything else it cannot place unknown', () => {
    expect(keyFacts('+8610690000').type).toBe('sms-gateway');
    expect(keyFacts('+8695188').type).toBe('service');
    expect(keyFacts('+999123456').type).toBe('unknown');
    expect(keyFacts('+8610123456789').type).toBe('unknown');
  });

  it('has a label for every type in every locale', () => {
    for (const messages of Object.values(LOCALES)) for (const type of NUMBER_TYPES) expect(messages).toHaveProperty(`numberType.${type}`);
  });

  it('looks up region for geographical types and carrier for mobile ones only', () => {
    expect(NUMBER_TYPES.filter(isGeographical)).toEqual(['mobile', 'landline', 'fixed-or-mobile']);
    expect(NUMBER_TYPES.filter(hasCarrier)).toEqual(['mobile', 'fixed-or-mobile']);
  });
});

describe('regionLabel', () => {
  it('names countries in the user language, Hong Kong, Macao and Taiwan briefly', () => {
    expect(countryName('zh_CN', 'CN')).toBe('中国');
    expect(countryName('zh_TW', 'CN')).toBe('中國');
    expect(countryName('en', 'US')).toBe('United States');
    expect(countryName('zh_CN', 'US')).toBe('美国');
    expect(countryName('zh_CN', 'HK')).toBe('中国香港');
    expect(countryName('zh_TW', 'TW')).toBe('台灣');
    expect(countryName('en', 'MO')).toBe('Macao');
  });

  it('leaves mainland places alone in Chinese and adds the country elsewhere', () => {
    expect(regionLabel('zh_CN', 'CN', '广东省深圳市')).toBe('广东省深圳市');
    expect(regionLabel('en', 'CN', 'Shenzhen, Guangdong')).toBe('Shenzhen, Guangdong, China');
    expect(regionLabel('zh_CN', 'US', 'New Jersey')).toBe('美国 New Jersey');
    expect(regionLabel('zh_TW', 'TW', '臺北')).toBe('台灣 臺北');
    expect(regionLabel('en', 'TW', 'Taipei')).toBe('Taipei, Taiwan');
  });

  it('falls back to the country, or nothing', () => {
    expect(regionLabel('zh_CN', 'HK', undefined)).toBe('中国香港');
    expect(regionLabel('en', 'CN', undefined)).toBe('China');
    expect(regionLabel('en', undefined, undefined)).toBeUndefined();
    expect(regionLabel('en', undefined, 'Somewhere')).toBe('Somewhere');
  });
});
