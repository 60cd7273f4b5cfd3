import { translate, type Locale, type MessageKey, languageTag } from '../core/i18n';
import { figureStatements, harassmentFigures } from '../core/evidence';
import type { Jurisdiction } from '../core/rights';
import { contactsOf, type NumberEvidence } from '../db/evidence';

/**
 * One number's evidence: the harassment figures as sentences a complaint can
 * quote (each with its citation), then every report and sighting in time order.
 */
export function EvidenceView({ locale, evidence, jurisdiction }: { locale: Locale; evidence: NumberEvidence; jurisdiction: Jurisdiction }) {
  const t = (k: MessageKey) => translate(locale, k);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const figures = harassmentFigures(contactsOf(evidence), { jurisdiction, timeZone });
  const statements = figureStatements(figures, locale);
  const when = (ms: number) => new Date(ms).toLocaleString(languageTag(locale), { timeZone });
  const rows = [
    ...evidence.reports.map((r) => ({
      at: r.evidence?.at ?? r.createdAt,
      kind: t('evidence.report'),
      site: r.evidence?.site ?? '',
      text: [r.evidence?.text, r.note].filter(Boolean).join(' — '),
      detail: [
        translate(locale, `category.${r.category}`),
        r.claimedOrg && `${t('summary.claimedOrg')}: ${r.claimedOrg}`,
        r.creditor && translate(locale, `creditor.${r.creditor}`),
        r.behaviours?.length && `${t('summary.behaviours')}: ${r.behaviours.map((b) => translate(locale, `behaviour.${b}`)).join('、')}`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...evidence.sightings.map((s) => ({ at: s.at, kind: t('evidence.sighting'), site: s.site, text: s.excerpt, detail: '' })),
  ].sort((a, b) => a.at - b.at);
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
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-kind={r.kind}>
              <td>{when(r.at)}</td>
              <td>{r.kind}</td>
              <td>{r.site}</td>
              <td>
                {r.text}
                {r.detail && <div class="muted">{r.detail}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
