import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, readTable, setSettings } from './support/suite';

const suite = chromiumSuite({ language: 'zh_CN', jurisdiction: 'CN', suspicion: true });

const JIEBEI = '#jiebei [data-shield-number="+8613800138000"]';
const MEDIATION = '#mediation [data-shield-number="+862168888888"]';
const verdictOf = (page: Page, sel: string) => page.locator(sel).getAttribute('data-shield-verdict');

const reports = () => readTable(suite.ext, 'reports');

describe('Chromium: day-one protection with an empty database', () => {
  it('marks unknown numbers in collection messages suspected, and nothing else', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/suspected.html'));
    await page.waitForSelector('html[data-shield-ready]');
    await expect.poll(() => verdictOf(page, JIEBEI)).toBe('suspected');
    expect(await verdictOf(page, MEDIATION)).toBe('suspected');
    expect(await verdictOf(page, '#bill [data-shield-number="CN:95555"]')).toBe('official');
    expect(await verdictOf(page, '#delivery [data-shield-number="+8613912345678"]')).toBe('unknown');
    expect(await page.locator(JIEBEI).getAttribute('data-shield-badge')).toBe('⚠ 疑似催收');
    await page.close();
  });

  it('the card quotes the trigger and says how to verify the claimed identity', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/suspected.html'));
    await page.hover(JIEBEI);
    const suspicion = page.locator('[data-testid=card-suspicion]');
    await suspicion.waitFor();
    const text = await suspicion.textContent();
    expect(text).toContain('“法务部”');
    expect(text).toContain('逾期');
    expect(text).toContain('这只是怀疑，并非事实');
    expect(await page.locator('[data-testid=card-identity]').textContent()).toBe(
      '这条信息自称代表“借呗”，但这个号码不在官方号码目录中。如需核实，请通过官方号码联系支付宝客服：95188。',
    );
    await page.close();
  });

  it('dismiss is remembered: the number stays unmarked on reload', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/suspected.html'));
    await page.hover(JIEBEI);
    await page.click('[data-testid=card-suspicion] [data-action=dismiss]');
    await expect.poll(() => verdictOf(page, JIEBEI)).toBe('unknown');
    await page.reload();
    await page.waitForSelector('html[data-shield-ready]');
    await expect.poll(() => verdictOf(page, MEDIATION)).toBe('suspected');
    expect(await verdictOf(page, JIEBEI)).toBe('unknown');
    expect(await reports()).toEqual([]);
    await page.close();
  });

  it('confirm turns the suspicion into a report, through the report form', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/suspected.html'));
    await page.hover(MEDIATION);
    await page.click('[data-testid=card-suspicion] [data-action=confirm]');
    const form = page.locator('[data-testid=report-form]');
    expect(await form.locator('[name=report-category][value=collector]').isChecked()).toBe(true);
    await form.locator('[name=report-save]').click();
    await expect.poll(() => verdictOf(page, MEDIATION)).toBe('collector');
    const rows = await reports();
    expect(rows).toEqual([expect.objectContaining({ key: '+862168888888', category: 'collector' })]);
    expect((rows[0] as unknown as { evidence: { text: string } }).evidence.text).toContain('调解中心');
    await page.close();
  });

  it('can be turned off in the settings', async () => {
    await setSettings(suite.ext, { language: 'zh_CN', jurisdiction: 'CN', suspicion: false });
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/suspected.html'));
    await page.waitForSelector('html[data-shield-ready]');
    expect(await page.locator('[data-shield-verdict=suspected]').count()).toBe(0);
    await page.close();
  });
});
