// `npm start`: build the extension, serve the demo page on 127.0.0.1 and open
// Chromium with the extension loaded on it. Without a display it says exactly
// where the build is and how to load it. `npm start -- --check` runs the same
// path headless, saves a screenshot and exits (proof that it works here).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_EXT, FIREFOX_EXT, launchChromium } from '../tests/e2e/support/browsers';
import { serveFixtures } from '../tests/e2e/support/server';

const check = process.argv.includes('--check');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

console.log('Building the extension (Chrome and Firefox, with access to 127.0.0.1 for the demo page)...');
execSync('npm run build:e2e', { stdio: 'inherit', env: { ...process.env } });

const server = await serveFixtures(resolve('tests/fixtures'));
const demo = server.url('/index.html');

if (!check && !hasDisplay) {
  console.log(`
No display found, so no browser window can open here. To try Collector Shield:

  Chrome/Chromium: open chrome://extensions, turn on "Developer mode",
                   click "Load unpacked" and choose
                   ${CHROME_EXT}
  Firefox:         open about:debugging#/runtime/this-firefox,
                   click "Load Temporary Add-on..." and choose
                   ${FIREFOX_EXT}/manifest.json

Then open the demo page, served now at ${demo}
(this build may read 127.0.0.1 pages; the store build from "npm run build" cannot).
Press Ctrl+C to stop the demo server.`);
  await new Promise(() => undefined);
}

const session = await launchChromium({ headless: check });
const page = await session.context.newPage();
await page.goto(demo);
await page.waitForSelector('[data-shield-number]', { timeout: 15_000 });
if (check) {
  mkdirSync('bench/out', { recursive: true });
  const first = page.locator('[data-shield-number]').first();
  await first.hover();
  await page.waitForSelector('[data-testid=shield-card]');
  await page.screenshot({ path: 'bench/out/demo.png' });
  const marked = await page.locator('[data-shield-number]').count();
  console.log(`demo OK: ${marked} numbers marked on ${demo}; screenshot in bench/out/demo.png`);
  await session.close();
  await server.close();
} else {
  console.log(`Chromium is open on ${demo} with Collector Shield loaded. Close the browser window to stop.`);
  session.context.on('close', () => void server.close().then(() => process.exit(0)));
}
