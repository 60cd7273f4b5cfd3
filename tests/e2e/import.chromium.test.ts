import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { serveFixtures, type FixtureServer } from './support/server';
import { UNKNOWN_KEY } from './support/fixture-expectations';

let server: FixtureServer;
let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const listCount = () => options.locator('[data-stat=listEntries]').textContent();

describe('Chromium: importing a list through the options page', () => {
  it('a file with a bad line is refused, lists the line and its reason, and changes nothing', async () => {
    await options.setInputFiles('input[name=list-file]', resolve('tests/fixtures/lists/bad-line.csv'));
    await options.click('button[name=import]');
    await options.waitForSelector('[data-testid=import-error]');
    const rows = await options.locator('[data-testid=rejected-lines] tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3.*not-a-number/);
    expect(await options.locator('[data-testid=lists] li').count()).toBe(0);
    await options.reload();
    expect(await listCount()).toBe('0');
  });

  it('imports a CSV; an open page and a newly opened one show the imported verdict', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    const marker = page.locator(`#unknown [data-shield-number="${UNKNOWN_KEY}"]`);
    await expect.poll(() => marker.getAttribute('data-shield-verdict')).toBe('unknown');

    await options.bringToFront();
    await options.setInputFiles('input[name=list-file]', resolve('tests/fixtures/lists/collectors.csv'));
    await options.fill('input[name=list-name]', 'Community list');
    await options.click('button[name=import]');
    await expect.poll(() => options.locator('[data-testid=import-done]').textContent()).toMatch(/3/);
    await expect.poll(listCount).toBe('3');
    expect(await options.locator('[data-testid=lists] li').textContent()).toContain('Community list');

    // The open tab is re-marked without a reload.
    await expect.poll(() => marker.getAttribute('data-shield-verdict'), { timeout: 5000 }).toBe('collector');
    expect(await marker.getAttribute('data-shield-badge')).toMatch(/12/);

    const fresh = await session.context.newPage();
    await fresh.goto(server.url('/foundation.html'));
    await expect.poll(() => fresh.locator(`[data-shield-number="${UNKNOWN_KEY}"]`).getAttribute('data-shield-verdict')).toBe('collector');
  });

  it('finds, edits and deletes an imported number in the database view', async () => {
    await options.bringToFront();
    await options.fill('input[name=db-search]', '139 1234 5678');
    const row = options.locator(`[data-testid=numbers] tr[data-key="${UNKNOWN_KEY}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /Edit|编辑|編輯/ }).click();
    await row.locator('select').selectOption('telemarketing');
    await row.getByRole('button', { name: /Save|保存|儲存/ }).click();
    const page = await session.context.newPage();
    await page.goto(server.url('/foundation.html'));
    await expect.poll(() => page.locator(`[data-shield-number="${UNKNOWN_KEY}"]`).getAttribute('data-shield-verdict')).toBe('telemarketing');
    await options.bringToFront();
    await row.getByRole('button', { name: /Delete|删除|刪除/ }).click();
    await expect.poll(() => row.count()).toBe(0);
  });
});
