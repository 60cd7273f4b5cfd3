import { type Locale } from '../core/i18n';
import { loadSettings, localeOf } from './settings';

/** The UI language: the one chosen in the settings, or the browser's. */
export async function currentLocale(): Promise<Locale> {
  return localeOf(await loadSettings());
}
