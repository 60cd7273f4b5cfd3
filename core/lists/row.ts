import { isCanonicalKey } from '../keys';
import { parseUserNumber } from '../user-input';
import { CATEGORIES, type Category } from '../types';
import { problem, type Problem } from '../problems';

/**
 * One row of an imported list (CSV or JSON), validated. Lists come from
 * strangers: every field is checked and bounded, and a rejected row says why,
 * in words a person can act on.
 *
 * Columns: number, category, label, reports, note, updated.
 */
export interface ListRow {
  key: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  /** Epoch milliseconds. */
  updated?: number;
}

export type RawRow = Record<string, unknown>;
export type RowResult = { ok: true; row: ListRow } | { ok: false; problem: Problem };

export const LIST_COLUMNS = ['number', 'category', 'label', 'reports', 'note', 'updated'] as const;
export const MAX_LABEL = 60;
export const MAX_NOTE = 500;
export const MAX_REPORTS = 10_000_000;

/** Category names as people write them in lists, in both scripts and English. */
const CATEGORY_ALIASES: Record<string, Category> = {
  催收: 'collector', 催债: 'collector', 催債: 'collector', 'debt collector': 'collector', collection: 'collector',
  骚扰: 'harassment', 騷擾: 'harassment', harass: 'harassment',
  诈骗: 'scam', 詐騙: 'scam', fraud: 'scam',
  冒充: 'impersonation', 冒充官方: 'impersonation', 冒充司法: 'impersonation', '冒充官方/司法': 'impersonation',
  推销: 'telemarketing', 推銷: 'telemarketing', 广告: 'telemarketing', 廣告: 'telemarketing', marketing: 'telemarketing', spam: 'telemarketing',
  官方: 'official', 银行: 'official', 銀行: 'official', 客服: 'official',
  其他: 'other', 其它: 'other',
};

export function parseCategory(value: unknown): Category | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((CATEGORIES as readonly string[]).includes(v)) return v as Category;
  return CATEGORY_ALIASES[v] ?? CATEGORY_ALIASES[value.trim()];
}

const E164_FAST = /^\+[1-9]\d{6,14}$/;

/**
 * The canonical key of a list's number cell. Cells already in canonical form
 * (what exports and most lists hold) skip the detector: a million rows must
 * import in seconds. Anything else goes through the same detector as page text.
 */
export function parseListNumber(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (isCanonicalKey(v) && (E164_FAST.test(v) || /^[A-Z]{2}:/.test(v))) return v;
  return parseUserNumber(v);
}

function text(value: unknown, max: number, field: string): { ok: true; value?: string } | { ok: false; problem: Problem } {
  if (value === undefined || value === null) return { ok: true };
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, problem: problem('notText', { field }) };
  const s = String(value).trim();
  if (s.length > max) return { ok: false, problem: problem('tooLong', { field, max }) };
  // Control characters have no place in a label or note and can hide text in the UI.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(s)) {
    return { ok: false, problem: problem('controlChars', { field }) };
  }
  return { ok: true, value: s || undefined };
}

export function parseUpdated(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{10,13}$/.test(s)) return s.length === 13 ? Number(s) : Number(s) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.replace(' ', 'T'));
  return Number.isFinite(t) ? t : null;
}

export function validateRow(raw: RawRow): RowResult {
  const key = parseListNumber(raw.number);
  if (!key) {
    const shown = typeof raw.number === 'string' || typeof raw.number === 'number' ? String(raw.number).slice(0, 40) : '';
    return { ok: false, problem: shown ? problem('notNumber', { value: shown }) : problem('numberMissing') };
  }
  const category = parseCategory(raw.category);
  if (!category) {
    const shown = typeof raw.category === 'string' ? raw.category.slice(0, 30) : '';
    return { ok: false, problem: shown ? problem('unknownCategory', { value: shown }) : problem('categoryMissing') };
  }
  let reports = 0;
  if (raw.reports !== undefined && raw.reports !== null && raw.reports !== '') {
    const n = typeof raw.reports === 'number' ? raw.reports : /^\s*\d+\s*$/.test(String(raw.reports)) ? Number(raw.reports) : NaN;
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_REPORTS) {
      return { ok: false, problem: problem('reportsRange', { max: MAX_REPORTS }) };
    }
    reports = n;
  }
  const label = text(raw.label, MAX_LABEL, 'label');
  if (!label.ok) return label;
  const note = text(raw.note, MAX_NOTE, 'note');
  if (!note.ok) return note;
  const updated = parseUpdated(raw.updated);
  if (updated === null) return { ok: false, problem: problem('badDate') };
  const row: ListRow = { key, category, reports };
  if (label.value) row.label = label.value;
  if (note.value) row.note = note.value;
  if (updated !== undefined) row.updated = updated;
  return { ok: true, row };
}
