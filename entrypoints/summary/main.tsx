import { render } from 'preact';
import { translate, type Locale, languageTag } from '../../core/i18n';
import { formatKey } from '../../core/format';
import { isCanonicalKey } from '../../core/keys';
import { remindersInForce, citationsAt } from '../../core/rights';
import type { Settings } from '../../core/settings';
import { evidenceFor, type NumberEvidence } from '../../db/evidence';
import { EvidenceView } from '../../components/EvidenceView';
import { RightsList, RIGHTS_CSS } from '../../components/RightsList';
import { loadSettings, localeOf } from '../../lib/settings';
import { pageDb } from '../../lib/page-db';
import '../popup/popup.css';
import '../options/options.css';
import './print.css';

/** One number's record, laid out to print or save as PDF for a complaint. */
function Summary({ locale, settings, evidence }: { locale: Locale; settings: Settings; evidence: NumberEvidence }) {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(locale, k, v);
  const now = new Date();
  const channels = remindersInForce(now, settings.jurisdiction)
    .filter((r) => r.channel)
    .map((r) => ({ id: r.id, channel: true, text: r.text[locale], citations: citationsAt(r, now).map((c) => ({ label: c.source, status: c.status })) }));
  return (
    <main class="options summary" lang={languageTag(locale)}>
      <style>{RIGHTS_CSS}</style>
      <h1 data-testid="summary-title">{t('summary.title', { number: formatKey(evidence.key) })}</h1>
      <p class="muted">{t('summary.generated', { date: now.toLocaleString(languageTag(locale)) })}</p>
      <button type="button" class="no-print" onClick={() => window.print()}>
        {t('summary.printButton')}
      </button>
      <EvidenceView locale={locale} evidence={evidence} jurisdiction={settings.jurisdiction} />
      <h2>{t('summary.channels')}</h2>
      <p>{t('summary.ask')}</p>
      <RightsList locale={locale} reminders={channels} />
    </main>
  );
}

const key = new URLSearchParams(location.search).get('key') ?? '';
void loadSettings().then(async (settings) => {
  const locale = localeOf(settings);
  const app = document.getElementById('app')!;
  if (!isCanonicalKey(key)) {
    app.textContent = translate(locale, 'evidence.none');
    return;
  }
  render(<Summary locale={locale} settings={settings} evidence={await evidenceFor(pageDb(), key)} />, app);
});
