import { readList, MAX_CSV_BYTES, MAX_JSON_BYTES } from '../core/lists/read';
import { DEV_LOOPBACK_HOSTS, isDevBuild } from '../core/dev';
import { ProblemError, problem, type Problem } from '../core/problems';
import { fnv1a } from '../core/sighting';
import { importList, removeSource } from './import';
import type { ShieldDB, SubscriptionRow } from './schema';
import type { UpdateResult } from '../core/messages';

export type { UpdateResult };

/**
 * Subscribed lists, kept fresh the way uBlock Origin keeps filter lists: plain
 * files anyone can host, downloaded on a schedule with conditional requests, so
 * an unchanged list costs one 304. A list's update replaces its entries through
 * importList, all or nothing: a failed, truncated or malformed download keeps
 * the previous version and records the error with its time.
 */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export const DOWNLOAD_TIMEOUT_MS = 60_000;
/** Updates are due once a day. */
export const UPDATE_EVERY_MS = 24 * 60 * 60 * 1000;

export function subscriptionId(url: string): string {
  return `sub:${fnv1a(url)}`;
}

export { isDevBuild } from '../core/dev';

/**
 * The address as it will be fetched. https only: a list fetched over plain http
 * could be rewritten on the way. Dev builds also take http on the loopback
 * interface (127.0.0.1, localhost, [::1]), where the e2e tests serve their lists.
 */
export function checkListUrl(raw: string, opts: { dev?: boolean } = {}): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ProblemError(problem('badUrl'));
  }
  if (url.protocol === 'http:') {
    if (!((opts.dev ?? isDevBuild()) && DEV_LOOPBACK_HOSTS.has(url.hostname))) throw new ProblemError(problem('listNotHttps'));
  } else if (url.protocol !== 'https:') throw new ProblemError(problem('badUrl'));
  url.hash = '';
  return url;
}

/**
 * How the list is fetched (entrypoints/background): no cookies, no cache, and
 * redirects not followed. A redirect would send the request to an address the
 * user did not subscribe to (perhaps another site than the one they allowed),
 * so it fails the update with `redirected` instead.
 */
export const LIST_REQUEST: Pick<RequestInit, 'credentials' | 'cache' | 'redirect'> = { credentials: 'omit', cache: 'no-store', redirect: 'manual' };

/** A redirect, or an answer from another origin than the list's: not the list the user subscribed to. */
function redirectedAway(res: Response, listUrl: string): boolean {
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304)) return true;
  if (!res.url) return false;
  try {
    return new URL(res.url).origin !== new URL(listUrl).origin;
  } catch {
    return true;
  }
}

export type ListFormat = 'csv' | 'json';

/** The format the server declares (Content-Type), or undefined when it does not say (text/plain, octet-stream, none). */
export function declaredFormat(contentType: string | null): ListFormat | undefined {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'json';
  if (mime === 'text/csv' || mime === 'application/csv' || mime === 'text/comma-separated-values') return 'csv';
  return undefined;
}

/** The format of a list: what the server declares, else JSON when the text starts with `{` or `[`, else CSV. Never the URL's suffix. */
export function listFormat(contentType: string | null, text: string): ListFormat {
  return declaredFormat(contentType) ?? (/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv');
}

export async function addSubscription(db: ShieldDB, rawUrl: string, name: string, now = Date.now()): Promise<SubscriptionRow> {
  const url = checkListUrl(rawUrl).href;
  const id = subscriptionId(url);
  if (await db.subscriptions.get(id)) throw new ProblemError(problem('duplicateUrl'));
  const row: SubscriptionRow = { id, url, name: name.trim().slice(0, 80) || new URL(url).hostname, paused: false, addedAt: now };
  await db.subscriptions.add(row);
  return row;
}

export async function removeSubscription(db: ShieldDB, id: string) {
  await removeSource(db, id);
  await db.subscriptions.delete(id);
}


/** Downloads one subscription and, when it changed, replaces its entries atomically. */
export async function updateSubscription(db: ShieldDB, id: string, fetchList: Fetch, opts: { force?: boolean; now?: number } = {}): Promise<UpdateResult> {
  const now = opts.now ?? Date.now();
  const sub = await db.subscriptions.get(id);
  if (!sub || (sub.paused && !opts.force)) return { status: 'skipped' };
  const fail = async (p: Problem): Promise<UpdateResult> => {
    await db.subscriptions.update(id, { lastCheckAt: now, lastError: { at: now, problem: p } });
    return { status: 'failed', problem: p };
  };
  const headers: Record<string, string> = {};
  // Only send validators when the data they describe is still in the database.
  const live = await db.sources.get(id);
  if (live && sub.etag) headers['If-None-Match'] = sub.etag;
  if (live && sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
  let text: string;
  let format: ListFormat;
  let res: Response;
  try {
    res = await fetchList(sub.url, { headers, signal: controller.signal });
    if (redirectedAway(res, sub.url)) return await fail(problem('redirected'));
    if (res.status === 304) {
      await db.subscriptions.update(id, { lastCheckAt: now, lastSuccessAt: now, lastError: undefined });
      return { status: 'unchanged' };
    }
    if (!res.ok) return await fail(problem('httpStatus', { status: `${res.status} ${res.statusText}`.trim() }));
    // Until the text is seen, a list that does not declare its format may be as large as a CSV list.
    const declaredAs = declaredFormat(res.headers.get('content-type'));
    const limit = declaredAs === 'json' ? MAX_JSON_BYTES : MAX_CSV_BYTES;
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > limit) return await fail(problem('downloadTooLarge', { mb: limit / 1024 / 1024 }));
    const body = await readCapped(res, limit);
    if (body === undefined) return await fail(problem('downloadTooLarge', { mb: limit / 1024 / 1024 }));
    // A connection cut short is not a list: keep the previous version.
    if (Number.isFinite(declared) && !res.headers.get('content-encoding') && body.byteLength !== declared) {
      return await fail(problem('truncated', { got: body.byteLength, expected: declared }));
    }
    text = new TextDecoder('utf-8').decode(body);
    format = listFormat(res.headers.get('content-type'), text);
    if (format === 'json' && body.byteLength > MAX_JSON_BYTES) return await fail(problem('downloadTooLarge', { mb: MAX_JSON_BYTES / 1024 / 1024 }));
  } catch (err) {
    return await fail(err instanceof ProblemError ? err.problem : problem('network', { detail: (err as Error).message.slice(0, 120) }));
  } finally {
    clearTimeout(timer);
  }
  try {
    const report = await importList(db, { id, kind: 'subscription', name: sub.name, url: sub.url }, readList(text, format === 'json' ? 'list.json' : 'list.csv'), {
      now,
      // Checked in the transaction that writes the list: a subscription removed while it downloaded leaves nothing behind.
      guard: {
        tables: [db.subscriptions],
        check: async () => {
          if (!(await db.subscriptions.get(id))) throw new SubscriptionRemoved();
        },
      },
    });
    await db.subscriptions.update(id, {
      lastCheckAt: now,
      lastSuccessAt: now,
      lastError: undefined,
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
    });
    return { status: 'updated', count: report.imported };
  } catch (err) {
    if (!(await db.subscriptions.get(id))) return { status: 'skipped' };
    return await fail(err instanceof ProblemError ? err.problem : problem('failed', { detail: (err as Error).message.slice(0, 120) }));
  }
}

class SubscriptionRemoved extends Error {
  constructor() {
    super('the subscription was removed while it downloaded');
  }
}

/** The body, or undefined once it passes `limit` bytes (the rest is not read). */
async function readCapped(res: Response, limit: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Subscriptions whose last successful download is older than a day (or never happened). */
export async function dueSubscriptions(db: ShieldDB, now = Date.now()): Promise<SubscriptionRow[]> {
  return (await db.subscriptions.toArray()).filter((s) => !s.paused && (!s.lastSuccessAt || now - s.lastSuccessAt >= UPDATE_EVERY_MS));
}
