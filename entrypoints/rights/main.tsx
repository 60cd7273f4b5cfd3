import { render } from 'preact';
import { translate, type Locale, languageTag } from '../../core/i18n';
import { cardReminder, remindersInForce, RIGHTS_CONTENT_CHECKED, type Reminder } from '../../core/rights';
import type { Settings } from '../../core/settings';
import { RightsList, RIGHTS_CSS } from '../../components/RightsList';
import { loadSettings, localeOf } from '../../lib/settings';
import '../popup/popup.css';
import '../options/options.css';


/** Every reminder in force today for the user's jurisdiction, with its citations and the complaint channels. */
function Rights({ locale, settings }: { locale: Locale; settings: Settings }) {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(locale, k, v);
  const now = new Date();
  const all = remindersInForce(now, settings.jurisdiction);
  const asCard = (rs: Reminder[]) => rs.map((r) => cardReminder(r, locale, now));
  return (
    <main class="options" lang={languageTag(locale)}>
      <style>{RIGHTS_CSS}</style>
      <h1>{t('rights.title')}</h1>
      <p>{t('rights.intro')}</p>
      {all.some((r) => r.advice) && (
        <>
          <h2>{t('rights.advice')}</h2>
          <RightsList locale={locale} reminders={asCard(all.filter((r) => r.advice))} />
        </>
      )}
      <h2>{t('rights.rules')}</h2>
      <RightsList locale={locale} reminders={asCard(all.filter((r) => !r.channel && !r.advice))} />
      <h2>{t('rights.channels')}</h2>
      <RightsList locale={locale} reminders={asCard(all.filter((r) => r.channel))} />
      <p class="muted" data-testid="rights-checked">
        {t('rights.checked', { date: RIGHTS_CONTENT_CHECKED })}
      </p>
    </main>
  );
}

void loadSettings().then((settings) => render(<Rights locale={localeOf(settings)} settings={settings} />, document.getElementById('app')!));
