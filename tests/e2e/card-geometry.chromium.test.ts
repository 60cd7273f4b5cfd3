import { describe, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { CARD_KEY, runCardGeometry } from './support/card-geometry-scenario';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const suite = chromiumSuite({ language: 'zh_CN', jurisdiction: 'CN' });

describe('Chromium: the card stays in the window and beside its number', () => {
  it('at the top, middle and bottom of 1366×650, 1280×800 and 480×800 windows', async () => {
    await suite.ext.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'report', key: CARD_KEY, category: 'collector', note: '自称借呗法务部' });
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/card-geometry.html'));
    await page.waitForSelector('html[data-shield-ready]');
    await runCardGeometry({
      setViewport: (size) => page.setViewportSize(size),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (selector) => page.hover(selector),
      moveAway: () => page.mouse.move(1, 1),
      poll: { timeout: 15_000, interval: 100 },
    });
    await page.close();
  });
});
