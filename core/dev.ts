/**
 * Dev builds only. `import.meta.env.SHIELD_DEV` is true in the builds the e2e
 * tests, the benchmarks and `npm start` use (wxt.config.ts, SHIELD_DEV_HOSTS=1)
 * and in the unit tests (vitest.config.ts); in a store build it is the
 * constant false, so the bundler drops what it guards, these strings included
 * (scripts/check-store-build.mjs checks the built files for them).
 */

/** Loopback hosts the tests and the demo are served from; empty in a store build. */
export const DEV_LOOPBACK_HOSTS: ReadonlySet<string> = new Set(import.meta.env.SHIELD_DEV ? ['127.0.0.1', 'localhost', '[::1]'] : []);

/** Whether this is a dev build (a function, so unit tests can stand in for either kind of build). */
export function isDevBuild(): boolean {
  return import.meta.env.SHIELD_DEV === true;
}
