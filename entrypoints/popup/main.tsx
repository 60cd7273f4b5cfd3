import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LookupBox } from '../../components/LookupBox';
import { ReportPanel } from '../../components/ReportPanel';
import { translate, type Locale, languageTag } from '../../core/i18n';
import { currentLocale } from '../../lib/locale';
import './popup.css';

function Popup({ locale }: { locale: Locale }) {
  return (
    <main lang={languageTag(locale)}>
      <LookupBox locale={locale} />
      <details class="report" data-testid="popup-report">
        <summary>{translate(locale, 'popup.report')}</summary>
        <ReportPanel locale={locale} draft={{ evidence: { text: '', site: '', at: Date.now() } }} />
      </details>
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {translate(locale, 'popup.options')}
        </button>
      </p>
    </main>
  );
}

void currentLocale().then((locale) => render(<Popup locale={locale} />, document.getElementById('app')!));
