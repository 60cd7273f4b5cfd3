import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { serveFixtures, type FixtureServer } from './support/server';
import { COLLECTOR_KEY, MARKERS_ON_PAGE, OFFICIAL_KEY, UNKNOWN_KEY, seedReport } from './support/fixture-expectations';

let server: FixtureServer;
let session: ChromiumSession;
let extPage: Page;

/** The extension page's own API, seen from inside page.evaluate. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium();
  extPage = await session.context.newPage();
  await extPage.goto(session.extensionUrl('popup.html'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Reads the reports table straight from the extension's IndexedDB, not through our code. */
function storedReports(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ key: string; category: string }[]>((ok, fail) => {
        const open = indexedDB.open('collector-shield');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('reports').objectStore('reports').getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

describe('Chromium: the thin path through every layer', () => {
  it('stores a report in IndexedDB through the background', async () => {
    const answer = await extPage.evaluate((msg) => chrome.runtime.sendMessage(msg), seedReport);
    expect(answer).toMatchObject({ ok: true });
    const rows = await storedReports(extPage);
    expect(rows).toEqual([expect.objectContaining({ key: COLLECTOR_KEY, category: 'collector' })]);
  });

  it('rejects a malformed message with a clear error', async () => {
    const answer = await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'report', key: '138', category: 'collector' }));
    expect(answer).toEqual({ ok: false, error: 'invalid message: key: not a canonical number key' });
  });

  it('marks the numbers on a page with the stored verdict, and nothing in editable places', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    await page.waitForSelector('html[data-shield-ready]');
    const collector = page.locator(`#collector [data-shield-number="${COLLECTOR_KEY}"]`);
    await expect.poll(() => collector.getAttribute('data-shield-verdict')).toBe('collector');
    expect(await collector.textContent()).toBe('138 0013 8000');
    expect(await page.locator(`#official [data-shield-number="${OFFICIAL_KEY}"]`).getAttribute('data-shield-verdict')).toBe('official');
    expect(await page.locator(`#unknown [data-shield-number="${UNKNOWN_KEY}"]`).getAttribute('data-shield-verdict')).toBe('unknown');
    expect(await page.locator('[data-shield-number]').count()).toBe(MARKERS_ON_PAGE);
    expect(await page.locator('#compose').inputValue()).toBe('回复 138 0013 8000 我已还款');
    expect(await page.locator('#editable [data-shield-number], #tel [data-shield-number]').count()).toBe(0);
    // The page text itself is unchanged by marking.
    expect(await page.locator('#collector').textContent()).toBe('【借呗】您的借款已逾期，法务部将上门处理，请立即联系 138 0013 8000 协商还款。');
    await page.close();
  });

  it('opens the card on hover and on keyboard focus, and closes it with Escape', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    await page.waitForSelector(`[data-shield-number="${COLLECTOR_KEY}"][data-shield-verdict=collector]`);
    const card = page.locator('[data-testid=shield-card]');
    await page.hover(`[data-shield-number="${COLLECTOR_KEY}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await page.locator('[data-testid=card-verdict]').textContent()).toMatch(/^(催收|Debt collector)$/);
    expect(await page.locator('[data-testid=card-number]').textContent()).toBe('+86 138 0013 8000');
    // Type, region and carrier come with the details, from the geocoding data packaged in the extension.
    await expect.poll(() => page.locator('[data-testid=card-type]').textContent()).toMatch(/^(手机|Mobile)$/);
    expect(await page.locator('[data-testid=card-region]').textContent()).toMatch(/^(北京市 · 中国移动|Beijing, China · China Mobile)$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);

    await page.mouse.move(0, 0);
    await page.focus(`[data-shield-number="${OFFICIAL_KEY}"]`);
    await expect.poll(() => page.locator('[data-testid=card-verdict]').textContent()).toMatch(/^(官方号码|Official number)$/);
    await page.close();
  });

  it('looks up a typed number in the popup', async () => {
    await extPage.fill('input[name=number]', '138-0013-8000');
    await extPage.click('button[type=submit]');
    await expect.poll(() => extPage.locator('[data-testid=lookup-result] [data-testid=card-verdict]').textContent()).toMatch(/^(催收|Debt collector)$/);
    await extPage.fill('input[name=number]', 'hello');
    await extPage.click('button[type=submit]');
    await expect.poll(() => extPage.locator('[data-testid=lookup-error]').isVisible()).toBe(true);
  });
});

describe('Chromium: the card by keyboard alone', () => {
  it('Tab to a number, Enter moves into the card, Tab reaches its buttons, Escape returns to the number', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    await page.waitForSelector(`[data-shield-number="${COLLECTOR_KEY}"][data-shield-verdict=collector]`);
    await page.focus(`#collector [data-shield-number="${COLLECTOR_KEY}"]`);
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return inner ? `card:${inner.getAttribute('data-action') ?? inner.tagName}` : (host?.getAttribute('data-shield-number') ?? host?.tagName);
    });
    await expect.poll(focused).toBe('card:report');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('card:trust');
    // Focus moving inside the card keeps it open.
    await page.waitForTimeout(400);
    expect(await page.locator('[data-testid=shield-card]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=shield-card]').count()).toBe(0);
    expect(await focused()).toBe(COLLECTOR_KEY);
    await page.close();
  });
});

describe('Chromium: mail bodies in iframes', () => {
  it('marks numbers inside a same-origin frame and inside a srcdoc frame', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/iframes.html'));
    const sameOrigin = page.frameLocator('#same-origin');
    const srcdoc = page.frameLocator('#srcdoc');
    await expect.poll(() => sameOrigin.locator(`[data-shield-number="${COLLECTOR_KEY}"]`).getAttribute('data-shield-verdict')).toBe('collector');
    await expect.poll(() => srcdoc.locator('[data-shield-number="+862168888888"]').count()).toBe(1);
    // The card opens inside the frame too. Checked by focus: Playwright's hover on this framed marker timed
    // out waiting for it to be "stable" although it does not move (not diagnosed).
    await sameOrigin.locator(`[data-shield-number="${COLLECTOR_KEY}"]`).focus();
    await expect.poll(() => sameOrigin.locator('[data-testid=card-verdict]').textContent()).toMatch(/^(催收|Debt collector)$/);
    await page.close();
  });
});
