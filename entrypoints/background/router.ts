import { InvalidRequest, parseRequest, type LookupSendersResponse, type Request, type Response } from '../../core/messages';
import { normalizeSender } from '../../core/sender';
import { addReport, deleteReport, lookupMany, lookupSenders, reportNotes, setOverride, stats, updateReport } from '../../db/queries';
import { addSightings } from '../../db/evidence';
import type { ShieldDB } from '../../db/schema';
import type { Settings } from '../../core/settings';
import type { Locale } from '../../core/i18n';
import { cardDetails, MAX_CARD_NOTES } from './details';
import { numberInfo as packagedNumberInfo, type NumberInfo } from './number-info';
import { addSubscription, removeSubscription, updateSubscription, type Fetch } from '../../db/subscriptions';
import { ProblemError, problem } from '../../core/problems';
import type { FindingsStore } from './findings';
import type { SiteAccess } from './sites';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterContext {
  db: ShieldDB;
  extensionId: string;
  /** `runtime.getURL('/')`: extension pages' origin. */
  extensionOrigin: string;
  /** Downloads a subscribed list (the only network access the extension has). */
  fetchList: Fetch;
  /** The user's settings and the language they resolve to, read at each request that needs them. */
  settings: () => Promise<{ settings: Settings; locale: Locale }>;
  /** What each tab shows, for the popup. */
  findings: FindingsStore;
  /** Sites the user enabled beyond the known ones. */
  sites: SiteAccess;
  /** Called after a write, so every open tab can re-mark the numbers it shows (all of them when keys is undefined). */
  onChanged?: (keys?: string[]) => void;
  /** Type, region and carrier of a number for the card; the packaged geocoding data by default (tests pass their own). */
  numberInfo?: (key: string, locale: Locale) => Promise<NumberInfo>;
}

type Origin = 'content' | 'page';

/** Which senders may send what: content scripts run inside hostile pages, so they get the least. */
const ALLOWED: Record<Request['type'], readonly Origin[]> = {
  lookup: ['content', 'page'],
  'lookup-senders': ['content', 'page'],
  report: ['content', 'page'],
  override: ['content', 'page'],
  stats: ['page'],
  'data-changed': ['page'],
  details: ['content', 'page'],
  // Undo from the card that just saved the report (content scripts: only reports made from that tab and site, see contentReports); editing happens in the options page.
  'report-delete': ['content', 'page'],
  'report-update': ['page'],
  // Sightings come from what a page shows.
  sightings: ['content'],
  'subscription-add': ['page'],
  'subscription-edit': ['page'],
  'subscription-remove': ['page'],
  'subscription-refresh': ['page'],
  // A frame reports what it shows; only the popup reads it back.
  findings: ['content'],
  'tab-findings': ['page'],
  'site-enable': ['page'],
  'site-remove': ['page'],
};

/**
 * Reports filed by content scripts in this background's lifetime, by id: the tab
 * and site they came from. A content script may undo (report-delete) only a report
 * made from its own tab on the same site, so a page cannot delete the user's other
 * reports by guessing ids; extension pages may delete any. Kept in memory: once
 * the background restarts, undo is done from the settings page.
 */
const contentReports = new WeakMap<RouterContext, Map<number, string>>();
function contentReportsOf(ctx: RouterContext): Map<number, string> {
  let map = contentReports.get(ctx);
  if (!map) contentReports.set(ctx, (map = new Map()));
  return map;
}
/** Which tab and site a content script's message came from; undefined when the browser did not say. */
function placeOf(sender: SenderInfo): string | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url) return undefined;
  try {
    return `${tabId} ${new URL(sender.url).origin}`;
  } catch {
    return undefined;
  }
}

function originOf(sender: SenderInfo, ctx: RouterContext): Origin | undefined {
  if (sender.id !== ctx.extensionId) return undefined;
  // Extension pages (popup, options; also when opened in a tab) are served from our own origin.
  if (sender.url?.startsWith(ctx.extensionOrigin)) return 'page';
  if (sender.tab) return 'content';
  return undefined;
}

export async function route(raw: unknown, sender: SenderInfo, ctx: RouterContext): Promise<Response<unknown>> {
  try {
    const origin = originOf(sender, ctx);
    if (!origin) return { ok: false, error: 'rejected: message from an unknown sender' };
    const req = parseRequest(raw);
    if (!ALLOWED[req.type].includes(origin)) {
      return { ok: false, error: `rejected: ${req.type} is not allowed from a ${origin === 'content' ? 'web page' : 'extension page'}` };
    }
    if (req.type === 'report-delete' && origin === 'content') {
      const place = placeOf(sender);
      if (!place || contentReportsOf(ctx).get(req.id) !== place) return { ok: false, error: 'rejected: a web page may undo only a report just made from it' };
    }
    const value = await handle(req, ctx, sender);
    if (req.type === 'report' && origin === 'content') {
      const place = placeOf(sender);
      if (place) contentReportsOf(ctx).set((value as { id: number }).id, place);
    }
    if (req.type === 'report-delete') contentReportsOf(ctx).delete(req.id);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof InvalidRequest) return { ok: false, error: `invalid message: ${err.message}` };
    if (err instanceof ProblemError) return { ok: false, error: err.message, problem: err.problem };
    console.error('[collector-shield] request failed', err);
    return { ok: false, error: 'internal error: the database could not answer' };
  }
}

async function handle(req: Request, ctx: RouterContext, sender: SenderInfo): Promise<unknown> {
  switch (req.type) {
    case 'lookup':
      return { results: await lookupMany(ctx.db, req.keys) };
    case 'lookup-senders':
      return lookupSenderNames(ctx, req.names);
    case 'report': {
      const { type: _, key, ...details } = req;
      const id = await addReport(ctx.db, key, details);
      ctx.onChanged?.([key]);
      return { id };
    }
    case 'report-update': {
      const { type: _, id, ...details } = req;
      ctx.onChanged?.([await updateReport(ctx.db, id, details)]);
      return null;
    }
    case 'report-delete': {
      const key = await deleteReport(ctx.db, req.id);
      if (key) ctx.onChanged?.([key]);
      return null;
    }
    case 'subscription-add': {
      const sub = await addSubscription(ctx.db, req.url, req.name);
      const result = await updateSubscription(ctx.db, sub.id, ctx.fetchList, { force: true });
      if (result.status === 'updated') ctx.onChanged?.();
      return { id: sub.id, result };
    }
    case 'subscription-edit': {
      const { type: _, id, ...changes } = req;
      if (!(await ctx.db.subscriptions.get(id))) throw new ProblemError(problem('failed', { detail: 'no such subscription' }));
      await ctx.db.subscriptions.update(id, changes);
      if (changes.name !== undefined) await ctx.db.sources.update(id, { name: changes.name });
      return null;
    }
    case 'subscription-remove':
      await removeSubscription(ctx.db, req.id);
      ctx.onChanged?.();
      return null;
    case 'subscription-refresh': {
      const result = await updateSubscription(ctx.db, req.id, ctx.fetchList, { force: true });
      if (result.status === 'updated') ctx.onChanged?.();
      return result;
    }
    case 'sightings':
      // One row per number and message; seenAt is this clock's, never the page's.
      return { recorded: await addSightings(ctx.db, req.items) };
    case 'override':
      await setOverride(ctx.db, req.key, req.value);
      ctx.onChanged?.([req.key]);
      return null;
    case 'stats':
      return stats(ctx.db);
    case 'findings': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return null;
      await ctx.findings.set(tabId, sender.frameId ?? 0, { numbers: req.numbers, senders: req.senders });
      return null;
    }
    case 'tab-findings':
      return ctx.findings.get(req.tabId);
    case 'site-enable':
      return { enabled: await ctx.sites.enable(req.pattern, req.tabId) };
    case 'site-remove':
      await ctx.sites.remove(req.pattern);
      return null;
    case 'data-changed':
      ctx.onChanged?.();
      return null;
    case 'details': {
      const numberInfo = ctx.numberInfo ?? packagedNumberInfo;
      const [verdicts, { settings, locale, number }, notes] = await Promise.all([
        lookupMany(ctx.db, [req.key]),
        // Region and carrier are read in the user's language while the database answers.
        ctx.settings().then(async (s) => ({ ...s, number: await numberInfo(req.key, s.locale) })),
        reportNotes(ctx.db, req.key, MAX_CARD_NOTES),
      ]);
      return cardDetails({ text: req.text, at: req.at, sentAt: req.sentAt, verdict: verdicts[req.key]!, settings, locale, number, notes });
    }
  }
}

/** Sender names are normalized here, not in the content script: normalizeSender loads OpenCC's tables. */
async function lookupSenderNames(ctx: RouterContext, names: readonly string[]): Promise<LookupSendersResponse> {
  const normalized = new Map(names.map((n) => [n, normalizeSender(n)]));
  const verdicts = await lookupSenders(ctx.db, [...normalized.values()]);
  // fromEntries: a name such as "__proto__" becomes an own key, never the prototype.
  return { results: Object.fromEntries([...normalized].map(([raw, norm]) => [raw, { normalized: norm, verdict: verdicts[norm]! }])) };
}
