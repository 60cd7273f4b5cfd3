import Papa from 'papaparse';
import type { RawRow } from './row';
import { ProblemError, problem } from '../problems';

/**
 * Turns a list file (CSV or JSON) into batches of raw rows, streaming: a large
 * CSV is read a chunk at a time and the parser waits while the consumer writes,
 * so memory stays flat and the page stays responsive whatever the file size.
 */
export interface RowBatch {
  rows: RawRow[];
  /** File line (CSV) or entry number (JSON) of rows[0]. */
  firstLine: number;
  /** Line of each row, where rows are not consecutive lines (CSV skips empty lines). */
  lines?: number[];
  /** Share of the input read so far, 0 to 1. */
  progress?: number;
}

export class ListFormatError extends ProblemError {}

export const MAX_CSV_BYTES = 256 * 1024 * 1024;
export const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Small enough that parsing and validating one chunk stays under ~50 ms here (bench:db counts long tasks). */
const CHUNK_BYTES = 256 * 1024;
const JSON_BATCH = 10_000;

/** Column names people use, in both scripts and English, mapped to the format's own. */
const HEADER_ALIASES: Record<string, string> = {
  number: 'number', phone: 'number', tel: 'number', telephone: 'number', 号码: 'number', 號碼: 'number', 电话: 'number', 電話: 'number',
  category: 'category', type: 'category', 类别: 'category', 類別: 'category', 分类: 'category', 分類: 'category',
  // A row has a number or a sender (SMS signature, mail sender name); `name` stays the label.
  sender: 'sender', 'name of sender': 'sender', 'sender name': 'sender', 发送者: 'sender', 發送者: 'sender', 签名: 'sender', 簽名: 'sender',
  短信签名: 'sender', 短信簽名: 'sender', 简讯签名: 'sender', 簡訊簽名: 'sender',
  label: 'label', tag: 'label', name: 'label', 标签: 'label', 標籤: 'label', 名称: 'label', 名稱: 'label',
  reports: 'reports', count: 'reports', 举报数: 'reports', 舉報數: 'reports', 次数: 'reports', 次數: 'reports',
  note: 'note', notes: 'note', comment: 'note', 备注: 'note', 備註: 'note',
  updated: 'updated', date: 'updated', 更新时间: 'updated', 更新時間: 'updated', 日期: 'updated',
};

function header(h: string): string {
  const k = h.replace(/^\uFEFF/, '').trim().toLowerCase();
  return HEADER_ALIASES[k] ?? k;
}

export type CsvInput = string | Blob;

function sizeOf(input: CsvInput): number {
  return typeof input === 'string' ? input.length : input.size;
}

export async function* readCsv(input: CsvInput, signal?: AbortSignal): AsyncGenerator<RowBatch> {
  if (sizeOf(input) > MAX_CSV_BYTES) {
    throw new ListFormatError(problem('fileTooLarge', { mb: MAX_CSV_BYTES / 1024 / 1024 }));
  }
  // A one-slot hand-off between papaparse's callbacks and this generator.
  const queue: (RowBatch | Error | 'done')[] = [];
  let wake: (() => void) | undefined;
  let parser: Papa.Parser | undefined;
  let line = 2;
  let chunks = 0;
  const total = Math.max(1, sizeOf(input));
  let checkedHeader = false;
  const push = (item: RowBatch | Error | 'done') => {
    queue.push(item);
    wake?.();
  };
  Papa.parse<RawRow>(input as never, {
    header: true,
    transformHeader: header,
    skipEmptyLines: false,
    chunkSize: CHUNK_BYTES,
    chunk(results: Papa.ParseResult<RawRow>, p: Papa.Parser) {
      parser = p;
      chunks += 1;
      if (!checkedHeader) {
        checkedHeader = true;
        const fields = results.meta.fields ?? [];
        if (!fields.includes('number') && !fields.includes('sender')) {
          // Queue the error before abort(), which calls complete() synchronously.
          push(new ListFormatError(problem('noNumberColumn', { found: fields.slice(0, 8).join(', ') || '-' })));
          p.abort();
          return;
        }
      }
      const rows: RawRow[] = [];
      const lines: number[] = [];
      for (const row of results.data) {
        const empty = Object.values(row).every((v) => v === '' || v === undefined || v === null);
        if (!empty) {
          rows.push(row);
          lines.push(line);
        }
        line += 1;
      }
      if (rows.length) {
        p.pause();
        push({ rows, firstLine: lines[0]!, lines, progress: Math.min(1, (chunks * CHUNK_BYTES) / total) });
      }
    },
    complete() {
      push('done');
    },
    error(err: Error) {
      push(new ListFormatError(problem('unreadable', { detail: err.message })));
    },
  } as Papa.ParseConfig<RawRow>);

  try {
    for (;;) {
      if (signal?.aborted) return;
      if (!queue.length) await new Promise<void>((ok) => (wake = ok));
      wake = undefined;
      const item = queue.shift()!;
      if (item === 'done') return;
      if (item instanceof Error) throw item;
      yield item;
      parser?.resume();
    }
  } finally {
    parser?.abort();
  }
}

/**
 * JSON lists: `{ "format": "collector-shield-list", "version": 1, "name": "...", "entries": [ {...} ] }`
 * or a bare array of entries; an entry has a `number` or a `sender`, like a CSV row. Parsed whole, so bounded at MAX_JSON_BYTES; larger lists use CSV.
 */
export async function* readJson(input: CsvInput): AsyncGenerator<RowBatch> {
  if (sizeOf(input) > MAX_JSON_BYTES) {
    throw new ListFormatError(problem('jsonTooLarge', { mb: MAX_JSON_BYTES / 1024 / 1024 }));
  }
  const text = typeof input === 'string' ? input : await input.text();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ListFormatError(problem('notJson', { detail: (err as Error).message.slice(0, 120) }));
  }
  const entries = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new ListFormatError(problem('noEntries'));
  if (!Array.isArray(data)) {
    const format = (data as { format?: unknown }).format;
    if (format !== undefined && format !== 'collector-shield-list') throw new ListFormatError(problem('unknownFormat', { value: String(format).slice(0, 40) }));
  }
  for (let i = 0; i < entries.length; i += JSON_BATCH) {
    const rows = entries.slice(i, i + JSON_BATCH).map((e: unknown) => (typeof e === 'object' && e !== null && !Array.isArray(e) ? (e as RawRow) : { number: undefined }));
    yield { rows, firstLine: i + 1, progress: Math.min(1, (i + JSON_BATCH) / entries.length) };
  }
}

/** Picks the reader by file name, falling back to sniffing the first character. */
export function readList(input: CsvInput, fileName = '', signal?: AbortSignal): AsyncGenerator<RowBatch> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return readJson(input);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(input, signal);
  if (typeof input === 'string' && /^\s*[[{]/.test(input.replace(/^\uFEFF/, ''))) return readJson(input);
  return readCsv(input, signal);
}
