import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';
import { seedReport } from './support/fixture-expectations';
import { checkRecycledRow } from './support/recycled-scenario';
import { describeSiteFixtures, SENDER_LIST_ROWS, withSenderList, type SitePage } from './support/site-fixtures';

const s = chromiumSuite();
const SITES = ['gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail'] as const;

/** The extension page's own API, seen from inside page.evaluate. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function expectation(page: Page): Promise<{ senders: number; numbers: number }> {
  return JSON.parse((await page.locator('meta[name="shield-expect"]').getAttribute('content'))!);
}

describe('Chromium: site fixtures', () => {
  for (const id of SITES) {
    it(`${id}: marks as many numbers and senders as the fixture says, none in the compose box`, async () => {
      const page = await s.session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(s.server.url(`/sites/${id}.html`));
      await page.waitForSelector('html[data-shield-ready]');
      const want = await expectation(page);
      expect(await page.locator('[data-shield-number]').count()).toBe(want.numbers);
      expect(await page.locator('[data-shield-sender]').count()).toBe(want.senders);
      expect(await page.locator('[contenteditable] [data-shield-number], [contenteditable][data-shield-sender] , a[href^="tel:"] [data-shield-number]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** A Playwright page as the shared site checks drive it. */
async function openSitePage(path: string): Promise<SitePage> {
  const page = await s.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(s.server.url(path));
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForSelector: (sel) => page.waitForSelector(sel, { state: 'attached' }),
    hover: (sel) => page.hover(sel),
    focus: (sel) => page.focus(sel),
    press: (key) => page.keyboard.press(key),
    down: (key) => page.keyboard.down(key),
    up: (key) => page.keyboard.up(key),
    type: (text) => page.keyboard.type(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    errors,
    close: () => page.close(),
  };
}

describe('Chromium: seeding a flagged number and flagged senders', () => {
  // Registered before the site checks, so it runs first (vitest runs a file's tests in order).
  it('stores a report and imports a sender list through the options page', async () => {
    expect(await s.ext.evaluate((msg) => chrome.runtime.sendMessage(msg), seedReport)).toMatchObject({ ok: true });
    await withSenderList(async (file) => {
      await s.ext.setInputFiles('input[name=list-file]', file);
      await s.ext.fill('input[name=list-name]', 'e2e senders');
      await s.ext.click('button[name=import]');
      await expect.poll(() => s.ext.locator('[data-testid=import-done]').textContent(), { timeout: 15_000 }).toContain(String(SENDER_LIST_ROWS));
    });
  });
});

describe('Chromium: the harness sees page errors', () => {
  it('an uncaught error thrown by a page is reported', async () => {
    const page = await openSitePage('/sites/gmail.html');
    await page.evaluate(() => void setTimeout(() => { throw new Error('e2e probe'); }), undefined);
    await expect.poll(() => page.errors).toEqual([expect.stringContaining('e2e probe')]);
    await page.close();
  });
});

describeSiteFixtures('Chromium', openSitePage);

describe('Chromium: a row a virtual list recycles for another conversation', () => {
  it('gets its sender checked again (no stale collector verdict) and its numbers marked anew', async () => {
    const page = await openSitePage('/sites/google-voice.html');
    await checkRecycledRow(page);
    await page.close();
  });
});
