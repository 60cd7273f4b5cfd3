import { isCanonicalKey } from '../keys';
import { parseUserNumber } from '../user-input';
import { CATEGORIES, type Category } from '../types';
import { problem, type Problem } from '../problems';

/**
 * One row of an imported list (CSV or JSON), validated. Lists come from
 * strangers: every field is checked and bounded, and a rejected row says why,
 * in words a person can act on.
 *
 * Columns: number, category, label, reports, note, updated. A row names either
 * a number or a sender (an SMS signature such as 【借呗法务部】, a mail sender
 * name), never both: see validateEntry.
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

/**
 * A sender row of a list. `name` is the sender as written (trimmed); db/import.ts
 * folds it with normalizeSender, so that core/lists stays free of OpenCC's tables.
 */
export interface SenderListRow {
  name: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  updated?: number;
}

export type RawRow = Record<string, unknown>;
export type RowResult = { ok: true; row: ListRow } | { ok: false; problem: Problem };
export type EntryResult =
  | { ok: true; kind: 'number'; row: ListRow }
  | { ok: true; kind: 'sender'; row: SenderListRow }
  | { ok: false; problem: Problem };

export const LIST_COLUMNS = ['number', 'category', 'label', 'reports', 'note', 'updated'] as const;
export const MAX_LABEL = 60;
/** Longest sender name, as written (before normalization). */
export const MAX_SENDER = 60;
export const MAX_NOTE = 500;
export const MAX_REPORTS = 10_000_000;

/** Category names as people write them in lists, in both scripts and English. A Map: a cell such as "constructor" is no category. */
const CATEGORY_ALIASES = new Map<string, Category>(
  Object.entries({
    催收: 'collector', 催债: 'collector', 催債: 'collector', 'debt collector': 'collector', collection: 'collector',
    骚扰: 'harassment', 騷擾: 'harassment', harass: 'harassment',
    诈骗: 'scam', 詐騙: 'scam', fraud: 'scam',
    冒充: 'impersonation', 冒充官方: 'impersonation', 冒充司法: 'impersonation', '冒充官方/司法': 'impersonation',
    推销: 'telemarketing', 推銷: 'telemarketing', 广告: 'telemarketing', 廣告: 'telemarketing', marketing: 'telemarketing', spam: 'telemarketing',
    官方: 'official', 银行: 'official', 銀行: 'official', 客服: 'official',
    其他: 'other', 其它: 'other',
  } satisfies Record<string, Category>),
);

export function parseCategory(value: unknown): Category | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((CATEGORIES as readonly string[]).includes(v)) return v as Category;
  return CATEGORY_ALIASES.get(v) ?? CATEGORY_ALIASES.get(value.trim());
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

type Fields = Omit<ListRow, 'key'>;

/** Everything but the number or sender: category, reports, label, note, updated. */
function validateFields(raw: RawRow): { ok: true; fields: Fields } | { ok: false; problem: Problem } {
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
  const fields: Fields = { category, reports };
  if (label.value) fields.label = label.value;
  if (note.value) fields.note = note.value;
  if (updated !== undefined) fields.updated = updated;
  return { ok: true, fields };
}

/** A number row (the only kind before sender names; the v2 migration uses it). */
export function validateRow(raw: RawRow): RowResult {
  const key = parseListNumber(raw.number);
  if (!key) {
    const shown = typeof raw.number === 'string' || typeof raw.number === 'number' ? String(raw.number).slice(0, 40) : '';
    return { ok: false, problem: shown ? problem('notNumber', { value: shown }) : problem('numberMissing') };
  }
  const fields = validateFields(raw);
  if (!fields.ok) return fields;
  return { ok: true, row: { key, ...fields.fields } };
}

/** A cell holds something: not absent, not empty, not only spaces. */
function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

// Sender names are one line: no control characters at all (tabs and newlines
// included), no bidirectional overrides or isolates that could disguise them.
// eslint-disable-next-line no-control-regex
const SENDER_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * The name cell of a sender row: text (a number such as 95588 is read as text),
 * trimmed, at most MAX_SENDER characters, no control characters. Not yet normalized.
 */
export function parseSenderCell(value: unknown): { ok: true; name: string } | { ok: false; problem: Problem } {
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, problem: problem('notText', { field: 'sender' }) };
  const name = String(value).trim();
  if (name.length > MAX_SENDER) return { ok: false, problem: problem('tooLong', { field: 'sender', max: MAX_SENDER }) };
  if (SENDER_FORBIDDEN.test(name)) return { ok: false, problem: problem('controlChars', { field: 'sender' }) };
  return { ok: true, name };
}

/**
 * The first cell holding U+FFFD, the mark a decoder leaves for bytes it could
 * not read: the file was not in the encoding it was read in (or was damaged
 * before), and such a cell would be stored wrong.
 */
function garbledField(raw: RawRow): string | undefined {
  for (const field of Object.keys(raw)) {
    const v = raw[field];
    if (typeof v === 'string' && v.includes('\uFFFD')) return field.slice(0, 30);
  }
  return undefined;
}

/**
 * One row of a list file: exactly one of `number` and `sender` must be present
 * (an empty cell counts as absent, so a CSV may have both columns and fill one
 * per line). Sender names come back as written; the caller normalizes them.
 */
export function validateEntry(raw: RawRow): EntryResult {
  const garbled = garbledField(raw);
  if (garbled !== undefined) return { ok: false, problem: problem('unreadableChar', { field: garbled }) };
  const hasNumber = present(raw.number);
  const hasSender = present(raw.sender);
  if (hasNumber && hasSender) return { ok: false, problem: problem('numberAndSender') };
  if (!hasNumber && !hasSender) return { ok: false, problem: problem('numberOrSenderMissing') };
  if (hasNumber) {
    const r = validateRow(raw);
    return r.ok ? { ok: true, kind: 'number', row: r.row } : r;
  }
  const cell = parseSenderCell(raw.sender);
  if (!cell.ok) return cell;
  const fields = validateFields(raw);
  if (!fields.ok) return fields;
  return { ok: true, kind: 'sender', row: { name: cell.name, ...fields.fields } };
}
