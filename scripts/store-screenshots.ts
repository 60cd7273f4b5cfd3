// `npm run store:screenshots`: the store listings' screenshots, 1280×800, in
// zh_CN, zh_TW and en, into store/screenshots/<locale>/.
//
// Builds a demo build (loopback access, like `npm start`) into its own folder,
// .output-shots, so it never touches the folders the tests and the store
// builds use; serves the site fixture pages on 127.0.0.1; stores one report so
// a number is flagged; then per language sets the extension's language through
// its options page, hovers numbers and saves what the browser shows.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browsers';
import { serveFixtures } from '../tests/e2e/support/server';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';

const OUT_DIR = '.output-shots';
const EXTENSION = resolve(OUT_DIR, 'chrome-mv3');
const SHOTS = resolve('store/screenshots');
const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;
const SIZE = { width: 1280, height: 800 };
/** The number the fixtures' collector writes from (138 0013 8000), reported once before the shots. */
const COLLECTOR = '+8613800138000';

/** Extension APIs as seen inside page.evaluate on the extension's own page. */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { set(v: unknown): Promise<void> } } };

console.log(`Building the demo build into ${OUT_DIR}/ ...`);
try {
  execSync('npx wxt build', { env: { ...process.env, SHIELD_OUT_DIR: OUT_DIR, SHIELD_DEV_HOSTS: '1' }, stdio: 'pipe' });
} catch (e) {
  const err = e as { stdout?: Buffer; stderr?: Buffer };
  console.error(String(err.stdout ?? ''), String(err.stderr ?? ''));
  throw new Error('the build failed');
}

const server = await serveFixtures(resolve('tests/fixtures'));
const session = await launchChromium({ extension: EXTENSION, probe: true });
const ext = await session.context.newPage();
await ext.goto(session.extensionUrl('options.html'));
const seeded = await ext.evaluate(
  (key) => chrome.runtime.sendMessage({ type: 'report', key, category: 'collector', claimedOrg: '借呗法务部', creditor: 'jiebei', behaviours: ['threats', 'contacts-third-parties'], note: '' }),
  COLLECTOR,
);
if (!(seeded as { ok?: boolean }).ok) throw new Error(`could not store the report: ${JSON.stringify(seeded)}`);

/** Opens a fixture page, hovers the first marker matching `marker`, waits for the card's reminders and saves the view. */
async function cardShot(path: string, marker: string, file: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-shield-ready]', { timeout: 15_000 });
  const target = page.locator(marker).first();
  const card = page.locator('[data-testid=shield-card]');
  // The card opens next to the number; try a few scroll positions until all of it is in view.
  // Blank space below the page lets a number near its end scroll up to the top.
  await page.evaluate(() => void (document.body.style.paddingBottom = '800px'));
  let box: { x: number; y: number; width: number; height: number } | null = null;
  for (const top of [120, 60, 700] as const) {
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    await target.evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y), top);
    await target.hover();
    await card.waitFor({ timeout: 10_000 });
    // The card fills in (verdict details, reminders) when the background answers.
    await page.waitForSelector('[data-testid=shield-card] [data-reminder-id]', { timeout: 5_000 }).catch(() => undefined);
    await settle(page);
    box = await card.boundingBox();
    if (box && box.y >= 0 && box.x >= 0 && box.y + box.height <= SIZE.height && box.x + box.width <= SIZE.width) break;
    box = null;
  }
  if (!box) throw new Error(`${path}: the card for ${marker} does not fit in ${SIZE.width}×${SIZE.height}`);
  await page.screenshot({ path: file });
  await page.close();
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

async function optionsShot(file: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(session.extensionUrl('options.html'));
  const select = page.locator('select[name=evidence-number]');
  await select.waitFor({ timeout: 10_000 });
  await select.selectOption(COLLECTOR).catch(() => undefined);
  await page.locator('#evidence-title').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await settle(page);
  await page.screenshot({ path: file });
  await page.close();
}

const made: string[] = [];
try {
  for (const locale of LOCALES) {
    const settings: Settings = { ...DEFAULT_SETTINGS, language: locale };
    await ext.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    const dir = join(SHOTS, locale);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const shots: [string, () => Promise<void>][] = [
      ['1-gmail-collector.png', () => cardShot('/sites/gmail.html', `.a3s [data-shield-number="${COLLECTOR}"], [data-shield-number="${COLLECTOR}"]`, join(dir, '1-gmail-collector.png'))],
      ['2-messages-official.png', () => cardShot('/sites/google-messages.html', '[data-shield-verdict="official"]', join(dir, '2-messages-official.png'))],
      ['3-qq-mail-suspected.png', () => cardShot('/sites/qq-mail.html', '[data-shield-verdict="suspected"]', join(dir, '3-qq-mail-suspected.png'))],
      ['4-evidence.png', () => optionsShot(join(dir, '4-evidence.png'))],
    ];
    for (const [name, shoot] of shots) {
      await shoot();
      made.push(join('store/screenshots', locale, name));
    }
  }
} finally {
  await session.close();
  await server.close();
}
console.log(`${made.length} screenshots (${SIZE.width}×${SIZE.height}):\n  ${made.join('\n  ')}`);
