/**
 * The English negation check reads back a bounded window before a match. It
 * used to read the whole run of word characters and apostrophes before each
 * match: on "sue'sue'sue'…" (every "sue" a match, each run back to the start)
 * that is quadratic, 100K characters took seconds.
 */
import { describe, expect, it } from 'vitest';
import { claimKinds, detectClaims } from '../../../core/claims';

describe('detectClaims: negation look-back', () => {
  it('still reads the negator one or two words back', () => {
    expect(claimKinds('we will not sue you')).toEqual([]);
    expect(claimKinds("we won't sue you")).toEqual([]);
    expect(claimKinds('we never really sue anyone')).not.toContain('court-action');
    expect(claimKinds('we will sue you')).toEqual(['court-action']);
    // The second word back may sit behind a long first word.
    expect(claimKinds(`not ${'x'.repeat(30)} sue you`)).toEqual([]);
  });

  it('does not read the cut end of a long word as a negator', () => {
    // The window starts inside "youcannot": what it sees of it is "not", but the word is "youcannot".
    const text = `youcannot ${'w'.repeat(43)} sue you`;
    expect(text.indexOf('sue') - text.indexOf('not')).toBe(48);
    expect(claimKinds(text)).toEqual(['court-action']);
  });

  it("is linear on a long run of matches joined by apostrophes (sue'sue'…)", () => {
    detectClaims('we will sue you'); // build the vocabulary first
    const text = `loan overdue ${"sue'".repeat(25_000)}`; // 100K characters; took 4.5 s with the unbounded scan
    const t0 = performance.now();
    const claims = detectClaims(text);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(claims.some((c) => c.kind === 'court-action')).toBe(true);
  });
});
