/**
 * What a message claims or threatens. Detected by core/claims/detect.ts, used by
 * core/rights/select.ts to pick the rights reminders that answer it.
 */
export const CLAIM_KINDS = [
  /** The sender calls itself a "legal department" (法务部 / 法務部). */
  'legal-department',
  /** A law firm or lawyer is said to be involved (律所 / 律師 / attorney). */
  'law-firm',
  /** A mediation centre or pre-litigation mediation (调解中心 / 诉前调解). */
  'mediation',
  /** A lawsuit, court case, summons or enforcement is threatened or announced. */
  'court-action',
  /** Someone will come to the home, workplace or home town (上门 / 家访). */
  'visit',
  /** The debt will be told to family, employer, colleagues or phone contacts (爆通讯录). */
  'expose-contacts',
  /** Arrest, detention, jail or criminal liability is threatened. */
  'criminal-threat',
  /** Credit record, blacklist or 征信 consequences are threatened. */
  'credit-threat',
  /** The sender claims to be a court, the police, a procuratorate or a government official. */
  'impersonation',
  /** The message is about an overdue debt or its collection. */
  'overdue-debt',
  /** Insults or intimidating phrases (老赖, 等着瞧, deadbeat). */
  'insult',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface Claim {
  kind: ClaimKind;
  /** UTF-16 offsets into the text given to detectClaims. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  quote: string;
}

export function isClaimKind(value: string): value is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(value);
}
