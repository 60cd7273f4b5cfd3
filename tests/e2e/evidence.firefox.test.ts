import { describe, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSuite, readTableInFirefox } from './support/suite';
import { runEvidenceScenario } from './support/evidence-scenario';

declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { set(v: unknown): Promise<void> } };
};

const s = firefoxSuite();

describe('Firefox: the evidence log counts messages, at their sent time', () => {
  it('one thread on two days: one sighting per message, a 23:41 message is a night contact, report + sighting = one contact', async () => {
    const ext = await s.firefox.openExtensionPage('options.html');
    await ext.evaluate(() => browser.storage.local.set({ settings: { language: 'en', jurisdiction: 'CN' } }));
    let page: Page | undefined;
    await runEvidenceScenario({
      send: (message) => ext.evaluate((m) => browser.runtime.sendMessage(m), message),
      open: async (path) => {
        await page?.close();
        page = await s.firefox.browser.newPage();
        await page.goto(s.server.url(path));
        await page.waitForSelector('html[data-shield-ready]', { timeout: 20_000 });
      },
      evaluate: (fn, arg) => page!.evaluate(fn as never, arg) as never,
      hover: (selector) => page!.hover(selector),
      clickInCard: (selector) => page!.click(`pierce/${selector}`),
      waitInCard: async (selector) => {
        await page!.waitForSelector(`pierce/${selector}`, { timeout: 15_000 });
      },
      table: (name) => readTableInFirefox(ext, name),
      summary: async (key) => {
        const summary = await s.firefox.openExtensionPage(`summary.html?key=${encodeURIComponent(key)}`);
        await summary.waitForSelector('[data-testid=figures] li', { timeout: 15_000 });
        const out = await summary.$$eval('[data-testid=figures] li[data-statement]', (lis) =>
          Object.fromEntries(lis.map((li) => [li.getAttribute('data-statement'), li.textContent ?? ''])),
        );
        await summary.close();
        return out;
      },
      poll: { timeout: 20_000, interval: 200 },
    });
    await page?.close();
    await ext.close();
  });
});
