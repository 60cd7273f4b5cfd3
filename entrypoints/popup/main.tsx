import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LookupBox } from '../../components/LookupBox';
import { ReportPanel } from '../../components/ReportPanel';
import { PageFindings } from '../../components/PageFindings';
import { SiteControls, type CurrentTab } from '../../components/SiteControls';
import { translate, type Locale, languageTag } from '../../core/i18n';
import { currentLocale } from '../../lib/locale';
import './popup.css';

function Popup({ locale }: { locale: Locale }) {
  const [tab, setTab] = useState<CurrentTab>();
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void currentTab().then(setTab);
  }, []);
  return (
    <main lang={languageTag(locale)}>
      <SiteControls locale={locale} tab={tab} onChange={() => setRevision((r) => r + 1)} />
      <PageFindings locale={locale} tabId={tab?.id} revision={revision} />
      <LookupBox locale={locale} />
      <details class="report" data-testid="popup-report">
        <summary>{translate(locale, 'popup.report')}</summary>
        <ReportPanel locale={locale} draft={{}} />
      </details>
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {translate(locale, 'popup.options')}
        </button>
      </p>
    </main>
  );
}

/**
 * The tab the popup was opened over (its address is readable through activeTab).
 * `?tab=ID` names another tab: the e2e tests open the popup as a page of its own.
 * A loopback `&url=` stands in for an address the browser does not show without
 * a user's click on the toolbar button, which automation cannot make.
 */
async function currentTab(): Promise<CurrentTab | undefined> {
  const params = new URLSearchParams(location.search);
  const named = Number(params.get('tab'));
  const tab = Number.isSafeInteger(named) && params.has('tab')
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  const given = params.get('url') ?? '';
  const url = tab.url ?? (/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(given) ? given : undefined);
  return { id: tab.id, url };
}

void currentLocale().then((locale) => render(<Popup locale={locale} />, document.getElementById('app')!));
