import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldDB } from '../../../db/schema';
import { addSubscription, dueSubscriptions, removeSubscription, updateSubscription, UPDATE_EVERY_MS, type Fetch } from '../../../db/subscriptions';
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
    reply = () => new Response('[]', { status: 200, headers: { 'content-length': String(64 * 1024 * 1024) } });
    expect(await updateSubscription(db, sub.id, fetchList)).toMatchObject({ status: 'failed', problem: { code: 'downloadTooLarge', vars: { mb: 32 } } });
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
  ])('refuses %s', async (url, code) => {
    await expect(addSubscription(db, url, '')).rejects.toMatchObject({ problem: { code } });
  });
  it('refuses the same address twice', async () => {
    await addSubscription(db, 'https://lists.example.org/a.csv', '');
    await expect(addSubscription(db, 'https://lists.example.org/a.csv#again', '')).rejects.toMatchObject({ problem: { code: 'duplicateUrl' } });
  });
});
