import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';
import { DETECT_CASES } from './cases';

describe('detection table', () => {
  it('has at least 150 cases in every language, positive and negative', () => {
    expect(DETECT_CASES.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['zh_CN', 'zh_TW', 'en'] as const) {
      const own = DETECT_CASES.filter((c) => c.lang === lang);
      expect(own.some((c) => c.expected.length > 0), `${lang} positives`).toBe(true);
      expect(own.some((c) => c.expected.length === 0), `${lang} negatives`).toBe(true);
    }
    expect(new Set(DETECT_CASES.map((c) => c.id)).size).toBe(DETECT_CASES.length);
  });

  it('spans in the table match the written text', () => {
    for (const c of DETECT_CASES) {
      for (const e of c.expected) expect(c.text.slice(e.start, e.end), c.id).toBe(e.written);
    }
  });

  it.each(DETECT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = scanText(c.text, c.region ? { region: c.region } : undefined);
    expect(got).toEqual(c.expected.map(({ start, end, number, kind }) => ({ start, end, number, kind })));
  });
});
