/**
 * Short, service and SMS-gateway numbers (95188, 12378, 10086, 110, 106…).
 * libphonenumber-js does not treat them as full numbers, and as bare digit
 * strings they collide with amounts and codes, so each one needs either a place
 * in the official directory or a phone cue before it.
 */
import type { NumberKind } from '../types';
import { officialShortDigits } from '../official/directory';

export interface ShortMatch {
  kind: NumberKind;
  /** Whether a phone cue is required before the number. */
  needsCue: boolean;
  /** Whether the number may stand alone (a sender field holding only the number). */
  standalone: boolean;
}

const directoryCache = new Map<string, Set<string>>();

function directory(region: string): Set<string> {
  let set = directoryCache.get(region);
  if (!set) {
    set = officialShortDigits(region);
    directoryCache.set(region, set);
  }
  return set;
}

/** CN service patterns: 95xxx(x), 12xxx, 100xx, three-digit emergency/service numbers. */
const CN_SERVICE = /^(?:95\d{3,4}|96\d{3}|12\d{3}|100\d{2}|1[12]\d)$/;
/** CN SMS gateways: 106 followed by 5-17 digits. */
const CN_SMS_GATEWAY = /^106\d{5,17}$/;

/**
 * Directory numbers shorter than this still need a cue: "110" in "共110人" is a
 * count far more often than the police.
 */
const MIN_UNCUED_DIRECTORY_LEN = 5;

export function matchShortNumber(digits: string, region: string): ShortMatch | null {
  const official = directory(region).has(digits);
  if (region === 'CN') {
    if (CN_SMS_GATEWAY.test(digits)) return { kind: 'sms-gateway', needsCue: !official, standalone: true };
    if (CN_SERVICE.test(digits)) {
      return { kind: 'service', needsCue: !official || digits.length < MIN_UNCUED_DIRECTORY_LEN, standalone: false };
    }
  }
  if (official) {
    return { kind: 'service', needsCue: digits.length < MIN_UNCUED_DIRECTORY_LEN, standalone: false };
  }
  return null;
}
