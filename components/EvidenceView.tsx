import { translate, type Locale, type MessageKey, languageTag } from '../core/i18n';
import { dayString, figureStatements, harassmentFigures, localTime, resolveZone } from '../core/evidence';
import type { Jurisdiction } from '../core/rights';
import { contactsOf, entriesOf, reportedAt, type EvidenceEntry, type NumberEvidence } from '../db/evidence';

/**
 * One number's evidence: the harassment figures as sentences a complaint can
 * quote (each with its citation), then every message once, in time order,
 * with when it was sent (from the page or the user's report; "time unknown"
 * when neither said) and when it was seen, in separate labelled columns: a
 * seen time is never shown as a contact time.
 */
export function EvidenceView({ locale, evidence, jurisdiction, timeZone }: { locale: Locale; evidence: NumberEvidence; jurisdiction: Jurisdiction; timeZone?: string }) {
  const t = (k: MessageKey, v?: Record<string, string>) => translate(locale, k, v);
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const figures = harassmentFigures(contactsOf(evidence), { jurisdiction, timeZone: zone });
  const statements = figureStatements(figures, locale);
  const when = (ms: number) => new Date(ms).toLocaleString(languageTag(locale), { timeZone: zone });
  const sent = (e: EvidenceEntry) => {
    if (e.sentAt === undefined) return t('evidence.timeUnknown');
    if (e.sentPrecision === 'day') return t('evidence.dayOnly', { day: dayString(localTime(e.sentAt, resolveZone({ timeZone: zone })).dayIndex) });
    return when(e.sentAt);
  };
  const rows = entriesOf(evidence).map((e) => {
    const r = e.reports[e.reports.length - 1];
    const reported = reportedAt(e);
    return {
      e,
      kind: r ? t('evidence.report') : t('evidence.sighting'),
      text: [e.text, ...e.reports.map((x) => x.note)].filter(Boolean).join(' — '),
      detail: r
        ? [
            translate(locale, `category.${r.category}`),
            r.claimedOrg && `${t('summary.claimedOrg')}: ${r.claimedOrg}`,
            r.creditor && translate(locale, `creditor.${r.creditor}`),
            r.behaviours?.length && `${t('summary.behaviours')}: ${r.behaviours.map((b) => translate(locale, `behaviour.${b}`)).join('、')}`,
            reported !== undefined && t('evidence.reportedAt', { time: when(reported) }),
          ]
            .filter(Boolean)
            .join(' · ')
        : '',
    };
  });
  return (
    <div class="evidence" data-testid="evidence-view">
      <h3>{t('evidence.figures')}</h3>
      <ul data-testid="figures">
        {statements.map((s) => (
          <li key={s.id} data-statement={s.id}>
            {s.text}
            {s.citations.length > 0 && <span class="cite"> ({s.citations.map((c) => c.factsRow).join('；')})</span>}
          </li>
        ))}
      </ul>
      <h3>{t('evidence.timeline')}</h3>
      <table data-testid="timeline">
        <thead>
          <tr>
            <th scope="col">{t('evidence.sentAt')}</th>
            <th scope="col">{t('evidence.seenAt')}</th>
            <th scope="col">{t('evidence.kind')}</th>
            <th scope="col">{t('evidence.site')}</th>
            <th scope="col">{t('evidence.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ e, kind, text, detail }, i) => (
            <tr key={e.messageId ?? `r${i}`} data-kind={e.kind}>
              <td data-col="sent" data-known={e.sentAt !== undefined ? e.sentPrecision : 'unknown'}>
                {sent(e)}
              </td>
              <td data-col="seen">{e.seenAt !== undefined ? when(e.seenAt) : ''}</td>
              <td>{kind}</td>
              <td>{e.site}</td>
              <td>
                {text}
                {detail && <div class="muted">{detail}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
