import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';

const s = chromiumSuite();
const SITES = ['gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail'] as const;

async function expectation(page: Page): Promise<{ senders: number; numbers: number }> {
  return JSON.parse((await page.locator('meta[name="shield-expect"]').getAttribute('content'))!);
}

describe('Chromium: site fixtures', () => {
  for (const id of SITES) {
    it(`${id}: marks as many numbers and senders as the fixture says, none in the compose box`, async () => {
      const page = await s.session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(s.server.url(`/sites/${id}.html`));
      await page.waitForSelector('html[data-shield-ready]');
      const want = await expectation(page);
      expect(await page.locator('[data-shield-number]').count()).toBe(want.numbers);
      expect(await page.locator('[data-shield-sender]').count()).toBe(want.senders);
      expect(await page.locator('[contenteditable] [data-shield-number], [contenteditable][data-shield-sender] , a[href^="tel:"] [data-shield-number]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
