import type { Category, Verdict } from './types';
import type { OfficialEntry } from './official/directory';

/**
 * The one verdict rule: the user's override beats the user's own reports, which
 * beat the official directory, which beats lists. Lists never collapse to a bare
 * majority: the split travels with the verdict so the card can show it.
 *
 * Two limits keep one list from speaking for everyone:
 * - Only the built-in directory (core/official/) makes a number `official`. A
 *   list row (or an old report) of category `official` is shown in the split,
 *   but when it comes out on top the verdict is `unknown`: a list can warn about
 *   a number, it cannot vouch for it.
 * - A list counts as at most MAX_LIST_REPORTS reports of a number, however many
 *   its row claims. The split shows what was counted (so its order, the badge's
 *   total and the verdict agree) and, where a cap cut it, what the lists claimed.
 */
/** dismissed: the user said a suspected number is not a collector; it changes no other verdict. */
export type Override = 'trusted' | 'blocked' | 'dismissed';
export type VerdictSource = 'override' | 'report' | 'official' | 'list' | 'none';

export interface ReportFact {
  category: Category;
  createdAt: number;
}

export interface ListFact {
  sourceId: string;
  category: Category;
  label?: string;
  reports: number;
}

export interface VerdictInput {
  override?: Override;
  reports: readonly ReportFact[];
  official?: OfficialEntry;
  lists: readonly ListFact[];
}

/** The most reports one list counts for, per number, toward the split (see above). */
export const MAX_LIST_REPORTS = 100;

export interface SplitEntry {
  category: Category;
  label?: string;
  /** Reports counted: each list at least 1 and at most MAX_LIST_REPORTS. */
  count: number;
  /** What the lists' rows said, present only when the cap counted fewer. */
  claimed?: number;
}

export interface NumberVerdict {
  verdict: Verdict;
  from: VerdictSource;
  /** The user's own reports of this number. */
  myReports: number;
  lastReportAt?: number;
  /** Reports counted by lists, per category/label, largest first (each list capped at MAX_LIST_REPORTS). */
  split: SplitEntry[];
  /** Which lists said something about the number. */
  listIds: string[];
  official?: OfficialEntry;
  /** The user dismissed the suspicion on this number: do not mark it suspected again. */
  dismissed?: boolean;
}

const CATEGORY_VERDICT: Record<Category, Verdict> = {
  collector: 'collector',
  harassment: 'harassment',
  scam: 'scam',
  // Impersonating an official body or a court is a scam as far as the user is concerned.
  impersonation: 'scam',
  telemarketing: 'telemarketing',
  official: 'official',
  other: 'harassment',
};

export function categoryVerdict(category: Category): Verdict {
  return CATEGORY_VERDICT[category];
}

/**
 * Most frequent category, ties broken by the more recent occurrence. Reports of
 * category `official` (only an old backup can hold them: the report message
 * refuses it) do not count: only the directory makes a number official.
 */
function dominantReportCategory(reports: readonly ReportFact[]): Category | undefined {
  const tally = new Map<Category, { count: number; last: number }>();
  for (const r of reports) {
    if (r.category === 'official') continue;
    const t = tally.get(r.category) ?? { count: 0, last: 0 };
    t.count += 1;
    t.last = Math.max(t.last, r.createdAt);
    tally.set(r.category, t);
  }
  let best: Category | undefined;
  let bestT = { count: -1, last: -1 };
  for (const [category, t] of tally) {
    if (t.count > bestT.count || (t.count === bestT.count && t.last > bestT.last)) {
      best = category;
      bestT = t;
    }
  }
  return best;
}

export function listSplit(lists: readonly ListFact[]): SplitEntry[] {
  const byLabel = new Map<string, { category: Category; label?: string; count: number; claimed: number }>();
  /** What each list may still count for this number: a list holds a number once, but a budget per list holds even if not. */
  const budget = new Map<string, number>();
  for (const l of lists) {
    const id = `${l.category}\u0000${l.label ?? ''}`;
    const entry = byLabel.get(id) ?? { category: l.category, label: l.label || undefined, count: 0, claimed: 0 };
    // A list row with no count still stands for at least one report.
    const claimed = Number.isFinite(l.reports) ? Math.max(1, l.reports) : 1;
    const left = budget.get(l.sourceId) ?? MAX_LIST_REPORTS;
    const counted = Math.min(claimed, left);
    budget.set(l.sourceId, left - counted);
    entry.count += counted;
    entry.claimed += claimed;
    byLabel.set(id, entry);
  }
  return [...byLabel.values()]
    .map(({ claimed, ...e }): SplitEntry => (claimed > e.count ? { ...e, claimed } : e))
    .sort((a, b) => b.count - a.count);
}

/** The latest of some times (undefined for none), without spreading them into arguments: a long array would overflow the stack. */
export function latest(times: Iterable<number>): number | undefined {
  let max: number | undefined;
  for (const t of times) if (max === undefined || t > max) max = t;
  return max;
}

export function decideVerdict(input: VerdictInput): NumberVerdict {
  const split = listSplit(input.lists);
  const lastReportAt = latest(input.reports.map((r) => r.createdAt));
  const base = {
    myReports: input.reports.length,
    lastReportAt,
    split,
    listIds: [...new Set(input.lists.map((l) => l.sourceId))],
    official: input.official,
    ...(input.override === 'dismissed' ? { dismissed: true } : {}),
  };
  const mine = dominantReportCategory(input.reports);
  if (input.override === 'trusted') return { ...base, verdict: 'trusted', from: 'override' };
  if (input.override === 'blocked') {
    return { ...base, verdict: mine ? categoryVerdict(mine) : 'harassment', from: 'override' };
  }
  if (mine) return { ...base, verdict: categoryVerdict(mine), from: 'report' };
  if (input.official) return { ...base, verdict: 'official', from: 'official' };
  const top = split[0];
  // Lists never make a number official: a list that mostly says so leaves it unknown (the split still shows it).
  if (top) return { ...base, verdict: top.category === 'official' ? 'unknown' : categoryVerdict(top.category), from: 'list' };
  return { ...base, verdict: 'unknown', from: 'none' };
}

/** Flagged verdicts get a visible warning; the rest are marked subtly. */
export function isFlagged(verdict: Verdict): boolean {
  return verdict === 'collector' || verdict === 'harassment' || verdict === 'scam' || verdict === 'telemarketing' || verdict === 'suspected';
}
