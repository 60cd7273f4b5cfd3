import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';

const suite = chromiumSuite();

type Fixture = { errors: string[]; expectedText(): string; setText(id: number, t: string): void; reverse(): void; remove(id: number): void; append(t: string): void };
declare const fixture: Fixture;

const listText = (page: Page) => page.evaluate(() => document.getElementById('list')!.textContent);
const expected = (page: Page) => page.evaluate(() => fixture.expectedText());
const markers = (page: Page) => page.$$eval('#list [data-shield-number]', (els) => els.map((e) => `${e.getAttribute('data-shield-number')}=${e.textContent}`));

describe('Chromium: a page rendered by Preact keeps working', () => {
  it('updates, reorders, removes and appends with no framework error, no stale or duplicated text, and markers that follow', async () => {
    const page = await suite.session.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(suite.server.url('/framework.html'));
    await page.waitForSelector('#list [data-shield-number]');
    await expect.poll(() => markers(page)).toEqual(['+8613800138000=138 0013 8000', '+8613912345678=139-1234-5678', 'CN:95188=95188', 'CN:95188=95188']);

    const settle = async () => {
      await expect.poll(async () => (await listText(page)) === (await expected(page))).toBe(true);
    };
    await page.evaluate(() => fixture.setText(1, '【借呗】最后通知：请联系 021-6888 8888'));
    await settle();
    await expect.poll(() => markers(page)).toContain('+862168888888=021-6888 8888');
    expect(await markers(page)).not.toContain('+8613800138000=138 0013 8000');

    await page.evaluate(() => fixture.reverse());
    await settle();
    await page.evaluate(() => fixture.remove(2));
    await settle();
    expect(await markers(page)).not.toContain('+8613912345678=139-1234-5678');
    await page.evaluate(() => fixture.append('新消息：请回电 137 0013 7000'));
    await settle();
    await expect.poll(() => markers(page)).toContain('+8613700137000=137 0013 7000');
    await page.evaluate(() => fixture.setText(3, '已处理，谢谢'));
    await settle();
    await page.waitForTimeout(300);
    expect(await listText(page)).toBe(await expected(page));
    expect(await page.evaluate(() => fixture.errors)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
