import { LIST_COLUMNS, validateEntry } from '../core/lists/row';
import { toCsv } from '../core/lists/csv-write';
import { normalizeSender } from '../core/sender';
import { parseRequest } from '../core/messages';
import { LOCALES } from '../core/i18n';
import { checkSettings, type Settings, type SettingsStore } from '../core/settings';
import type { OverrideRow, ReportRow, SenderRow, ShieldDB, SightingRow, SourceRow, SubscriptionRow } from './schema';
import { bumpUserData } from './queries';
import { ListBuilder, chunkEntry, type ListChunk } from './list-store';
import { MAX_LIST_ROWS, MAX_LIST_SENDERS } from './import';
import { checkListUrl, subscriptionId } from './subscriptions';
import { ProblemError, problem, type Problem } from '../core/problems';
import { isPlausibleTime, MAX_EVIDENCE_TEXT } from '../core/report';
import { dayString, localTime, offsetLabel, resolveZone, type LocalClock, type ZoneOptions } from '../core/evidence';
import { entriesOf, orderAt, reportedAt, type EvidenceEntry } from './evidence';

/**
 * Exports for a complaint, and a full backup that restores all or nothing.
 * A restore checks every row of the file before touching the database, then
 * replaces everything in one transaction: a broken backup changes nothing.
 *
 * A backup file is read like any file from outside: every row goes through
 * the validator that guards the same data at its usual way in (list rows and
 * sender names: the import's validateEntry and normalizeSender; reports,
 * overrides and sightings: the background's message parser; subscriptions:
 * the subscription checks; settings: checkSettings), times must be plausible
 * (isPlausibleTime), and nothing derived is taken from the file: report and
 * sighting ids are renumbered 1, 2, 3… in file order, and a source's counts
 * are recomputed from its rows.
 */
export const BACKUP_FORMAT = 'collector-shield-backup';
export const BACKUP_VERSION = 2;
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/**
 * Versions and what they must hold. Version 2 (written since subscriptions and
 * settings joined the backup) must hold every table and the settings. A
 * version 1 file is still restored, since it holds every table there was: it
 * must hold all the data tables; having no subscriptions it restores none
 * (a list it holds of kind 'subscription' comes back as it was: the
 * subscriptions panel shows such a list, left without its subscription, with
 * a Remove button), and having no settings it leaves the current settings as
 * they are. A file missing any table its version requires
 * is refused: restoring it would wipe that table.
 */
const DATA_TABLES = ['sources', 'listRows', 'reports', 'overrides', 'senders', 'sightings'] as const;
/** Tables as stored, plus listRows: list chunks written out as plain rows, so a backup does not depend on the storage layout. */
const TABLES = [...DATA_TABLES, 'subscriptions'] as const;
type TableName = (typeof TABLES)[number];
const STORED = ['sources', 'reports', 'overrides', 'senders', 'sightings', 'subscriptions'] as const;

/**
 * Every time a restored row carries must be plausible by the rule messages
 * follow (core/report.ts isPlausibleTime: from 2000-01-01 to a day after the
 * restore); 0, a negative time or 1e300 is a broken value, and both evidence
 * exports print every time as an ISO date, which 1e300 cannot be. List rows'
 * `updated` dates are checked by the import's rules instead: a backup must
 * restore any list that could be imported.
 */
export class BackupError extends ProblemError {}

const iso = (ms: number | undefined) => {
  if (ms === undefined) return '';
  const d = new Date(ms);
  // A database damaged before restores were checked must not stop an export.
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

/** An instant in the exporter's local time with its offset, e.g. 2026-11-29T23:41:00+08:00: a reader sees the wall clock and the zone. */
export function isoWithOffset(ms: number | undefined, clock: LocalClock): string {
  if (ms === undefined || !Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) return '';
  const offset = clock.offsetMs(ms);
  const wall = new Date(ms + offset).toISOString().slice(0, 19);
  const minutes = Math.round(offset / 60_000);
  return `${wall}${offsetLabel(minutes).slice(3)}`;
}

/** A message's sent time as exported: to the minute with its offset, only the local date when the page showed only the day, '' when unknown. */
function sentText(e: EvidenceEntry, clock: LocalClock): string {
  if (e.sentAt === undefined) return '';
  if (e.sentPrecision === 'day') return dayString(localTime(e.sentAt, clock).dayIndex);
  return isoWithOffset(e.sentAt, clock);
}

/**
 * The user's own reports and evidence, for a complaint: all numbers, or one.
 * One row per message (a report and a sighting of the same message are one
 * row, with the report's details), in time order. Times are in separate,
 * labelled columns, each with its UTC offset: `sent_at`, when the message was
 * sent (from the page, or as the user typed it in the report; only the date
 * when the page showed only the day; empty when unknown, with
 * `sent_precision` 'unknown'); `seen_at`, when the evidence log first saw it;
 * `reported_at`, when the user reported it. A seen or reported time is never
 * put where a contact time belongs.
 */
export async function exportEvidence(db: ShieldDB, format: 'csv' | 'json', now = Date.now(), key?: string, zone?: ZoneOptions): Promise<string> {
  const clock = resolveZone(zone ?? { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const [allReports, allSightings] = await Promise.all([db.reports.toArray(), db.sightings.toArray()]);
  const byKey = new Map<string, { key: string; reports: ReportRow[]; sightings: SightingRow[] }>();
  const of = (k: string) => {
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { key: k, reports: [], sightings: [] }));
    return e;
  };
  for (const r of allReports) if (!key || r.key === key) of(r.key).reports.push(r);
  for (const x of allSightings) if (!key || x.key === key) of(x.key).sightings.push(x);
  const entries = [...byKey.values()].flatMap((e) => entriesOf(e)).sort((a, b) => orderAt(a) - orderAt(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const precision = (e: EvidenceEntry) => (e.sentAt === undefined ? 'unknown' : (e.sentPrecision ?? 'minute'));
  const at = (ms: number | undefined) => isoWithOffset(ms, clock);
  if (format === 'json') {
    return JSON.stringify(
      {
        format: 'collector-shield-evidence',
        version: 2,
        exportedAt: at(now),
        timeZone: clock.label,
        /** One entry per message; sentAt is when it was sent ('' unknown), seenAt when the log saw it, reportedAt when reported. */
        messages: entries.map((e) => {
          const r = e.reports[e.reports.length - 1];
          return {
            type: e.kind,
            number: e.key,
            sentAt: sentText(e, clock),
            sentPrecision: precision(e),
            ...(e.seenAt !== undefined ? { seenAt: at(e.seenAt) } : {}),
            ...(r ? { reportedAt: at(reportedAt(e)) } : {}),
            ...(e.messageId !== undefined ? { messageId: e.messageId } : {}),
            site: e.site,
            text: e.text,
            ...(r
              ? {
                  category: r.category,
                  note: e.reports.map((x) => x.note).filter(Boolean).join('\n'),
                  ...(r.claimedOrg ? { claimedOrg: r.claimedOrg } : {}),
                  ...(r.creditor ? { creditor: r.creditor } : {}),
                  ...(r.behaviours?.length ? { behaviours: r.behaviours } : {}),
                }
              : {}),
          };
        }),
      },
      null,
      2,
    );
  }
  const rows = entries.map((e) => {
    const r = e.reports[e.reports.length - 1];
    return {
      type: e.kind,
      number: e.key,
      sent_at: sentText(e, clock),
      sent_precision: precision(e),
      seen_at: at(e.seenAt),
      reported_at: r ? at(reportedAt(e)) : '',
      message_id: e.messageId ?? '',
      category: r?.category ?? '',
      claimed_org: r?.claimedOrg ?? '',
      creditor: r?.creditor ?? '',
      behaviours: (r?.behaviours ?? []).join(' '),
      site: e.site,
      text: e.text,
      note: e.reports.map((x) => x.note).filter(Boolean).join('\n'),
    };
  });
  return toCsv(
    ['type', 'number', 'sent_at', 'sent_precision', 'seen_at', 'reported_at', 'message_id', 'category', 'claimed_org', 'creditor', 'behaviours', 'site', 'text', 'note'],
    rows,
  );
}

/** The user's reports as a list file in the import format, ready to share. */
export async function exportReportsAsList(db: ShieldDB): Promise<string> {
  const reports = await db.reports.toArray();
  const byKey = new Map<string, { number: string; category: string; reports: number; note: string; updated: string; last: number }>();
  for (const r of reports) {
    const row = byKey.get(r.key) ?? { number: r.key, category: r.category, reports: 0, note: '', updated: '', last: 0 };
    row.reports += 1;
    if (r.createdAt >= row.last) {
      row.last = r.createdAt;
      row.category = r.category;
      row.updated = iso(r.createdAt).slice(0, 10);
    }
    byKey.set(r.key, row);
  }
  // Notes stay private: they may name the user or their debt.
  return toCsv(LIST_COLUMNS, [...byKey.values()]);
}

export async function createBackup(db: ShieldDB, settings: SettingsStore, now = Date.now()): Promise<string> {
  const data = await db.transaction('r', [...STORED.map((t) => db.table(t)), db.listChunks], async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of STORED) out[t] = await db.table(t).toArray();
    const rows: Record<string, unknown>[] = [];
    const live = new Set((out.sources as { activeList: string }[]).map((s) => s.activeList));
    // Like list rows, only live lists' sender names: restore refuses any other.
    out.senders = (out.senders as { list: string }[]).filter((r) => live.has(r.list));
    await db.listChunks.each((c) => {
      if (!live.has(c.list)) return;
      for (let r = 0; r < c.category.length; r++) {
        const e = chunkEntry(c, r);
        if (e) rows.push({ list: c.list, ...e });
      }
    });
    out.listRows = rows;
    return out;
  });
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: db.verno, exportedAt: iso(now), ...data, settings: await settings.load() });
}

type Raw = Record<string, unknown>;
type Request = ReturnType<typeof parseRequest>;
/** A row as it will be stored, or the name of its first invalid field. */
type Checked<T> = T | string;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown, now: number): v is number => isPlausibleTime(v, now);
const isOptTime = (v: unknown, now: number) => v === undefined || isTime(v, now);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const pick = (r: Raw, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, r[f]]));

/** The request as the background's message parser accepts it, or undefined when it refuses it. */
function parsed<T extends Request['type']>(raw: Raw & { type: T }): Extract<Request, { type: T }> | undefined {
  try {
    return parseRequest(raw) as Extract<Request, { type: T }>;
  } catch {
    return undefined;
  }
}

/** The first of `fields` whose value from `raw` alone makes `valid` refuse an otherwise valid `base`: the field to name. */
function firstBad(raw: Raw, base: Raw, fields: readonly string[], valid: (r: Raw) => boolean): string {
  return fields.find((f) => !valid({ ...base, [f]: raw[f] })) ?? fields[0]!;
}

/** The field a list validator's problem is about (the problem names it, or its code implies it). */
function fieldOf(p: Problem, nameField: 'key' | 'name'): string {
  const named = p.vars?.field;
  if (typeof named === 'string') return named === 'sender' || named === 'number' ? nameField : named;
  switch (p.code) {
    case 'unknownCategory':
    case 'categoryMissing':
      return 'category';
    case 'reportsRange':
      return 'reports';
    case 'badDate':
      return 'updated';
    default:
      return nameField;
  }
}

/** A list's number row, through the import's validator. */
function checkListRow(r: Raw): Checked<ListRowOf> {
  if (!isStr(r.list, 400)) return 'list';
  const checked = validateEntry({ number: r.key, category: r.category, label: r.label, reports: r.reports, note: r.note, updated: r.updated });
  if (!checked.ok) return fieldOf(checked.problem, 'key');
  if (checked.kind !== 'number') return 'key';
  return { list: r.list as string, row: checked.row };
}
type ListRowOf = { list: string; row: Parameters<ListBuilder['add']>[0] };

/** A list's sender name, through the import's validator and normalizer. */
function checkSender(r: Raw): Checked<SenderRow> {
  if (!isStr(r.list, 400)) return 'list';
  const checked = validateEntry({ sender: r.name, category: r.category, label: r.label, reports: r.reports, note: r.note, updated: r.updated });
  if (!checked.ok) return fieldOf(checked.problem, 'name');
  if (checked.kind !== 'sender') return 'name';
  const { name: written, ...fields } = checked.row;
  const name = normalizeSender(written);
  if (!name) return 'name';
  return { list: r.list as string, name, ...fields };
}

const REPORT_FIELDS = ['key', 'category', 'note', 'claimedOrg', 'creditor', 'behaviours', 'evidence'] as const;
const REPORT_BASE = { type: 'report' as const, key: '+8613800138000', category: 'other', note: '' };

/** One of the user's reports, through the parser of the `report` message; its id is the one given. */
function checkReport(r: Raw, id: number, now: number): Checked<ReportRow> {
  const valid = (m: Raw) => parsed({ ...m, type: 'report' }) !== undefined;
  const ok = parsed({ ...REPORT_BASE, ...pick(r, REPORT_FIELDS) });
  if (!ok) return firstBad(r, REPORT_BASE, REPORT_FIELDS, valid);
  if (!isTime(r.createdAt, now)) return 'createdAt';
  if (!isOptTime(r.updatedAt, now)) return 'updatedAt';
  if (ok.evidence?.at !== undefined && !isTime(ok.evidence.at, now)) return 'evidence';
  const row: ReportRow = { id, key: ok.key, category: ok.category, note: ok.note, createdAt: r.createdAt };
  if (ok.claimedOrg !== undefined) row.claimedOrg = ok.claimedOrg;
  if (ok.creditor !== undefined) row.creditor = ok.creditor;
  if (r.behaviours !== undefined) row.behaviours = ok.behaviours;
  if (ok.evidence) row.evidence = ok.evidence;
  if (r.updatedAt !== undefined) row.updatedAt = r.updatedAt as number;
  return row;
}

const OVERRIDE_BASE = { type: 'override' as const, key: '+8613800138000', value: 'trusted' };

/** A trust/block/dismiss decision, through the parser of the `override` message (whose null, "remove", is no row). */
function checkOverride(r: Raw, now: number): Checked<OverrideRow> {
  const ok = parsed({ ...OVERRIDE_BASE, key: r.key, value: r.value });
  if (!ok || ok.value === null) return firstBad(r, OVERRIDE_BASE, ['key', 'value'], (m) => parsed({ ...m, type: 'override' })?.value != null);
  if (!isTime(r.at, now)) return 'at';
  return { key: ok.key, value: ok.value, at: r.at };
}

const SIGHTING_FIELDS = ['key', 'site', 'messageId', 'sentAt', 'sentPrecision'] as const;
const SIGHTING_BASE = { key: '+8613800138000', site: 'example.com', excerpt: '', messageId: 'm' };

/**
 * A sighting, through the parser of the `sightings` message; its id is the one
 * given. Its seen time is `seenAt`, or `at` in a file written before sightings
 * had sent times (then the sent time is unknown). The excerpt is checked
 * apart: the message cuts a long one, and rows recorded before the cut was 500
 * characters hold up to 2,000.
 */
function checkSighting(r: Raw, id: number, now: number): Checked<SightingRow> {
  const parse = (item: Raw) => parsed({ type: 'sightings', items: [item] })?.items[0];
  const item = parse({ ...pick(r, SIGHTING_FIELDS), excerpt: '' });
  if (!item) return firstBad(r, SIGHTING_BASE, SIGHTING_FIELDS, (m) => parse(m) !== undefined);
  if (!isStr(r.excerpt, MAX_EVIDENCE_TEXT)) return 'excerpt';
  if (item.sentAt !== undefined && !isTime(item.sentAt, now)) return 'sentAt';
  const seenAt = r.seenAt !== undefined ? r.seenAt : r.at;
  if (!isTime(seenAt, now)) return r.seenAt !== undefined ? 'seenAt' : 'at';
  return { ...item, id, excerpt: r.excerpt as string, seenAt };
}

/** The list address as a subscription or a source holds it: what checkListUrl makes of it, unchanged. */
function isListUrl(v: unknown): v is string {
  if (typeof v !== 'string' || !parsed({ type: 'subscription-add', url: v })) return false;
  try {
    return checkListUrl(v).href === v;
  } catch {
    return false;
  }
}

type SourceOf = Omit<SourceRow, 'count' | 'categories' | 'senderCount'> & { hadSenderCount: boolean };

/** A list's source row; count, categories and senderCount are recomputed from its rows, so they are not read. */
function checkSource(r: Raw, now: number): Checked<SourceOf> {
  if (!isStr(r.id, 300) || r.id === '' || CONTROL.test(r.id as string)) return 'id';
  const id = r.id as string;
  if (r.kind !== 'builtin' && r.kind !== 'file' && r.kind !== 'subscription') return 'kind';
  if (!isStr(r.name, 300)) return 'name';
  if (r.url !== undefined && !isListUrl(r.url)) return 'url';
  if (!isTime(r.addedAt, now)) return 'addedAt';
  if (!isTime(r.updatedAt, now)) return 'updatedAt';
  // Every tag is `<sourceId>@<generation>` (import.ts, the v2 migration).
  if (!isStr(r.activeList, 400) || !(r.activeList as string).startsWith(`${id}@`)) return 'activeList';
  if (r.revision !== undefined && !(Number.isSafeInteger(r.revision) && (r.revision as number) >= 0)) return 'revision';
  const row: SourceOf = {
    id,
    kind: r.kind,
    name: r.name as string,
    addedAt: r.addedAt,
    updatedAt: r.updatedAt,
    activeList: r.activeList as string,
    revision: (r.revision as number | undefined) ?? 0,
    hadSenderCount: r.senderCount !== undefined,
  };
  if (r.url !== undefined) row.url = r.url;
  return row;
}

const isHeaderValue = (v: unknown) => v === undefined || (isStr(v, 1000) && !CONTROL.test(v as string));

/** A problem as the UI can show it: a known code, and a few short values. */
function checkProblem(v: unknown): Problem | undefined {
  if (!isRecord(v) || typeof v.code !== 'string' || !Object.hasOwn(LOCALES.en, `problem.${v.code}`)) return undefined;
  if (v.vars === undefined) return { code: v.code as Problem['code'] };
  if (!isRecord(v.vars)) return undefined;
  const vars = Object.entries(v.vars);
  if (vars.length > 10 || !vars.every(([, x]) => isStr(x, 500) || (typeof x === 'number' && Number.isFinite(x)))) return undefined;
  return { code: v.code as Problem['code'], vars: Object.fromEntries(vars) as Problem['vars'] };
}

/** A subscription, through the checks of the `subscription-add` message and of db/subscriptions.ts. */
function checkSubscription(r: Raw, now: number): Checked<SubscriptionRow> {
  if (!isListUrl(r.url)) return 'url';
  const url = r.url;
  if (r.id !== subscriptionId(url)) return 'id';
  if (typeof r.name !== 'string' || !r.name.trim() || !parsed({ type: 'subscription-add', url, name: r.name })) return 'name';
  if (typeof r.paused !== 'boolean') return 'paused';
  if (!isTime(r.addedAt, now)) return 'addedAt';
  if (!isOptTime(r.lastCheckAt, now)) return 'lastCheckAt';
  if (!isOptTime(r.lastSuccessAt, now)) return 'lastSuccessAt';
  if (!isHeaderValue(r.etag)) return 'etag';
  if (!isHeaderValue(r.lastModified)) return 'lastModified';
  const row: SubscriptionRow = { id: r.id, url, name: r.name, paused: r.paused, addedAt: r.addedAt };
  if (r.lastError !== undefined) {
    const e = r.lastError;
    const p = isRecord(e) && isTime(e.at, now) ? checkProblem(e.problem) : undefined;
    if (!p) return 'lastError';
    row.lastError = { at: (e as { at: number }).at, problem: p };
  }
  if (r.lastCheckAt !== undefined) row.lastCheckAt = r.lastCheckAt as number;
  if (r.lastSuccessAt !== undefined) row.lastSuccessAt = r.lastSuccessAt as number;
  if (r.etag !== undefined) row.etag = r.etag as string;
  if (r.lastModified !== undefined) row.lastModified = r.lastModified as string;
  return row;
}

/** A backup, checked and ready to write. */
export interface CheckedBackup {
  version: 1 | 2;
  sources: SourceRow[];
  chunks: ListChunk[];
  reports: ReportRow[];
  overrides: OverrideRow[];
  senders: SenderRow[];
  sightings: SightingRow[];
  subscriptions: SubscriptionRow[];
  /** Absent for a version 1 file: the current settings stay. */
  settings?: Settings;
  /** Rows per table, as in the file. */
  counts: Record<TableName, number>;
}

/** Parses and checks a backup file completely; throws BackupError naming the first problem. */
export function parseBackup(text: string, now = Date.now()): CheckedBackup {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(problem('backupTooLarge'));
  let data: Raw;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BackupError(problem('backupNotJson', { detail: (err as Error).message.slice(0, 120) }));
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) throw new BackupError(problem('backupNotOurs'));
  if (data.version !== 1 && data.version !== 2) throw new BackupError(problem('backupVersion', { version: String(data.version).slice(0, 20) }));
  const version = data.version;
  const required: readonly string[] = version === 1 ? DATA_TABLES : [...TABLES, 'settings'];
  for (const t of required) if (data[t] === undefined || data[t] === null) throw new BackupError(problem('backupMissing', { table: t }));

  const tables = {} as Record<TableName, unknown[]>;
  for (const t of TABLES) {
    const rows = version === 1 && t === 'subscriptions' ? [] : data[t];
    if (!Array.isArray(rows)) throw new BackupError(problem('backupNotList', { table: t }));
    tables[t] = rows;
  }
  const invalid = (table: string, i: number, field: string) => new BackupError(problem('backupRowInvalid', { table, row: i + 1, field }));
  function each<T>(t: TableName, check: (r: Raw, i: number) => Checked<T>): T[] {
    return tables[t].map((row, i) => {
      if (!isRecord(row)) throw new BackupError(problem('backupRowNotObject', { table: t, row: i + 1 }));
      const checked = check(row, i);
      if (typeof checked === 'string') throw invalid(t, i, checked);
      return checked;
    });
  }

  const sources = each('sources', (r) => checkSource(r, now));
  const ids = new Set<string>();
  const tags = new Set<string>();
  sources.forEach((s, i) => {
    if (ids.has(s.id)) throw invalid('sources', i, 'id');
    if (tags.has(s.activeList)) throw invalid('sources', i, 'activeList');
    ids.add(s.id);
    tags.add(s.activeList);
  });

  // Rows belong to a live list of the backup; any other would be restored as dead weight.
  const builders = new Map([...tags].map((tag) => [tag, new ListBuilder()]));
  each('listRows', (r) => {
    const checked = checkListRow(r);
    if (typeof checked === 'string') return checked;
    const builder = builders.get(checked.list);
    if (!builder) return 'list';
    builder.add(checked.row);
    if (builder.added > MAX_LIST_ROWS) throw new BackupError(problem('tooManyRows', { max: MAX_LIST_ROWS }));
    return checked;
  });
  const senders = each('senders', (r) => {
    const checked = checkSender(r);
    return typeof checked !== 'string' && !tags.has(checked.list) ? 'list' : checked;
  });
  const sendersPerList = new Map<string, number>();
  for (const s of senders) sendersPerList.set(s.list, (sendersPerList.get(s.list) ?? 0) + 1);
  if ([...sendersPerList.values()].some((n) => n > MAX_LIST_SENDERS)) throw new BackupError(problem('tooManySenders', { max: MAX_LIST_SENDERS }));

  // Ids are renumbered: an id from the file (2^53, say) would set the key generator for every later report.
  const reports = each('reports', (r, i) => checkReport(r, i + 1, now));
  const overrides = each('overrides', (r) => checkOverride(r, now));
  const sightings = each('sightings', (r, i) => checkSighting(r, i + 1, now));
  const subscriptions = each('subscriptions', (r) => checkSubscription(r, now));
  const subscribed = new Set<string>();
  subscriptions.forEach((s, i) => {
    if (subscribed.has(s.id)) throw invalid('subscriptions', i, 'id');
    subscribed.add(s.id);
  });

  let settings: Settings | undefined;
  if (version !== 1) {
    const checked = checkSettings(data.settings);
    if (!checked.ok) throw invalid('settings', 0, checked.field);
    settings = checked.value;
  }

  const chunks: ListChunk[] = [];
  const restoredSources = sources.map(({ hadSenderCount, ...s }): SourceRow => {
    const built = builders.get(s.activeList)!.finish(s.activeList);
    for (const c of built.chunks) chunks.push(c);
    const senderCount = sendersPerList.get(s.activeList) ?? 0;
    return { ...s, count: built.count, categories: built.categories, ...(hadSenderCount || senderCount ? { senderCount } : {}) };
  });
  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  return { version, sources: restoredSources, chunks, reports, overrides, senders, sightings, subscriptions, settings, counts };
}

/**
 * Replaces the whole database, and the settings when the file holds them, with
 * the backup. The database is written in one transaction. Settings live in
 * browser storage, outside it: they are written just before, and put back as
 * they were if the transaction fails, so a refused or failed restore leaves
 * both as they were.
 */
export async function restoreBackup(db: ShieldDB, text: string, settings: SettingsStore, now = Date.now()): Promise<Record<TableName, number>> {
  const data = parseBackup(text, now);
  const failed = (err: unknown) => new BackupError(problem('backupWriteFailed', { detail: (err as Error).message.slice(0, 200) }));
  let previous: Settings | undefined;
  if (data.settings) {
    try {
      previous = await settings.load();
      await settings.save(data.settings);
    } catch (err) {
      throw failed(err);
    }
  }
  try {
    await db.transaction('rw', [...STORED.map((t) => db.table(t)), db.listChunks, db.meta], async () => {
      // Every context's lookup cache must reload the restored reports and overrides.
      await bumpUserData(db);
      await db.listChunks.clear();
      await db.listChunks.bulkAdd(data.chunks);
      for (const t of STORED) {
        await db.table(t).clear();
        await db.table(t).bulkAdd(data[t]);
      }
    });
  } catch (err) {
    // The transaction aborted, so IndexedDB rolled every table back; the settings go back too.
    if (previous) await settings.save(previous).catch(() => undefined);
    throw failed(err);
  }
  return data.counts;
}
