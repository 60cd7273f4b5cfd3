import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { TERM_GROUPS, NEGATORS_ZH } from '../../../core/claims/terms';
import { toSimplified, traditionalForms } from '../../../core/claims/variants';
import { detectClaims } from '../../../core/claims';

/**
 * The detector writes each Chinese term once, in Simplified script, and reads
 * Traditional characters as Simplified through its own small table. OpenCC's
 * character tables are the reference: every Taiwan, Hong Kong and
 * standard-Traditional spelling OpenCC produces for a term must read back as
 * the term.
 */
const converters = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);
const simplified = (s: string): string => [...s].map((c) => String.fromCharCode(toSimplified(c.charCodeAt(0)))).join('');

describe('Traditional variants of the vocabulary', () => {
  const words = new Set<string>();
  for (const g of TERM_GROUPS) {
    for (const list of [g.terms, g.vetoBefore ?? [], g.vetoAfter ?? [], Array.isArray(g.negators) ? g.negators : []]) {
      for (const t of list) if (hasHan(t)) words.add(t);
    }
  }
  for (const t of NEGATORS_ZH) words.add(t);

  it('reads every OpenCC Traditional spelling of every term, veto and negator as the term itself reads', () => {
    const missing: string[] = [];
    for (const w of words) {
      for (const convert of converters) {
        const t = convert(w);
        if (simplified(t) !== simplified(w)) missing.push(`${w} → ${t} reads as ${simplified(t)}, the term as ${simplified(w)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each Traditional form one Simplified character', () => {
    const chars = new Set([...words].flatMap((w) => [...w]));
    const wrong: string[] = [];
    for (const c of chars) for (const t of traditionalForms(c)) if (t !== c && String.fromCharCode(toSimplified(t.charCodeAt(0))) !== c) wrong.push(`${t} → ${c}`);
    expect(wrong).toEqual([]);
  });

  it('finds a term in Simplified, Traditional and mixed writing, quoting the text as written', () => {
    expect(simplified('法務部')).toBe('法务部');
    expect(simplified('等著瞧')).toBe('等着瞧');
    expect(simplified('徵信')).toBe('征信');
    expect(simplified('聯繫')).toBe('联系');
    expect(simplified('lawsuit')).toBe('lawsuit');
    for (const text of ['我是借呗法务部，你等着瞧', '我是借唄法務部，你等著瞧', '我是借呗法務部，你等着瞧']) {
      const claims = detectClaims(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.quote).toBe(text.slice(c.start, c.end));
      expect(claims.map((c) => c.kind)).toEqual(detectClaims('我是借呗法务部，你等着瞧').map((c) => c.kind));
    }
  });
});
