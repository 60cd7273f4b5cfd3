/** What a number or sender is judged to be. The DOM carries it as `data-shield-verdict`. */
export const VERDICTS = [
  'collector',
  'harassment',
  'scam',
  'telemarketing',
  'official',
  'trusted',
  'unknown',
  /** Unknown to the database, but its message makes collection claims (day-one protection). */
  'suspected',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Categories a report or a list entry may carry (a subset of verdicts plus impersonation/other). */
export const CATEGORIES = [
  'collector',
  'harassment',
  'scam',
  'impersonation',
  'telemarketing',
  'official',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type NumberKind =
  | 'mobile'
  | 'landline'
  | 'tollfree'
  | 'shared-cost'
  | 'service'
  | 'sms-gateway'
  | 'voip'
  | 'other';

/** One phone number found in a text. Offsets are UTF-16 code units into that text. */
export interface Detection {
  start: number;
  end: number;
  /** Canonical key: E.164 (`+8613800138000`) or `REGION:digits` (`CN:95188`). */
  number: string;
  kind: NumberKind;
}

export interface ScanOptions {
  /** ISO 3166 region for numbers written without a country code. Default `CN`. */
  region?: string;
}
