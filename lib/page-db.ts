import { ShieldDB } from '../db/schema';

/**
 * The database as seen by an extension page (options). Same origin as the
 * background, so the same IndexedDB; never imported by a content script.
 */
let db: ShieldDB | undefined;
export function pageDb(): ShieldDB {
  db ??= new ShieldDB();
  return db;
}
