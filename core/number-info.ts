/**
 * What a canonical key says about itself, without any database: its type
 * (mobile, landline, 400/800, service short number, 106 SMS gateway…), its
 * country, and the calling code and national number that Google's geocoding
 * and carrier data are keyed by. The region and carrier themselves come from
 * those data files, which only the background loads
 * (entrypoints/background/number-info.ts).
 *
 * No browser APIs here: Intl is part of the language.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { matchShortNumber } from './detect/short-numbers';
import { formatKey } from './format';
import { languageTag, type Locale } from './i18n';

export const NUMBER_TYPES = [
  'mobile',
  'landline',
  /** US/Canada numbering cannot tell the two apart. */
  'fixed-or-mobile',
  /** 800 numbers, and CN 400 numbers (shared cost in libphonenumber, "toll-free" to callers). */
  'tollfree',
  'shared-cost',
  'premium',
  'voip',
  /** 95xxx, 96xxx, 12xxx, 100xx, 11x and the official directory's short numbers. */
  'service',
  /** CN 106… senders of bulk SMS. */
  'sms-gateway',
  /** Personal numbers, pagers, UAN, voicemail. */
  'other',
  'unknown',
] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

export interface KeyFacts {
  formatted: string;
  type: NumberType;
  /** ISO 3166 region: libphonenumber's for E.164 keys, the prefix of `REGION:digits` keys. */
  country?: string;
  /** E.164 keys only: what the geocoding and carrier data are keyed by. */
  callingCode?: string;
  nationalNumber?: string;
}

const CN_TOLLFREE = /^[48]00\d{7}$/;

/** Everything a key says by itself. Never throws: a key libphonenumber cannot place is `unknown`. */
export function keyFacts(key: string): KeyFacts {
  const formatted = formatKey(key);
  const colon = key.indexOf(':');
  if (colon !== -1) {
    const country = key.slice(0, colon);
    const digits = key.slice(colon + 1);
    return { formatted, country, type: shortType(digits, country) };
  }
  let n: PhoneNumber | undefined;
  try {
    n = parsePhoneNumberFromString(key);
  } catch {
    n = undefined;
  }
  if (!n) return { formatted, type: 'unknown' };
  const callingCode = n.countryCallingCode as string;
  const nationalNumber = n.nationalNumber as string;
  let type: NumberType = 'unknown';
  try {
    type = fullType(n.getType(), callingCode, nationalNumber);
  } catch {
    type = 'unknown';
  }
  // A short or gateway number written with +86 (lists sometimes do) is not a valid full number.
  if (type === 'unknown' && callingCode === '86') type = shortType(nationalNumber, 'CN');
  return { formatted, type, country: n.country ?? (callingCode === '86' ? 'CN' : undefined), callingCode, nationalNumber };
}

function fullType(type: ReturnType<PhoneNumber['getType']>, callingCode: string, nsn: string): NumberType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'landline';
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed-or-mobile';
    case 'TOLL_FREE':
      return 'tollfree';
    case 'SHARED_COST':
      // As in core/detect: the product files CN 400 numbers under toll-free.
      return callingCode === '86' && nsn.startsWith('400') ? 'tollfree' : 'shared-cost';
    case 'PREMIUM_RATE':
      return 'premium';
    case 'VOIP':
      return 'voip';
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}

function shortType(digits: string, country: string): NumberType {
  const short = matchShortNumber(digits, country);
  if (short?.kind === 'sms-gateway') return 'sms-gateway';
  if (short) return 'service';
  if (country === 'CN' && CN_TOLLFREE.test(digits)) return 'tollfree';
  return 'unknown';
}

/** Types whose region the geocoding data can narrow below the country (Google's "geographical" numbers). */
export function isGeographical(type: NumberType): boolean {
  return type === 'mobile' || type === 'landline' || type === 'fixed-or-mobile';
}

/** Types that have an original carrier in Google's carrier data. */
export function hasCarrier(type: NumberType): boolean {
  return type === 'mobile' || type === 'fixed-or-mobile';
}

/**
 * Hong Kong, Macao and Taiwan as phone-lookup (号码归属地) services name them,
 * shorter than CLDR's "中国香港特别行政区" / "Hong Kong SAR China".
 */
const AREA_NAMES: Record<string, Record<Locale, string>> = {
  HK: { zh_CN: '中国香港', zh_TW: '香港', en: 'Hong Kong' },
  MO: { zh_CN: '中国澳门', zh_TW: '澳門', en: 'Macao' },
  TW: { zh_CN: '中国台湾', zh_TW: '台灣', en: 'Taiwan' },
};

export function countryName(locale: Locale, country: string): string {
  const own = AREA_NAMES[country]?.[locale];
  if (own) return own;
  try {
    return new Intl.DisplayNames([languageTag(locale)], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/**
 * The 归属地 line: the place from the geocoding data (already in the user's
 * language) with the country, or the country alone. Mainland numbers shown in
 * Chinese need no "中国" before 广东省深圳市.
 */
export function regionLabel(locale: Locale, country: string | undefined, place: string | undefined): string | undefined {
  const name = country ? countryName(locale, country) : undefined;
  if (!place) return name;
  if (!name || place.includes(name)) return place;
  if (locale === 'en') return `${place}, ${name}`;
  if (country === 'CN') return place;
  return `${name} ${place}`;
}
