import Dexie from 'dexie';
import { chunkEntry, findInChunk, type ListChunk, type ListEntry } from './list-store';
import type { ShieldDB, SourceRow } from './schema';

/**
 * The live lists, loaded into memory for lookups. Loading reads each list's few
 * chunks; after that a lookup is a binary search per list. The cache follows
 * the sources table: a new import (new tag) or an edit (new revision) reloads
 * that list, a removed source drops it.
 */
export interface LoadedList {
  source: SourceRow;
  chunks: ListChunk[];
}

export class ListIndex {
  private loaded = new Map<string, LoadedList>();
  private stamp = (s: SourceRow) => `${s.activeList}#${s.revision ?? 0}`;
  private stamps = new Map<string, string>();

  /** Brings the cache in step with the sources table; cheap when nothing changed. */
  async sync(db: ShieldDB, sources?: SourceRow[]): Promise<LoadedList[]> {
    const live = sources ?? (await db.sources.toArray());
    const keep = new Set(live.map((s) => s.id));
    for (const id of this.loaded.keys()) {
      if (!keep.has(id)) {
        this.loaded.delete(id);
        this.stamps.delete(id);
      }
    }
    for (const s of live) {
      if (this.stamps.get(s.id) === this.stamp(s)) {
        this.loaded.get(s.id)!.source = s;
        continue;
      }
      const chunks = await db.listChunks.where('[list+seq]').between([s.activeList, Dexie.minKey], [s.activeList, Dexie.maxKey]).toArray();
      this.loaded.set(s.id, { source: s, chunks });
      this.stamps.set(s.id, this.stamp(s));
    }
    return [...this.loaded.values()];
  }

  /** Every live list's entry for a key. */
  find(key: string): { sourceId: string; entry: ListEntry }[] {
    const out: { sourceId: string; entry: ListEntry }[] = [];
    for (const { source, chunks } of this.loaded.values()) {
      for (const c of chunks) {
        const r = findInChunk(c, key);
        if (r < 0) continue;
        const entry = chunkEntry(c, r);
        if (entry) out.push({ sourceId: source.id, entry });
        break;
      }
    }
    return out;
  }
}
