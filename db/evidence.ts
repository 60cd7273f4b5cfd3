import type { Contact } from '../core/evidence';
import type { TimePrecision } from '../core/message';
import type { Sighting } from '../core/messages';
import type { ShieldDB, ReportRow, SightingRow } from './schema';

/**
 * The evidence log, message by message. The unit is the message: a sighting
 * is one message a flagged number appeared in (recorded once, whichever day it
 * is viewed), and a report of a message the log also sighted is the same
 * contact, not a second one. Contact times are the messages' sent times from
 * the page (or as the user typed them in a report); when a message had none,
 * its time is unknown and said so, never replaced by when it was seen.
 */

/**
 * The most sightings kept per number, site and local day (of seenAt). A page
 * decides what it shows, so it could otherwise make the evidence log grow
 * without bound (2,000 messages quoting one number, 2,000 rows). Fifty
 * contacts a day from one number on one site is past any harassment
 * threshold a complaint needs to show.
 */
export const MAX_SIGHTINGS_PER_DAY = 50;

/**
 * Records the messages not recorded yet (one row per number and message id),
 * at most MAX_SIGHTINGS_PER_DAY per number, site and local day of `now`, in
 * one transaction; returns how many were new. `now` is the seen time: the
 * background's clock, never the page's. A message recorded before keeps its
 * first seenAt; if the page now shows a sent time it did not show then (or a
 * minute where it showed only the day), that time is filled in.
 */
export async function addSightings(db: ShieldDB, items: readonly Sighting[], now = Date.now()): Promise<number> {
  const day = new Date(now);
  const dayStart = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  const dayEnd = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
  const group = (s: { key: string; site: string }) => `${s.key}\u0000${s.site}`;
  const id = (s: { key: string; messageId: string }) => `${s.key}\u0000${s.messageId}`;
  return db.transaction('rw', db.sightings, async () => {
    const pairs = items.map((s): [string, string] => [s.key, s.messageId]);
    const known = new Map((await db.sightings.where('[key+messageId]').anyOf(pairs).toArray()).map((r) => [id(r), r]));
    // Today's sightings of these numbers, per site (the rest of their history is not read).
    const today = new Map<string, number>();
    const keys = [...new Set(items.map((s) => s.key))];
    await db.sightings
      .where('key')
      .anyOf(keys)
      .filter((r) => r.seenAt >= dayStart && r.seenAt < dayEnd)
      .each((r) => void today.set(group(r), (today.get(group(r)) ?? 0) + 1));
    const fresh: SightingRow[] = [];
    const better = new Map<number, Pick<SightingRow, 'sentAt' | 'sentPrecision'>>();
    for (const s of items) {
      const old = known.get(id(s));
      if (old) {
        // (An undefined sentPrecision removes the stored 'day': Dexie's update deletes a key set to undefined.)
        if (old.id !== undefined && s.sentAt !== undefined && finer(s, old)) {
          better.set(old.id, { sentAt: s.sentAt, sentPrecision: s.sentPrecision });
          old.sentAt = s.sentAt;
          old.sentPrecision = s.sentPrecision;
        }
        continue;
      }
      const n = today.get(group(s)) ?? 0;
      if (n >= MAX_SIGHTINGS_PER_DAY) continue;
      today.set(group(s), n + 1);
      const row: SightingRow = { key: s.key, site: s.site, excerpt: s.excerpt, messageId: s.messageId, seenAt: now, ...sentOf(s) };
      known.set(id(s), row);
      fresh.push(row);
    }
    if (fresh.length) await db.sightings.bulkAdd(fresh);
    for (const [rowId, sent] of better) await db.sightings.update(rowId, sent);
    return fresh.length;
  });
}

function sentOf(s: Pick<Sighting, 'sentAt' | 'sentPrecision'>): Pick<SightingRow, 'sentAt' | 'sentPrecision'> {
  if (s.sentAt === undefined) return {};
  return s.sentPrecision ? { sentAt: s.sentAt, sentPrecision: s.sentPrecision } : { sentAt: s.sentAt };
}

/** Whether `s` knows the sent time better than the stored row: the row has none, or only its day. */
function finer(s: Pick<Sighting, 'sentAt' | 'sentPrecision'>, row: SightingRow): boolean {
  if (row.sentAt === undefined) return true;
  return row.sentPrecision === 'day' && (s.sentPrecision ?? 'minute') === 'minute';
}

/** The evidence log seen per number: for the options timeline and the printable summary. */
export interface NumberEvidence {
  key: string;
  reports: ReportRow[];
  sightings: SightingRow[];
  /** Latest activity, for ordering numbers: a sent time where known, else when seen or reported. Not a contact time. */
  lastAt: number;
}

/** One message (or one report of a contact with no message), once: what the timeline, the figures and the exports show. */
export interface EvidenceEntry {
  key: string;
  /** 'report' when the user reported it (the report's details win), else 'sighting'. */
  kind: 'report' | 'sighting';
  messageId?: string;
  site: string;
  /** The message's own text (the report's, as the user checked it, when reported). */
  text: string;
  /** When the message was sent: from the page, or as the user typed it; absent when unknown. */
  sentAt?: number;
  /** How exactly sentAt is known (only with sentAt). */
  sentPrecision?: TimePrecision;
  /** When the evidence log first saw the message (its sighting); absent when only reported. */
  seenAt?: number;
  /** The reports of this message, oldest first; the newest gives the details. Empty for a sighting alone. */
  reports: ReportRow[];
  /** The sighting of this message, if the log recorded one. */
  sighting?: SightingRow;
}

/** When the entry's report was made (the newest report of it). */
export const reportedAt = (e: EvidenceEntry): number | undefined => e.reports[e.reports.length - 1]?.createdAt;

/** The instant an entry is ordered by: its sent time, else when it was seen or reported. Never shown as a contact time. */
export const orderAt = (e: EvidenceEntry): number => e.sentAt ?? e.seenAt ?? reportedAt(e) ?? 0;

/**
 * The messages of a number, each once, in time order: a report and a sighting
 * with the same message id are one entry, with the report's text and time;
 * two reports of one message are one entry (the newest report's details).
 * Reports without a message id are entries of their own.
 */
export function entriesOf(e: Pick<NumberEvidence, 'key' | 'reports' | 'sightings'>): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  const byMessage = new Map<string, EvidenceEntry>();
  const reports = [...e.reports].sort((a, b) => (a.updatedAt ?? a.createdAt) - (b.updatedAt ?? b.createdAt) || (a.id ?? 0) - (b.id ?? 0));
  for (const r of reports) {
    const messageId = r.evidence?.messageId;
    const entry = messageId !== undefined ? byMessage.get(messageId) : undefined;
    if (entry) {
      entry.reports.push(r);
      applyReport(entry, r);
      continue;
    }
    const fresh: EvidenceEntry = { key: r.key, kind: 'report', site: '', text: '', reports: [r] };
    applyReport(fresh, r);
    if (messageId !== undefined) byMessage.set(messageId, fresh);
    out.push(fresh);
  }
  for (const s of e.sightings) {
    const entry = byMessage.get(s.messageId);
    if (entry) {
      // Seen once: the first sighting of the message (rows before version 5 may hold it several times under day-stamped ids, which never match a report's).
      if (entry.seenAt === undefined || s.seenAt < entry.seenAt) {
        entry.seenAt = s.seenAt;
        entry.sighting = s;
      }
      continue;
    }
    const fresh: EvidenceEntry = { key: s.key, kind: 'sighting', messageId: s.messageId, site: s.site, text: s.excerpt, seenAt: s.seenAt, reports: [], sighting: s };
    if (s.sentAt !== undefined) {
      fresh.sentAt = s.sentAt;
      fresh.sentPrecision = s.sentPrecision ?? 'minute';
    }
    byMessage.set(s.messageId, fresh);
    out.push(fresh);
  }
  return out.sort((a, b) => orderAt(a) - orderAt(b));
}

/** The report's details win: its text, its site, its time (which may be unknown even when the page showed one: the user cleared it). */
function applyReport(entry: EvidenceEntry, r: ReportRow): void {
  const ev = r.evidence;
  entry.site = ev?.site ?? '';
  entry.text = ev?.text ?? '';
  if (ev?.messageId !== undefined) entry.messageId = ev.messageId;
  delete entry.sentAt;
  delete entry.sentPrecision;
  if (ev?.at !== undefined) {
    entry.sentAt = ev.at;
    entry.sentPrecision = ev.sentPrecision ?? 'minute';
  }
}

function lastAtOf(e: Pick<NumberEvidence, 'reports' | 'sightings'>): number {
  // A loop, not Math.max(...times): spreading a long array into arguments overflows the stack.
  let lastAt = 0;
  for (const r of e.reports) lastAt = Math.max(lastAt, r.evidence?.at ?? r.createdAt);
  for (const s of e.sightings) lastAt = Math.max(lastAt, s.sentAt ?? s.seenAt);
  return lastAt;
}

export async function evidenceByNumber(db: ShieldDB): Promise<NumberEvidence[]> {
  const [reports, sightings] = await Promise.all([db.reports.toArray(), db.sightings.toArray()]);
  const byKey = new Map<string, NumberEvidence>();
  const entry = (key: string) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { key, reports: [], sightings: [], lastAt: 0 }));
    return e;
  };
  for (const r of reports) entry(r.key).reports.push(r);
  for (const s of sightings) entry(s.key).sightings.push(s);
  for (const e of byKey.values()) e.lastAt = lastAtOf(e);
  return [...byKey.values()].sort((a, b) => b.lastAt - a.lastAt);
}

export async function evidenceFor(db: ShieldDB, key: string): Promise<NumberEvidence> {
  const [reports, sightings] = await Promise.all([db.reports.where('key').equals(key).toArray(), db.sightings.where('key').equals(key).toArray()]);
  return { key, reports, sightings, lastAt: lastAtOf({ reports, sightings }) };
}

/**
 * Contacts for the harassment figures: one per message (entriesOf), at its
 * sent time and precision; a message with no known sent time is a contact
 * with no time (counted, never placed in an hour). Messages are 'message'
 * contacts; a report with no message (typed in the popup: maybe a call) is
 * 'unknown'.
 */
export function contactsOf(e: Pick<NumberEvidence, 'key' | 'reports' | 'sightings'>): Contact[] {
  return entriesOf(e).map((x) => ({
    at: x.sentAt,
    precision: x.sentPrecision ?? 'minute',
    kind: x.messageId !== undefined ? ('message' as const) : ('unknown' as const),
    ...(x.messageId !== undefined ? { id: x.messageId } : {}),
  }));
}
