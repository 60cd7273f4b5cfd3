import { isValidPhoneNumber } from 'libphonenumber-js/max';
/**
 * Properties of scanText over generated text: it never throws, its offsets and
 * keys are always well-formed, and numbers are found the same way however they
 * are written and whatever Chinese text they are glued into.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';
import type { Detection } from '../../../core/types';

const KINDS = new Set(['mobile', 'landline', 'tollfree', 'shared-cost', 'service', 'sms-gateway', 'voip', 'other']);

function checkWellFormed(text: string, found: Detection[]): void {
  let prevEnd = 0;
  for (const d of found) {
    expect(Number.isInteger(d.start) && Number.isInteger(d.end)).toBe(true);
    expect(d.start).toBeGreaterThanOrEqual(prevEnd);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.number).toMatch(/^(?:\+\d{7,15}|[A-Z]{2}:\d{3,20})$/);
    expect(KINDS.has(d.kind)).toBe(true);
    prevEnd = d.end;
  }
}

/** Pieces that make the scanner's life hard: digits of both widths, separators, invisible characters, cues. */
const PIECES = [
  '1', '3', '8', '0', '5', '9', '0', '１', '３', '８', '０', ' ', '\u00a0', '\u3000', '-', '－', '.', '(', ')', '（', '）',
  '+', '＋', '\u200b', '\u200d', '\ufeff', '\u00ad', 'x', 'ext.', '转', 'a', 'Z', '@', '/', ':', '¥', '$', '元', '。',
  '，', '\n', '电话', '致电', '來電', 'call ', 'tel:', '订单号', '验证码', 'http://', 'www.', '【', '】', '\ud83d',
  '\ude00', '13800138000', '+86', '0086', '0571', '95188', '12378', '106', '400', '2024-11-06',
];
const piece = fc.constantFrom(...PIECES);
const mixedText = fc
  .array(fc.oneof({ arbitrary: piece, weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Valid CN mobile prefixes (libphonenumber "max" agrees they are assigned). */
const MOBILE_PREFIXES = ['130', '133', '135', '136', '138', '139', '150', '151', '158', '159', '166', '177', '180', '186', '188', '189', '199'];
const mobile = fc
  .tuple(fc.constantFrom(...MOBILE_PREFIXES), fc.integer({ min: 0, max: 99_999_999 }))
  .map(([p, n]) => `${p}${String(n).padStart(8, '0')}`);
/** Chinese text around a number, never a cue that vetoes it. */
const cjkFiller = fc
  .array(fc.constantFrom('请', '您', '已', '逾期', '联系', '回电', '處理', '謝謝', '，', '。', '：', '法务部', '催收', ' '), { maxLength: 6 })
  .map((p) => p.join(''));

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('scanText properties', () => {
  it('never throws and returns well-formed, sorted, non-overlapping detections', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        checkWellFormed(text, scanText(text));
        checkWellFormed(text, scanText(text, { region: 'US' }));
      }),
      { numRuns: 3000 },
    );
  });

  it('ignores nonsense regions instead of throwing', () => {
    fc.assert(
      fc.property(mixedText, fc.string({ maxLength: 4 }), (text, region) => {
        checkWellFormed(text, scanText(text, { region }));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a mobile glued between Chinese text with its exact span, in every common notation', () => {
    const notations: Array<(m: string) => string> = [
      (m) => m,
      (m) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
      (m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
      (m) => `+86 ${m}`,
      (m) => `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
      (m) => `0086 ${m}`,
      (m) => `(86)${m}`,
      (m) => FULL_WIDTH(m),
      (m) => m.split('').join('\u200b'),
      (m) => `${m.slice(0, 3)}\u00a0${m.slice(3, 7)}\u00a0${m.slice(7)}`,
    ];
    fc.assert(
      fc.property(cjkFiller, mobile, fc.nat(notations.length - 1), cjkFiller, (before, m, which, after) => {
        const written = notations[which]!(m);
        const text = `${before}${written}${after}`;
        expect(scanText(text)).toEqual([{ start: before.length, end: before.length + written.length, number: `+86${m}`, kind: 'mobile' }]);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a landline with area code in every common notation', () => {
    const local = fc.integer({ min: 2_000_0000, max: 8_999_9999 }).map(String);
    const area = fc.constantFrom('10', '20', '21', '571', '755');
    const notations: Array<(a: string, l: string) => string> = [
      (a, l) => `0${a}-${l}`,
      (a, l) => `(0${a}) ${l.slice(0, 4)} ${l.slice(4)}`,
      (a, l) => `（0${a}）${l}`,
      (a, l) => `0${a} ${l.slice(0, 4)}-${l.slice(4)}`,
      (a, l) => `+86 ${a} ${l}`,
      (a, l) => `+86 (0)${a} ${l.slice(0, 4)} ${l.slice(4)}`,
      (a, l) => `0086-${a}-${l}`,
      (a, l) => FULL_WIDTH(`0${a}-${l}`),
    ];
    // Only numbers that exist: some ranges (e.g. Beijing 8000 xxxx) are unassigned, and rejecting them is right.
    const landline = fc.tuple(area, local).filter(([a, l]) => isValidPhoneNumber(`+86${a}${l}`));
    fc.assert(
      fc.property(cjkFiller, landline, fc.nat(notations.length - 1), (before, [a, l], which) => {
        const written = notations[which]!(a, l);
        const text = `${before}${written}。`;
        const found = scanText(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toEqual({ start: before.length, end: before.length + written.length, number: `+86${a}${l}`, kind: 'landline' });
      }),
      { numRuns: 800 },
    );
  });

  it('never reports digits glued to Latin letters, inside longer digit runs, or as amounts', () => {
    const wrap = fc.constantFrom<[string, string]>(
      ['JB', ''],
      ['', 'abc'],
      ['SF', '12'],
      ['4', ''],
      ['', '7'],
      ['¥', ''],
      ['￥ ', ''],
      ['$', ''],
      ['', '元'],
      ['', '.5'],
      ['', '@qq.com'],
      ['http://x.com/', ''],
      ['订单号', ''],
      ['验证码：', ''],
    );
    fc.assert(
      fc.property(cjkFiller, mobile, wrap, (before, m, [l, r]) => {
        expect(scanText(`${before}${l}${m}${r}`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is unaffected by text that holds no digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/[0-9\uff10-\uff19]/g, '')), (text) => {
        expect(scanText(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
