import type { Category, Verdict } from './types';
import type { OfficialEntry } from './official/directory';

/**
 * The one verdict rule: the user's override beats the user's own reports, which
 * beat the official directory, which beats lists. Lists never collapse to a bare
 * majority: the split travels with the verdict so the card can show it.
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

export interface SplitEntry {
  category: Category;
  label?: string;
  count: number;
}

export interface NumberVerdict {
  verdict: Verdict;
  from: VerdictSource;
  /** The user's own reports of this number. */
  myReports: number;
  lastReportAt?: number;
  /** Reports counted by lists, per category/label, largest first. */
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

/** Most frequent category, ties broken by the more recent occurrence. */
function dominantReportCategory(reports: readonly ReportFact[]): Category | undefined {
  const tally = new Map<Category, { count: number; last: number }>();
  for (const r of reports) {
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
  const byLabel = new Map<string, SplitEntry>();
  for (const l of lists) {
    const id = `${l.category}\u0000${l.label ?? ''}`;
    const entry = byLabel.get(id) ?? { category: l.category, label: l.label || undefined, count: 0 };
    // A list row with no count still stands for at least one report.
    entry.count += Math.max(1, l.reports);
    byLabel.set(id, entry);
  }
  return [...byLabel.values()].sort((a, b) => b.count - a.count);
}

export function decideVerdict(input: VerdictInput): NumberVerdict {
  const split = listSplit(input.lists);
  const lastReportAt = input.reports.length
    ? Math.max(...input.reports.map((r) => r.createdAt))
    : undefined;
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
  if (top) return { ...base, verdict: categoryVerdict(top.category), from: 'list' };
  return { ...base, verdict: 'unknown', from: 'none' };
}

/** Flagged verdicts get a visible warning; the rest are marked subtly. */
export function isFlagged(verdict: Verdict): boolean {
  return verdict === 'collector' || verdict === 'harassment' || verdict === 'scam' || verdict === 'telemarketing' || verdict === 'suspected';
}
