/**
 * Site adapters: which elements of a known web SMS / mail site name the sender,
 * and which element holds one message. The sites themselves are listed once,
 * in core/sites.ts; every site there marked `adapter: true` must have its
 * adapter here (a missing one does not compile). Pages without an adapter use
 * genericAdapter (messages found from the page's structure, no senders).
 */
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { googleMessagesAdapter } from './google-messages';
import { googleVoiceAdapter } from './google-voice';
import { neteaseMailAdapter } from './netease-mail';
import { outlookAdapter } from './outlook';
import { qqMailAdapter } from './qq-mail';
import type { SiteAdapter } from './types';
import { DEV_LOOPBACK_HOSTS } from '../../../core/dev';
import { SITES, siteForHost, type AdaptedSiteId } from '../../../core/sites';

export type { SenderFound, SiteAdapter, SiteMessage } from './types';
export { genericAdapter } from './generic';

const ADAPTERS: { readonly [id in AdaptedSiteId]: SiteAdapter } = {
  gmail: gmailAdapter,
  'google-messages': googleMessagesAdapter,
  'google-voice': googleVoiceAdapter,
  outlook: outlookAdapter,
  'qq-mail': qqMailAdapter,
  'netease-mail': neteaseMailAdapter,
  // new adapters go above this line (npm run new-site)
};

/** The adapters, in the site table's order. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = Object.freeze(
  SITES.filter((s) => s.adapter).map((s) => ADAPTERS[s.id as AdaptedSiteId]),
);

/** The adapter for a host name (case and a trailing dot ignored), or undefined (unknown site, or one read in generic mode). */
export function adapterFor(hostname: string): SiteAdapter | undefined {
  const site = siteForHost(hostname);
  return site?.adapter ? ADAPTERS[site.id as AdaptedSiteId] : undefined;
}

/** adapterFor, falling back to the generic adapter. */
export function adapterOrGeneric(hostname: string): SiteAdapter {
  return adapterFor(hostname) ?? genericAdapter;
}

/**
 * The adapter for the page being read. In a dev build, a loopback page (the
 * fixture pages of the tests and the demo) may name the site it reproduces in
 * `<meta name="shield-site">`; nowhere else is the page's word taken for it
 * (a store build has no loopback hosts at all).
 */
export function adapterForPage(hostname: string, doc: Document): SiteAdapter {
  const known = adapterFor(hostname);
  if (known) return known;
  if (DEV_LOOPBACK_HOSTS.has(hostname)) {
    const id = doc.querySelector('meta[name="shield-site"]')?.getAttribute('content');
    const named = SITE_ADAPTERS.find((a) => a.id === id);
    if (named) return named;
  }
  return genericAdapter;
}
