import { browser } from 'wxt/browser';
import { resolveLocale, type Locale } from '../core/i18n';
import { parseSettings, type Settings, type SettingsStore } from '../core/settings';

/** Settings live in storage.local, readable from the background, extension pages and content scripts alike. */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** The settings as a whole, for the backup (db/backup.ts takes a store rather than calling browser APIs). */
export const settingsStore: SettingsStore = {
  load: loadSettings,
  save: async (settings) => {
    await saveSettings(settings);
  },
};

/** Calls listener with the new settings after every change; returns the way to stop listening. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export function localeOf(settings: Settings): Locale {
  return settings.language === 'auto' ? resolveLocale(browser.i18n.getUILanguage()) : settings.language;
}
