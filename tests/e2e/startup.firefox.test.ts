import { describe, it } from 'vitest';
import { firefoxSuite } from './support/suite';
import { expectStartupContentMarked } from './support/startup-scenario';

const s = firefoxSuite();

// Firefox's MV3 background is an event page; WebDriver BiDi has no way to suspend it on demand,
// so here the background is warm. The cold start is covered in Chromium.
describe('Firefox: content that arrives while the extension starts', () => {
  it('is all marked', async () => {
    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url('/startup.html'));
    await expectStartupContentMarked({ evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never }, { timeout: 25_000, interval: 200 });
    await page.close();
  });
});
