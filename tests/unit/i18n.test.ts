import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOCALES, resolveLocale, translate } from '../../core/i18n';
import { VERDICTS } from '../../core/types';

describe('i18n', () => {
  const keys = Object.keys(LOCALES.en).sort();
  it.each(Object.keys(LOCALES))('%s has every key, none empty', (locale) => {
    const messages = LOCALES[locale as keyof typeof LOCALES] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const k of keys) expect(messages[k]!.trim(), `${locale}:${k}`).not.toBe('');
  });
  it('has a label for every verdict in every locale', () => {
    for (const locale of Object.keys(LOCALES)) {
      for (const v of VERDICTS) expect(LOCALES[locale as keyof typeof LOCALES]).toHaveProperty(`verdict.${v}`);
    }
  });
  it('keeps the placeholders of each message in every translation', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of keys) {
      for (const locale of ['zh_CN', 'zh_TW'] as const) {
        expect(placeholders(LOCALES[locale][k as keyof typeof LOCALES.en]), `${locale}:${k}`).toEqual(placeholders(LOCALES.en[k as keyof typeof LOCALES.en]));
      }
    }
  });
  it('manifest locales hold the same keys', () => {
    const read = (l: string) => Object.keys(JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8'))).sort();
    expect(read('zh_TW')).toEqual(read('zh_CN'));
    expect(read('en')).toEqual(read('zh_CN'));
  });
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh-Hant-MO', 'zh_TW'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'zh_CN'],
  ])('resolves %s to %s', (ui, locale) => {
    expect(resolveLocale(ui)).toBe(locale);
  });
  it('fills placeholders', () => {
    expect(translate('zh_CN', 'card.myReports', { n: 3 })).toBe('你的举报：3 次');
  });
});
