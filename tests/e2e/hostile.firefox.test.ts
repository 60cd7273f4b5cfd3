import { describe, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSuite, readTableInFirefox } from './support/suite';
import { runHostileScenario } from './support/hostile-scenario';
import { GECKO_ID } from './support/browsers';

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

// Probe off: the page sees what a store build shows it (closed card, no ready attribute).
const s = firefoxSuite(undefined, { probe: false });

describe('Firefox: a hostile page reads, forges, spoofs and switches off nothing', () => {
  it('runs every page attack of the security model and finds nothing changed', async () => {
    const ext = await s.firefox.openExtensionPage('popup.html');
    const page: Page = await s.firefox.browser.newPage();
    await runHostileScenario({
      // What a page script would use: browser.runtime.id is the gecko id in Firefox.
      extensionId: GECKO_ID,
      send: (message) => ext.evaluate((m) => browser.runtime.sendMessage(m), message),
      open: async (path) => {
        await page.goto(s.server.url(path));
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (selector) => page.hover(selector),
      table: (name) => readTableInFirefox(ext, name),
      poll: { timeout: 20_000, interval: 200 },
    });
    await page.close();
    await ext.close();
  });
});
