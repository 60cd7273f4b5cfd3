import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../core/i18n';
import { siteOf } from '../core/site-access';
import type { Settings } from '../core/settings';
import { loadSettings, saveSettings } from '../lib/settings';
import { ask } from '../lib/api';
import { errorText, useT } from './t';

export interface CurrentTab {
  id: number;
  url: string | undefined;
}

type Access = 'checking' | 'granted' | 'missing';
type Notice = { kind: 'enabled' | 'denied' } | { kind: 'error'; error: string } | undefined;

/**
 * The popup's site switches: "Enable on this site" for a site not enabled yet
 * (the browser asks the user for that one host), a per-site off switch, and
 * the global pause.
 */
export function SiteControls({ locale, tab, onChange }: { locale: Locale; tab: CurrentTab | undefined; onChange?: () => void }) {
  const t = useT(locale);
  const site = siteOf(tab?.url);
  const [settings, setSettings] = useState<Settings>();
  const [access, setAccess] = useState<Access>('checking');
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  useEffect(() => {
    if (!site) return;
    void browser.permissions.contains({ origins: [site.pattern] }).then((ok) => setAccess(ok || site.known ? 'granted' : 'missing'));
  }, [site?.pattern]);

  async function change(changes: Partial<Settings>) {
    setSettings(await saveSettings(changes));
    onChange?.();
  }

  function enable() {
    if (!site || !tab) return;
    const request = { type: 'site-enable', pattern: site.pattern, tabId: tab.id } as const;
    // Told first, without waiting: the permission request must stay inside this click, and
    // Firefox may close the popup while its prompt is open; the background then finishes alone.
    void ask(request).catch(() => undefined);
    browser.permissions
      .request({ origins: [site.pattern] })
      .then(async (granted) => {
        if (!granted) return setNotice({ kind: 'denied' });
        await ask(request);
        setAccess('granted');
        setNotice({ kind: 'enabled' });
        onChange?.();
      })
      .catch((err: unknown) => setNotice({ kind: 'error', error: errorText(locale, err) }));
  }

  async function remove() {
    if (!site) return;
    try {
      await ask({ type: 'site-remove', pattern: site.pattern });
      await browser.permissions.remove({ origins: [site.pattern] });
      setAccess('missing');
      setNotice(undefined);
      onChange?.();
    } catch (err) {
      setNotice({ kind: 'error', error: errorText(locale, err) });
    }
  }

  if (!settings) return null;
  const host = site?.host ?? '';
  return (
    <section class="site" data-testid="site-controls">
      {settings.paused && (
        <p class="paused" role="status" data-testid="paused">
          {t('popup.paused')}
        </p>
      )}
      {!site && <p class="muted">{t('popup.site.unsupported')}</p>}
      {site && access === 'missing' && (
        <div>
          <p>{t('popup.site.notEnabled', { host })}</p>
          <button type="button" data-testid="site-enable" onClick={enable}>
            {t('popup.site.enable')}
          </button>
          <p class="muted">{t('popup.site.enableHint', { host })}</p>
        </div>
      )}
      {site && access === 'granted' && (
        <label>
          <input
            type="checkbox"
            data-testid="site-active"
            checked={!settings.disabledSites.includes(site.host)}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const others = settings.disabledSites.filter((h) => h !== site.host);
              void change({ disabledSites: on ? others : [...others, site.host] });
            }}
          />{' '}
          {t('popup.site.active', { host })}
        </label>
      )}
      <label>
        <input type="checkbox" data-testid="pause" checked={settings.paused} onChange={(e) => void change({ paused: (e.target as HTMLInputElement).checked })} />{' '}
        {t('popup.pause')}
      </label>
      {site && access === 'granted' && !site.known && (
        <p>
          <button type="button" class="link" data-testid="site-remove" onClick={() => void remove()}>
            {t('popup.site.remove', { host })}
          </button>
        </p>
      )}
      <div aria-live="polite">
        {notice?.kind === 'enabled' && <p class="ok">{t('popup.site.enabled', { host })}</p>}
        {notice?.kind === 'denied' && <p class="error">{t('popup.site.denied', { host })}</p>}
        {notice?.kind === 'error' && (
          <p class="error" role="alert">
            {t('popup.site.error', { error: notice.error })}
          </p>
        )}
      </div>
    </section>
  );
}
