import type { Locale } from './i18n';
import type { Jurisdiction } from './rights/types';

/** The user's settings, as stored (browser.storage.local `settings`). Anything unknown falls back to the default. */
export interface Settings {
  /** 'auto' follows the browser's language. */
  language: 'auto' | Locale;
  jurisdiction: Jurisdiction;
  /** Day-one protection: mark unknown numbers in messages that make collection claims. */
  suspicion: boolean;
  /** Record each message a flagged number appears in (site, time, excerpt) in the evidence log. */
  evidenceLog: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto', jurisdiction: 'CN', suspicion: true, evidenceLog: true };

export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const language = ['auto', 'zh_CN', 'zh_TW', 'en'].includes(r.language as string) ? (r.language as Settings['language']) : DEFAULT_SETTINGS.language;
  const jurisdiction = r.jurisdiction === 'US' || r.jurisdiction === 'CN' ? r.jurisdiction : DEFAULT_SETTINGS.jurisdiction;
  const suspicion = typeof r.suspicion === 'boolean' ? r.suspicion : DEFAULT_SETTINGS.suspicion;
  const evidenceLog = typeof r.evidenceLog === 'boolean' ? r.evidenceLog : DEFAULT_SETTINGS.evidenceLog;
  return { language, jurisdiction, suspicion, evidenceLog };
}
