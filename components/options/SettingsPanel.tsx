import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { loadSettings, saveSettings } from '../../lib/settings';
import { useT } from '../t';

/** Language and jurisdiction. A new language reloads the page so every string follows. */
export function SettingsPanel({ locale }: { locale: Locale }) {
  const t = useT(locale);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  async function change(changes: Partial<Settings>) {
    const next = await saveSettings(changes);
    setSettings(next);
    setSaved(true);
    if (changes.language) location.reload();
  }
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div class="stack">
        <label>
          {t('settings.language')}{' '}
          <select name="language" value={settings.language} onChange={(e) => void change({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
            <option value="auto">{t('settings.languageAuto')}</option>
            <option value="zh_CN">简体中文</option>
            <option value="zh_TW">繁體中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('settings.jurisdiction')}{' '}
          <select name="jurisdiction" value={settings.jurisdiction} onChange={(e) => void change({ jurisdiction: (e.target as HTMLSelectElement).value as Settings['jurisdiction'] })}>
            <option value="CN">{t('settings.jurisdictionCN')}</option>
            <option value="US">{t('settings.jurisdictionUS')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" name="suspicion" checked={settings.suspicion} onChange={(e) => void change({ suspicion: (e.target as HTMLInputElement).checked })} />{' '}
          {t('settings.suspicion')}
        </label>
        <label>
          <input type="checkbox" name="evidence-log" checked={settings.evidenceLog} onChange={(e) => void change({ evidenceLog: (e.target as HTMLInputElement).checked })} />{' '}
          {t('settings.evidenceLog')}
        </label>
        <a href="/rights.html" target="_blank">
          {t('rights.open')}
        </a>
      </div>
      <p role="status" class="ok">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
