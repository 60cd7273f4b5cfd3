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
  /** Global pause: nothing is scanned or marked anywhere until it is turned off. */
  paused: boolean;
  /** Host names (lower case) where the user switched the extension off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto', jurisdiction: 'CN', suspicion: true, evidenceLog: true, paused: false, disabledSites: [] };

/** More switched-off sites than anyone sets by hand; the bound keeps a corrupted value from growing without end. */
export const MAX_DISABLED_SITES = 1000;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

/** A host name as the settings store it (lower case, no trailing dot), or undefined when it is not one. */
export function normalizeHost(host: unknown): string | undefined {
  if (typeof host !== 'string') return undefined;
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(h) ? h : undefined;
}

/** Whether the extension should scan a page of this host under these settings. */
export function activeOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(normalizeHost(host) ?? host);
}

export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const language = ['auto', 'zh_CN', 'zh_TW', 'en'].includes(r.language as string) ? (r.language as Settings['language']) : DEFAULT_SETTINGS.language;
  const jurisdiction = r.jurisdiction === 'US' || r.jurisdiction === 'CN' ? r.jurisdiction : DEFAULT_SETTINGS.jurisdiction;
  const suspicion = typeof r.suspicion === 'boolean' ? r.suspicion : DEFAULT_SETTINGS.suspicion;
  const evidenceLog = typeof r.evidenceLog === 'boolean' ? r.evidenceLog : DEFAULT_SETTINGS.evidenceLog;
  const paused = typeof r.paused === 'boolean' ? r.paused : DEFAULT_SETTINGS.paused;
  const disabledSites = Array.isArray(r.disabledSites)
    ? [...new Set(r.disabledSites.map(normalizeHost).filter((h): h is string => !!h))].slice(0, MAX_DISABLED_SITES)
    : [];
  return { language, jurisdiction, suspicion, evidenceLog, paused, disabledSites };
}

/**
 * Settings as a backup holds them: every field present must already be what
 * parseSettings would keep (a value it would replace or clean up names that
 * field); a missing field takes its default, unknown fields are ignored.
 */
export function checkSettings(raw: unknown): { ok: true; value: Settings } | { ok: false; field: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, field: 'settings' };
  const value = parseSettings(raw);
  const given = raw as Record<string, unknown>;
  for (const field of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (given[field] !== undefined && JSON.stringify(given[field]) !== JSON.stringify(value[field])) return { ok: false, field };
  }
  return { ok: true, value };
}

/** Where settings are read and written; lib/settings.ts backs it with storage.local, so db/ code can take one as a parameter. */
export interface SettingsStore {
  load(): Promise<Settings>;
  /** Replaces every setting. */
  save(settings: Settings): Promise<void>;
}
