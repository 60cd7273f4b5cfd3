/**
 * Reads shared/reference/rights-facts.md (beside the repo), or the snapshot in
 * this folder when the shared folder is absent, and splits its tables into rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = resolve(process.cwd(), '../shared/reference/rights-facts.md');
const SNAPSHOT = resolve(dirname(fileURLToPath(import.meta.url)), 'rights-facts.snapshot.md');

export const FACTS_PATH = existsSync(SHARED) ? SHARED : SNAPSHOT;
export const FACTS = readFileSync(FACTS_PATH, 'utf8');

export interface FactsRow {
  /** The cells joined by single spaces, whitespace collapsed. */
  text: string;
  /** 'V', 'R', 'C', 'A' or 'U' (first letter of the last cell). */
  status: string;
}

export const FACTS_ROWS: FactsRow[] = FACTS.split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|?$/.test(l))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/\s+/g, ' ')))
  .filter((cells) => !['Source', 'Number', 'Advice'].includes(cells[0] ?? ''))
  .map((cells) => ({ text: cells.join(' '), status: (cells[cells.length - 1] ?? '').charAt(0) }));
