import { detectClaims } from '../../core/claims';
import { citationsAt, reminderInForce, selectReminders, type Citation } from '../../core/rights';
import type { DetailsResponse } from '../../core/messages';
import type { Locale } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import type { NumberVerdict } from '../../core/verdict';

const REPORTED: Record<Locale, string> = { zh_CN: '据报道', zh_TW: '據報導', en: 'reported' };

function citationLabel(c: Citation, locale: Locale): string {
  const parts = [c.source, c.article, c.version && !c.source.includes(c.version) ? `(${c.version})` : undefined].filter(Boolean);
  return c.status === 'R' ? `${parts.join(' ')} · ${REPORTED[locale]}` : parts.join(' ');
}

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
    reminders: reminders.map((r) => {
      const current = reminderInForce(r, now) ?? r;
      return {
        id: current.id,
        channel: current.channel,
        text: current.text[input.locale],
        citations: citationsAt(current, now).map((c) => ({ label: citationLabel(c, input.locale), status: c.status })),
      };
    }),
  };
}
