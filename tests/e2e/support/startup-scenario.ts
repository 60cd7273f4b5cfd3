import { expect } from 'vitest';

export interface StartupPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Every message a page renders while the extension starts (before, during and
 * after its first pass and first lookup) ends up marked: nothing is lost to
 * the race between the page and the content script's start.
 */
export async function expectStartupContentMarked(page: StartupPage, poll: { timeout: number; interval: number }) {
  await expect.poll(() => page.evaluate(() => (window as unknown as { startupDone: boolean }).startupDone, undefined), poll).toBe(true);
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('#list .msg').length - document.querySelectorAll('#list .msg [data-shield-number]').length, undefined), poll)
    .toBe(0);
  const keys = await page.evaluate(() => [...document.querySelectorAll('#list [data-shield-number]')].map((m) => m.getAttribute('data-shield-number')), undefined);
  expect(keys).toHaveLength(120);
  expect(new Set(keys).size).toBe(120);
}
