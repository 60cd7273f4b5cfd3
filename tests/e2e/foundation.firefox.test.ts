import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './support/suite';
import { COLLECTOR_KEY, MARKERS_ON_PAGE, OFFICIAL_KEY, seedReport } from './support/fixture-expectations';

const s = firefoxSuite();

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

describe('Firefox: the thin path through every layer', () => {
  it('stores a report, marks the number with its verdict and opens the card on hover', async () => {
    const ext = await s.firefox.openExtensionPage('popup.html');
    const answer = await ext.evaluate((msg) => browser.runtime.sendMessage(msg), seedReport);
    expect(answer).toMatchObject({ ok: true });
    const stored = await ext.evaluate(
      () =>
        new Promise<unknown[]>((ok, fail) => {
          const open = indexedDB.open('collector-shield');
          open.onerror = () => fail(String(open.error));
          open.onsuccess = () => {
            const req = open.result.transaction('reports').objectStore('reports').getAll();
            req.onsuccess = () => ok(req.result);
          };
        }),
    );
    expect(stored).toEqual([expect.objectContaining({ key: COLLECTOR_KEY, category: 'collector' })]);

    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url('/foundation.html'));
    const marker = `#collector [data-shield-number="${COLLECTOR_KEY}"][data-shield-verdict=collector]`;
    await page.waitForSelector(marker, { timeout: 20_000 });
    expect(await page.$$eval('[data-shield-number]', (els) => els.length)).toBe(MARKERS_ON_PAGE);
    expect(await page.$eval(`[data-shield-number="${OFFICIAL_KEY}"]`, (el) => el.getAttribute('data-shield-verdict'))).toBe('official');
    expect(await page.$$eval('#editable [data-shield-number], #tel [data-shield-number]', (els) => els.length)).toBe(0);

    await page.hover(marker);
    const verdict = await page.waitForSelector('pierce/[data-testid=card-verdict]', { timeout: 10_000 });
    expect(await verdict!.evaluate((el) => el.textContent)).toMatch(/^(催收|Debt collector)$/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('pierce/[data-testid=shield-card]', { hidden: true });

    await page.focus(`[data-shield-number="${OFFICIAL_KEY}"]`);
    const official = await page.waitForSelector('pierce/[data-testid=card-verdict]');
    expect(await official!.evaluate((el) => el.textContent)).toMatch(/^(官方号码|Official number)$/);
  });
});
