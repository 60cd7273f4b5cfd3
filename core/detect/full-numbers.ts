/**
 * Validation of full numbers with libphonenumber-js, on the detector's slice of
 * the "max" metadata (./metadata.ts). "max" carries per-type patterns: validity
 * then rejects unassigned ranges (e.g. CN "12x" mobiles) instead of only
 * checking lengths as "min" does, and the type tells mobile from landline,
 * toll-free and VoIP, which Detection.kind needs. With "max", isValid() is
 * exactly "getType() is defined", so only the type is computed (./number-type.ts,
 * the library's getType() with patterns compiled once). It runs only on
 * candidates that passed the cheap structural checks, and results are memoised.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/core';
import type { CountryCode } from 'libphonenumber-js/core';
import type { NumberKind } from '../types';
import { formatBoundaries } from './format-boundaries';
import { detectMetadata, onMetadataReset } from './metadata';
import { numberType, type NumberType } from './number-type';

export interface FullNumber {
  e164: string;
  kind: NumberKind;
  /** Length of the national significant number (the E.164 digits after the calling code). */
  nsnLength: number;
  /** Country calling code, e.g. '86'. */
  callingCode: string;
  /**
   * Whether `b` (an offset into the NSN) is a group boundary of the number's
   * international or national format ("+86 571 2688 8888" → 3, 7; Taiwan's
   * "0800 123 456" adds national 3, 6 to international 2, 5).
   */
  isBoundary(b: number): boolean;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, FullNumber | null>();
onMetadataReset(() => cache.clear());

export function supportedRegion(region: string): CountryCode | undefined {
  return isSupportedCountry(region as CountryCode, detectMetadata()) ? (region as CountryCode) : undefined;
}

/**
 * Parses bare digits either as international (`digits` start with the calling
 * code) or as a national number of `region`. Returns null unless valid.
 */
export function validFullNumber(digits: string, international: boolean, region: CountryCode | undefined): FullNumber | null {
  const key = international ? `+${digits}` : `${region ?? ''}|${digits}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = lookup(digits, international, region);
  // A crude bound instead of LRU: pages reuse a handful of numbers, and clearing
  // keeps memory flat on pathological pages with millions of distinct candidates.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function lookup(digits: string, international: boolean, region: CountryCode | undefined): FullNumber | null {
  // Building a PhoneNumber from E.164 skips text parsing (5x cheaper than
  // parsePhoneNumber); possible whenever the E.164 form is known up front.
  if (international) return fromE164(digits) ?? fromParse(`+${digits}`, undefined);
  if (region === 'CN') return fromE164(`86${digits.charCodeAt(0) === 0x30 ? digits.slice(1) : digits}`);
  return region ? fromParse(digits, region) : null;
}

/**
 * What `new PhoneNumber('+' + digits)` then getType() give, without building
 * the object: the calling code is the first 1-3 digits that are one
 * (libphonenumber-js' extractCountryCallingCode), the country is left unknown,
 * and the type is read from the calling code's main plan.
 */
function fromE164(digits: string): FullNumber | null {
  if (digits.charCodeAt(0) === 0x30) return null;
  const metadata = detectMetadata() as unknown as { country_calling_codes: Record<string, unknown>; nonGeographic?: Record<string, unknown> };
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    const cc = digits.slice(0, i);
    if (!metadata.country_calling_codes[cc] && !metadata.nonGeographic?.[cc]) continue;
    const nsn = digits.slice(i);
    return nsn ? describe(undefined, cc, nsn) : null;
  }
  return null;
}

function fromParse(text: string, region: CountryCode | undefined): FullNumber | null {
  let n: PhoneNumber | undefined;
  try {
    n = parsePhoneNumberFromString(text, region as CountryCode, detectMetadata());
  } catch {
    return null;
  }
  return n ? describe(n.country, n.countryCallingCode as string, n.nationalNumber as string) : null;
}

function describe(country: CountryCode | undefined, cc: string, nsn: string): FullNumber | null {
  // getType() selects the plan of the country, else of the calling code.
  const type = numberType(country ?? cc, nsn);
  if (type === undefined) return null;
  let boundaries: number[] | undefined;
  return {
    e164: `+${cc}${nsn}`,
    kind: kindOf(type, cc, nsn),
    nsnLength: nsn.length,
    callingCode: cc,
    isBoundary(b) {
      boundaries ??= formatBoundaries(country, cc, nsn);
      return boundaries.includes(b);
    },
  };
}

function kindOf(type: NumberType, cc: string, nsn: string): NumberKind {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'landline';
    case 'TOLL_FREE':
      return 'tollfree';
    case 'SHARED_COST':
      // 400 numbers are free-phone-like "enterprise" numbers to callers; the
      // product (issue #3) files both 400 and 800 under toll-free.
      return cc === '86' && nsn.startsWith('400') ? 'tollfree' : 'shared-cost';
    case 'VOIP':
      return 'voip';
    default:
      // FIXED_LINE_OR_MOBILE (US/CA cannot tell), premium rate, personal, UAN, pager…
      return 'other';
  }
}
