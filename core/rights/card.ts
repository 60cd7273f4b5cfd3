import { translate, type Locale } from '../i18n';
import type { CardReminder } from '../messages';
import { citationsAt, reminderInForce } from './select';
import type { Citation, Reminder } from './types';

/**
 * One citation as a line: source, article, version (unless the source already
 * names it), marked when reported (R). A complaint channel (C) shows its source
 * plainly; advice (A) cites no law, only that it is a suggestion.
 */
export function citationLabel(c: Citation, locale: Locale): string {
  if (c.status === 'A') return translate(locale, 'cite.advice');
  const parts = [c.source, c.article, c.version && !c.source.includes(c.version) ? `(${c.version})` : undefined].filter(Boolean);
  return c.status === 'R' ? `${parts.join(' ')} · ${translate(locale, 'cite.reported')}` : parts.join(' ');
}

/** A reminder as the card and the Know-your-rights page show it: the version in force on `now`, in `locale`. */
export function cardReminder(reminder: Reminder, locale: Locale, now: Date): CardReminder {
  const current = reminderInForce(reminder, now) ?? reminder;
  return {
    id: current.id,
    channel: current.channel,
    text: current.text[locale],
    citations: citationsAt(current, now).map((c) => ({ label: citationLabel(c, locale), status: c.status })),
  };
}
