import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';

// Misses and false hits found after the table was written, kept here with their spans.
describe('detection regressions', () => {
  it.each([
    ['【顺丰速运】您的快递已到，请联系快递员 139 1234 5678。', 'CN', 20, 33, '+8613912345678'],
    ['請聯絡快遞員 0912-345-678', 'TW', 7, 19, '+886912345678'],
    ['外卖员电话 13800138000', 'CN', 6, 17, '+8613800138000'],
  ])('finds the number in %s (region %s)', (text, region, start, end, key) => {
    expect(scanText(text, { region })).toEqual([{ start, end, number: key, kind: 'mobile' }]);
  });

  it.each(['快递单号 13800138000', '您的快递 SF1380013800012 已发出', '快递 13800138000'])('still vetoes tracking numbers: %s', (text) => {
    expect(scanText(text)).toEqual([]);
  });
});
