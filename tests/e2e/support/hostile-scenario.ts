import { expect } from 'vitest';

/** The user's own report, with a private note the page must never read. */
export const PRIVATE_NOTE = '私人备注：他们说明天上门';
export const HOSTILE_SEED = { type: 'report', key: '+8613800138000', category: 'collector', note: PRIVATE_NOTE } as const;
const REAL = '#collector [data-shield-number="+8613800138000"]';

/** What tests/fixtures/hostile.html's `attack()` reports. */
export interface AttackReport {
  hostFound: boolean;
  shadowRoot: boolean | null;
  caughtRoots: number;
  noteInPage: boolean;
  messages: string[];
  events: string[];
  htmlAttributes: string[];
  attributeChanges: string[];
  fakeBadgePainted: boolean;
  fakeShadow: string;
  innerKey: string | null;
  innerVerdict: string | null;
}

/** What the scenario needs, whichever automation library drives the browser. */
export interface HostileHarness {
  extensionId: string;
  /** Stores a message through an extension page (the background's own validation applies). */
  send(message: unknown): Promise<unknown>;
  /** Opens the fixture page; resolves once it is loaded. */
  open(path: string): Promise<void>;
  /** Runs a function in the page's own world (where the page's scripts run). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real (trusted) mouse hover, as the user's. */
  hover(selector: string): Promise<void>;
  /** Rows of one IndexedDB table of the extension. */
  table(name: string): Promise<Record<string, unknown>[]>;
  poll: { timeout: number; interval: number };
}

/**
 * Issue items 1-3 of the security model, run by the page's own script against
 * what a store build shows a page (the e2e probe is off): it can read nothing
 * of the card, act as the user in nothing, learn nothing from start-up
 * messages or attributes, switch nothing off, and dress no number as official.
 */
export async function runHostileScenario(h: HostileHarness) {
  expect(await h.send(HOSTILE_SEED)).toMatchObject({ ok: true });
  const before = { reports: await h.table('reports'), overrides: await h.table('overrides') };
  expect(before.reports).toHaveLength(1);

  await h.open(`/hostile.html?id=${encodeURIComponent(h.extensionId)}`);
  // The real number is marked, with its verdict, also inside the page-made fake official marker.
  await expect
    .poll(() => h.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-shield-verdict') ?? null, REAL), h.poll)
    .toBe('collector');
  await expect
    .poll(() => h.evaluate(() => document.querySelector('#fake-official [data-shield-number]')?.getAttribute('data-shield-verdict') ?? null, undefined), h.poll)
    .toBe('collector');

  // The user hovers the real number: the card opens with the private note inside it.
  await h.hover(REAL);
  await expect.poll(() => h.evaluate(() => !!document.querySelector('collector-shield-ui'), undefined), h.poll).toBe(true);

  type Attack = (a: { extensionId: string; secret: string }) => Promise<AttackReport>;
  const report = await h.evaluate(
    (arg) => (window as unknown as { attack: Attack }).attack(arg),
    { extensionId: h.extensionId, secret: PRIVATE_NOTE.slice(5) },
  );
  // 1. nothing of the card can be read or pressed
  expect(report.hostFound).toBe(true);
  expect(report.shadowRoot).toBe(false);
  expect(report.caughtRoots).toBe(0);
  expect(report.noteInPage).toBe(false);
  // 2. no start-up message or event, no state on <html>
  expect(report.messages).toEqual([]);
  expect(report.events).toEqual([]);
  expect(report.htmlAttributes.filter((a) => a.startsWith('data-shield'))).toEqual([]);
  expect(report.attributeChanges.filter((a) => a.startsWith('data-shield'))).toEqual([]);
  // 3. the number dressed as 95188 keeps its real key and verdict, and the extension does not paint the dress
  expect(report.fakeBadgePainted).toBe(false);
  expect(report.fakeShadow).toBe('none');
  expect(report.innerKey).toBe('+8613800138000');
  expect(report.innerVerdict).toBe('collector');

  // Replaying the start-up event switched nothing off: a message arriving afterwards is marked.
  await expect
    .poll(() => h.evaluate(() => document.querySelector('#after-replay [data-shield-number]')?.getAttribute('data-shield-number') ?? null, undefined), h.poll)
    .toBe('+8613912345678');
  // The page-made marker for a number of its own making is not ours: its text got a real marker inside, nothing more.
  expect(
    await h.evaluate(() => {
      const inner = document.querySelector('#later [data-shield-number] [data-shield-number]');
      return inner?.getAttribute('data-shield-number') ?? null;
    }, undefined),
  ).toBe('+8613700000000');

  // Nothing was stored on the user's behalf: no override, no report, the note unchanged.
  await new Promise((r) => setTimeout(r, 500));
  expect(await h.table('overrides')).toEqual(before.overrides);
  expect(await h.table('reports')).toEqual(before.reports);
}
