import { KNOWN_SITE_MATCHES } from './sites';
import { normalizeHost } from './settings';

/**
 * Which pages the extension may read. Known sites are granted at install; any
 * other site only after the user enables it from the popup, which asks the
 * browser for that one host (both schemes are not asked for: the page's own).
 */
export interface PageSite {
  host: string;
  /** The match pattern asked for and registered: `https://host/*`. */
  pattern: string;
  /** One of the sites enabled by default. */
  known: boolean;
}

/** A match pattern for exactly one host, as `site-enable` accepts: no wildcard, no port, no path. */
export const SITE_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])\/\*$/;

/** The site of a page URL; undefined for pages no extension may read (browser pages, files, stores, data URLs). */
export function siteOf(url: string | undefined): PageSite | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = normalizeHost(u.hostname);
  if (!host) return undefined;
  const pattern = `${u.protocol}//${host}/*`;
  return { host, pattern, known: (KNOWN_SITE_MATCHES as readonly string[]).includes(pattern) };
}

/** The host of a single-host match pattern, or undefined. */
export function hostOfPattern(pattern: string): string | undefined {
  const m = SITE_PATTERN.exec(pattern);
  return m ? normalizeHost(m[2]) : undefined;
}
