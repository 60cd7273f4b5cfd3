import type { ClaimKind } from '../claims/kinds';

export type Jurisdiction = 'CN' | 'US';

/** Same keys as core/i18n.ts `Locale`. */
export type RightsLocale = 'zh_CN' | 'zh_TW' | 'en';
export const RIGHTS_LOCALES: readonly RightsLocale[] = ['zh_CN', 'zh_TW', 'en'];

/** Number categories a reminder can answer (core/types.ts Category, minus official/other). */
export type ReminderCategory = 'collector' | 'harassment' | 'scam' | 'impersonation' | 'telemarketing';

export interface LocalizedText {
  zh_CN: string;
  zh_TW: string;
  en: string;
}

export type CitationStatus = 'V' | 'R' | 'C' | 'A';

export interface Citation {
  /** The statute, regulation, guideline or complaint channel. */
  source: string;
  /** Article / section as the facts file gives it (V rows; R rows only where the file gives one). */
  article?: string;
  /** Which text: '2012', '2025 (revised 2025-06-27)', or a guideline's own date. */
  version?: string;
  /** YYYY-MM-DD, from the facts file. */
  effectiveFrom?: string;
  /** YYYY-MM-DD, last day in force, from the facts file. */
  effectiveUntil?: string;
  /**
   * The facts row's status. V = checked against the statute text; R = reported
   * (hedged); C = a complaint channel (stated plainly, source line shown);
   * A = advice from the seed articles (a suggestion, never a rule, no law).
   * U rows are never cited.
   */
  status: CitationStatus;
  /**
   * The row of shared/reference/rights-facts.md this traces to: the row's first
   * cells joined by a space, e.g. '民法典 第1033条(一)'. The tests check it
   * occurs in exactly one table row and that the row's status matches.
   */
  factsRow: string;
}

export interface ReminderWhen {
  /** Claims this reminder answers directly. */
  claims?: readonly ClaimKind[];
  /** Claims it is relevant to, but less directly (half weight). */
  alsoClaims?: readonly ClaimKind[];
  /** Number categories it fits. */
  verdicts?: readonly ReminderCategory[];
  /** Only when the message arrived in restricted hours (and something else above matched). */
  night?: boolean;
  /** Shown when nothing more specific fits, so a card never has fewer than two reminders. */
  fallback?: boolean;
  /** For the "Know your rights" page only; never picked for a card. */
  pageOnly?: boolean;
}

export interface Reminder {
  /** Stable; a new text version gets a new id in the same `series`. */
  id: string;
  jurisdiction: Jurisdiction;
  /** Versions of one reminder share a series; at most one is in force on any day. */
  series: string;
  /** A complaint channel (where to complain) rather than a rule. */
  channel: boolean;
  /** Practical advice (status A rows): phrased as a suggestion, shown apart from the rules. */
  advice?: boolean;
  when: ReminderWhen;
  /** First day (YYYY-MM-DD, legal day of the jurisdiction) this text may be shown. */
  validFrom?: string;
  /** Last day this text may be shown. */
  validUntil?: string;
  text: LocalizedText;
  citations: readonly Citation[];
}
