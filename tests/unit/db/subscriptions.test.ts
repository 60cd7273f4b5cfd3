import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { addSubscription, checkListUrl, dueSubscriptions, LIST_REQUEST, listFormat, removeSubscription, updateSubscription, UPDATE_EVERY_MS, type Fetch } from '../../../db/subscriptions';
import { lookupMany } from '../../../db/queries';
import { problemText } from '../../../core/problems';

let db: ShieldDB;
let requests: Record<string, string>[];
let reply: (headers: Record<string, string>) => Response;
const fetchList: Fetch = async (_url, init) => {
  requests.push(init.headers);
  return reply(init.headers);
};
const csv = (body: string, etag = '"v1"') => () => new Response(body, { status: 200, headers: { etag, 'content-type': 'text/csv' } });
const V1 = 'number,category\n13800138000,collector\n13912345678,scam\n';
const V2 = 'number,category\n13800138000,telemarketing\n';

beforeEach(() => {
  db = new ShieldDB(`subs-${Math.random()}`);
  requests = [];
});
afterEach(async () => {
  await db.delete();
});

const verdict = async (key: string) => (await lookupMany(db, [key]))[key]!.verdict;

describe('subscriptions', () => {
  it('downloads, imports, and sends validators next time; a 304 changes nothing', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/collectors.csv#x', 'Community');
    expect(sub.url).toBe('https://lists.example.org/collectors.csv');
    reply = csv(V1);
    expect(await updateSubscription(db, sub.id, fetchList, { now: 1000 })).toEqual({ status: 'updated', count: 2 });
    expect(requests[0]).toEqual({});
    expect(await verdict('+8613800138000')).toBe('collector');
    const before = await db.listChunks.toArray();

    reply = (h) => (h['If-None-Match'] === '"v1"' ? new Response(null, { status: 304 }) : csv(V2, '"v2"')());
    expect(await updateSubscription(db, sub.id, fetchList, { now: 2000 })).toEqual({ status: 'unchanged' });
    expect(requests[1]).toEqual({ 'If-None-Match': '"v1"' });
    expect(await db.listChunks.toArray()).toEqual(before);
    expect(await db.subscriptions.get(sub.id)).toMatchObject({ lastSuccessAt: 2000, lastCheckAt: 2000 });
  });

  it('a changed list replaces the old entries', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = csv(V1);
    await updateSubscription(db, sub.id, fetchList);
    reply = csv(V2, '"v2"');
    expect(await updateSubscription(db, sub.id, fetchList)).toEqual({ status: 'updated', count: 1 });
    expect(await verdict('+8613800138000')).toBe('telemarketing');
    expect(await verdict('+8613912345678')).toBe('unknown');
    expect((await db.subscriptions.get(sub.id))!.etag).toBe('"v2"');
  });

  it.each([
    ['a malformed list', () => csv('number,category\n13800138000,collector\nnonsense,collector\n', '"bad"')(), 'rejectedLines'],
    ['a server error', () => new Response('oops', { status: 503, statusText: 'Service Unavailable' }), 'httpStatus'],
    [
      'a truncated download',
      () => new Response('number,category\n13700137000,scam\n', { status: 200, headers: { 'content-length': '4000' } }),
      'truncated',
    ],
    ['a file that is not a list', () => new Response('<html>captive portal</html>', { status: 200 }), 'noNumberColumn'],
  ])('%s keeps the previous version and records the error with its time', async (_, bad, code) => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = csv(V1);
    await updateSubscription(db, sub.id, fetchList, { now: 1000 });
    const chunks = await db.listChunks.toArray();
    reply = bad;
    const result = await updateSubscription(db, sub.id, fetchList, { now: 5000 });
    expect(result).toMatchObject({ status: 'failed', problem: { code } });
    expect(await db.listChunks.toArray()).toEqual(chunks);
    expect(await verdict('+8613912345678')).toBe('scam');
    const row = (await db.subscriptions.get(sub.id))!;
    expect(row).toMatchObject({ lastSuccessAt: 1000, lastCheckAt: 5000, lastError: { at: 5000, problem: { code } } });
    expect(problemText('zh_CN', row.lastError!.problem)).not.toMatch(/^problem\./);
  });

  it('a network failure is recorded too', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await updateSubscription(db, sub.id, fetchList)).toMatchObject({ status: 'failed', problem: { code: 'network', vars: { detail: 'Failed to fetch' } } });
  });

  it('refuses a list over the size limit without reading it all', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.json', '');
    reply = () => new Response('[]', { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) } });
    expect(await updateSubscription(db, sub.id, fetchList)).toMatchObject({ status: 'failed', problem: { code: 'downloadTooLarge', vars: { mb: 32 } } });
    // A list that does not say what it is may be as large as a CSV list.
    reply = () => new Response('[]', { status: 200, headers: { 'content-length': String(300 * 1024 * 1024) } });
    expect(await updateSubscription(db, sub.id, fetchList)).toMatchObject({ status: 'failed', problem: { code: 'downloadTooLarge', vars: { mb: 256 } } });
  });

  it('paused subscriptions are not downloaded unless forced; due ones are listed', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '', 0);
    expect((await dueSubscriptions(db, 0)).map((s) => s.id)).toEqual([sub.id]);
    await db.subscriptions.update(sub.id, { paused: true });
    reply = csv(V1);
    expect(await updateSubscription(db, sub.id, fetchList)).toEqual({ status: 'skipped' });
    expect(requests).toEqual([]);
    expect(await dueSubscriptions(db, 0)).toEqual([]);
    expect(await updateSubscription(db, sub.id, fetchList, { force: true, now: 10 })).toMatchObject({ status: 'updated' });
    await db.subscriptions.update(sub.id, { paused: false });
    expect(await dueSubscriptions(db, 10 + UPDATE_EVERY_MS - 1)).toEqual([]);
    expect(await dueSubscriptions(db, 10 + UPDATE_EVERY_MS)).toHaveLength(1);
  });

  it('unsubscribing removes the list and nothing else', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = csv(V1);
    await updateSubscription(db, sub.id, fetchList);
    await db.reports.add({ key: '+8613800138000', category: 'harassment', note: '', createdAt: 1 });
    await removeSubscription(db, sub.id);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.listChunks.count()).toBe(0);
    expect(await db.reports.count()).toBe(1);
    expect(await db.sources.count()).toBe(0);
  });

  it.each([
    ['ftp://lists.example.org/a.csv', 'badUrl'],
    ['not a url', 'badUrl'],
    ['javascript:alert(1)', 'badUrl'],
    ['http://lists.example.org/a.csv', 'listNotHttps'],
    // Loopback over http is for dev builds only; unit tests run as a store build.
    ['http://127.0.0.1:8080/a.csv', 'listNotHttps'],
  ])('refuses %s', async (url, code) => {
    await expect(addSubscription(db, url, '')).rejects.toMatchObject({ problem: { code } });
  });
  it('refuses the same address twice', async () => {
    await addSubscription(db, 'https://lists.example.org/a.csv', '');
    await expect(addSubscription(db, 'https://lists.example.org/a.csv#again', '')).rejects.toMatchObject({ problem: { code: 'duplicateUrl' } });
  });

  it('takes http only on the loopback interface, and only in a dev build', () => {
    for (const url of ['http://127.0.0.1:8123/list.csv', 'http://localhost:8123/list.csv', 'http://[::1]:8123/list.csv']) {
      expect(checkListUrl(url, { dev: true }).href).toBe(url);
      expect(() => checkListUrl(url, { dev: false })).toThrow(expect.objectContaining({ problem: { code: 'listNotHttps', vars: undefined } }));
    }
    expect(() => checkListUrl('http://lists.example.org/a.csv', { dev: true })).toThrow(expect.objectContaining({ problem: { code: 'listNotHttps', vars: undefined } }));
    expect(() => checkListUrl('http://127.0.0.2/a.csv', { dev: true })).toThrow();
    expect(checkListUrl('https://lists.example.org/a.csv', { dev: false }).href).toBe('https://lists.example.org/a.csv');
  });
});

describe('a subscription removed while it downloads', () => {
  it('leaves no list behind: the import checks the subscription in its own transaction', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    // The user unsubscribes while the download is under way.
    const slow: Fetch = async () => {
      await removeSubscription(db, sub.id);
      return csv(V1)();
    };
    expect(await updateSubscription(db, sub.id, slow)).toEqual({ status: 'skipped' });
    expect(await db.sources.count()).toBe(0);
    expect(await db.listChunks.count()).toBe(0);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await verdict('+8613800138000')).toBe('unknown');
  });

  it('also when it goes between the download and the write', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = csv(V1);
    await updateSubscription(db, sub.id, fetchList, { now: 1000 });
    // Deleted while the new version is parsed: the row is gone by the time the list would be written.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        controller.enqueue(new TextEncoder().encode(V2));
        await db.subscriptions.delete(sub.id);
        controller.close();
      },
    });
    const result = await updateSubscription(db, sub.id, async () => new Response(body, { status: 200, headers: { 'content-type': 'text/csv' } }), { now: 2000 });
    expect(result).toEqual({ status: 'skipped' });
    // The old version was not replaced by the new one; what is left is the previous import (removeSubscription clears that).
    expect((await db.sources.toArray()).map((s) => s.updatedAt)).toEqual([1000]);
  });
});

describe('the format of a subscribed list', () => {
  const JSON_LIST = JSON.stringify({ format: 'collector-shield-list', version: 1, entries: [{ number: '13800138000', category: 'collector' }] });
  const served = (body: string, type?: string) => () => new Response(body, { status: 200, headers: type ? { 'content-type': type } : {} });

  it.each([
    ['a .json address serving CSV', 'https://lists.example.org/list.json', served(V1, 'text/csv; charset=utf-8'), 2],
    ['a .csv address serving JSON', 'https://lists.example.org/list.csv', served(JSON_LIST, 'application/json'), 1],
    ['JSON as text/plain at an address with no suffix', 'https://lists.example.org/list', served(`\uFEFF  \n${JSON_LIST}`, 'text/plain'), 1],
    ['a bare JSON array with no Content-Type', 'https://lists.example.org/list.csv?v=2', served('[{"number":"13800138000","category":"scam"}]'), 1],
    ['CSV as text/plain at a .json address', 'https://lists.example.org/list.json', served(V1, 'text/plain'), 2],
  ])('%s is read by its Content-Type or its content, not its address', async (_, url, serve, count) => {
    const sub = await addSubscription(db, url, '');
    reply = serve;
    expect(await updateSubscription(db, sub.id, fetchList)).toEqual({ status: 'updated', count });
  });

  it('listFormat: declared type first, then the first character', () => {
    expect(listFormat('application/json', 'number,category')).toBe('json');
    expect(listFormat('application/vnd.lists+json', '')).toBe('json');
    expect(listFormat('TEXT/CSV;charset=utf-8', '{"entries":[]}')).toBe('csv');
    expect(listFormat('text/plain', ' \n [')).toBe('json');
    expect(listFormat(null, 'number,category')).toBe('csv');
    expect(listFormat('application/octet-stream', '{')).toBe('json');
  });

  it('a list that turns out to be JSON keeps the JSON size limit', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/list', '');
    const big = `[${' '.repeat(33 * 1024 * 1024)}]`;
    reply = served(big, 'text/plain');
    expect(await updateSubscription(db, sub.id, fetchList)).toMatchObject({ status: 'failed', problem: { code: 'downloadTooLarge', vars: { mb: 32 } } });
  });
});

describe('redirects', () => {
  /** A Response as fetch gives it: constructed ones have no url and are never redirected. */
  const as = (res: Response, fields: Partial<Pick<Response, 'url' | 'redirected' | 'type'>>) => {
    for (const [k, v] of Object.entries(fields)) Object.defineProperty(res, k, { value: v });
    return res;
  };

  it('are not followed: the request leaves only for the subscribed address', () => {
    expect(LIST_REQUEST).toEqual({ credentials: 'omit', cache: 'no-store', redirect: 'manual' });
  });

  it.each([
    ['to another origin', () => as(csv(V2, '"v2"')(), { url: 'https://elsewhere.example.net/a.csv', redirected: true })],
    ['to http on the same host', () => as(csv(V2, '"v2"')(), { url: 'http://lists.example.org/a.csv', redirected: true })],
    ['that fetch did not follow (redirect: manual)', () => as(new Response(null, { status: 200 }), { type: 'opaqueredirect' })],
    ['answered as a bare 302', () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example.net/' } })],
  ])('a redirect %s fails the update with a clear error and keeps the previous version', async (_, bad) => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = csv(V1);
    await updateSubscription(db, sub.id, fetchList, { now: 1000 });
    reply = bad;
    expect(await updateSubscription(db, sub.id, fetchList, { now: 2000 })).toEqual({ status: 'failed', problem: { code: 'redirected', vars: undefined } });
    expect(await verdict('+8613912345678')).toBe('scam');
    const row = (await db.subscriptions.get(sub.id))!;
    expect(row.lastError).toEqual({ at: 2000, problem: { code: 'redirected', vars: undefined } });
    expect(problemText('zh_CN', row.lastError!.problem)).toMatch(/重定向/);
  });

  it('within the same origin a followed redirect is still the list', async () => {
    const sub = await addSubscription(db, 'https://lists.example.org/a.csv', '');
    reply = () => as(csv(V1)(), { url: 'https://lists.example.org/v2/a.csv', redirected: true });
    expect(await updateSubscription(db, sub.id, fetchList)).toEqual({ status: 'updated', count: 2 });
  });
});
