import { expect } from 'vitest';

export const EVIDENCE_KEY = '+8613800138000';

/** What the scenario needs, whichever automation library drives the browser. */
export interface EvidenceHarness {
  /** A message to the background, from an extension page. */
  send(message: unknown): Promise<unknown>;
  /** Opens a fixture page in a new tab (closing the previous one). */
  open(path: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  /** Clicks an element inside the card (its root is open under the e2e probe). */
  clickInCard(selector: string): Promise<void>;
  /** Waits until an element inside the card exists. */
  waitInCard(selector: string): Promise<void>;
  table(name: string): Promise<Record<string, unknown>[]>;
  /** Opens the number's printable summary and returns its figure statements (data-statement → text). */
  summary(key: string): Promise<Record<string, string>>;
  poll: { timeout: number; interval: number };
}

/**
 * Issue #14's evidence proofs: one thread viewed on two days leaves one
 * sighting per message with the page's sent times; a message sent at 23:41
 * counts as a night contact whenever it is viewed; a report and a sighting of
 * one message are one contact.
 */
export async function runEvidenceScenario(h: EvidenceHarness) {
  // Flag the number without a report (a report would be a contact of its own).
  expect(await h.send({ type: 'override', key: EVIDENCE_KEY, value: 'blocked' })).toMatchObject({ ok: true });
  const sightings = async () => (await h.table('sightings')).filter((s) => s.key === EVIDENCE_KEY);

  await h.open('/evidence-thread.html?view=1');
  await expect.poll(() => h.evaluate((k) => document.querySelectorAll(`[data-shield-number="${k}"][data-shield-verdict=harassment]`).length, EVIDENCE_KEY), h.poll).toBe(2);
  await expect.poll(async () => (await sightings()).length, h.poll).toBe(2);
  const times = await h.evaluate(() => (window as unknown as { sentTimes: { older: number; night: number } }).sentTimes, undefined);

  // Days later the page shows the night message by its weekday: still the same two messages.
  await h.open('/evidence-thread.html?view=2');
  await expect.poll(() => h.evaluate((k) => document.querySelectorAll(`[data-shield-number="${k}"][data-shield-verdict=harassment]`).length, EVIDENCE_KEY), h.poll).toBe(2);
  await new Promise((r) => setTimeout(r, 1500));
  const rows = await sightings();
  expect(rows).toHaveLength(2);
  expect(rows.map((r) => r.sentAt).sort()).toEqual([times.older, times.night].sort());
  for (const r of rows) {
    expect(r.sentPrecision).toBe('minute');
    expect(typeof r.seenAt).toBe('number');
    expect(r.excerpt).toMatch(/138 0013 8000/);
    expect(r.excerpt).not.toMatch(/周末回家/);
  }

  // Report the night message from its card: the report and its sighting are one contact.
  await h.hover(`#thread li:nth-child(3) [data-shield-number="${EVIDENCE_KEY}"]`);
  await h.clickInCard('[data-action=report]');
  await h.waitInCard('[name=report-save]');
  await h.clickInCard('[name=report-save]');
  await h.waitInCard('[data-testid=report-saved]');
  const reports = (await h.table('reports')).filter((r) => r.key === EVIDENCE_KEY);
  expect(reports).toHaveLength(1);
  const night = rows.find((r) => r.sentAt === times.night)!;
  expect(reports[0]!.evidence).toMatchObject({ messageId: night.messageId, at: times.night });

  const statements = await h.summary(EVIDENCE_KEY);
  expect(statements.summary, 'two messages, two contacts').toMatch(/\b2 contacts\b/);
  expect(statements.untimed, 'every contact has a known time').toBeUndefined();
  expect(statements.night, 'sent at 23:41: a night contact, whenever it was viewed').toMatch(/\b1\b/);
}
