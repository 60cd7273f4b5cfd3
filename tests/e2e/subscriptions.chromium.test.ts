import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { serveFixtures, type FixtureServer } from './support/server';
import { serveList, type ListServer } from './support/list-server';
import { UNKNOWN_KEY, COLLECTOR_KEY } from './support/fixture-expectations';

let server: FixtureServer;
let lists: ListServer;
let session: ChromiumSession;
let options: Page;

declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } };

beforeAll(async () => {
  server = await serveFixtures();
  lists = await serveList();
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
  await options.evaluate(() => chrome.storage.local.set({ settings: { language: 'en', jurisdiction: 'CN', suspicion: false, evidenceLog: false } }));
  await options.reload();
});
afterAll(async () => {
  await session?.close();
  await lists?.close();
  await server?.close();
});

const sub = () => options.locator('[data-testid=subscriptions] li').first();
const count = () => sub().locator('[data-testid=sub-count]').textContent();
const verdictOn = async (page: Page, key: string) => page.locator(`[data-shield-number="${key}"]`).first().getAttribute('data-shield-verdict');

describe('Chromium: subscribing to a list on 127.0.0.1', () => {
  let page: Page;

  it('subscribe: the entries appear and mark an open page', async () => {
    lists.set('number,category,label\n139 1234 5678,collector,社区举报\n', '"v1"');
    page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    await expect.poll(() => verdictOn(page, UNKNOWN_KEY)).toBe('unknown');
    await options.bringToFront();
    await options.fill('input[name=sub-url]', lists.url);
    await options.fill('input[name=sub-name]', 'Community');
    await options.click('button[name=subscribe]');
    await expect.poll(count).toBe('1 numbers');
    expect(await sub().textContent()).toContain('Community');
    expect(await sub().textContent()).toContain('last updated');
    await expect.poll(() => verdictOn(page, UNKNOWN_KEY)).toBe('collector');
    expect(lists.log).toEqual([{ ifNoneMatch: undefined, status: 200 }]);
  });

  it('"update now" applies a changed list', async () => {
    lists.set('number,category\n139 1234 5678,telemarketing\n138 0013 8000,scam\n', '"v2"');
    await sub().locator('button[name=sub-refresh]').click();
    await expect.poll(count).toBe('2 numbers');
    await expect.poll(() => verdictOn(page, UNKNOWN_KEY)).toBe('telemarketing');
    await expect.poll(() => verdictOn(page, COLLECTOR_KEY)).toBe('scam');
    expect(lists.log.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });
  });

  it('a 304 changes nothing', async () => {
    await sub().locator('button[name=sub-refresh]').click();
    await expect.poll(() => options.locator('[data-testid=subs-message]').textContent()).toBe('Unchanged since the last download.');
    expect(lists.log.at(-1)).toEqual({ ifNoneMatch: '"v2"', status: 304 });
    expect(await count()).toBe('2 numbers');
    expect(await verdictOn(page, UNKNOWN_KEY)).toBe('telemarketing');
  });

  it('a malformed update keeps the old entries and shows the error with its time', async () => {
    lists.set('number,category\n139 1234 5678,collector\nnot-a-number,collector\n', '"v3"');
    await sub().locator('button[name=sub-refresh]').click();
    await expect.poll(() => sub().locator('[data-testid=sub-error]').textContent()).toMatch(/^Last error \(.+\): 1 line\(s\) were rejected/);
    expect(await count()).toBe('2 numbers');
    await page.reload();
    await expect.poll(() => verdictOn(page, UNKNOWN_KEY)).toBe('telemarketing');
  });

  it('a truncated update keeps the old entries and shows the error', async () => {
    lists.set('number,category\n139 1234 5678,harassment\n', '"v4"');
    lists.truncateNext();
    await sub().locator('button[name=sub-refresh]').click();
    await expect.poll(async () => (await sub().locator('[data-testid=sub-error]').textContent()) ?? '').toMatch(/cut off|could not be downloaded/);
    expect(await count()).toBe('2 numbers');
    expect(await verdictOn(page, UNKNOWN_KEY)).toBe('telemarketing');
  });

  it('unsubscribe removes the list\'s entries and nothing else', async () => {
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'report', key: '+8613800138000', category: 'harassment', note: 'mine' }));
    await sub().locator('button[name=sub-remove]').click();
    await expect.poll(() => options.locator('[data-testid=subscriptions]').count()).toBe(0);
    await expect.poll(() => verdictOn(page, UNKNOWN_KEY)).toBe('unknown');
    // My own report is untouched.
    await expect.poll(() => verdictOn(page, COLLECTOR_KEY)).toBe('harassment');
  });
});
