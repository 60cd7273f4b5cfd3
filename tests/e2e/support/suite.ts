import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './browsers';
import { serveFixtures, type FixtureServer } from './server';

/** Extension APIs as seen from inside page.evaluate on an extension page. */
declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } } };

export interface ChromiumSuite {
  server: FixtureServer;
  session: ChromiumSession;
  /** An extension page (options.html), for messages, storage and IndexedDB reads. */
  ext: Page;
}

/**
 * One Chromium with the extension and the fixture server for a test file; the
 * settings, when given, are stored before the first test.
 */
export function chromiumSuite(settings?: Record<string, unknown>, opts: { probe?: boolean } = {}): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.session = await launchChromium(opts);
    suite.ext = await suite.session.context.newPage();
    await suite.ext.goto(suite.session.extensionUrl('options.html'));
    if (settings) await setSettings(suite.ext, settings);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}

export function setSettings(ext: Page, settings: Record<string, unknown>) {
  return ext.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

export type Row = Record<string, unknown> & { key: string };

/** A table of the extension's IndexedDB, read directly rather than through the extension's code. */
export function readTable(ext: Page, name: string): Promise<Row[]> {
  return ext.evaluate(
    (store) =>
      new Promise<Row[]>((ok, fail) => {
        const open = indexedDB.open('collector-shield');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        };
      }),
    name,
  );
}

/** The same read from a Firefox extension page (puppeteer). */
export function readTableInFirefox(ext: PuppeteerPage, name: string): Promise<Row[]> {
  return ext.evaluate(
    (store) =>
      new Promise<Row[]>((ok, fail) => {
        const open = indexedDB.open('collector-shield');
        open.onerror = () => fail(String(open.error));
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(String(req.error));
        };
      }),
    name,
  );
}

export interface FirefoxSuite {
  server: FixtureServer;
  firefox: FirefoxSession;
}

/** One Firefox with the extension and the fixture server for a test file; `prefs` are extra Firefox preferences. */
export function firefoxSuite(prefs?: Record<string, unknown>, opts: { probe?: boolean } = {}): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.firefox = await launchFirefox({ ...(prefs ? { prefs } : {}), ...opts });
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}
