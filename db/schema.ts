import Dexie, { type Table } from 'dexie';
import type { Category } from '../core/types';
import type { Override } from '../core/verdict';

/**
 * The local reputation database. Opened only in the background and extension
 * pages: in a content script IndexedDB belongs to the web page's origin.
 *
 * Lists are stored by generation: an import writes its rows under a new list
 * tag (`<sourceId>@<generation>`) and only then points the source at it, in one
 * small transaction. Readers ignore rows whose tag no source points at, so a
 * failed, cancelled or interrupted import never shows, and is swept away.
 */
export interface SourceRow {
  id: string;
  kind: 'builtin' | 'file' | 'subscription';
  name: string;
  url?: string;
  addedAt: number;
  updatedAt: number;
  /** The list tag whose rows are live. */
  activeList: string;
  count: number;
  /** Live rows per category, kept in step by imports and edits. */
  categories: Partial<Record<Category, number>>;
}

export interface ListRowRecord {
  /** `<sourceId>@<generation>` */
  list: string;
  key: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  updated?: number;
}

/** An import under way: its rows are not live yet and are swept if it never finishes. */
export interface PendingImportRow {
  list: string;
  sourceId: string;
  startedAt: number;
}

export interface ReportRow {
  id?: number;
  key: string;
  category: Category;
  note: string;
  createdAt: number;
}

export interface OverrideRow {
  key: string;
  value: Override;
  at: number;
}

/** A sender name (SMS signature, mail sender) known to a list, keyed by its normalized form. */
export interface SenderRow {
  list: string;
  name: string;
  category: Category;
  label?: string;
  reports: number;
}

/** One appearance of a flagged number in a message: the evidence log. */
export interface SightingRow {
  id?: number;
  key: string;
  at: number;
  site: string;
  excerpt: string;
  /** Identifies the message so that re-renders of it are not counted twice. */
  messageId: string;
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

export const DB_NAME = 'collector-shield';

export const SCHEMA_V1 = {
  sources: '&id, kind',
  listEntries: '&[sourceId+key], key, sourceId, category',
  reports: '++id, key, createdAt, category',
  overrides: '&key',
};

export class ShieldDB extends Dexie {
  sources!: Table<SourceRow, string>;
  listRows!: Table<ListRowRecord, [string, string]>;
  pendingImports!: Table<PendingImportRow, string>;
  reports!: Table<ReportRow, number>;
  overrides!: Table<OverrideRow, string>;
  senders!: Table<SenderRow, [string, string]>;
  sightings!: Table<SightingRow, number>;

  constructor(name = DB_NAME) {
    super(name);
    // Version history, oldest first. Never edit a shipped version: add one.
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores({
        // The primary key [list+key] also serves "all rows of a list" as a key range,
        // so the only secondary index is the one lookups need. Fewer indexes, faster imports.
        listRows: '&[list+key], key',
        pendingImports: '&list, sourceId',
        senders: '&[list+name], name',
        sightings: '++id, key, at, &[key+messageId]',
      })
      .upgrade(async (tx) => {
        const now = Date.now();
        const sources = await tx.table('sources').toArray();
        const entries = (await tx.table('listEntries').toArray()) as ListEntryRowV1[];
        const rows: ListRowRecord[] = entries.map(({ sourceId, ...rest }) => ({ ...rest, list: `${sourceId}@1` }));
        await tx.table('listRows').bulkAdd(rows);
        const known = new Set(sources.map((s: { id: string }) => s.id));
        for (const sourceId of new Set(entries.map((e) => e.sourceId))) {
          if (!known.has(sourceId)) sources.push({ id: sourceId, kind: 'file', name: sourceId, addedAt: now });
        }
        await tx.table('sources').bulkPut(
          sources.map((s: Partial<SourceRow> & { id: string }) => {
            const mine = entries.filter((e) => e.sourceId === s.id);
            const categories: Partial<Record<Category, number>> = {};
            for (const e of mine) categories[e.category] = (categories[e.category] ?? 0) + 1;
            return { ...s, activeList: `${s.id}@1`, count: mine.length, categories, updatedAt: s.addedAt ?? now } as SourceRow;
          }),
        );
      });
    // listEntries is dropped only after its rows were copied above.
    this.version(3).stores({ listEntries: null });
  }
}
