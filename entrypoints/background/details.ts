import { detectClaims } from '../../core/claims';
import { cardReminder, selectReminders } from '../../core/rights';
import type { DetailsResponse } from '../../core/messages';
import type { Locale } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import type { NumberVerdict } from '../../core/verdict';

/** The card shows the user's latest few notes, each cut to a line or two. */
export const MAX_CARD_NOTES = 3;
export const MAX_CARD_NOTE_LENGTH = 200;

/**
 * What the card shows beyond the verdict: the number's type, region and
 * carrier (looked up by the caller), the user's last report and notes, the
 * claims found in the message around the number, and the 2-4 rights reminders
 * that fit them, the number's verdict, the time and the user's jurisdiction,
 * in the user's language, with the law version in force now.
 *
 * Night is judged on the message's sent time when the page showed it
 * (timeBasis 'sent'): a message sent at 23:41 and read at noon was a night
 * contact. Only when no sent time is known does the time the card was opened
 * stand in (timeBasis 'viewed'), and the answer says so.
 */
export function cardDetails(input: {
  text: string;
  /** When the card was opened (the hover). */
  at: number;
  /** When the message was sent, to the minute, from the page; the night reminder follows it when known. */
  sentAt?: number;
  verdict: NumberVerdict;
  settings: Settings;
  locale: Locale;
  number: DetailsResponse['number'];
  /** The user's report notes, newest first (empty ones are skipped here). */
  notes?: readonly string[];
  now?: Date;
}): DetailsResponse {
  const now = input.now ?? new Date();
  const claims = detectClaims(input.text);
  const verdict = input.verdict.verdict === 'official' || input.verdict.verdict === 'trusted' ? undefined : input.verdict.verdict;
  const timeBasis = input.sentAt !== undefined ? 'sent' : 'viewed';
  const reminders = selectReminders({
    verdict,
    claims: claims.map((c) => c.kind),
    at: new Date(input.sentAt ?? input.at),
    now,
    jurisdiction: input.settings.jurisdiction,
  });
  return {
    jurisdiction: input.settings.jurisdiction,
    claims: claims.map((c) => ({ kind: c.kind, quote: c.quote })),
    reminders: reminders.map((r) => cardReminder(r, input.locale, now)),
    number: input.number,
    ...(input.verdict.lastReportAt !== undefined ? { lastReportAt: input.verdict.lastReportAt } : {}),
    notes: cardNotes(input.notes ?? []),
    timeBasis,
  };
}

/** Non-empty notes, whitespace collapsed, at most MAX_CARD_NOTES, each cut to MAX_CARD_NOTE_LENGTH characters. */
export function cardNotes(notes: readonly string[]): string[] {
  return notes
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '')
    .slice(0, MAX_CARD_NOTES)
    .map((n) => {
      const chars = [...n];
      return chars.length > MAX_CARD_NOTE_LENGTH ? `${chars.slice(0, MAX_CARD_NOTE_LENGTH - 1).join('')}…` : n;
    });
}
