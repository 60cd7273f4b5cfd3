import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { translate, type Locale, languageTag } from '../../core/i18n';
import type { StatsResponse } from '../../core/messages';
import type { SourceRow } from '../../db/schema';
import { ask } from '../../lib/api';
import { currentLocale } from '../../lib/locale';
import { pageDb } from '../../lib/page-db';
import { LookupBox } from '../../components/LookupBox';
import { ImportPanel } from '../../components/options/ImportPanel';
import { ListsPanel } from '../../components/options/ListsPanel';
import { NumbersPanel } from '../../components/options/NumbersPanel';
import { ReportsPanel } from '../../components/options/ReportsPanel';
import { BackupPanel } from '../../components/options/BackupPanel';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { EvidencePanel } from '../../components/options/EvidencePanel';
import { SubscriptionsPanel } from '../../components/options/SubscriptionsPanel';
import { loadSettings } from '../../lib/settings';
import type { Jurisdiction } from '../../core/rights';
import '../popup/popup.css';
import './options.css';

function Options({ locale }: { locale: Locale }) {
  const db = pageDb();
  const t = (k: Parameters<typeof translate>[1]) => translate(locale, k);
  const [version, setVersion] = useState(0);
  const [stats, setStats] = useState<StatsResponse | undefined>();
  const [sources, setSources] = useState<SourceRow[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('CN');
  useEffect(() => {
    void loadSettings().then((s) => setJurisdiction(s.jurisdiction));
  }, []);

  useEffect(() => {
    ask({ type: 'stats' }).then(setStats, (e: Error) => setError(e.message));
    void db.sources.toArray().then(setSources);
  }, [version]);

  // Something changed the database from this page: refresh the views and re-mark every tab.
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    void ask({ type: 'data-changed' }).catch(() => undefined);
  }, []);

  return (
    <main class="options" lang={languageTag(locale)}>
      <h1>{t('options.title')}</h1>
      <p>{t('options.privacy')}</p>
      <SettingsPanel locale={locale} />
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">{t('options.stats')}</h2>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {stats && (
          <dl data-testid="stats" class="stats">
            <dt>{t('options.reports')}</dt>
            <dd data-stat="reports">{stats.reports}</dd>
            <dt>{t('options.overrides')}</dt>
            <dd data-stat="overrides">{stats.overrides}</dd>
            <dt>{t('options.listEntries')}</dt>
            <dd data-stat="listEntries">{stats.listEntries}</dd>
            <dt>{t('options.official')}</dt>
            <dd data-stat="official">{stats.official}</dd>
          </dl>
        )}
      </section>
      <LookupBox locale={locale} />
      <ImportPanel locale={locale} db={db} onImported={changed} />
      <SubscriptionsPanel locale={locale} db={db} sources={sources} version={version} onChanged={() => setVersion((v) => v + 1)} />
      <ListsPanel locale={locale} db={db} sources={sources.filter((s) => s.kind !== 'subscription')} onChanged={changed} />
      <NumbersPanel locale={locale} db={db} sources={sources} version={version} onChanged={changed} />
      <ReportsPanel locale={locale} db={db} version={version} onChanged={changed} />
      <EvidencePanel locale={locale} db={db} version={version} jurisdiction={jurisdiction} />
      <BackupPanel locale={locale} db={db} onRestored={changed} />
    </main>
  );
}

void currentLocale().then((locale) => render(<Options locale={locale} />, document.getElementById('app')!));
