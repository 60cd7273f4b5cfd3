import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';
import { inPage, runFrameworkScenario, type FrameworkPage } from './support/framework-scenario';

const suite = chromiumSuite();

function frameworkPage(page: Page): FrameworkPage {
  return {
    listText: () => page.evaluate(inPage.listText),
    expectedText: () => page.evaluate(inPage.expectedText),
    markers: () => page.evaluate(inPage.markers),
    act: (...step) => page.evaluate(inPage.act, step),
    appErrors: () => page.evaluate(inPage.appErrors),
  };
}

describe('Chromium: a page rendered by Preact keeps working', () => {
  it('updates, reorders, removes and appends with no framework error, no stale or duplicated text, and markers that follow', async () => {
    const page = await suite.session.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(suite.server.url('/framework.html'));
    await page.waitForSelector('#list [data-shield-number]');
    await runFrameworkScenario(frameworkPage(page));
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
