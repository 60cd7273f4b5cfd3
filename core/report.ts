import type { Category } from './types';
import type { TimePrecision } from './message';

/**
 * What a report records beyond its category: who the caller claimed to be,
 * which debt they were chasing, what they did, and the evidence as the user
 * saw it (the message, the site, the time). Complaint channels ask for these.
 */
export const REPORT_CATEGORIES = ['collector', 'harassment', 'scam', 'impersonation', 'telemarketing', 'other'] as const satisfies readonly Category[];
export const CREDITORS = ['huabei', 'jiebei', 'credit-card', 'online-lender', 'other'] as const;
export const BEHAVIOURS = ['threats', 'insults', 'contacts-third-parties', 'legal-action', 'visits', 'night', 'repeated'] as const;

export type Creditor = (typeof CREDITORS)[number];
export type Behaviour = (typeof BEHAVIOURS)[number];

export interface Evidence {
  /** The message's own text (never its neighbours'), as shown to and edited by the user. */
  text: string;
  /** The site it was seen on (host name), or what the user typed. */
  site: string;
  /**
   * When the contact happened: the message's sent time as the page showed it,
   * or as the user typed it, epoch ms. Absent when unknown: never the time the
   * user looked (that is the report's createdAt).
   */
  at?: number;
  /** How exactly `at` is known; absent means to the minute (what the user typed or older reports). */
  sentPrecision?: TimePrecision;
  /** The reported message's stable id (PageMessage.id), so a report and a sighting of it count as one contact. */
  messageId?: string;
}

export interface ReportDetails {
  category: Category;
  note: string;
  claimedOrg?: string;
  creditor?: Creditor;
  behaviours: Behaviour[];
  evidence?: Evidence;
}

/**
 * Times from messages (a report's contact time, the time a card is opened for)
 * must fall between 2000-01-01 and a day past now: the day allows for clocks and
 * time zones that disagree, and nothing earlier than 2000 is a contact this
 * extension saw. One check for every time a message carries.
 */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
export function isPlausibleTime(at: unknown, now = Date.now()): at is number {
  return typeof at === 'number' && Number.isFinite(at) && at >= EARLIEST_TIME && at <= now + FUTURE_SLACK_MS;
}
export const TIME_RANGE_TEXT = 'a time between 2000-01-01 and a day from now';

export const MAX_ORG = 100;
export const MAX_EVIDENCE_TEXT = 2000;
export const MAX_SITE = 200;
/** A message id (PageMessage.id: the site plus its own id or a hash) is at most this long. */
export const MAX_MESSAGE_ID = 200;

/** A message id as a message may carry it: non-empty bounded text. */
export function isMessageId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_MESSAGE_ID;
}

/** Checks report details from an untrusted message; returns the reason for the first problem. */
export function checkReportDetails(raw: Record<string, unknown>, now = Date.now()): { ok: true; value: Omit<ReportDetails, 'category' | 'note'> } | { ok: false; reason: string } {
  const out: Omit<ReportDetails, 'category' | 'note'> = { behaviours: [] };
  if (raw.claimedOrg !== undefined && raw.claimedOrg !== '') {
    if (typeof raw.claimedOrg !== 'string' || raw.claimedOrg.length > MAX_ORG) return { ok: false, reason: `claimedOrg must be text of at most ${MAX_ORG} characters` };
    out.claimedOrg = raw.claimedOrg.trim();
  }
  if (raw.creditor !== undefined && raw.creditor !== '') {
    if (!(CREDITORS as readonly unknown[]).includes(raw.creditor)) return { ok: false, reason: 'unknown creditor' };
    out.creditor = raw.creditor as Creditor;
  }
  if (raw.behaviours !== undefined) {
    if (!Array.isArray(raw.behaviours) || raw.behaviours.some((b) => !(BEHAVIOURS as readonly unknown[]).includes(b))) return { ok: false, reason: 'unknown behaviour' };
    out.behaviours = [...new Set(raw.behaviours as Behaviour[])];
  }
  if (raw.evidence !== undefined && raw.evidence !== null) {
    const e = raw.evidence as Record<string, unknown>;
    if (typeof e !== 'object' || typeof e.text !== 'string' || typeof e.site !== 'string') {
      return { ok: false, reason: 'evidence must have text and site' };
    }
    if (e.text.length > MAX_EVIDENCE_TEXT) return { ok: false, reason: `evidence text longer than ${MAX_EVIDENCE_TEXT} characters` };
    if (e.site.length > MAX_SITE) return { ok: false, reason: `evidence site longer than ${MAX_SITE} characters` };
    const evidence: Evidence = { text: e.text, site: e.site };
    // The contact time may be unknown (the page showed none and the user typed none): absent, never "now".
    if (e.at !== undefined && e.at !== null) {
      if (!isPlausibleTime(e.at, now)) return { ok: false, reason: `evidence at must be ${TIME_RANGE_TEXT}` };
      evidence.at = e.at;
      if (e.sentPrecision !== undefined && e.sentPrecision !== 'minute' && e.sentPrecision !== 'day') return { ok: false, reason: 'evidence sentPrecision must be minute or day' };
      if (e.sentPrecision !== undefined) evidence.sentPrecision = e.sentPrecision;
    } else if (e.sentPrecision !== undefined) {
      return { ok: false, reason: 'evidence sentPrecision needs at' };
    }
    if (e.messageId !== undefined) {
      if (!isMessageId(e.messageId)) return { ok: false, reason: `evidence messageId must be text of 1 to ${MAX_MESSAGE_ID} characters` };
      evidence.messageId = e.messageId;
    }
    out.evidence = evidence;
  }
  return { ok: true, value: out };
}
