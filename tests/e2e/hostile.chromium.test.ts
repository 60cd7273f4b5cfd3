import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, readTable } from './support/suite';
import { runHostileScenario } from './support/hostile-scenario';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

// Probe off: the page sees what a store build shows it (closed card, no ready attribute).
const suite = chromiumSuite(undefined, { probe: false });

describe('Chromium: a hostile page reads, forges, spoofs and switches off nothing', () => {
  it('runs every page attack of the security model and finds nothing changed', async () => {
    const page: Page = await suite.session.context.newPage();
    await runHostileScenario({
      extensionId: suite.session.extensionId,
      send: (message) => suite.ext.evaluate((m) => chrome.runtime.sendMessage(m), message),
      open: async (path) => {
        await page.goto(suite.server.url(path));
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (selector) => page.hover(selector),
      table: (name) => readTable(suite.ext, name),
      poll: { timeout: 15_000, interval: 100 },
    });
    await page.close();
  });
});
