// The store listings (store/): present for every store in every language,
// within each store's limits, written in the language they claim, and with a
// justification for every permission the manifests declare.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS, PERMISSIONS } from '../../core/permissions';

const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;
type Locale = (typeof LOCALES)[number];
type Texts = Record<Locale, string>;

const read = (path: string) => readFileSync(resolve(path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Store {
  name: string;
  category: string;
  locales: Record<Locale, string>;
  summaryLimit: number;
  summaryLimitSource: string;
  nameLimit: number;
}
interface Listing {
  locale: Locale;
  name: string;
  summary: string;
  description: string[];
}
interface Permissions {
  singlePurpose: Texts;
  permissions: Record<string, Texts>;
  hostPermissions: { justification: Texts; patterns: Record<string, string> };
  optionalHostPermissions: { justification: Texts; patterns: Record<string, string> };
  remoteCode: Texts & { answer: string };
  dataUsage: Texts & { collected: unknown[] };
}

const stores = json<{ stores: Record<string, Store> }>('store/stores.json').stores;
const listing = (locale: Locale) => json<Listing>(`store/listings/${locale}.json`);
const manifestStrings = (locale: Locale) => json<Record<'extName' | 'extDescription', { message: string }>>(`public/_locales/${locale}/messages.json`);
const permissions = json<Permissions>('store/permissions.json');
const policy = read('store/privacy-policy.html');

/** The text of one language's section of the privacy policy, tags removed. */
function policySection(lang: string): string {
  const m = policy.match(new RegExp(`<section id="${lang}" lang="${lang}">([\\s\\S]*?)</section>`));
  expect(m, `privacy-policy.html has a section for ${lang}`).toBeTruthy();
  return (m?.[1] ?? '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
}

/**
 * Latin text allowed inside Chinese: product and site names, URLs, match
 * patterns, API and permission identifiers, number formats.
 */
const ALLOWED_LATIN = [
  'Google Messages for Web',
  'Google Messages',
  'Google Voice',
  'Microsoft Edge',
  'Microsoft 365',
  'Collector Shield',
  'Outlook.com',
  'Gmail',
  'QQ',
  'Chrome',
  'Firefox',
  'Edge',
  'IndexedDB',
  'Cookie',
  'CSV',
  'JSON',
  'IP',
  ...PERMISSIONS,
];
const URL_LIKE = /\b(?:https?|chrome|about):\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b|\bstorage\.\w+/g;

/** Runs of three or more Latin words: English sentences or phrases left in Chinese text. */
function englishRuns(text: string): string[] {
  let rest = text.replace(URL_LIKE, ' ');
  for (const allowed of [...ALLOWED_LATIN].sort((a, b) => b.length - a.length)) rest = rest.split(allowed).join(' ');
  return rest.match(/[A-Za-z][A-Za-z'’-]*(?:[\s,;:]+[A-Za-z][A-Za-z'’-]*){2,}/g) ?? [];
}

/**
 * Characters OpenCC would convert to the other script: a zh_TW text must come
 * out of simplified→traditional unchanged, a zh_CN text out of
 * traditional→simplified. The language menu names each language in its own
 * script, so those two names are left out.
 */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
function otherScript(text: string, convert: (s: string) => string): string[] {
  const chars = [...text.replace(/简体中文|繁體中文/g, '')];
  const converted = [...convert(chars.join(''))];
  return chars.filter((c, i) => c !== converted[i]);
}

function zhTexts(locale: 'zh_CN' | 'zh_TW'): [string, string][] {
  const l = listing(locale);
  const lang = locale.replace('_', '-');
  return [
    ['listing name', l.name],
    ['listing summary', l.summary],
    ['listing description', l.description.join('\n')],
    ['manifest description', manifestStrings(locale).extDescription.message],
    ['single purpose', permissions.singlePurpose[locale]],
    ...Object.entries(permissions.permissions).map(([p, t]): [string, string] => [`permission ${p}`, t[locale]]),
    ['host permissions', permissions.hostPermissions.justification[locale]],
    ['optional host permissions', permissions.optionalHostPermissions.justification[locale]],
    ['remote code', permissions.remoteCode[locale]],
    ['data usage', permissions.dataUsage[locale]],
    ['privacy policy', policySection(lang)],
  ];
}

describe('store listing files', () => {
  it('lists the three stores, each with a category and a form locale for zh_CN, zh_TW and en', () => {
    expect(Object.keys(stores).sort()).toEqual(['chrome', 'edge', 'firefox']);
    for (const store of Object.values(stores)) {
      expect(store.category.length, store.name).toBeGreaterThan(0);
      expect(Object.keys(store.locales).sort(), store.name).toEqual([...LOCALES].sort());
      expect(store.summaryLimitSource, store.name).toBeTruthy();
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: a listing with the manifest's name, a summary and a long description`, () => {
      expect(existsSync(resolve(`store/listings/${locale}.json`))).toBe(true);
      const l = listing(locale);
      expect(l.locale).toBe(locale);
      expect(l.name).toBe(manifestStrings(locale).extName.message);
      expect(l.summary.length).toBeGreaterThan(20);
      // Every store asks for more than a summary; Edge's form wants at least a few hundred characters.
      expect(l.description.join('\n').length).toBeGreaterThan(400);
      // The long description must not promise legal advice.
      const text = l.description.join('\n');
      expect(text).toMatch(locale === 'en' ? /no legal advice/ : /不提供法律意见|不提供法律意見/);
    });

    for (const [id, store] of Object.entries(stores)) {
      it(`${locale}: the ${store.name} summary and name fit the store's limits (${store.summaryLimit} / ${store.nameLimit})`, () => {
        const l = listing(locale);
        // The Chrome Web Store takes its summary from the package's manifest description.
        const summaries = id === 'chrome' ? [manifestStrings(locale).extDescription.message, l.summary] : [l.summary];
        for (const s of summaries) expect([...s].length, s).toBeLessThanOrEqual(store.summaryLimit);
        expect([...l.name].length).toBeLessThanOrEqual(store.nameLimit);
      });
    }
  }

  it('the English-run finder finds English in Chinese text, and lets names and identifiers through', () => {
    expect(englishRuns('在 Google Messages for Web 和 QQ 邮箱中，读取 https://mail.qq.com/* 和 storage.local。')).toEqual([]);
    expect(englishRuns('扩展需要 contextMenus 和 activeTab 权限。')).toEqual([]);
    expect(englishRuns('扩展会 keep everything local 的。')).toEqual(['keep everything local']);
    expect(englishRuns('The browser asks for access.')).toHaveLength(1);
  });

  for (const locale of ['zh_CN', 'zh_TW'] as const) {
    it(`${locale}: no English sentence in any Chinese store text`, () => {
      for (const [what, text] of zhTexts(locale)) {
        expect(text.trim().length, what).toBeGreaterThan(0);
        expect(englishRuns(text), `${locale} ${what}`).toEqual([]);
      }
    });
  }

  it('zh_CN texts are in simplified characters and zh_TW texts in traditional ones', () => {
    expect(otherScript('舉報可以撤销', toTraditional)).toEqual(['销']);
    expect(otherScript('举报可以撤銷', toSimplified)).toEqual(['銷']);
    for (const [what, text] of zhTexts('zh_CN')) expect(otherScript(text, toSimplified), `zh_CN ${what}`).toEqual([]);
    for (const [what, text] of zhTexts('zh_TW')) expect(otherScript(text, toTraditional), `zh_TW ${what}`).toEqual([]);
  });
});

describe('permission justifications', () => {
  it('wxt.config.ts declares the permissions from core/permissions.ts', () => {
    const config = read('wxt.config.ts');
    expect(config).toContain('permissions: [...PERMISSIONS]');
    expect(config).toContain('optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS]');
    expect(config).toContain('host_permissions: [...HOST_PERMISSIONS,');
  });

  it('every declared permission has a justification in three languages, and no other permission does', () => {
    expect(Object.keys(permissions.permissions).sort()).toEqual([...PERMISSIONS].sort());
    for (const [p, texts] of Object.entries(permissions.permissions)) {
      for (const locale of LOCALES) expect(texts[locale]?.length ?? 0, `${p} ${locale}`).toBeGreaterThan(30);
    }
  });

  it('every host permission and optional host permission is named, and nothing else', () => {
    expect(Object.keys(permissions.hostPermissions.patterns).sort()).toEqual([...HOST_PERMISSIONS].sort());
    expect(Object.keys(permissions.optionalHostPermissions.patterns).sort()).toEqual([...OPTIONAL_HOST_PERMISSIONS].sort());
    for (const block of [permissions.hostPermissions, permissions.optionalHostPermissions, permissions]) {
      const texts = 'justification' in block ? block.justification : block.singlePurpose;
      for (const locale of LOCALES) expect(texts[locale].length).toBeGreaterThan(30);
    }
  });

  it('declares no remote code and no data collected', () => {
    expect(permissions.remoteCode.answer).toBe('No');
    expect(permissions.dataUsage.collected).toEqual([]);
  });
});

describe('privacy policy', () => {
  it('says in each language what is stored, where, for how long, and that nothing is sent but subscribed lists', () => {
    const en = policySection('en');
    for (const phrase of ['IndexedDB', 'storage.local', 'Until you delete it or remove the extension', 'no analytics', 'no remote code', 'list URLs you subscribed to'])
      expect(en, phrase).toContain(phrase);
    const zhCN = policySection('zh-CN');
    for (const phrase of ['IndexedDB', 'storage.local', '直到你删除它，或移除扩展', '没有统计和分析', '不加载远程代码', '你自己订阅的号码名单网址'])
      expect(zhCN, phrase).toContain(phrase);
    const zhTW = policySection('zh-TW');
    for (const phrase of ['IndexedDB', 'storage.local', '直到你刪除它，或移除擴充功能', '沒有統計和分析', '不載入遠端程式碼', '你自己訂閱的號碼清單網址'])
      expect(zhTW, phrase).toContain(phrase);
  });

  it('the store README says where each store file goes', () => {
    const readme = read('store/README.md');
    for (const store of Object.values(stores)) expect(readme).toContain(store.name);
    for (const file of ['listings/', 'permissions.json', 'privacy-policy.html', 'stores.json', 'screenshots/']) expect(readme).toContain(file);
  });
});
