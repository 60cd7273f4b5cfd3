/**
 * The sites the extension knows, one entry each: the one list everything else
 * is derived from (the manifest's host permissions and content-script matches
 * in wxt.config.ts, the adapter registry in entrypoints/content/sites/index.ts,
 * the registry test, the e2e site list). To add a site: `npm run new-site`.
 *
 * - `matches`: match patterns for host access and the content script;
 * - `adapter`: whether a site adapter reads its structure (false: generic mode);
 * - `fixture`: the page under tests/fixtures/sites/ that reproduces it, if any.
 */
export const SITES = [
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'], adapter: true, fixture: 'gmail' },
  { id: 'google-messages', name: 'Google Messages', matches: ['https://messages.google.com/*'], adapter: true, fixture: 'google-messages' },
  { id: 'google-voice', name: 'Google Voice', matches: ['https://voice.google.com/*'], adapter: true, fixture: 'google-voice' },
  {
    id: 'outlook',
    name: 'Outlook',
    matches: [
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      // Work and school accounts now run here (2025-26 sources in shared/reference/site-dom.md).
      'https://outlook.cloud.microsoft/*',
    ],
    adapter: true,
    fixture: 'outlook',
  },
  { id: 'qq-mail', name: 'QQ Mail', matches: ['https://mail.qq.com/*', 'https://wx.mail.qq.com/*'], adapter: true, fixture: 'qq-mail' },
  { id: 'netease-mail', name: '163 / 126 Mail', matches: ['https://mail.163.com/*', 'https://mail.126.com/*'], adapter: true, fixture: 'netease-mail' },
  // 139 Mail: login on mail.10086.cn; after login the mailbox runs on appmail.mail.10086.cn (appmail3…, html5… too).
  // No public source describes its mailbox DOM yet: generic mode.
  { id: '139-mail', name: '139 Mail', matches: ['https://mail.10086.cn/*', 'https://*.mail.10086.cn/*'], adapter: false },
  // new sites go above this line (npm run new-site)
] as const satisfies readonly SiteDefinition[];

export interface SiteDefinition {
  id: string;
  name: string;
  matches: readonly string[];
  adapter: boolean;
  fixture?: string;
}

export type SiteId = (typeof SITES)[number]['id'];
/** Sites a site adapter reads: each must have one (entrypoints/content/sites/index.ts fails to compile otherwise). */
export type AdaptedSiteId = Extract<(typeof SITES)[number], { adapter: true }>['id'];

/** Match patterns of every known site, for host_permissions and the content script. */
export const KNOWN_SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

/** The site definition for an id. */
export function siteById(id: string): SiteDefinition | undefined {
  return (SITES as readonly SiteDefinition[]).find((s) => s.id === id);
}

/** Host names a pattern's host part stands for: exact ("mail.qq.com"), or any subdomain ("*.mail.10086.cn"). */
function hostMatches(pattern: string, host: string): boolean {
  const at = pattern.indexOf('://');
  const patternHost = pattern.slice(at + 3, pattern.indexOf('/', at + 3));
  if (patternHost.startsWith('*.')) return host.endsWith(patternHost.slice(1)) && host.length > patternHost.length - 1;
  return host === patternHost;
}

/** The known site a host name belongs to (case and a trailing dot ignored), or undefined. */
export function siteForHost(hostname: string): SiteDefinition | undefined {
  if (typeof hostname !== 'string') return undefined;
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (!host) return undefined;
  return (SITES as readonly SiteDefinition[]).find((s) => s.matches.some((m) => hostMatches(m, host)));
}

/** The exact host names of a site's patterns (wildcard patterns are matched by siteForHost). */
export function exactHostsOf(site: SiteDefinition): string[] {
  return site.matches.map((m) => m.slice(m.indexOf('://') + 3, m.indexOf('/', m.indexOf('://') + 3))).filter((h) => !h.startsWith('*'));
}

/**
 * Loopback pages for the e2e tests, benchmarks and the demo; never in a store
 * build. `localhost` is left out on purpose: the tests use it as a site the
 * user has not enabled yet.
 */
export const DEV_SITE_MATCHES = ['http://127.0.0.1/*'] as const;

/**
 * The content script's path in the built extension: the manifest declares it
 * for the known sites, and the background registers it for sites the user
 * enables. Built from entrypoints/content-script.ts (an unlisted script).
 */
export const CONTENT_SCRIPT = '/content-script.js';
