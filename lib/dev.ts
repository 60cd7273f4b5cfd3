import { browser } from 'wxt/browser';

/**
 * Test-only switches. `import.meta.env.SHIELD_DEV` is true only in the dev
 * builds that the e2e tests, the benchmarks and `npm start` use (wxt.config.ts
 * defines it from SHIELD_DEV_HOSTS=1); in a store build it is the constant
 * false, so everything behind it is compiled out.
 */
export const DEV_BUILD: boolean = import.meta.env.SHIELD_DEV === true;

/** The storage.local key an e2e harness sets to look inside the extension's page UI. */
export const E2E_PROBE_KEY = 'e2eProbe';

/**
 * Whether this page's content script should let a test harness see in: the
 * card's shadow root open instead of closed, and `data-shield-ready` on <html>
 * once the first pass is done. Only a dev build, and only when the harness
 * stored the key through an extension page (which a web page cannot do). The
 * hostile-page tests leave it unset, so they test what a store build does.
 */
export async function e2eProbe(): Promise<boolean> {
  if (!import.meta.env.SHIELD_DEV) return false;
  const got = await browser.storage.local.get(E2E_PROBE_KEY);
  return got[E2E_PROBE_KEY] === true;
}
