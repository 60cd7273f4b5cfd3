/**
 * The unit everything is about: one message as the site shows it. What the
 * card says, what suspicion decides and what the evidence log records are
 * about one message: its own text (never its neighbours'), its sender, when it
 * was sent (from the page, never "now"), and which way it went.
 *
 * Site adapters (entrypoints/content/sites/) find messages in the page; this
 * module holds the shape and the page-independent parts (ids, limits).
 * Times are parsed by core/message-time.ts.
 */
import { fnv1a } from './sighting';

export type Direction = 'incoming' | 'outgoing';

export interface MessageSender {
  /** What the site shows: a name, an SMS signature, an address or a number. */
  name: string;
  /** The mail address or phone number behind it, where the page shows one. */
  address?: string;
}

/** How exactly a sent time is known: to the minute, or only its day ("昨天", "周五", "Nov 28"). */
export type TimePrecision = 'minute' | 'day';

export interface MessageTime {
  /** Epoch ms. For a day-only time: that day's 12:00 local time. */
  at: number;
  precision: TimePrecision;
}

/** One message, as the content script reads it (the page's element stays in the content script). */
export interface PageMessage {
  /** Stable across views and days: the site's own id where it has one, else derived (messageKey). */
  id: string;
  /** That message's own text, whitespace collapsed, at most MAX_MESSAGE_TEXT characters. */
  text: string;
  sender?: MessageSender;
  /** When it was sent, from the page's own time; absent when the page shows none. */
  sent?: MessageTime;
  /** The user's own messages are never suspected and never counted as contacts. */
  direction: Direction;
}

/** A message longer than this is cut, not dropped. */
export const MAX_MESSAGE_TEXT = 2000;

/** Collapses whitespace and cuts to MAX_MESSAGE_TEXT. */
export function messageText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_MESSAGE_TEXT);
}

/**
 * The stable id of a message: the site's own id when it has one, otherwise a
 * hash of who sent it, when (as the page shows it) and what it says. The
 * same message viewed on two days is one message; two identical reminders
 * sent at different times are two.
 */
export function messageKey(site: string, m: { siteId?: string; sender?: MessageSender; sentText?: string; text: string }): string {
  if (m.siteId) return `${site}:${m.siteId}`;
  const who = m.sender ? `${m.sender.name}\u0001${m.sender.address ?? ''}` : '';
  return `${site}:h${fnv1a(`${who}\u0000${m.sentText ?? ''}\u0000${m.text}`)}${fnv1a(`${m.text}\u0000${who}`)}`;
}
