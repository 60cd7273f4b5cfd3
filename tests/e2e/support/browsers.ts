import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { TimeoutError, type Browser, type Page as PuppeteerPage } from 'puppeteer-core';

/** Dev builds (with loopback host access) made by `npm run build:e2e`. */
export const CHROME_EXT = resolve('.output-dev/chrome-mv3');
export const FIREFOX_EXT = resolve('.output-dev/firefox-mv3');
export const GECKO_ID = 'collector-shield@collector-shield.org';

function firstExisting(candidates: (string | undefined)[], what: string, envVar: string): string {
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(`${what} not found. Install it (Debian: apt-get install -y ${what}) or set ${envVar} to its path.`);
}

export const chromiumPath = () =>
  firstExisting(
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    'chromium',
    'CHROMIUM_PATH',
  );
export const firefoxPath = () =>
  firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr', 'FIREFOX_PATH');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Lets the tests read inside the extension's page UI (lib/dev.ts): the card's
 * shadow root open, and `data-shield-ready` on <html> after the first pass.
 * Dev builds only; a store build ignores the key. The hostile-page tests
 * launch with `probe: false`, so they see what a store build shows a page.
 */
const PROBE = { e2eProbe: true };
/** Extension storage as seen inside worker.evaluate / page.evaluate on the extension's own pages. */
declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } } };

export async function launchChromium(opts: { headless?: boolean; extension?: string; probe?: boolean } = {}): Promise<ChromiumSession> {
  const ext = opts.extension ?? CHROME_EXT;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no extension build at ${ext}: run npm run build:e2e`);
  const dir = mkdtempSync(join(tmpdir(), 'shield-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Another extension (the bench's baseline) has no such switch.
  if (opts.probe ?? !opts.extension) await worker.evaluate((items) => chrome.storage.local.set(items), PROBE);
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** Opens one of the extension's own pages (popup.html, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<PuppeteerPage>;
  /** The moz-extension:// host; fixed through a pref so tests can open extension pages. */
  uuid: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { extension?: string; prefs?: Record<string, unknown>; probe?: boolean } = {}): Promise<FirefoxSession> {
  const ext = opts.extension ?? FIREFOX_EXT;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no extension build at ${ext}: run npm run build:e2e`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // No telemetry, update or captive-portal traffic during tests.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(ext);
  const extensionUrl = (p: string) => `moz-extension://${uuid}/${p.replace(/^\//, '')}`;
  const session: FirefoxSession = {
    browser,
    uuid,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox 153 + puppeteer 24 over BiDi: moz-extension:// navigations complete,
      // but the navigation event never reaches puppeteer, so goto() would time out.
      // Wait for the document itself instead.
      await page.goto(extensionUrl(path), { timeout: 3000 }).catch((e: unknown) => {
        if (!(e instanceof TimeoutError)) throw e;
      });
      await page.waitForFunction(
        (origin) => location.href.startsWith(origin) && document.readyState === 'complete',
        { timeout: 15_000 },
        `moz-extension://${uuid}/`,
      );
      return page;
    },
    close: () => browser.close(),
  };
  if (opts.probe !== false) {
    const page = await session.openExtensionPage('options.html');
    await page.evaluate(
      (items) => (globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }).browser.storage.local.set(items),
      PROBE,
    );
    await page.close();
  }
  return session;
}
