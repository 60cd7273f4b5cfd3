import Dexie, { type Table } from 'dexie';
import type { Category } from '../core/types';
import type { Override } from '../core/verdict';
import type { Behaviour, Creditor, Evidence } from '../core/report';
import type { Problem } from '../core/problems';
import type { TimePrecision } from '../core/message';
import { ListBuilder, type ListChunk } from './list-store';
import { validateRow } from '../core/lists/row';

/**
 * The local reputation database. Opened only in the background and extension
 * pages: in a content script IndexedDB belongs to the web page's origin.
 *
 * Lists are stored as chunks of packed rows (see list-store.ts) under a list
 * tag (`<sourceId>@<generation>`). An import writes its chunks and points the
 * source at the new tag in one transaction, so it lands whole or not at all.
 */
export interface SourceRow {
  id: string;
  kind: 'builtin' | 'file' | 'subscription';
  name: string;
  url?: string;
  addedAt: number;
  updatedAt: number;
  /** The list tag whose chunks are live. */
  activeList: string;
  /** Bumped by every edit of a row, so in-memory indexes know to reload. */
  revision: number;
  /** Live numbers (sender names are counted apart, in senderCount). */
  count: number;
  /** Live numbers per category, kept in step by imports and edits; sender names are not counted here. */
  categories: Partial<Record<Category, number>>;
  /** Sender names the list holds (senders table, under activeList); absent on lists imported before sender names. */
  senderCount?: number;
}

export interface ReportRow {
  id?: number;
  key: string;
  category: Category;
  note: string;
  createdAt: number;
  /** Added by the report form (not indexed, so no schema change): see core/report.ts. */
  claimedOrg?: string;
  creditor?: Creditor;
  behaviours?: Behaviour[];
  evidence?: Evidence;
  updatedAt?: number;
}

export interface OverrideRow {
  key: string;
  value: Override;
  at: number;
}

/**
 * A sender name (SMS signature, mail sender) known to a list, keyed by its
 * normalized form (normalizeSender). `list` is the list tag, like a chunk's:
 * only rows under a source's activeList are live.
 */
export interface SenderRow {
  list: string;
  name: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  /** Epoch ms. */
  updated?: number;
}

/**
 * One message a flagged number appeared in: the evidence log. One row per
 * number and message, whichever day and however often it is viewed.
 */
export interface SightingRow {
  id?: number;
  key: string;
  site: string;
  /** The message's own text, cut (core/messages.ts MAX_SIGHTING_EXCERPT; older rows up to 2,000 characters). */
  excerpt: string;
  /**
   * The message's stable id (PageMessage.id), so that re-renders and later
   * views of it are not counted twice. Rows recorded before version 5 hold the
   * old id, which included the day it was viewed.
   */
  messageId: string;
  /** When the background first received it: when the user saw it, never a contact time. */
  seenAt: number;
  /** When the message was sent, as the page showed it; absent when the page showed no time (and on rows before version 5). */
  sentAt?: number;
  /** How exactly sentAt is known; absent means to the minute. */
  sentPrecision?: TimePrecision;
}

/** Sighting rows before version 5: `at` was when the user looked. */
export interface SightingRowV4 {
  id?: number;
  key: string;
  at: number;
  site: string;
  excerpt: string;
  messageId: string;
}

/** The v4 → v5 sighting change: `at` (the viewing time) becomes seenAt; the sent time is unknown. Id, number, site, text and message id stay. */
export function sightingFromV4(row: SightingRowV4 | SightingRow): SightingRow {
  if ('seenAt' in row && typeof row.seenAt === 'number') return row;
  const { at, ...rest } = row as SightingRowV4;
  return { ...rest, seenAt: at };
}

/** v1 row shape, kept for the upgrade function and its test. */
export interface ListEntryRowV1 {
  sourceId: string;
  key: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  updated?: number;
}

/**
 * A list the user subscribed to by URL. Its rows live like any list's, under the
 * source with the same id, which exists once the first download succeeded.
 */
export interface SubscriptionRow {
  id: string;
  url: string;
  name: string;
  paused: boolean;
  addedAt: number;
  /** Validators of the last successful download, for conditional requests. */
  etag?: string;
  lastModified?: string;
  lastCheckAt?: number;
  lastSuccessAt?: number;
  /** The last failure, kept until a later success; the previous version stays live. */
  lastError?: { at: number; problem: Problem };
}

/** Small facts about the database itself, e.g. `userData`: revision of reports and overrides. */
export interface MetaRow {
  key: string;
  value: number;
  /** Only under SET_ASIDE_V1: the rows themselves. */
  rows?: SetAsideRow[];
}

/** A v1 list row that today's validator refuses, kept with the reason (see convertV1Lists). */
export interface SetAsideRow {
  sourceId: string;
  row: Omit<ListEntryRowV1, 'sourceId'>;
  problem: Problem;
}

/** Key of the meta row holding the v1 list rows the v2 migration set aside; `value` is how many. */
export const SET_ASIDE_V1 = 'setAside.v1Lists';

/**
 * The v1 → v2 list migration, as a plain function so its cost can be measured:
 * rows are grouped per source in one pass (push, never copy), and sources are
 * found through a Set, so the work is linear in the rows plus the sort each
 * list's build does.
 *
 * A v1 row that today's validator (validateRow, the import's) refuses is not
 * written to the list, since every row in a list must pass it. Nor is it
 * dropped: it comes back in `setAside` with the reason, and the upgrade keeps
 * those rows in `meta` (SET_ASIDE_V1). The lists panel says how many there
 * are and offers them as a CSV in the import format, to correct and import
 * again, or to delete; nothing disappears without the user knowing.
 */
export function convertV1Lists(
  sources: (Partial<SourceRow> & { id: string })[],
  entries: ListEntryRowV1[],
  now: number,
): { sources: SourceRow[]; chunks: ListChunk[]; setAside: SetAsideRow[] } {
  const bySource = new Map<string, ListEntryRowV1[]>();
  for (const e of entries) {
    const group = bySource.get(e.sourceId);
    if (group) group.push(e);
    else bySource.set(e.sourceId, [e]);
  }
  const all = [...sources];
  const known = new Set(all.map((s) => s.id));
  for (const id of bySource.keys()) if (!known.has(id)) all.push({ id, kind: 'file', name: id, addedAt: now });
  const out: SourceRow[] = [];
  const chunks: ListChunk[] = [];
  const setAside: SetAsideRow[] = [];
  for (const s of all) {
    const builder = new ListBuilder();
    for (const e of bySource.get(s.id) ?? []) {
      const { sourceId, ...row } = e;
      const checked = validateRow({ ...row, number: row.key });
      if (checked.ok) builder.add(checked.row);
      else setAside.push({ sourceId, row, problem: checked.problem });
    }
    const list = `${s.id}@1`;
    const built = builder.finish(list);
    for (const c of built.chunks) chunks.push(c);
    out.push({ ...s, activeList: list, revision: 0, count: built.count, categories: built.categories, updatedAt: s.addedAt ?? now } as SourceRow);
  }
  return { sources: out, chunks, setAside };
}

/** The v1 list rows the migration set aside (none for most databases). */
export async function setAsideV1Rows(db: ShieldDB): Promise<SetAsideRow[]> {
  return (await db.meta.get(SET_ASIDE_V1))?.rows ?? [];
}

/** Deletes the set-aside rows, once the user chose to. */
export async function deleteSetAsideV1Rows(db: ShieldDB): Promise<void> {
  await db.meta.delete(SET_ASIDE_V1);
}

export const DB_NAME = 'collector-shield';

export const SCHEMA_V1 = {
  sources: '&id, kind',
  listEntries: '&[sourceId+key], key, sourceId, category',
  reports: '++id, key, createdAt, category',
  overrides: '&key',
};

export class ShieldDB extends Dexie {
  sources!: Table<SourceRow, string>;
  listChunks!: Table<ListChunk, [string, number]>;
  reports!: Table<ReportRow, number>;
  overrides!: Table<OverrideRow, string>;
  senders!: Table<SenderRow, [string, string]>;
  sightings!: Table<SightingRow, number>;
  meta!: Table<MetaRow, string>;
  subscriptions!: Table<SubscriptionRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version history, oldest first. Never edit a shipped version: add one.
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores({
        listChunks: '&[list+seq]',
        senders: '&[list+name], name',
        sightings: '++id, key, at, &[key+messageId]',
        meta: '&key',
      })
      .upgrade(async (tx) => {
        const sources = (await tx.table('sources').toArray()) as (Partial<SourceRow> & { id: string })[];
        const entries = (await tx.table('listEntries').toArray()) as ListEntryRowV1[];
        const converted = convertV1Lists(sources, entries, Date.now());
        await tx.table('listChunks').bulkAdd(converted.chunks);
        await tx.table('sources').bulkPut(converted.sources);
        if (converted.setAside.length) await tx.table('meta').put({ key: SET_ASIDE_V1, value: converted.setAside.length, rows: converted.setAside } satisfies MetaRow);
      });
    // listEntries is dropped only after its rows were copied above.
    this.version(3).stores({ listEntries: null });
    this.version(4).stores({ subscriptions: '&id, url' });
    // Sightings follow the message model: `at` (when viewed) becomes seenAt, and sentAt (when sent, from the page) is added.
    this.version(5)
      .stores({ sightings: '++id, key, seenAt, sentAt, &[key+messageId]' })
      .upgrade(async (tx) => {
        await tx
          .table('sightings')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const next = sightingFromV4(row as unknown as SightingRowV4);
            if (next === (row as unknown)) return;
            delete row.at;
            row.seenAt = next.seenAt;
          });
      });
  }
}
