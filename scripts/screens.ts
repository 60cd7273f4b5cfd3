// `npx tsx scripts/screens.ts`: what users see after this change, for a person to look at:
// the card on a collector's night message (with its sent time and reminders), the card's
// report form, and the Know-your-rights page, in zh_CN, zh_TW and en, light and dark
// (prefers-color-scheme), into test-results/screens/. Uses the dev build in .output-dev
// (npm run build:e2e) and the fixture pages on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/browsers';
import { serveFixtures } from '../tests/e2e/support/server';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { set(v: unknown): Promise<void> } } };

const OUT = resolve('test-results/screens');
mkdirSync(OUT, { recursive: true });
const server = await serveFixtures(resolve('tests/fixtures'));
const session = await launchChromium();
const ext = await session.context.newPage();
await ext.goto(session.extensionUrl('options.html'));
await ext.evaluate(() =>
  chrome.runtime.sendMessage({ type: 'report', key: '+8613800138000', category: 'collector', claimedOrg: '借呗法务部', creditor: 'jiebei', behaviours: ['threats'], note: '自称借呗法务部，说要去单位' }),
);
const written: string[] = [];
for (const locale of ['zh_CN', 'zh_TW', 'en'] as const) {
  await ext.evaluate((l) => chrome.storage.local.set({ settings: { language: l, jurisdiction: 'CN' } }), locale);
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url('/evidence-thread.html'));
    await page.waitForSelector('html[data-shield-ready]');
    await page.hover('#thread li:nth-child(3) [data-shield-number]');
    await page.waitForSelector('[data-testid=shield-card] .rights');
    await page.waitForTimeout(300);
    const card = `${OUT}/card-${locale}-${scheme}.png`;
    await page.screenshot({ path: card });
    await page.click('[data-testid=shield-card] [data-action=report]');
    await page.waitForSelector('[data-testid=shield-card] [name=report-save]');
    await page.waitForTimeout(300);
    const form = `${OUT}/report-form-${locale}-${scheme}.png`;
    await page.screenshot({ path: form });
    await page.close();
    const rights = await session.context.newPage();
    await rights.emulateMedia({ colorScheme: scheme });
    await rights.setViewportSize({ width: 1280, height: 800 });
    await rights.goto(session.extensionUrl('rights.html'));
    await rights.waitForSelector('[data-reminder-id]');
    const rightsFile = `${OUT}/rights-${locale}-${scheme}.png`;
    await rights.screenshot({ path: rightsFile });
    await rights.close();
    written.push(card, form, rightsFile);
  }
}
await session.close();
await server.close();
console.log(written.join('\n'));
