import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
let session: ChromiumSession;
const seen: Request[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium();
  // The context reports requests of pages and of the extension's service worker alike.
  session.context.on('request', (r) => seen.push(r));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const fromExtension = (r: Request) => !!r.serviceWorker() || r.url().startsWith('chrome-extension:') || (r.frame?.()?.url() ?? '').startsWith('chrome-extension:');

describe('privacy: no network request without a subscription', () => {
  it('the instrument sees a request made by the service worker (so silence below means something)', async () => {
    const probe = server.url('/probe-from-worker.txt');
    await session.worker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    await expect.poll(() => seen.filter((r) => r.url() === probe && fromExtension(r)).length).toBe(1);
  });

  it('browsing fixture pages and using the popup makes zero extension requests', async () => {
    const before = seen.length;
    const page = await session.context.newPage();
    for (const path of ['/foundation.html', '/index.html']) {
      await page.goto(server.url(path));
      await page.waitForSelector('html[data-shield-ready] [data-shield-number]');
      await page.hover('[data-shield-number]');
      await page.waitForSelector('[data-testid=shield-card]');
    }
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.fill('input[name=number]', '95188');
    await popup.click('button[type=submit]');
    await popup.waitForSelector('[data-testid=lookup-result]');
    await page.waitForTimeout(500);
    const requests = seen.slice(before);
    // Only the test's own page loads, each to the fixture server; nothing from the extension.
    expect(requests.filter(fromExtension).map((r) => r.url()).filter((u) => !u.startsWith('chrome-extension:'))).toEqual([]);
    expect(requests.map((r) => new URL(r.url())).filter((u) => u.protocol.startsWith('http') && u.origin !== server.origin)).toEqual([]);
  });
});
