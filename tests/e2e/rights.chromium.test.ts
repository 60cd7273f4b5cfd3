import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite, setSettings } from './support/suite';
import { reminderById, RIGHTS_CONTENT_CHECKED } from '../../core/rights';

const suite = chromiumSuite();

async function cardFor(language: string, jurisdiction = 'CN') {
  await setSettings(suite.ext, { language, jurisdiction });
  const page = await suite.session.context.newPage();
  await page.goto(suite.server.url('/rights.html'));
  await page.hover('#threat [data-shield-number="+8613800138000"]');
  await page.waitForSelector('[data-testid=shield-card] [data-reminder-id]');
  const reminders = await page.$$eval('[data-testid=shield-card] [data-reminder-id]', (els) =>
    els.map((el) => ({ id: el.getAttribute('data-reminder-id')!, text: el.querySelector('.reminder-text')!.textContent })),
  );
  const claims = await page.locator('[data-testid=card-claims]').textContent();
  await page.close();
  return { reminders, claims };
}

describe('Chromium: the card shows the rights that fit a 法务部 … 起诉 … 通知你家人 message', () => {
  it.each([
    ['zh_CN', /这条信息提到/],
    ['zh_TW', /這則訊息提到/],
    ['en', /This message says/],
  ] as const)('in %s', async (locale, claimsLine) => {
    const { reminders, claims } = await cardFor(locale);
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    expect(reminders.length).toBeLessThanOrEqual(4);
    const ids = reminders.map((r) => r.id);
    // Telling family and employer: the third-party disclosure reminder; the last one is a complaint channel.
    expect(ids).toContain('cn-third-party-pipl');
    expect(reminderById(ids[ids.length - 1]!)!.channel).toBe(true);
    // Every text shown is the knowledge base's own text in that language.
    for (const r of reminders) expect(r.text).toBe(reminderById(r.id)!.text[locale]);
    expect(claims).toMatch(claimsLine);
    expect(claims).toContain('法务部');
    expect(claims).toContain('通知你家人');
  });

  it('follows the jurisdiction setting: a US reader gets FDCPA third-party rules and the CFPB', async () => {
    const { reminders } = await cardFor('en', 'US');
    const ids = reminders.map((r) => r.id);
    expect(ids).toContain('us-third-parties');
    expect(ids[ids.length - 1]).toBe('us-channel-cfpb');
  });

  it('the Know-your-rights page lists the rules in force, the channels and the date checked', async () => {
    await setSettings(suite.ext, { language: 'zh_CN', jurisdiction: 'CN' });
    const page = await suite.session.context.newPage();
    await page.goto(suite.session.extensionUrl('rights.html'));
    await page.waitForSelector('[data-reminder-id]');
    const ids = await page.$$eval('[data-reminder-id]', (els) => els.map((el) => el.getAttribute('data-reminder-id')));
    expect(ids).toEqual(expect.arrayContaining(['cn-privacy-peace', 'cn-channel-110', 'cn-channel-12378', 'cn-channel-12321']));
    // advice (status A) comes first, as suggestions, and the channels (status C) are stated without 据报道
    expect(ids[0]).toBe('cn-advice-calm');
    const verify = await page.locator('[data-reminder-id=cn-advice-verify]').textContent();
    expect(verify).toContain('建议');
    expect(verify).toContain('建议，并非法律规定');
    expect(await page.locator('[data-reminder-id=cn-channel-12378] .reminder-text').textContent()).not.toContain('据报道');
    expect(ids.some((id) => id!.startsWith('us-'))).toBe(false);
    expect(await page.locator('[data-testid=rights-checked]').textContent()).toContain(RIGHTS_CONTENT_CHECKED);
    await page.close();
  });
});
