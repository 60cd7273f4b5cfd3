import { expect } from 'vitest';
import { POLL, type SitePage } from './site-fixtures';

/** Row 0 of the Google Voice fixture's thread list: its sender element, sender attributes and number keys. */
function firstRow() {
  const row = document.querySelector('gv-thread-list-item')!;
  const who = row.querySelector('gv-annotation.participants')!;
  return {
    sender: who.getAttribute('data-shield-sender'),
    verdict: who.getAttribute('data-shield-verdict'),
    badge: who.hasAttribute('data-shield-badge'),
    numbers: [...row.querySelectorAll('[data-shield-number]')].map((m) => m.getAttribute('data-shield-number')),
  };
}

/**
 * Google Voice's virtual list reuses a row for another conversation and only
 * changes its text (gvRecycle, as the CDK does on scroll): the row's sender is
 * checked again and loses the old collector verdict, and its numbers are the
 * new text's.
 */
export async function checkRecycledRow(page: SitePage) {
  await page.waitForSelector('html[data-shield-ready]');
  await expect.poll(() => page.evaluate(firstRow, undefined), POLL).toMatchObject({ sender: '借呗法务部', verdict: 'collector', badge: true });
  await page.evaluate(() => (window as unknown as { gvRecycle(first: number): void }).gvRecycle(0), undefined);
  await expect
    .poll(() => page.evaluate(firstRow, undefined), POLL)
    // the number twice: as the row's name and in its preview
    .toEqual({ sender: '(212) 555-0187', verdict: 'unknown', badge: false, numbers: ['+12125550187', '+12125550187'] });
  expect(page.errors).toEqual([]);
}
