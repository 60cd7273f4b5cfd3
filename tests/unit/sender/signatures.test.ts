import { describe, expect, it } from 'vitest';
import { findSignatures, normalizeSender } from '../../../core/sender';
import { findSignatures as findSignaturesLight } from '../../../core/sender/signatures';

describe('findSignatures', () => {
  it('finds a signature at the start of a message', () => {
    const text = '【借呗】您已逾期，请速联系法务部 0571-2688 8888 转 8001';
    expect(findSignatures(text)).toEqual([{ start: 0, end: 4, name: '借呗', normalized: '借呗' }]);
  });

  it('finds a signature at the end of a message', () => {
    const text = '您本期账单已逾期，请尽快还款。退订回T【招商银行】';
    expect(findSignatures(text)).toEqual([{ start: 19, end: 25, name: '招商银行', normalized: '招商银行' }]);
  });

  it('finds both when a message has one at each end', () => {
    const text = '【借呗】请还款【花呗】';
    expect(findSignatures(text).map((s) => s.name)).toEqual(['借呗', '花呗']);
  });

  it('accepts ASCII and full-width square brackets and Traditional names', () => {
    expect(findSignatures('[花唄]您的額度已凍結')).toEqual([{ start: 0, end: 4, name: '花唄', normalized: '花呗' }]);
    expect(findSignatures('［法務部］請於今日回電')).toEqual([{ start: 0, end: 5, name: '法務部', normalized: '法务部' }]);
    expect(findSignatures('〖京东金融〗提醒')[0]?.normalized).toBe('京东金融');
  });

  it('skips surrounding whitespace and invisible characters', () => {
    const text = '  \u200b【借唄】 提醒您 \n';
    expect(findSignatures(text)).toEqual([{ start: 3, end: 7, name: '借唄', normalized: '借呗' }]);
  });

  it('normalises names the same way as normalizeSender', () => {
    for (const text of ['【借 唄】你好', '【ＡＬＩＰＡＹ】hello', '[Ali-Pay] hi', '你好【螞蟻借唄】']) {
      for (const s of findSignatures(text)) expect(s.normalized).toBe(normalizeSender(s.name));
    }
  });

  it.each([
    ['in the middle', '请联系【借呗】客服处理'],
    ['in the middle of English', 'Please contact [Alipay] support now'],
    ['empty brackets', '【】您已逾期'],
    ['unclosed', '【借呗您已逾期'],
    ['only punctuation inside', '【！！】您已逾期'],
    ['a bracketed sentence, not a name', '【您的账户已严重逾期请立即联系法务部门处理否则后果自负】'],
    ['across a line break', '【借\n呗】你好'],
    ['empty text', ''],
    ['no brackets', '您已逾期'],
  ])('finds nothing %s', (_why, text) => {
    expect(findSignatures(text)).toEqual([]);
  });

  it('the light variant folds width/case/punctuation without converting script', () => {
    expect(findSignaturesLight('【ＡＬＩ Pay】hi')).toEqual([{ start: 0, end: 9, name: 'ＡＬＩ Pay', normalized: 'alipay' }]);
    expect(findSignaturesLight('【借唄】')[0]?.normalized).toBe('借唄');
  });
});
