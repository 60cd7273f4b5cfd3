/**
 * Which 2-4 reminders a hover card shows.
 *
 * RANKING (deterministic; same input, same output):
 * 1. Candidates: reminders of the jurisdiction, not page-only, whose text is in
 *    force on the legal day of `now` (validFrom/validUntil), not channels.
 * 2. Each candidate gets triggers with scores:
 *      claim in `when.claims`      CLAIM_WEIGHT[claim] × 10
 *      claim in `when.alsoClaims`  CLAIM_WEIGHT[claim] × 5
 *      verdict in `when.verdicts`  VERDICT_SCORE (20)
 *      night (only for `when.night` reminders, and only together with
 *      another trigger; a night reminder is ineligible by day) NIGHT_SCORE (85)
 *    A candidate with no trigger is not eligible.
 * 3. Greedy, up to max-1 rule reminders: each round takes the candidate whose
 *    best trigger NOT yet covered by earlier picks scores highest (if all its
 *    triggers are covered, its best score / 10: a filler). Ties: higher best
 *    score, then a statute (all citations V) before a reported rule (any R),
 *    then ALL_REMINDERS order. So the card answers as many different claims as
 *    it can before saying a second thing about one claim.
 * 4. If no rule reminder was eligible, the jurisdiction's `fallback` reminder.
 * 5. One complaint channel, always: the eligible channel with the highest best
 *    score (ties: ALL_REMINDERS order), else the `fallback` channel. It goes last.
 *
 * TIME. Night is judged on the local time the message ARRIVED (`at`):
 *   CN 22:00-08:00 (industry guidelines), US before 8:00 a.m. or after 9:00 p.m.
 *   (1692c(a)(1), Reg F). "Local" is `utcOffsetMinutes` if given, else the
 *   runtime's own offset for `at` (the browser is where the reader is).
 * The law version follows `now` (default `at`): the text in force when the card
 * is SHOWN, on the jurisdiction's legal day (CN: UTC+8, US: UTC-5), so a threat
 * shown on 2026-01-01 in Beijing cites 治安管理处罚法 第50条, not 第42条.
 */
import type { ClaimKind } from '../claims/kinds';
import { ALL_REMINDERS } from './reminders';
import type { Citation, Jurisdiction, Reminder, ReminderCategory, RightsLocale } from './types';

export interface SelectInput {
  /** The number's verdict or category ('collector', 'harassment', 'scam', 'impersonation', 'telemarketing'; others are ignored). */
  verdict?: string;
  /** Claims found in the message (core/claims). Duplicates are fine. */
  claims: readonly ClaimKind[];
  /** When the message arrived. */
  at: Date;
  /** When the card is shown, for the law version. Default `at`. */
  now?: Date;
  jurisdiction: Jurisdiction;
  /** The reader's UTC offset in minutes (480 for Beijing). Default: the runtime's offset at `at`. */
  utcOffsetMinutes?: number;
  /** At most this many reminders, 2-4. Default 4. */
  max?: number;
}

/** How much each claim matters to the card: the more dangerous or unlawful, the higher. */
export const CLAIM_WEIGHT: Readonly<Record<ClaimKind, number>> = {
  impersonation: 10,
  'criminal-threat': 9,
  visit: 9,
  'expose-contacts': 8,
  insult: 7,
  'credit-threat': 6,
  'court-action': 5,
  mediation: 4,
  'law-firm': 4,
  'legal-department': 4,
  'overdue-debt': 2,
};
export const VERDICT_SCORE = 20;
export const NIGHT_SCORE = 85;

const CATEGORIES: ReadonlySet<string> = new Set<ReminderCategory>([
  'collector', 'harassment', 'scam', 'impersonation', 'telemarketing',
]);

/** UTC offset of each jurisdiction's legal day (when a statute takes effect). */
const LEGAL_DAY_OFFSET: Readonly<Record<Jurisdiction, number>> = { CN: 8 * 60, US: -5 * 60 };

/** YYYY-MM-DD of `date` at a fixed UTC offset. */
export function dayAt(date: Date, utcOffsetMinutes: number): string {
  return new Date(date.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function legalDay(date: Date, jurisdiction: Jurisdiction): string {
  return dayAt(date, LEGAL_DAY_OFFSET[jurisdiction]);
}

/** Whether `r`'s text may be shown on `now` (its jurisdiction's legal day). */
export function isInForce(r: Reminder, now: Date): boolean {
  const day = legalDay(now, r.jurisdiction);
  return (r.validFrom === undefined || r.validFrom <= day) && (r.validUntil === undefined || day <= r.validUntil);
}

/** The reminders in force on `now`, in ALL_REMINDERS order: the "Know your rights" page. */
export function remindersInForce(now: Date, jurisdiction?: Jurisdiction): Reminder[] {
  return ALL_REMINDERS.filter((r) => (!jurisdiction || r.jurisdiction === jurisdiction) && isInForce(r, now));
}

/**
 * The version of `reminder`'s series in force on `now` (itself if it is).
 * A card rendered from a cached selection across 2026-01-01 still cites the
 * right article. Undefined if no version is in force (e.g. before a guideline).
 */
export function reminderInForce(reminder: Reminder, now: Date): Reminder | undefined {
  if (isInForce(reminder, now)) return reminder;
  return ALL_REMINDERS.find((r) => r.series === reminder.series && isInForce(r, now));
}

/** The text to show for `reminder` on `now`, from the version in force; '' if none is. */
export function reminderText(reminder: Reminder, locale: RightsLocale, now: Date): string {
  return reminderInForce(reminder, now)?.text[locale] ?? '';
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The citations to list under a reminder on `now`: without texts not yet or no
 * longer in force, and without a guideline dated after `now` (a document cannot
 * be cited before its own date).
 */
export function citationsAt(reminder: Reminder, now: Date): Citation[] {
  const day = legalDay(now, reminder.jurisdiction);
  return reminder.citations.filter(
    (c) =>
      (c.effectiveFrom === undefined || c.effectiveFrom <= day) &&
      (c.effectiveUntil === undefined || day <= c.effectiveUntil) &&
      !(c.version !== undefined && DATE_RE.test(c.version) && c.version > day),
  );
}

/** Minutes since local midnight of `at` at the given offset. */
function localMinutes(at: Date, utcOffsetMinutes: number): number {
  const shifted = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** CN: 22:00-08:00. US: before 8:00 a.m. or after 9:00 p.m. (21:00 itself is not "after"). */
export function isRestrictedHour(at: Date, jurisdiction: Jurisdiction, utcOffsetMinutes?: number): boolean {
  const offset = utcOffsetMinutes ?? -at.getTimezoneOffset();
  const shifted = new Date(at.getTime() + offset * 60_000);
  const m = localMinutes(at, offset);
  if (jurisdiction === 'CN') return m >= 22 * 60 || m < 8 * 60;
  const afterNine = m > 21 * 60 || (m === 21 * 60 && (shifted.getUTCSeconds() > 0 || shifted.getUTCMilliseconds() > 0));
  return m < 8 * 60 || afterNine;
}

interface Hit {
  trigger: string;
  score: number;
}

function hits(r: Reminder, claims: ReadonlySet<ClaimKind>, verdict: string | undefined, night: boolean): Hit[] {
  const out: Hit[] = [];
  for (const c of r.when.claims ?? []) if (claims.has(c)) out.push({ trigger: `claim:${c}`, score: CLAIM_WEIGHT[c] * 10 });
  for (const c of r.when.alsoClaims ?? []) {
    if (claims.has(c) && !(r.when.claims ?? []).includes(c)) out.push({ trigger: `claim:${c}`, score: CLAIM_WEIGHT[c] * 5 });
  }
  if (verdict && (r.when.verdicts ?? []).some((v) => v === verdict)) out.push({ trigger: 'verdict', score: VERDICT_SCORE });
  if (r.when.night) {
    if (!night || out.length === 0) return [];
    out.push({ trigger: 'night', score: NIGHT_SCORE });
  }
  return out;
}

const best = (hs: readonly Hit[]): number => hs.reduce((m, h) => Math.max(m, h.score), 0);
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** 1 for anything reported (an R citation), 0 otherwise: statutes and confirmed channels rank first on a tie. */
const reported = (r: Reminder): number => (r.citations.some((c) => c.status === 'R') ? 1 : 0);

/** 2-4 reminders for one message; see the ranking above. */
export function selectReminders(input: SelectInput): Reminder[] {
  const now = input.now ?? input.at;
  const max = Math.min(4, Math.max(2, Math.floor(input.max ?? 4)));
  const verdict = input.verdict !== undefined && CATEGORIES.has(input.verdict) ? input.verdict : undefined;
  const claims = new Set(input.claims);
  const night = isRestrictedHour(input.at, input.jurisdiction, input.utcOffsetMinutes);

  const pool = ALL_REMINDERS.map((r, order) => ({ r, order })).filter(
    ({ r }) => r.jurisdiction === input.jurisdiction && !r.when.pageOnly && isInForce(r, now),
  );
  const scored = pool.map((p) => ({ ...p, hits: hits(p.r, claims, verdict, night) }));

  // Rule reminders: greedy by best uncovered trigger.
  const rules = scored.filter((s) => !s.r.channel && s.hits.length > 0);
  const picked: Reminder[] = [];
  const covered = new Set<string>();
  while (picked.length < max - 1) {
    let choice: { s: (typeof rules)[number]; key: number[] } | undefined;
    for (const s of rules) {
      if (picked.includes(s.r)) continue;
      const fresh = s.hits.filter((h) => !covered.has(h.trigger));
      const marginal = fresh.length > 0 ? best(fresh) : best(s.hits) / 10;
      // Larger is better, compared left to right.
      const key = [marginal, best(s.hits), -reported(s.r), -s.order];
      if (!choice || compareKeys(key, choice.key) > 0) choice = { s, key };
    }
    if (!choice) break;
    picked.push(choice.s.r);
    for (const h of choice.s.hits) covered.add(h.trigger);
  }
  if (picked.length === 0) {
    const fallback = pool.find((p) => !p.r.channel && p.r.when.fallback);
    if (fallback) picked.push(fallback.r);
  }

  // One complaint channel, always.
  const channels = scored.filter((s) => s.r.channel);
  let channel = channels
    .filter((s) => s.hits.length > 0)
    .sort((a, b) => best(b.hits) - best(a.hits) || a.order - b.order)[0]?.r;
  channel ??= channels.find((s) => s.r.when.fallback)?.r ?? channels[0]?.r;
  if (channel) picked.push(channel);
  return picked;
}
