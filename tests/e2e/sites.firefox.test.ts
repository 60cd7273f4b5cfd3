import { describe, expect, it } from 'vitest';
import type { KeyInput, Page } from 'puppeteer-core';
import { firefoxSuite } from './support/suite';
import { seedReport } from './support/fixture-expectations';
import { checkRecycledRow } from './support/recycled-scenario';
import { describeSiteFixtures, POLL, SENDER_LIST_ROWS, withSenderList, type SitePage } from './support/site-fixtures';

const s = firefoxSuite();

/** The extension page's own API, seen from inside page.evaluate. */
declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** A Puppeteer (BiDi) page as the shared site checks drive it. */
async function openSitePage(path: string): Promise<SitePage> {
  const page: Page = await s.firefox.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  await page.goto(s.server.url(path));
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForSelector: (sel) => page.waitForSelector(sel, { timeout: 20_000 }),
    hover: (sel) => page.hover(sel),
    focus: (sel) => page.focus(sel),
    press: (key) => page.keyboard.press(key as KeyInput),
    down: (key) => page.keyboard.down(key as KeyInput),
    up: (key) => page.keyboard.up(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    errors,
    close: () => page.close(),
  };
}

describe('Firefox: seeding a flagged number and flagged senders', () => {
  it('stores a report and imports a sender list through the options page', async () => {
    const options = await s.firefox.openExtensionPage('options.html');
    expect(await options.evaluate((msg) => browser.runtime.sendMessage(msg), seedReport)).toMatchObject({ ok: true });
    await withSenderList(async (file) => {
      const input = await options.waitForSelector('input[name=list-file]');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
      await options.type('input[name=list-name]', 'e2e senders');
      await options.click('button[name=import]');
      // waitForSelector does not see later changes of a moz-extension page over BiDi: poll instead.
      await expect
        .poll(() => options.evaluate(() => document.querySelector('[data-testid=import-done], [data-testid=import-error]')?.textContent ?? ''), POLL)
        .toContain(String(SENDER_LIST_ROWS));
    });
    expect(await options.$('[data-testid=import-error]')).toBeNull();
    await options.close();
  });
});

describe('Firefox: the harness sees page errors', () => {
  it('an uncaught error thrown by a page is reported', async () => {
    const page = await openSitePage('/sites/gmail.html');
    await page.evaluate(() => void setTimeout(() => { throw new Error('e2e probe'); }), undefined);
    await expect.poll(() => page.errors, POLL).toEqual([expect.stringContaining('e2e probe')]);
    await page.close();
  });
});

describeSiteFixtures('Firefox', openSitePage);

/**
 * Markers inside a link (Google Messages: every conversation row is an
 * a[data-e2e-conversation]) are not focusable: a focusable element nested in a
 * link is invalid ARIA, and Firefox's Tab cycled inside the first such link
 * (link -> its markers -> the link again), so the rest of the page became
 * unreachable by keyboard. The link keeps the keyboard; Tab goes on.
 */
describe('Firefox: Tab past markers inside a link', () => {
  it('goes from the first conversation link to the second, not into its markers', async () => {
    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url('/sites/google-messages.html'));
    await page.waitForSelector('html[data-shield-ready]', { timeout: 20_000 });
    // The markers are there, just not tab stops.
    expect(await page.$$eval('a[href="/web/conversations/101"] [data-shield-number]', (els) => els.map((e) => e.getAttribute('tabindex')))).toEqual([null, null]);
    await page.focus('a[href="/web/conversations/101"]');
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const a = document.activeElement;
          return a?.getAttribute('data-shield-number') ?? a?.getAttribute('href') ?? a?.tagName ?? '';
        }),
      );
    }
    expect(order[0]).toBe('/web/conversations/102');
    expect(order).not.toContain('/web/conversations/101');
    await page.close();
  });
});

describe('Firefox: a row a virtual list recycles for another conversation', () => {
  it('gets its sender checked again (no stale collector verdict) and its numbers marked anew', async () => {
    const page = await openSitePage('/sites/google-voice.html');
    await checkRecycledRow(page);
    await page.close();
  });
});
