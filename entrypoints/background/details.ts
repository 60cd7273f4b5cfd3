import { detectClaims } from '../../core/claims';
import { cardReminder, selectReminders } from '../../core/rights';
import type { DetailsResponse } from '../../core/messages';
import type { Locale } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import type { NumberVerdict } from '../../core/verdict';

/**
 * The card's rights section: claims found in the message around the number,
 * and the 2-4 reminders that fit them, the number's verdict, the time and the
 * user's jurisdiction, in the user's language, with the law version in force now.
 */
export function cardDetails(input: { text: string; at: number; verdict: NumberVerdict; settings: Settings; locale: Locale; now?: Date }): DetailsResponse {
  const now = input.now ?? new Date();
  const claims = detectClaims(input.text);
  const verdict = input.verdict.verdict === 'official' || input.verdict.verdict === 'trusted' ? undefined : input.verdict.verdict;
  const reminders = selectReminders({
    verdict,
    claims: claims.map((c) => c.kind),
    at: new Date(input.at),
    now,
    jurisdiction: input.settings.jurisdiction,
  });
  return {
    jurisdiction: input.settings.jurisdiction,
    claims: claims.map((c) => ({ kind: c.kind, quote: c.quote })),
    reminders: reminders.map((r) => cardReminder(r, input.locale, now)),
  };
}
