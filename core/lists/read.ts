import Papa from 'papaparse';
import type { RawRow } from './row';
import { ProblemError, problem, type Problem } from '../problems';

/**
 * Turns a list file (CSV or JSON) into batches of raw rows, streaming: a large
 * CSV is read a chunk at a time and the parser waits while the consumer writes,
 * so memory stays flat and the page stays responsive whatever the file size.
 *
 * A CSV file is decoded with one streaming TextDecoder, so a character split
 * between two chunks is decoded whole. Its encoding is found from a BOM
 * (UTF-8, UTF-16LE/BE, GB18030), else strict UTF-8, else GB18030 (what Excel
 * on a Chinese Windows saves); a file that is neither is refused.
 */
export interface RowBatch {
  rows: RawRow[];
  /** File line (CSV) or entry number (JSON) of rows[0]. */
  firstLine: number;
  /** Line of each row, where rows are not consecutive lines (CSV skips empty lines). */
  lines?: number[];
  /** Rows the reader itself rejected (a misplaced quote mark, a cell outside every column), by index in rows. */
  problems?: (Problem | undefined)[];
  /** Share of the input read so far, 0 to 1. */
  progress?: number;
  /** The text encoding the file is read in (files only; text given as a string has none). */
  encoding?: TextEncodingName;
  /**
   * Everything yielded before this batch is void: the file turned out not to be
   * UTF-8 part way through and is read again from the start in `encoding`.
   */
  restart?: boolean;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class ListFormatError extends ProblemError {}

export const MAX_CSV_BYTES = 256 * 1024 * 1024;
export const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Small enough that parsing and validating one chunk stays under ~50 ms here (bench:db counts long tasks). */
const CHUNK_BYTES = 256 * 1024;
/**
 * The longest row (record) read: a valid row is a few hundred characters. A
 * row still open past this is a quote mark that is never closed; stopping
 * there keeps the parser from scanning the rest of the file again per chunk.
 */
export const MAX_RECORD_CHARS = 1024 * 1024;
const JSON_BATCH = 10_000;

/** Column names people use, in both scripts and English, mapped to the format's own. */
const HEADER_ALIASES = new Map<string, string>(
  Object.entries({
    number: 'number', phone: 'number', tel: 'number', telephone: 'number', 号码: 'number', 號碼: 'number', 电话: 'number', 電話: 'number',
    category: 'category', type: 'category', 类别: 'category', 類別: 'category', 分类: 'category', 分類: 'category',
    // A row has a number or a sender (SMS signature, mail sender name); `name` stays the label.
    sender: 'sender', 'name of sender': 'sender', 'sender name': 'sender', 发送者: 'sender', 發送者: 'sender', 签名: 'sender', 簽名: 'sender',
    短信签名: 'sender', 短信簽名: 'sender', 简讯签名: 'sender', 簡訊簽名: 'sender',
    label: 'label', tag: 'label', name: 'label', 标签: 'label', 標籤: 'label', 名称: 'label', 名稱: 'label',
    reports: 'reports', count: 'reports', 举报数: 'reports', 舉報數: 'reports', 次数: 'reports', 次數: 'reports',
    note: 'note', notes: 'note', comment: 'note', 备注: 'note', 備註: 'note',
    updated: 'updated', date: 'updated', 更新时间: 'updated', 更新時間: 'updated', 日期: 'updated',
  }),
);

function header(h: string): string {
  const k = h.replace(/^\uFEFF/, '').trim().toLowerCase();
  return HEADER_ALIASES.get(k) ?? k;
}

/** Column names of a header row; a repeated name gets a suffix (number_1), so the first one wins. */
function headerNames(cells: string[]): string[] {
  const used = new Set<string>();
  return cells.map((cell) => {
    const base = header(cell);
    let name = base;
    for (let n = 1; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

export type CsvInput = string | Blob;

export interface ReadCsvOptions {
  /** Bytes (or, for a string, characters) read and parsed at a time. */
  chunkBytes?: number;
}

function sizeOf(input: CsvInput): number {
  return typeof input === 'string' ? input.length : input.size;
}

/** A piece of the file's text, in order; `final` on the last one. */
interface TextPiece {
  text: string;
  final: boolean;
  progress: number;
}

/** Thrown by a strict decoder: the bytes are not in the encoding tried. */
class NotThisEncoding extends Error {}

async function* stringPieces(input: string, chunk: number): AsyncGenerator<TextPiece> {
  const total = Math.max(1, input.length);
  for (let pos = 0; pos < input.length; pos += chunk) {
    yield { text: input.slice(pos, pos + chunk), final: false, progress: Math.min(1, (pos + chunk) / total) };
  }
  yield { text: '', final: true, progress: 1 };
}

/** What a strict UTF-8 read saw before it failed. */
interface DecodeStats {
  /** Characters outside ASCII decoded, counted up to DAMAGED_UTF8_AFTER. */
  nonAscii: number;
}
/** Non-ASCII characters a file must have in valid UTF-8 before a bad byte for it to count as damaged UTF-8, not GB18030. */
const DAMAGED_UTF8_AFTER = 8;
const NON_ASCII = /[^\x00-\x7f]/g;

/** The blob's text, decoded with one streaming decoder: a character split across two chunks comes out whole. */
async function* decodedPieces(blob: Blob, encoding: TextEncodingName, fatal: boolean, chunk: number, stats?: DecodeStats): AsyncGenerator<TextPiece> {
  const decoder = new TextDecoder(encoding, { fatal });
  const count = (text: string) => {
    if (!stats) return;
    NON_ASCII.lastIndex = 0;
    while (stats.nonAscii < DAMAGED_UTF8_AFTER && NON_ASCII.exec(text)) stats.nonAscii += 1;
  };
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      if (bytes && stats && stats.nonAscii < DAMAGED_UTF8_AFTER) {
        // Count what did decode in this chunk, up to the bad byte (skipping the
        // tail of a character begun in the chunk before).
        let start = 0;
        while (start < 3 && (bytes[start]! & 0xc0) === 0x80) start += 1;
        const text = new TextDecoder('utf-8').decode(bytes.subarray(start));
        const bad = text.indexOf('\uFFFD');
        count(bad === -1 ? text : text.slice(0, bad));
      }
      throw new NotThisEncoding();
    }
  };
  const total = Math.max(1, blob.size);
  for (let pos = 0; pos < blob.size; pos += chunk) {
    const bytes = new Uint8Array(await blob.slice(pos, pos + chunk).arrayBuffer());
    const text = decode(bytes);
    count(text);
    yield { text, final: false, progress: Math.min(1, (pos + bytes.length) / total) };
  }
  yield { text: decode(), final: true, progress: 1 };
}

/** The encoding a byte order mark names, if the blob starts with one. */
async function bomEncoding(blob: Blob): Promise<TextEncodingName | undefined> {
  const b = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return 'gb18030';
  return undefined;
}

/** One CSV record: its cells, the physical line it starts on, and what is wrong with its quoting. */
interface CsvRecord {
  cells: string[];
  line: number;
  problem?: Problem;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line breaks in s[0, to), as lineBreaks counts them, by indexOf (a regex match per line is slower). */
function countLineBreaks(s: string, to: number): number {
  let lf = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) lf += 1;
  let cr = 0;
  for (let i = s.indexOf('\r'); i !== -1 && i < to; i = s.indexOf('\r', i + 1)) cr += 1;
  if (!cr) return lf;
  let crlf = 0;
  for (let i = s.indexOf('\r\n'); i !== -1 && i + 1 < to; i = s.indexOf('\r\n', i + 2)) crlf += 1;
  return lf + cr - crlf;
}

/** Line breaks in s[from, to): CRLF, LF and a lone CR each count once, as in a text editor. */
function lineBreaks(s: string, from: number, to: number): number {
  let n = 0;
  LINE_BREAK.lastIndex = from;
  for (;;) {
    const m = LINE_BREAK.exec(s);
    if (!m || m.index >= to) return n;
    n += 1;
    if (LINE_BREAK.lastIndex >= to) return n;
  }
}

/**
 * Splits text, given a piece at a time, into records with papaparse's parser,
 * keeping the unfinished last record for the next piece. Each record carries
 * the physical line it starts on (line breaks inside quoted cells counted) and
 * a problem when its quoting is broken; a quote mark that is never closed ends
 * the reading with a problem instead of silently taking in the rest of the file.
 */
class CsvRecords {
  private carry = '';
  private newline: '\n' | '\r' | undefined;
  private started = false;
  /** Line on which the carried (next) record starts. */
  private line = 1;
  /** Set once a record could not be closed: nothing after it can be read. */
  stopped = false;

  feed(text: string, final: boolean): CsvRecord[] {
    let pending = this.carry + text;
    this.carry = '';
    if (!this.started && pending) {
      this.started = true;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    }
    if (!this.newline) {
      this.newline = firstLineBreak(pending, final);
      if (!this.newline) return this.hold(pending);
    }
    // Rows are split at LF, so a CRLF file parses the same (its CR dropped in
    // step) and so does a file mixing the two, such as lists joined together.
    if (final && this.newline === '\n' && pending.endsWith('\r')) pending = pending.slice(0, -1);
    const fast = this.fastRecords(pending, final);
    const { records, consumed } = fast ?? this.exactRecords(pending, final);
    if (final) {
      if (records.some((r) => r.problem?.code === 'unclosedQuote')) this.stopped = true;
      return records;
    }
    records.push(...this.hold(pending.slice(consumed)));
    return records;
  }

  /**
   * The common case, at full speed: papaparse in one call, and if the text it
   * consumed has exactly one line break per record and no error, each record
   * is one line. Otherwise undefined, and exactRecords reads the text again.
   */
  private fastRecords(pending: string, final: boolean): { records: CsvRecord[]; consumed: number } | undefined {
    const result = new Papa.Parser({ delimiter: ',', newline: this.newline, quoteChar: '"' } as Papa.ParseConfig).parse(pending, 0, !final) as {
      data: string[][];
      errors: unknown[];
      meta: { cursor: number };
    };
    if (result.errors.length) return undefined;
    const consumed = result.meta.cursor;
    const rows = result.data;
    const breaks = countLineBreaks(pending, consumed);
    // Every record ends with a line break, but for the last one at the end of
    // the file (papaparse then gives a last, empty record after a final line
    // break): that many breaks means that no record spans two lines.
    if (breaks !== rows.length - (final && rows.length ? 1 : 0)) return undefined;
    const records: CsvRecord[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      // One line per record: a last cell ending in CR is an unquoted one of a CRLF file.
      if (this.newline === '\n') {
        const last = cells[cells.length - 1]!;
        if (last.endsWith('\r')) cells[cells.length - 1] = last.slice(0, -1);
      }
      records[i] = { cells, line: this.line + i };
    }
    this.line += breaks;
    return { records, consumed };
  }

  /** Record by record, counting the line breaks each one spans, and noting broken quoting. */
  private exactRecords(pending: string, final: boolean): { records: CsvRecord[]; consumed: number } {
    const records: CsvRecord[] = [];
    let pos = 0;
    const parser = new Papa.Parser({
      delimiter: ',',
      newline: this.newline,
      quoteChar: '"',
      step: (result: { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }) => {
        const cells = result.data[0] ?? [];
        const end = result.meta.cursor;
        // Rows of a CRLF file end in CR LF: drop the CR an unquoted last cell keeps
        // (a quoted one ends before its closing quote mark, CR and all).
        if (this.newline === '\n' && cells.length && pending.charCodeAt(end - 2) === 13 && pending.charCodeAt(end - 1) === 10) {
          const last = cells[cells.length - 1]!;
          if (last.endsWith('\r') && (end - 3 < pos || pending.charCodeAt(end - 3) !== 34)) cells[cells.length - 1] = last.slice(0, -1);
        }
        const record: CsvRecord = { cells, line: this.line };
        const codes = result.errors.map((e) => e.code);
        if (codes.includes('MissingQuotes')) record.problem = problem('unclosedQuote');
        else if (codes.includes('InvalidQuotes')) record.problem = problem('badQuotes');
        records.push(record);
        this.line += lineBreaks(pending, pos, end);
        pos = end;
      },
    } as Papa.ParseConfig);
    parser.parse(pending, 0, !final);
    return { records, consumed: pos };
  }

  /** Keeps an unfinished record for the next piece, unless it has grown past any real record. */
  private hold(rest: string): CsvRecord[] {
    if (rest.length <= MAX_RECORD_CHARS) {
      this.carry = rest;
      return [];
    }
    this.stopped = true;
    return [{ cells: [], line: this.line, problem: rest.includes('"') ? problem('unclosedQuote') : problem('lineTooLong', { max: MAX_RECORD_CHARS }) }];
  }
}

/** The row separator: that of the first line break outside quotes; undefined while the text seen has none yet. */
function firstLineBreak(s: string, final: boolean): '\n' | '\r' | undefined {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) {
      if (i + 1 < s.length) return s.charCodeAt(i + 1) === 10 ? '\n' : '\r';
      return final ? '\r' : undefined;
    }
  }
  return final ? '\n' : undefined;
}

const isEmptyRecord = (cells: string[]) => cells.every((c) => c === '');

/** Records to batches of rows keyed by column name; the first record is the header. */
async function* rowsOf(pieces: AsyncIterable<TextPiece>, signal: AbortSignal | undefined, encoding?: TextEncodingName): AsyncGenerator<RowBatch> {
  const records = new CsvRecords();
  let columns: string[] | undefined;
  for await (const piece of pieces) {
    if (signal?.aborted) return;
    const rows: RawRow[] = [];
    const lines: number[] = [];
    const problems: (Problem | undefined)[] = [];
    let rejected = false;
    for (const record of records.feed(piece.text, piece.final)) {
      if (!columns) {
        columns = headerNames(record.cells);
        if (!columns.includes('number') && !columns.includes('sender')) {
          throw new ListFormatError(problem('noNumberColumn', { found: columns.slice(0, 8).join(', ') || '-' }));
        }
        continue;
      }
      if (!record.problem && isEmptyRecord(record.cells)) continue;
      const row: RawRow = {};
      const n = Math.min(columns.length, record.cells.length);
      for (let i = 0; i < n; i++) {
        const column = columns[i]!;
        // A column named __proto__ is an unknown column like any other, not the row's prototype.
        if (column === '__proto__') Object.defineProperty(row, column, { value: record.cells[i], enumerable: true, writable: true, configurable: true });
        else row[column] = record.cells[i];
      }
      let p = record.problem;
      if (!p && record.cells.length > columns.length && record.cells.slice(columns.length).some((c) => c.trim() !== '')) {
        p = problem('extraCells', { n: record.cells.length, columns: columns.length });
      }
      rows.push(row);
      lines.push(record.line);
      problems.push(p);
      if (p) rejected = true;
    }
    if (rows.length) {
      const batch: RowBatch = { rows, firstLine: lines[0]!, lines, progress: piece.progress };
      if (rejected) batch.problems = problems;
      if (encoding) batch.encoding = encoding;
      yield batch;
    }
    if (records.stopped) return;
  }
}

/**
 * A CSV list, a batch of rows per chunk read. The generator waits while the
 * consumer handles a batch; it ends early, quietly, once `signal` is aborted.
 */
export async function* readCsv(input: CsvInput, signal?: AbortSignal, opts: ReadCsvOptions = {}): AsyncGenerator<RowBatch> {
  if (sizeOf(input) > MAX_CSV_BYTES) {
    throw new ListFormatError(problem('fileTooLarge', { mb: MAX_CSV_BYTES / 1024 / 1024 }));
  }
  const chunk = Math.max(1, Math.floor(opts.chunkBytes ?? CHUNK_BYTES));
  if (typeof input === 'string') {
    yield* rowsOf(stringPieces(input, chunk), signal);
    return;
  }
  const bom = await bomEncoding(input);
  if (bom) {
    // The file says what it is: bytes that do not fit become U+FFFD, and their lines are rejected.
    yield* rowsOf(decodedPieces(input, bom, false, chunk), signal, bom);
    return;
  }
  let yielded = false;
  const seen: DecodeStats = { nonAscii: 0 };
  try {
    for await (const batch of rowsOf(decodedPieces(input, 'utf-8', true, chunk, seen), signal, 'utf-8')) {
      yielded = true;
      yield batch;
    }
    return;
  } catch (err) {
    if (!(err instanceof NotThisEncoding)) throw err;
  }
  if (signal?.aborted) return;
  // Text in GBK almost never reads as UTF-8 for more than a character or two.
  // After many characters that did, the file is UTF-8 with a few damaged bytes:
  // read it so, and the lines holding them are rejected (U+FFFD), not the file garbled.
  const encoding: TextEncodingName = seen.nonAscii >= DAMAGED_UTF8_AFTER ? 'utf-8' : 'gb18030';
  if (yielded) yield { rows: [], firstLine: 1, progress: 0, encoding, restart: true };
  try {
    yield* rowsOf(decodedPieces(input, encoding, encoding === 'gb18030', chunk), signal, encoding);
  } catch (err) {
    if (err instanceof NotThisEncoding) throw new ListFormatError(problem('badEncoding'));
    throw err;
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
export function readList(input: CsvInput, fileName = '', signal?: AbortSignal, opts?: ReadCsvOptions): AsyncGenerator<RowBatch> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return readJson(input);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(input, signal, opts);
  if (typeof input === 'string' && /^\s*[[{]/.test(input.replace(/^\uFEFF/, ''))) return readJson(input);
  return readCsv(input, signal, opts);
}
