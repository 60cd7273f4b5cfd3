import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSuite } from './support/suite';

// Firefox's own switch for automated tests: optional permissions are granted without the prompt a user would answer.
// other.test resolves to this machine, as a second site the user did not enable.
const s = firefoxSuite({ 'extensions.webextOptionalPermissionPrompts': false, 'network.dns.localDomains': 'other.test' });

declare const browser: { tabs: { query(q: object): Promise<{ id: number }[]> }; permissions: { contains(p: object): Promise<boolean> } };

async function tabIds(ext: Page): Promise<Set<number>> {
  return new Set((await ext.evaluate(() => browser.tabs.query({}))).map((t) => t.id));
}

const markers = (page: Page) => page.$$eval('[data-shield-number]', (els) => els.length);

describe('Firefox: "Enable on this site" from the popup', () => {
  it('asks for the one host, marks the open tab at once and after a reload, and stops when access is removed', async () => {
    const ext = await s.firefox.openExtensionPage('options.html');
    const before = await tabIds(ext);
    // localhost is not among the sites the test build enables by default (127.0.0.1 is).
    const url = s.server.url('/foundation.html').replace('127.0.0.1', 'localhost');
    const page = await s.firefox.browser.newPage();
    await page.goto(url);
    const tabId = [...(await tabIds(ext))].find((id) => !before.has(id));
    expect(tabId).toBeDefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(await markers(page)).toBe(0);
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['http://localhost/*'] }))).toBe(false);

    const popup = await s.firefox.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await popup.waitForSelector('[data-testid=site-enable]');
    await popup.click('[data-testid=site-enable]');
    await page.waitForSelector('html[data-shield-ready]', { timeout: 15_000 });
    expect(await markers(page)).toBe(3);
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['http://localhost/*'] }))).toBe(true);
    // The popup now offers the per-site switch and the way back.
    // (waitForSelector does not see later changes of a moz-extension page over BiDi: poll instead.)
    await expect.poll(async () => !!(await popup.$('[data-testid=site-active]')), { timeout: 10_000 }).toBe(true);

    await page.reload();
    await page.waitForSelector('html[data-shield-ready]', { timeout: 15_000 });
    expect(await markers(page)).toBe(3);
    // Only that host: another loopback name stays unread.
    const other = await s.firefox.browser.newPage();
    await other.goto(s.server.url('/foundation.html').replace('127.0.0.1', 'other.test'));
    expect(await other.$eval('#collector', (el) => el.textContent)).toContain('138 0013 8000');
    await new Promise((r) => setTimeout(r, 500));
    expect(await markers(other).catch(() => 0)).toBe(0);
    await other.close();

    await popup.click('[data-testid=site-remove]');
    await page.waitForSelector('html[data-shield-off]', { timeout: 10_000 });
    expect(await markers(page)).toBe(0);
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['http://localhost/*'] }))).toBe(false);
    await page.reload();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await markers(page)).toBe(0);
    await popup.close();
    await page.close();
    await ext.close();
  });
});
