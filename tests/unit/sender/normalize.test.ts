import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSender, normalizeSender } from '../../../core/sender';

describe('normalizeSender', () => {
  it.each([
    ['借唄', '借呗'],
    ['法務部', '法务部'],
    ['螞蟻借唄', '蚂蚁借呗'],
    ['招商銀行', '招商银行'],
    ['中國銀行', '中国银行'],
    ['催收中心', '催收中心'],
    ['臺灣銀行', '台湾银行'],
    ['聯繫人', '联系人'],
    ['【借唄】', '[借呗]'],
    ['【法務部】', '（法务部）'],
    ['ＡＬＩＰＡＹ', 'alipay'],
    ['AliPay', 'alipay'],
    ['Ali Pay', 'alipay'],
    ['ali-pay!', 'AliPay'],
    ['花 呗', '花呗'],
    ['花\u3000唄', '花呗'],
    ['花\u200b呗', '花呗'],
    ['《京东金融》', '京东金融'],
    ['京东金融。', '京东金融'],
    ['ＪＤ金融', 'jd金融'],
    ['微众银行（WeBank）', '微眾銀行webank'],
    ['１２３银行', '123銀行'],
  ])('%s = %s', (a, b) => {
    expect(normalizeSender(a)).toBe(normalizeSender(b));
  });

  it('produces the canonical Simplified, lower-case, unpunctuated form', () => {
    expect(normalizeSender('【借唄】')).toBe('借呗');
    expect(normalizeSender(' 法務部 ')).toBe('法务部');
    expect(normalizeSender('［ＡＬＩＰＡＹ］')).toBe('alipay');
  });

  it.each([
    ['借呗', '花呗'],
    ['招商银行', '中国银行'],
    ['alipay', 'wechatpay'],
    ['法务部', '法务'],
  ])('keeps different senders apart: %s ≠ %s', (a, b) => {
    expect(normalizeSender(a)).not.toBe(normalizeSender(b));
  });

  it('is idempotent and never throws on Chinese/Latin/punctuation mixes', () => {
    const alphabet = fc.constantFrom(...'借唄呗法務务部銀银行臺台灣湾螞蚂蟻蚁 AaZz09０９ＡＺ【】[]()（）《》!！?？,，.。-—_\u3000\u200b'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')), (name) => {
        const once = normalizeSender(name);
        expect(normalizeSender(once)).toBe(once);
        expect(once).not.toMatch(/[\s【】[\]()（）《》!！?？,，.。]/u);
        expect(once).toBe(once.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        expect(typeof normalizeSender(name)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('foldSender (no OpenCC) handles width, case, spaces and punctuation but not script', () => {
    expect(foldSender('【ＡＬＩ Pay】')).toBe('alipay');
    expect(foldSender('借唄')).toBe('借唄');
  });
});
