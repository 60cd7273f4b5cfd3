import { expect } from 'vitest';

export const CARD_KEY = '+8613800138000';
export const WINDOWS = [
  { width: 1366, height: 650 },
  { width: 1280, height: 800 },
  { width: 480, height: 800 },
] as const;
/** Where the number is put in the window before the card opens. */
export const SPOTS = ['top', 'middle', 'bottom'] as const;

export interface GeometryHarness {
  setViewport(size: { width: number; height: number }): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  /** Moves the mouse away (top-left corner) so the card closes. */
  moveAway(): Promise<void>;
  poll: { timeout: number; interval: number };
}

type Box = { top: number; bottom: number; left: number; right: number };
type Measure = { card: Box | null; marker: Box; actions: Box | null; loaded: boolean; view: { w: number; h: number } };

/** The card's box, its number's box, its action buttons' box (under the e2e probe the card's root is open). */
function measure(selector: string): Measure {
  const box = (r: DOMRect): Box => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
  const root = document.querySelector('collector-shield-ui')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('[data-testid=shield-card]');
  const actions = root?.querySelector<HTMLElement>('.actions');
  return {
    card: card ? box(card.getBoundingClientRect()) : null,
    marker: box(document.querySelector(selector)!.getBoundingClientRect()),
    actions: actions ? box(actions.getBoundingClientRect()) : null,
    loaded: !!root?.querySelector('.rights'),
    view: { w: innerWidth, h: innerHeight },
  };
}

/**
 * For a number at the top, middle and bottom of each window, opened by hover:
 * once its details are in, the card lies inside the window, does not cover its
 * number, and its actions are in view; after the page scrolls 200 px the card
 * is still beside its number, or closed.
 */
export async function runCardGeometry(h: GeometryHarness) {
  for (const size of WINDOWS) {
    await h.setViewport(size);
    for (const spot of SPOTS) {
      const id = spot === 'top' ? 'n-top' : spot === 'middle' ? 'n-middle' : 'n-bottom';
      const selector = `#${id} [data-shield-number="${CARD_KEY}"]`;
      const label = `${size.width}×${size.height} ${spot}`;
      await h.moveAway();
      await h.evaluate(
        ({ sel, where }) => {
          const el = document.querySelector(sel)!;
          const r = el.getBoundingClientRect();
          const target = where === 'top' ? 40 : where === 'middle' ? innerHeight / 2 : innerHeight - 60;
          scrollBy(0, r.top - target);
        },
        { sel: selector, where: spot },
      );
      await h.hover(selector);
      await expect.poll(() => h.evaluate(measure, selector).then((m) => m.loaded), h.poll).toBe(true);
      // placed again after the details made it grow
      await new Promise((r) => setTimeout(r, 150));
      const m = await h.evaluate(measure, selector);
      const card = m.card!;
      expect(card, label).not.toBeNull();
      expect(card.top, `${label}: top inside`).toBeGreaterThanOrEqual(0);
      expect(card.left, `${label}: left inside`).toBeGreaterThanOrEqual(0);
      expect(card.bottom, `${label}: bottom inside`).toBeLessThanOrEqual(m.view.h + 0.5);
      expect(card.right, `${label}: right inside`).toBeLessThanOrEqual(m.view.w + 0.5);
      const covers = card.left < m.marker.right && card.right > m.marker.left && card.top < m.marker.bottom && card.bottom > m.marker.top;
      expect(covers, `${label}: the card does not cover its number`).toBe(false);
      expect(m.actions, `${label}: actions`).not.toBeNull();
      expect(m.actions!.top, `${label}: actions in view`).toBeGreaterThanOrEqual(card.top - 0.5);
      expect(m.actions!.bottom, `${label}: actions in view`).toBeLessThanOrEqual(Math.min(card.bottom, m.view.h) + 0.5);

      // scroll 200 px: attached (moved with the number) or closed
      await h.evaluate(() => scrollBy(0, 200), undefined);
      await new Promise((r) => setTimeout(r, 300));
      const after = await h.evaluate(measure, selector);
      if (after.card && after.card.bottom > after.card.top) {
        const gapBefore = Math.min(Math.abs(card.top - m.marker.bottom), Math.abs(m.marker.top - card.bottom));
        const gapAfter = Math.min(Math.abs(after.card.top - after.marker.bottom), Math.abs(after.marker.top - after.card.bottom));
        expect(Math.abs(gapAfter - gapBefore) < 40 || after.card.top >= 0, `${label}: still beside its number after scrolling`).toBe(true);
        const coversAfter =
          after.card.left < after.marker.right && after.card.right > after.marker.left && after.card.top < after.marker.bottom && after.card.bottom > after.marker.top;
        expect(coversAfter, `${label}: does not cover its number after scrolling`).toBe(false);
      }
    }
  }
}
