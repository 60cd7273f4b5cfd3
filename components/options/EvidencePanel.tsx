import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { formatKey } from '../../core/format';
import type { Jurisdiction } from '../../core/rights';
import { evidenceByNumber, type NumberEvidence } from '../../db/evidence';
import { exportEvidence } from '../../db/backup';
import type { ShieldDB } from '../../db/schema';
import { downloadText, today } from '../../lib/download';
import { EvidenceView } from '../EvidenceView';
import { useT } from '../t';

/** Evidence per number: choose a number, see its figures and timeline, export it or print a summary. */
export function EvidencePanel({ locale, db, version, jurisdiction }: { locale: Locale; db: ShieldDB; version: number; jurisdiction: Jurisdiction }) {
  const t = useT(locale);
  const [all, setAll] = useState<NumberEvidence[]>([]);
  const [key, setKey] = useState('');
  useEffect(() => {
    void evidenceByNumber(db).then((list) => {
      setAll(list);
      setKey((k) => (k && list.some((e) => e.key === k) ? k : (list[0]?.key ?? '')));
    });
  }, [db, version]);
  const chosen = all.find((e) => e.key === key);
  const file = (ext: string) => `collector-shield-${key.replace(/[^\d+A-Z]/g, '')}-${today()}.${ext}`;
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      {all.length === 0 ? (
        <p>{t('evidence.none')}</p>
      ) : (
        <>
          <label>
            {t('evidence.choose')}{' '}
            <select name="evidence-number" value={key} onChange={(e) => setKey((e.target as HTMLSelectElement).value)}>
              {all.map((e) => (
                <option key={e.key} value={e.key}>
                  {formatKey(e.key)} ({t('evidence.counts', { reports: e.reports.length, sightings: e.sightings.length })})
                </option>
              ))}
            </select>
          </label>
          {chosen && (
            <>
              <div class="row wrap">
                <button type="button" onClick={async () => downloadText(file('csv'), await exportEvidence(db, 'csv', Date.now(), key), 'text/csv')}>
                  {t('evidence.exportCsv')}
                </button>
                <button type="button" onClick={async () => downloadText(file('json'), await exportEvidence(db, 'json', Date.now(), key), 'application/json')}>
                  {t('evidence.exportJson')}
                </button>
                <a class="button secondary" href={`/summary.html?key=${encodeURIComponent(key)}`} target="_blank" data-testid="summary-link">
                  {t('evidence.print')}
                </a>
              </div>
              <EvidenceView locale={locale} evidence={chosen} jurisdiction={jurisdiction} />
            </>
          )}
        </>
      )}
    </section>
  );
}
