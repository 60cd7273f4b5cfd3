import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../core/i18n';
import type { StatsResponse } from '../../core/messages';
import { ask } from '../../lib/api';
import { currentLocale } from '../../lib/locale';
import { LookupBox } from '../../components/LookupBox';
import '../popup/popup.css';

function Options() {
  const locale = currentLocale();
  const t = (k: Parameters<typeof translate>[1]) => translate(locale, k);
  const [stats, setStats] = useState<StatsResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    ask({ type: 'stats' }).then(setStats, (e: Error) => setError(e.message));
  }, []);
  return (
    <main style={{ maxWidth: '720px' }}>
      <h1>{t('options.title')}</h1>
      <p>{t('options.privacy')}</p>
      <h2>{t('options.stats')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {stats && (
        <dl data-testid="stats">
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
      <LookupBox locale={locale} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
