import Dexie, { type Table } from 'dexie';
import type { Category } from '../core/types';
import type { Override } from '../core/verdict';

/**
 * The local reputation database. Opened only in the background and extension
 * pages: in a content script IndexedDB belongs to the web page's origin.
 */
export interface SourceRow {
  id: string;
  kind: 'builtin' | 'file' | 'subscription';
  name: string;
  url?: string;
  addedAt: number;
}

export interface ListEntryRow {
  sourceId: string;
  key: string;
  category: Category;
  label?: string;
  reports: number;
  note?: string;
  updated?: number;
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

export const DB_NAME = 'collector-shield';

export class ShieldDB extends Dexie {
  sources!: Table<SourceRow, string>;
  listEntries!: Table<ListEntryRow, [string, string]>;
  reports!: Table<ReportRow, number>;
  overrides!: Table<OverrideRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version history lives here, oldest first; never edit a shipped version,
    // add a new one with an upgrade function instead.
    this.version(1).stores({
      sources: '&id, kind',
      listEntries: '&[sourceId+key], key, sourceId, category',
      reports: '++id, key, createdAt, category',
      overrides: '&key',
    });
  }
}
