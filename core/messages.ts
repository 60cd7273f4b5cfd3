import { isCanonicalKey } from './keys';
import { CATEGORIES, VERDICTS, type Category, type Verdict } from './types';
import { SITE_PATTERN } from './site-access';
import type { NumberVerdict, Override } from './verdict';
import { checkReportDetails, isMessageId, isPlausibleTime, MAX_MESSAGE_ID, MAX_SITE, REPORT_CATEGORIES, TIME_RANGE_TEXT, type ReportDetails } from './report';
import type { TimePrecision } from './message';
import type { Problem } from './problems';
import type { NumberType } from './number-info';
import type { CitationStatus } from './rights/types';

/**
 * Every message the background accepts. Content scripts and extension pages
 * build them; `parseRequest` is the only way in, so the background never acts
 * on a shape it did not check.
 */
export const MAX_LOOKUP_KEYS = 5000;
/** Sightings per `sightings` message. */
export const MAX_SIGHTINGS = 500;
export const MAX_NOTE_LENGTH = 2000;
/** Message text sent with a details request: enough for one SMS or a mail's opening. */
export const MAX_CONTEXT_LENGTH = 4000;
/** Sender names per lookup-senders message, and the longest name accepted (as found on the page, before normalization). */
export const MAX_LOOKUP_SENDERS = 500;
export const MAX_SENDER_NAME_LENGTH = 100;

/** The longest sighting excerpt kept: a longer one is cut (the message's text, not the page's). */
export const MAX_SIGHTING_EXCERPT = 500;

/**
 * A flagged number seen in one message, for the evidence log. The background
 * adds when it received it (seenAt); the page cannot set that.
 */
export interface Sighting {
  key: string;
  site: string;
  /** The message's own text, cut at MAX_SIGHTING_EXCERPT characters. */
  excerpt: string;
  /** The message's stable id (PageMessage.id): the same message viewed on two days is one sighting. */
  messageId: string;
  /** When the message was sent, as the page shows it (epoch ms); absent when the page shows no time. */
  sentAt?: number;
  /** How exactly sentAt is known ('day': "昨天", "Nov 28"); only with sentAt. */
  sentPrecision?: TimePrecision;
}

export type Request =
  | { type: 'lookup'; keys: string[] }
  /** Sender names as shown on the page; the background normalizes them. */
  | { type: 'lookup-senders'; names: string[] }
  | ({ type: 'report'; key: string } & ReportDetails)
  /** Undo: removes one of the user's reports. */
  | { type: 'report-delete'; id: number }
  | ({ type: 'report-update'; id: number } & ReportDetails)
  /** Subscriptions, managed from the settings page. */
  | { type: 'subscription-add'; url: string; name: string }
  | { type: 'subscription-edit'; id: string; name?: string; paused?: boolean }
  | { type: 'subscription-remove'; id: string }
  | { type: 'subscription-refresh'; id: string }
  /** Flagged numbers seen in messages: one evidence-log entry per number and message. Batched: a long page shows hundreds at once. */
  | { type: 'sightings'; items: Sighting[] }
  | { type: 'override'; key: string; value: Override | null }
  | { type: 'stats' }
  /**
   * What the card shows beyond the verdict: rights reminders fitting the message around the number.
   * `at` is when the card is opened; `sentAt` the message's sent time when the page shows it to the minute.
   */
  | { type: 'details'; key: string; text: string; at: number; sentAt?: number }
  /** An extension page changed the database directly (import, restore, edit): re-mark every tab. */
  | { type: 'data-changed' }
  /** What a frame of a tab shows now (numbers and senders with their verdicts), for the popup. Replaces that frame's previous report. */
  | { type: 'findings'; numbers: FoundNumber[]; senders: FoundSender[] }
  /** The popup asks what the current tab's frames reported. */
  | { type: 'tab-findings'; tabId: number }
  /** "Enable on this site": keep scanning pages matching one host's pattern (once the browser granted it), and start in that tab now. */
  | { type: 'site-enable'; pattern: string; tabId?: number }
  /** Stop scanning a site the user had enabled (the popup also gives the permission back). */
  | { type: 'site-remove'; pattern: string };

/** Numbers and senders a frame reports, and the most it may report (the popup lists them; a page with more is summarized). */
export const MAX_FINDINGS = 1000;
export interface FoundNumber {
  key: string;
  verdict: Verdict;
  /** times it appears on the page */
  count: number;
}
export interface FoundSender {
  name: string;
  verdict: Verdict;
}
export interface TabFindings {
  numbers: FoundNumber[];
  senders: FoundSender[];
  /** frames that reported (the page and its mail-body frames) */
  frames: number;
}

export interface LookupResponse {
  results: Record<string, NumberVerdict>;
}
/** Keyed by each name as sent; `normalized` is its canonical form ('' when nothing is left of it). */
export interface LookupSendersResponse {
  results: Record<string, { normalized: string; verdict: NumberVerdict }>;
}
export interface StatsResponse {
  reports: number;
  overrides: number;
  sightings: number;
  listEntries: number;
  lists: number;
  official: number;
}

export interface CardReminder {
  id: string;
  channel: boolean;
  text: string;
  /** One line per citation: source, article, version; R citations say they are reported. */
  citations: { label: string; status: CitationStatus }[];
}
export interface DetailsResponse {
  reminders: CardReminder[];
  /** What the message claims, quoted as written. */
  claims: { kind: string; quote: string }[];
  jurisdiction: 'CN' | 'US';
  /** The number itself: region (归属地) and original carrier from Google's data, in the user's language, where known. */
  number: { formatted: string; type: NumberType; region?: string; carrier?: string };
  /** When the user last reported this number (epoch ms), if ever. */
  lastReportAt?: number;
  /** The user's own report notes, newest first: at most 3, each at most 200 characters. */
  notes: string[];
  /** Which time the night reminder was judged on: the message's sent time, or (none known) when the card was opened. */
  timeBasis: 'sent' | 'viewed';
}

/** `problem`, when present, lets the page show the error in the user's language. */
export type Response<T> = { ok: true; value: T } | { ok: false; error: string; problem?: Problem };

/** What one subscription update did. */
export type UpdateResult = { status: 'updated'; count: number } | { status: 'unchanged' } | { status: 'failed'; problem: Problem } | { status: 'skipped' };

export type ResponseFor<R extends Request> = R extends { type: 'lookup' }
  ? LookupResponse
  : R extends { type: 'lookup-senders' }
    ? LookupSendersResponse
    : R extends { type: 'report' }
      ? { id: number }
      : R extends { type: 'sightings' }
        ? { recorded: number }
        : R extends { type: 'subscription-refresh' }
          ? UpdateResult
          : R extends { type: 'subscription-add' }
            ? { id: string; result: UpdateResult }
      : R extends { type: 'stats' }
        ? StatsResponse
        : R extends { type: 'details' }
          ? DetailsResponse
          : R extends { type: 'tab-findings' }
            ? TabFindings
            : R extends { type: 'site-enable' }
              ? { enabled: boolean }
              : null;

export class InvalidRequest extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function key(v: unknown, field: string): string {
  if (!isCanonicalKey(v)) throw new InvalidRequest(`${field}: not a canonical number key`);
  return v;
}

function subscriptionIdOf(v: unknown, type: string): string {
  if (typeof v !== 'string' || !/^sub:[0-9a-f]{8}$/.test(v)) throw new InvalidRequest(`${type}: id must be a subscription id`);
  return v;
}

function reportId(v: unknown, type: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new InvalidRequest(`${type}: id must be a report id`);
  return v;
}

function reportDetails(raw: Record<string, unknown>, type: string): ReportDetails {
  const category = raw.category;
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    throw new InvalidRequest(`${type}: unknown category`);
  }
  // Official is what the built-in directory says, never what a report files.
  if (!(REPORT_CATEGORIES as readonly string[]).includes(category)) throw new InvalidRequest(`${type}: category ${category} comes only from the official directory`);
  const note = raw.note ?? '';
  if (typeof note !== 'string') throw new InvalidRequest(`${type}: note must be text`);
  if (note.length > MAX_NOTE_LENGTH) throw new InvalidRequest(`${type}: note longer than ${MAX_NOTE_LENGTH} characters`);
  const details = checkReportDetails(raw);
  if (!details.ok) throw new InvalidRequest(`${type}: ${details.reason}`);
  return { category: category as Category, note, ...details.value };
}

function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair. */
function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function tabIdOf(v: unknown, type: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new InvalidRequest(`${type}: tabId must be a tab id`);
  return v;
}

function sitePatternOf(v: unknown, type: string): string {
  if (typeof v !== 'string' || v.length > 300 || !SITE_PATTERN.test(v)) throw new InvalidRequest(`${type}: pattern must be one site's match pattern, like https://example.com/*`);
  return v;
}

function sightingOf(raw: unknown): Sighting {
  if (!isRecord(raw)) throw new InvalidRequest('sightings: each item must be an object');
  const { site, excerpt, messageId, sentAt, sentPrecision } = raw;
  if (typeof site !== 'string' || site.length > MAX_SITE) throw new InvalidRequest('sightings: site must be a host name');
  if (typeof excerpt !== 'string') throw new InvalidRequest('sightings: excerpt must be text');
  if (!isMessageId(messageId)) throw new InvalidRequest(`sightings: messageId must be text of 1 to ${MAX_MESSAGE_ID} characters`);
  const out: Sighting = { key: key(raw.key, 'key'), site, excerpt: cutText(excerpt, MAX_SIGHTING_EXCERPT), messageId };
  if (sentAt !== undefined) {
    if (!isPlausibleTime(sentAt)) throw new InvalidRequest(`sightings: sentAt must be ${TIME_RANGE_TEXT}`);
    out.sentAt = sentAt;
    if (sentPrecision !== undefined) {
      if (sentPrecision !== 'minute' && sentPrecision !== 'day') throw new InvalidRequest('sightings: sentPrecision must be minute or day');
      out.sentPrecision = sentPrecision;
    }
  } else if (sentPrecision !== undefined) {
    throw new InvalidRequest('sightings: sentPrecision needs sentAt');
  }
  return out;
}

export function parseRequest(raw: unknown): Request {
  if (!isRecord(raw) || typeof raw.type !== 'string') throw new InvalidRequest('message has no type');
  switch (raw.type) {
    case 'lookup': {
      if (!Array.isArray(raw.keys)) throw new InvalidRequest('lookup: keys must be an array');
      if (raw.keys.length > MAX_LOOKUP_KEYS) {
        throw new InvalidRequest(`lookup: at most ${MAX_LOOKUP_KEYS} keys per message`);
      }
      return { type: 'lookup', keys: raw.keys.map((k, i) => key(k, `keys[${i}]`)) };
    }
    case 'lookup-senders': {
      if (!Array.isArray(raw.names)) throw new InvalidRequest('lookup-senders: names must be an array');
      if (raw.names.length > MAX_LOOKUP_SENDERS) {
        throw new InvalidRequest(`lookup-senders: at most ${MAX_LOOKUP_SENDERS} names per message`);
      }
      const names = raw.names.map((n, i) => {
        if (typeof n !== 'string') throw new InvalidRequest(`names[${i}]: not text`);
        if (n.length > MAX_SENDER_NAME_LENGTH) throw new InvalidRequest(`names[${i}]: longer than ${MAX_SENDER_NAME_LENGTH} characters`);
        return n;
      });
      return { type: 'lookup-senders', names };
    }
    case 'report':
      return { type: 'report', key: key(raw.key, 'key'), ...reportDetails(raw, 'report') };
    case 'report-update':
      return { type: 'report-update', id: reportId(raw.id, 'report-update'), ...reportDetails(raw, 'report-update') };
    case 'report-delete':
      return { type: 'report-delete', id: reportId(raw.id, 'report-delete') };
    case 'subscription-add': {
      if (typeof raw.url !== 'string' || raw.url.length > 2000) throw new InvalidRequest('subscription-add: url must be text');
      const name = raw.name ?? '';
      if (typeof name !== 'string' || name.length > 80) throw new InvalidRequest('subscription-add: name must be at most 80 characters');
      return { type: 'subscription-add', url: raw.url, name };
    }
    case 'subscription-edit': {
      const id = subscriptionIdOf(raw.id, 'subscription-edit');
      if (raw.name !== undefined && (typeof raw.name !== 'string' || raw.name.length > 80)) throw new InvalidRequest('subscription-edit: name must be at most 80 characters');
      if (raw.paused !== undefined && typeof raw.paused !== 'boolean') throw new InvalidRequest('subscription-edit: paused must be true or false');
      return { type: 'subscription-edit', id, ...(raw.name !== undefined ? { name: raw.name as string } : {}), ...(raw.paused !== undefined ? { paused: raw.paused as boolean } : {}) };
    }
    case 'subscription-remove':
    case 'subscription-refresh':
      return { type: raw.type, id: subscriptionIdOf(raw.id, raw.type) };
    case 'sightings': {
      const items = raw.items;
      if (!Array.isArray(items) || !items.length || items.length > MAX_SIGHTINGS) throw new InvalidRequest(`sightings: items must be a list of 1 to ${MAX_SIGHTINGS}`);
      return { type: 'sightings', items: items.map(sightingOf) };
    }
    case 'override': {
      const value = raw.value;
      if (value !== 'trusted' && value !== 'blocked' && value !== 'dismissed' && value !== null) {
        throw new InvalidRequest('override: value must be trusted, blocked, dismissed or null');
      }
      return { type: 'override', key: key(raw.key, 'key'), value };
    }
    case 'stats':
      return { type: 'stats' };
    case 'data-changed':
      return { type: 'data-changed' };
    case 'details': {
      const text = raw.text ?? '';
      if (typeof text !== 'string') throw new InvalidRequest('details: text must be text');
      const at = raw.at;
      if (!isPlausibleTime(at)) throw new InvalidRequest(`details: at must be ${TIME_RANGE_TEXT}`);
      // Longer text is cut, not refused: the message around a number can be a whole mail.
      const req: Extract<Request, { type: 'details' }> = { type: 'details', key: key(raw.key, 'key'), text: cutText(text, MAX_CONTEXT_LENGTH), at };
      // The message's sent time, to the minute (a day-only time says nothing about the hour): the night reminder follows it.
      if (raw.sentAt !== undefined) {
        if (!isPlausibleTime(raw.sentAt)) throw new InvalidRequest(`details: sentAt must be ${TIME_RANGE_TEXT}`);
        req.sentAt = raw.sentAt;
      }
      return req;
    }
    case 'findings': {
      // Lenient per item: what one frame shows must not hide the rest from the popup. An item that does not
      // check out is dropped, a sender name too long is cut, and past MAX_FINDINGS of each the rest is left out.
      const { numbers, senders } = raw;
      if (!Array.isArray(numbers) || !Array.isArray(senders)) throw new InvalidRequest('findings: numbers and senders must be arrays');
      return {
        type: 'findings',
        numbers: numbers.slice(0, MAX_FINDINGS).flatMap((n: unknown): FoundNumber[] => {
          if (!isRecord(n) || !isCanonicalKey(n.key) || !isVerdict(n.verdict)) return [];
          const count = n.count;
          if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return [];
          return [{ key: n.key, verdict: n.verdict, count }];
        }),
        senders: senders.slice(0, MAX_FINDINGS).flatMap((n: unknown): FoundSender[] => {
          if (!isRecord(n) || typeof n.name !== 'string' || !n.name || !isVerdict(n.verdict)) return [];
          return [{ name: cutText(n.name, MAX_SENDER_NAME_LENGTH), verdict: n.verdict }];
        }),
      };
    }
    case 'tab-findings':
      return { type: 'tab-findings', tabId: tabIdOf(raw.tabId, 'tab-findings') };
    case 'site-enable': {
      const pattern = sitePatternOf(raw.pattern, 'site-enable');
      return raw.tabId === undefined ? { type: 'site-enable', pattern } : { type: 'site-enable', pattern, tabId: tabIdOf(raw.tabId, 'site-enable') };
    }
    case 'site-remove':
      return { type: 'site-remove', pattern: sitePatternOf(raw.pattern, 'site-remove') };
    default:
      throw new InvalidRequest(`unknown message type: ${raw.type.slice(0, 40)}`);
  }
}
