/**
 * The fixture pages are shared with the e2e tests: their shield-expect meta must
 * match what the adapter and the content script's own walker + detector see, and
 * each must carry its adapter's provenance, a compose region and a tel: link.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';
import { textNodesIn } from '../../../entrypoints/content/text-walker';
import { regionFor } from '../../../core/region';
import { SITE_ADAPTERS } from '../../../entrypoints/content/sites';
import { loadFixture } from './fixture';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('fixture %s.html', (id, adapter) => {
  it('declares its expectations, and the adapter finds that many senders', () => {
    const fx = loadFixture(id);
    expect(fx.expect.senders).toBeGreaterThan(0);
    expect(adapter.findSenders(document).length).toBe(fx.expect.senders);
  });

  it('declares as many numbers as the content script would mark (outside editable regions and tel: links)', () => {
    const fx = loadFixture(id);
    let marked = 0;
    // As the content script scans: not in the site's hidden copies, in the site's region.
    for (const node of textNodesIn(document.body, undefined, adapter.hidden)) {
      marked += scanText(node.data, { region: regionFor({ site: adapter.region, text: node.data, setting: 'CN' }) }).length;
    }
    expect(marked).toBe(fx.expect.numbers);
  });

  it("repeats the adapter's provenance in the comment at its top", () => {
    const fx = loadFixture(id);
    expect(squash(fx.comment)).toContain(squash(adapter.provenance));
  });

  it('has a compose region holding a number, and a tel: link', () => {
    loadFixture(id);
    const editable = [...document.querySelectorAll('textarea, [contenteditable="true"]')];
    expect(editable.some((el) => (el instanceof HTMLTextAreaElement ? el.value : el.textContent ?? '').match(/1\d{10}|\d{3,4}[ -]\d{4}/))).toBe(true);
    expect(document.querySelector('a[href^="tel:"]')).not.toBeNull();
    // Nothing in the compose region is taken as a message.
    for (const el of editable) for (const n of [el, ...el.childNodes]) expect(adapter.messageOf(n)).toBeNull();
  });

  it('has a Chinese collection message whose numbers resolve to one message element', () => {
    loadFixture(id);
    const bodyNumbers = [...textNodesIn(document.body)].filter((n) => scanText(n.data).length && n.data.includes('法务专员'));
    expect(bodyNumbers.length).toBeGreaterThan(0);
    for (const n of bodyNumbers) {
      const msg = adapter.messageOf(n);
      expect(msg, n.data).not.toBeNull();
      expect(msg!.contains(n)).toBe(true);
      expect(msg!.textContent!.length).toBeLessThan(2000);
    }
  });
});
