/**
 * Short-number rules checked against the live official directory, which another
 * module fills: the tests pick their numbers from it (or outside it) at run time.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';
import { officialShortDigits } from '../../../core/official/directory';

const official = [...officialShortDigits('CN')];
const officialLong = official.filter((d) => d.length >= 5);
const officialShort = official.filter((d) => d.length < 5);

/** A CN service-shaped number that is not in the directory. */
function unlisted(candidates: string[]): string {
  const hit = candidates.find((d) => !official.includes(d));
  if (!hit) throw new Error('every candidate is in the directory');
  return hit;
}

describe('short numbers and the official directory', () => {
  it('finds every 5+ digit directory number without a cue', () => {
    for (const d of officialLong) {
      const text = `以${d}为准，谨防假冒`;
      expect(scanText(text), d).toEqual([expect.objectContaining({ start: 1, end: 1 + d.length, number: `CN:${d}` })]);
    }
  });

  it('needs a cue for 3-4 digit directory numbers (110 is usually a count)', () => {
    for (const d of officialShort) {
      expect(scanText(`共有${d}人`), d).toEqual([]);
      expect(scanText(`请拨打${d}`), d).toEqual([expect.objectContaining({ start: 3, number: `CN:${d}`, kind: 'service' })]);
    }
  });

  it('needs a cue for service-shaped numbers outside the directory', () => {
    const d = unlisted(['95999', '95777', '95333', '96999']);
    expect(scanText(`编码 ${d} 已生效`)).toEqual([]);
    for (const cue of ['请拨打', '致电', '客服热线：', '撥打', '來電', 'Call ', 'hotline ', '电话']) {
      expect(scanText(`${cue}${d}`), cue).toEqual([{ start: cue.length, end: cue.length + d.length, number: `CN:${d}`, kind: 'service' }]);
    }
  });

  it('finds 12xxx and 100xx shapes after a cue', () => {
    const d12 = unlisted(['12399', '12388', '12377']);
    const d100 = unlisted(['10099', '10088', '10077']);
    expect(scanText(`请拨打${d12}`)).toEqual([{ start: 3, end: 8, number: `CN:${d12}`, kind: 'service' }]);
    expect(scanText(`联系${d100}`)).toEqual([{ start: 2, end: 7, number: `CN:${d100}`, kind: 'service' }]);
  });

  it('finds SMS gateways after a cue or when they are the whole text (a sender field)', () => {
    expect(scanText('10690123456789')).toEqual([{ start: 0, end: 14, number: 'CN:10690123456789', kind: 'sms-gateway' }]);
    expect(scanText('  1065502112345 ')).toEqual([{ start: 2, end: 15, number: 'CN:1065502112345', kind: 'sms-gateway' }]);
    expect(scanText('短信号码10690123456789')).toHaveLength(1);
    expect(scanText('编码 10690123456789 已生效')).toEqual([]);
    // 106 plus 4 digits is too short, plus 18 too long.
    expect(scanText('短信1069012')).toEqual([]);
    expect(scanText(`短信106${'1'.repeat(18)}`)).toEqual([]);
  });

  it('never takes a short number that is an amount, a code or part of a longer token', () => {
    const d = officialLong[0] ?? '95188';
    for (const text of [`¥${d}`, `${d}元`, `验证码${d}`, `验证码：${d}，请勿泄露`, `${d}123`, `A${d}`, `${d}abc`, `${d}.5`, `请拨打${d}-1`, `订单号${d}`]) {
      expect(scanText(text), text).toEqual([]);
    }
  });

  it('never takes a short number written as a count or an ordinal', () => {
    for (const d of official) {
      for (const text of [`已有${d}人参与`, `第${d}期`, `共${d}次`, `请拨打${d}次`]) expect(scanText(text), text).toEqual([]);
    }
  });

  it('takes the nearest cue: a code earlier in the message does not veto a hotline later', () => {
    const text = '验证码123456，如有疑问请致电95188';
    expect(scanText(text)).toEqual([{ start: 17, end: 22, number: 'CN:95188', kind: 'service' }]);
  });
});
