/**
 * Turns the digits of a candidate (one or more consecutive groups of a run) into
 * a canonical key and kind, or rejects it. Structure comes first (cheap string
 * tests), libphonenumber-js only for what is left.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import { getCountryCallingCode } from 'libphonenumber-js/core';
import type { NumberKind } from '../types';
import { type FullNumber, validFullNumber } from './full-numbers';
import { detectMetadata } from './metadata';
import { type ShortMatch, matchShortNumber } from './short-numbers';

export interface Interpretation {
  number: string;
  kind: NumberKind;
  /** Digits of the calling code when the number was read as international. */
  callingCodeLength?: number;
  /** Set for short/service/gateway numbers (they carry cue requirements). */
  short?: ShortMatch;
}

/**
 * Shapes a CN number written without a country code may have: trunk-0 landline
 * (or mobile with a stray 0), mobile, 400/800. Bare 7-8 digit local numbers and
 * area codes without the trunk 0 are refused: they are indistinguishable from
 * dates, amounts and order numbers.
 */
const CN_NATIONAL = /^(?:0\d{9,11}|1[3-9]\d{9}|[48]00\d{7})$/;
const YYYYMMDD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

export function interpret(
  digits: string,
  groupLens: readonly number[],
  prefix: 'plus' | 'bracket' | null,
  region: string,
  lpRegion: CountryCode | undefined,
): Interpretation | null {
  const n = digits.length;
  if (n < 3) return null;
  if (prefix === 'plus') return full(digits, groupLens, true, lpRegion);
  // "(852) 2345 6789", "(86) 138 0013 8000": a bracketed calling code without '+'.
  if (prefix === 'bracket' && groupLens.length > 1 && digits.charCodeAt(0) !== 0x30) {
    const r = full(digits, groupLens, true, lpRegion);
    if (r && r.callingCodeLength === groupLens[0]) return r;
  }
  if (n >= 10 && digits.startsWith('00') && digits.charCodeAt(2) !== 0x30) {
    return full(digits, groupLens, true, lpRegion, 2);
  }

  const short = groupLens.length === 1 ? matchShortNumber(digits, region) : null;
  if (short) return { number: `${region}:${digits}`, kind: short.kind, short };

  if (region === 'CN') {
    const national = CN_NATIONAL.test(digits) ? full(digits, groupLens, false, lpRegion) : null;
    if (national) return national;
    // "86 138 0013 8000", "(86)10-12345678", "8613800138000"
    if (n >= 12 && digits.startsWith('86') && (groupLens.length === 1 || groupLens[0] === 2)) {
      return full(digits, groupLens, true, lpRegion);
    }
  } else {
    if (n === 8 && YYYYMMDD.test(digits)) return null;
    const national = full(digits, groupLens, false, lpRegion);
    if (national) return national;
    if (lpRegion) {
      const cc = getCountryCallingCode(lpRegion, detectMetadata());
      if (digits.startsWith(cc) && groupLens[0] === cc.length) return full(digits, groupLens, true, lpRegion);
    }
  }
  // "1-800-555-0199": the North American long-distance form is unmistakable in any region.
  if (n === 11 && groupLens[0] === 1 && groupLens.length >= 3 && digits.charCodeAt(0) === 0x31) {
    return full(digits, groupLens, true, lpRegion);
  }
  return null;
}

function full(
  digits: string,
  groupLens: readonly number[],
  international: boolean,
  lpRegion: CountryCode | undefined,
  skip = 0,
): Interpretation | null {
  const r = validFullNumber(skip ? digits.slice(skip) : digits, international, lpRegion);
  if (!r || !groupingFits(digits, groupLens, r)) return null;
  return { number: r.e164, kind: r.kind, callingCodeLength: r.callingCode.length };
}

/**
 * The way the number is split when written must agree with how the number is
 * formatted: "138 0013 8000" and "0571-2688 8888" do, "1380 0138 000" (a slice
 * of a bank card) does not. Every written boundary inside the national number
 * must be a boundary of the international format.
 */
function groupingFits(digits: string, groupLens: readonly number[], r: FullNumber): boolean {
  if (groupLens.length === 1) return true;
  const nsnStart = digits.length - r.nsnLength;
  // The NSN must be the written suffix, or the span would not match what was written.
  if (nsnStart < 0 || !r.e164.endsWith(digits.slice(nsnStart))) return false;
  // Toll-free and shared-cost numbers are written in every grouping imaginable
  // ("4008-123-456", Taiwan's "0800-123-456" vs libphonenumber's "080 012 3456"),
  // and their prefixes are distinctive enough without the grouping evidence.
  if (r.kind === 'tollfree' || r.kind === 'shared-cost') return true;
  let b = 0;
  for (let g = 0; g < groupLens.length - 1; g++) {
    b += groupLens[g] ?? 0;
    const inNsn = b - nsnStart;
    if (inNsn <= 0) continue;
    if (!r.isBoundary(inNsn)) return false;
  }
  return true;
}
