import { describe, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { expectStartupContentMarked } from './support/startup-scenario';

const suite = chromiumSuite();

describe('Chromium: content that arrives while the extension starts', () => {
  it('is all marked, with a cold background (the service worker stopped first)', async () => {
    const page = await suite.session.context.newPage();
    // Stop the extension's service worker, so the first lookups wait for it to start again.
    const cdp = await suite.session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(suite.server.url('/startup.html'));
    await expectStartupContentMarked(page, { timeout: 20_000, interval: 100 });
    await page.close();
  });
});
