import { expect } from 'vitest';

/** tests/fixtures/framework.html's own API: a Preact app of messages. */
export type FrameworkFixture = {
  errors: string[];
  expectedText(): string;
  setText(id: number, t: string): void;
  reverse(): void;
  remove(id: number): void;
  append(t: string): void;
};
type Step = { [K in keyof FrameworkFixture]: FrameworkFixture[K] extends (...a: infer A) => void ? [K, ...A] : never }[keyof FrameworkFixture];

/** What the scenario needs from a page, whichever automation library drives it. */
export interface FrameworkPage {
  /** #list's textContent as the page shows it. */
  listText(): Promise<string | null>;
  /** What the app says #list should read. */
  expectedText(): Promise<string>;
  /** `key=text` of each marker in #list. */
  markers(): Promise<string[]>;
  /** Calls one of the app's functions in the page. */
  act(...step: Step): Promise<void>;
  /** The errors the app itself caught. */
  appErrors(): Promise<string[]>;
}

/**
 * The app updates, reorders, removes and appends messages: the list never shows
 * stale or duplicated text, the markers follow, and the app reports no error.
 * Shared by the Chromium and Firefox suites.
 */
export async function runFrameworkScenario(page: FrameworkPage, poll?: { timeout: number; interval: number }) {
  await expect.poll(() => page.markers(), poll).toEqual(['+8613800138000=138 0013 8000', '+8613912345678=139-1234-5678', 'CN:95188=95188', 'CN:95188=95188']);
  const settle = () => expect.poll(async () => (await page.listText()) === (await page.expectedText()), poll).toBe(true);

  await page.act('setText', 1, '【借呗】最后通知：请联系 021-6888 8888');
  await settle();
  await expect.poll(() => page.markers(), poll).toContain('+862168888888=021-6888 8888');
  expect(await page.markers()).not.toContain('+8613800138000=138 0013 8000');

  await page.act('reverse');
  await settle();
  await page.act('remove', 2);
  await settle();
  expect(await page.markers()).not.toContain('+8613912345678=139-1234-5678');
  await page.act('append', '新消息：请回电 137 0013 7000');
  await settle();
  await expect.poll(() => page.markers(), poll).toContain('+8613700137000=137 0013 7000');
  await page.act('setText', 3, '已处理，谢谢');
  await settle();
  // The observer's ~100 ms pass after the last update must not bring stale text back.
  const lastUpdate = Date.now();
  await expect.poll(() => Date.now() - lastUpdate, poll).toBeGreaterThan(300);
  expect(await page.listText()).toBe(await page.expectedText());
  // Each message shows its numbers once: markers are exactly the numbers of the current texts.
  expect((await page.markers()).sort()).toEqual(['+862168888888=021-6888 8888', '+8613700137000=137 0013 7000'].sort());
  expect(await page.appErrors()).toEqual([]);
}

/** The FrameworkPage calls, as functions run inside the page (the same for Playwright and Puppeteer). */
declare const fixture: FrameworkFixture;
export const inPage = {
  listText: () => document.getElementById('list')!.textContent,
  expectedText: () => fixture.expectedText(),
  markers: () => [...document.querySelectorAll('#list [data-shield-number]')].map((e) => `${e.getAttribute('data-shield-number')}=${e.textContent}`),
  act: ([name, ...args]: Step) => void (fixture[name] as (...a: unknown[]) => void)(...args),
  appErrors: () => fixture.errors,
};
