import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { TERM_GROUPS, NEGATORS_ZH } from '../../../core/claims/terms';
import { scriptVariants } from '../../../core/claims/variants';

/**
 * The detector writes each Chinese term once, in Simplified script, and derives
 * the Traditional spellings from its own small table. OpenCC's character tables
 * are the reference: every Taiwan, Hong Kong and standard-Traditional spelling
 * OpenCC produces for a term must be among the derived variants.
 */
const converters = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

describe('Traditional variants of the vocabulary', () => {
  const words = new Set<string>();
  for (const g of TERM_GROUPS) {
    for (const list of [g.terms, g.vetoBefore ?? [], g.vetoAfter ?? [], Array.isArray(g.negators) ? g.negators : []]) {
      for (const t of list) if (hasHan(t)) words.add(t);
    }
  }
  for (const t of NEGATORS_ZH) words.add(t);

  it('covers every OpenCC Traditional spelling of every term, veto and negator', () => {
    const missing: string[] = [];
    for (const w of words) {
      const variants = new Set(scriptVariants(w));
      for (const convert of converters) {
        const t = convert(w);
        if (!variants.has(t)) missing.push(`${w} → ${t}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the term itself and handles characters with several forms', () => {
    expect(scriptVariants('法务部')).toEqual(expect.arrayContaining(['法务部', '法務部']));
    expect(scriptVariants('等着瞧')).toEqual(expect.arrayContaining(['等著瞧', '等着瞧']));
    expect(scriptVariants('征信')).toEqual(expect.arrayContaining(['徵信', '征信']));
    expect(scriptVariants('联系')).toEqual(expect.arrayContaining(['聯繫', '聯係', '聯系']));
    expect(scriptVariants('lawsuit')).toEqual(['lawsuit']);
  });
});
