import { browser } from 'wxt/browser';
import { resolveLocale, type Locale } from '../core/i18n';

/** The UI language: the browser's, until the settings let the user choose. */
export function currentLocale(): Locale {
  return resolveLocale(browser.i18n.getUILanguage());
}
