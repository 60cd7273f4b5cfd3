/**
 * Site adapters: which elements of a known web SMS / mail site name the sender,
 * and which element holds one message. Pages without an adapter use
 * genericAdapter (no senders, closest text block as the message).
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

export type { SenderFound, SiteAdapter } from './types';
export { genericAdapter } from './generic';

export const SITE_ADAPTERS: readonly SiteAdapter[] = Object.freeze([
  gmailAdapter,
  googleMessagesAdapter,
  googleVoiceAdapter,
  outlookAdapter,
  qqMailAdapter,
  neteaseMailAdapter,
]);

const BY_HOST: ReadonlyMap<string, SiteAdapter> = new Map(
  SITE_ADAPTERS.flatMap((a) => a.hosts.map((h) => [h, a] as const)),
);

/** The adapter for an exact host name (case and a trailing dot ignored), or undefined. */
export function adapterFor(hostname: string): SiteAdapter | undefined {
  if (typeof hostname !== 'string') return undefined;
  return BY_HOST.get(hostname.trim().toLowerCase().replace(/\.$/, ''));
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
