import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSuite } from './support/suite';
import { inPage, runFrameworkScenario, type FrameworkPage } from './support/framework-scenario';
import { COLLECTOR_KEY, seedReport } from './support/fixture-expectations';
import { COLLECTOR_LABEL, POLL } from './support/site-fixtures';

const s = firefoxSuite();

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

async function open(path: string) {
  const page = await s.firefox.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  await page.goto(s.server.url(path));
  return { page, errors };
}

function frameworkPage(page: Page): FrameworkPage {
  return {
    listText: () => page.evaluate(inPage.listText),
    expectedText: () => page.evaluate(inPage.expectedText),
    markers: () => page.evaluate(inPage.markers),
    act: async (...step) => page.evaluate(inPage.act, step),
    appErrors: () => page.evaluate(inPage.appErrors),
  };
}

describe('Firefox: a page rendered by Preact keeps working', () => {
  it('updates, reorders, removes and appends with no framework error, no stale or duplicated text, and markers that follow', async () => {
    const { page, errors } = await open('/framework.html');
    await page.waitForSelector('#list [data-shield-number]', { timeout: 20_000 });
    await runFrameworkScenario(frameworkPage(page), POLL);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox: mail bodies in iframes', () => {
  it('seeds the collector number', async () => {
    const ext = await s.firefox.openExtensionPage('popup.html');
    expect(await ext.evaluate((msg) => browser.runtime.sendMessage(msg), seedReport)).toMatchObject({ ok: true });
    await ext.close();
  });

  it('marks numbers inside a same-origin frame and inside a srcdoc frame, and opens the card there by mouse and keyboard', async () => {
    const { page, errors } = await open('/iframes.html');
    const inFrame = (frameId: string, selector: string) =>
      page.evaluate(
        (f, sel) => {
          const doc = (document.getElementById(f) as HTMLIFrameElement).contentDocument;
          const el = doc?.querySelector(sel);
          return el ? { verdict: el.getAttribute('data-shield-verdict'), text: el.textContent } : null;
        },
        frameId,
        selector,
      );
    await expect.poll(() => inFrame('same-origin', `[data-shield-number="${COLLECTOR_KEY}"]`), POLL).toEqual({ verdict: 'collector', text: '138 0013 8000' });
    await expect.poll(() => inFrame('srcdoc', '[data-shield-number="+862168888888"]'), POLL).toMatchObject({ text: '021-6888 8888' });
    // The outer page holds no number; the frames' markers are the frames' own.
    expect(await page.evaluate(() => document.querySelectorAll('[data-shield-number]').length)).toBe(0);

    const cardIn = (frameId: string) =>
      page.evaluate((f) => {
        const doc = (document.getElementById(f) as HTMLIFrameElement).contentDocument!;
        const root = doc.querySelector('collector-shield-ui')?.shadowRoot;
        if (!root?.querySelector('[data-testid=shield-card]')) return null;
        return root.querySelector('[data-testid=card-verdict]')?.textContent ?? '';
      }, frameId);

    // Mouse, inside the same-origin frame.
    const frame = (await (await page.$('#same-origin'))!.contentFrame())!;
    await frame.hover(`[data-shield-number="${COLLECTOR_KEY}"]`);
    await expect.poll(() => cardIn('same-origin'), POLL).toMatch(COLLECTOR_LABEL);
    await page.mouse.move(0, 0);
    await expect.poll(() => cardIn('same-origin'), POLL).toBeNull();

    // Keyboard, inside the same-origin frame: focus, Enter into the card, Escape closes it.
    await frame.focus(`[data-shield-number="${COLLECTOR_KEY}"]`);
    await expect.poll(() => cardIn('same-origin'), POLL).toMatch(COLLECTOR_LABEL);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => frame.evaluate(() => document.activeElement?.tagName + ':' + !!document.activeElement?.shadowRoot?.activeElement), POLL)
      .toBe('COLLECTOR-SHIELD-UI:true');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIn('same-origin'), POLL).toBeNull();

    // Keyboard, inside the srcdoc frame.
    const srcdoc = (await (await page.$('#srcdoc'))!.contentFrame())!;
    await srcdoc.focus('[data-shield-number="+862168888888"]');
    await expect.poll(() => cardIn('srcdoc'), POLL).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIn('srcdoc'), POLL).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
