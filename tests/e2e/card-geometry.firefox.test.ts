import { describe, it } from 'vitest';
import { firefoxSuite } from './support/suite';
import { CARD_KEY, runCardGeometry } from './support/card-geometry-scenario';

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const s = firefoxSuite();

describe('Firefox: the card stays in the window and beside its number', () => {
  it('at the top, middle and bottom of 1366×650, 1280×800 and 480×800 windows', async () => {
    const ext = await s.firefox.openExtensionPage('popup.html');
    await ext.evaluate((m) => browser.runtime.sendMessage(m), { type: 'report', key: CARD_KEY, category: 'collector', note: '自称借呗法务部' });
    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url('/card-geometry.html'));
    await page.waitForSelector('html[data-shield-ready]', { timeout: 20_000 });
    await runCardGeometry({
      setViewport: (size) => page.setViewport(size),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (selector) => page.hover(selector),
      moveAway: () => page.mouse.move(1, 1),
      poll: { timeout: 20_000, interval: 200 },
    });
    await page.close();
    await ext.close();
  });
});
