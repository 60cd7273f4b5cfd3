import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, readTable } from './support/suite';
import { runEvidenceScenario } from './support/evidence-scenario';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const suite = chromiumSuite({ language: 'en', jurisdiction: 'CN' });

describe('Chromium: the evidence log counts messages, at their sent time', () => {
  it('one thread on two days: one sighting per message, a 23:41 message is a night contact, report + sighting = one contact', async () => {
    let page: Page | undefined;
    await runEvidenceScenario({
      send: (message) => suite.ext.evaluate((m) => chrome.runtime.sendMessage(m), message),
      open: async (path) => {
        await page?.close();
        page = await suite.session.context.newPage();
        await page.goto(suite.server.url(path));
        await page.waitForSelector('html[data-shield-ready]');
      },
      evaluate: (fn, arg) => page!.evaluate(fn as never, arg) as never,
      hover: (selector) => page!.hover(selector),
      clickInCard: (selector) => page!.click(`[data-testid=shield-card] ${selector}`),
      waitInCard: async (selector) => {
        await page!.waitForSelector(`[data-testid=shield-card] ${selector}`);
      },
      table: (name) => readTable(suite.ext, name),
      summary: async (key) => {
        const summary = await suite.session.context.newPage();
        await summary.goto(suite.session.extensionUrl(`summary.html?key=${encodeURIComponent(key)}`));
        await summary.waitForSelector('[data-testid=figures] li');
        const out = await summary.$$eval('[data-testid=figures] li[data-statement]', (lis) =>
          Object.fromEntries(lis.map((li) => [li.getAttribute('data-statement'), li.textContent ?? ''])),
        );
        await summary.close();
        return out;
      },
      poll: { timeout: 15_000, interval: 100 },
    });
    await page?.close();
  });
});
