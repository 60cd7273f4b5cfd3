import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';

/** Extension APIs as seen from inside the service worker. */
declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id: number }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };

const s = chromiumSuite();

async function tabIdOf(url: string): Promise<number> {
  const tabs = await s.session.worker.evaluate((u) => chrome.tabs.query({ url: u }), url.replace(/#.*$/, ''));
  expect(tabs.length).toBe(1);
  return tabs[0]!.id;
}

async function openFixture(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.session.context.newPage();
  await page.goto(s.server.url(path));
  await page.waitForSelector('html[data-shield-ready]');
  return { page, tabId: await tabIdOf(page.url()) };
}

async function openPopup(tabId: number, url: string): Promise<Page> {
  const popup = await s.session.context.newPage();
  await popup.goto(s.session.extensionUrl(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`));
  await popup.waitForSelector('[data-testid=site-controls]');
  return popup;
}

describe('Chromium: the popup on the current page', () => {
  it('lists the numbers and senders found in the page and its frames, flagged first', async () => {
    await s.ext.evaluate(() => chrome.runtime.sendMessage({ type: 'report', key: '+8613800138000', category: 'collector', note: '' }));
    const { page, tabId } = await openFixture('/sites/gmail.html');
    const want = JSON.parse((await page.locator('meta[name="shield-expect"]').getAttribute('content'))!) as { senders: number; numbers: number };
    const popup = await openPopup(tabId, page.url());
    const numbers = popup.locator('[data-testid=found-numbers] li');
    await expect.poll(() => numbers.count()).toBeGreaterThan(0);
    // Occurrences in the page = the sum of the counts the popup shows.
    const counts = await numbers.evaluateAll((lis) => lis.map((li) => Number(/×(\d+)/.exec(li.textContent ?? '')?.[1] ?? 1)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(want.numbers);
    const keys = await numbers.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
    expect(new Set(keys).size).toBe(await page.locator('[data-shield-number]').evaluateAll((ms) => new Set(ms.map((m) => m.getAttribute('data-shield-number'))).size));
    expect(await numbers.first().getAttribute('data-verdict')).toBe('collector');
    const senders = await popup.locator('[data-testid=found-senders] li .sender').allTextContents();
    expect(new Set(senders)).toEqual(new Set(await page.locator('[data-shield-sender]').evaluateAll((els) => els.map((e) => e.getAttribute('data-shield-sender')))));
    await popup.close();
    await page.close();
  });

  it('lists what an iframe shows too', async () => {
    const { page, tabId } = await openFixture('/iframes.html');
    const inFrames = await Promise.all(page.frames().map((f) => f.locator('[data-shield-number]').count().catch(() => 0)));
    const popup = await openPopup(tabId, page.url());
    const numbers = popup.locator('[data-testid=found-numbers] li');
    await expect
      .poll(async () => (await numbers.evaluateAll((lis) => lis.map((li) => Number(/×(\d+)/.exec(li.textContent ?? '')?.[1] ?? 1)))).reduce((a, b) => a + b, 0))
      .toBe(inFrames.reduce((a, b) => a + b, 0));
    await popup.close();
    await page.close();
  });

  it('switches one site off and on, and pauses everywhere: marks leave and the page text is as before', async () => {
    const { page, tabId } = await openFixture('/sites/outlook.html');
    const original = await page.evaluate(() => document.body.innerHTML.replace(/<style>[^<]*data-shield-p[^]*?<\/style>/, ''));
    const text = await page.evaluate(() => document.body.textContent);
    const popup = await openPopup(tabId, page.url());
    const active = popup.locator('[data-testid=site-active]');
    expect(await active.isChecked()).toBe(true);

    await active.uncheck();
    await page.waitForSelector('html[data-shield-off]');
    expect(await page.locator('[data-shield-number], [data-shield-sender], [data-shield-verdict]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    // A reload keeps it off.
    await page.reload();
    await page.waitForSelector('html[data-shield-off]');
    expect(await page.locator('[data-shield-number]').count()).toBe(0);

    await active.check();
    await page.waitForSelector('html[data-shield-ready]');
    expect(await page.locator('[data-shield-number]').count()).toBeGreaterThan(0);

    // Another site stays on while this one is off; the pause stops both.
    const other = await openFixture('/foundation.html');
    await popup.locator('[data-testid=pause]').check();
    await popup.waitForSelector('[data-testid=paused]');
    await page.waitForSelector('html[data-shield-off]');
    await other.page.waitForSelector('html[data-shield-off]');
    expect(await other.page.locator('[data-shield-number]').count()).toBe(0);
    await popup.locator('[data-testid=pause]').uncheck();
    await other.page.waitForSelector('html[data-shield-ready]');
    await page.waitForSelector('html[data-shield-ready]');
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect(original.length).toBeGreaterThan(0);
    await popup.close();
    await other.page.close();
    await page.close();
  });

  it('offers "Enable on this site" for a site that is not enabled, and marks nothing there', async () => {
    const before = new Set((await s.session.worker.evaluate(() => chrome.tabs.query({} as never))).map((t) => t.id));
    const page = await s.session.context.newPage();
    const url = s.server.url('/foundation.html').replace('127.0.0.1', 'localhost');
    await page.goto(url);
    const tab = (await s.session.worker.evaluate(() => chrome.tabs.query({} as never))).find((t) => !before.has(t.id));
    expect(tab).toBeDefined();
    // The tab's address is hidden without access: the popup is told it, as activeTab would.
    const popup = await openPopup(tab!.id, url);
    await popup.waitForSelector('[data-testid=site-enable]');
    expect(await popup.locator('[data-testid=site-controls]').textContent()).toContain('localhost');
    expect(await popup.locator('[data-testid=site-active]').count()).toBe(0);
    expect(await page.locator('[data-shield-number]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
