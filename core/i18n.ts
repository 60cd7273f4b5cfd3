import type { Verdict } from './types';

/**
 * UI strings. `en` defines the keys; the type makes a missing translation a
 * compile error, and tests/unit/i18n.test.ts checks the same at run time.
 * (browser.i18n cannot switch language at run time, which the settings need.)
 */
const en = {
  'verdict.collector': 'Debt collector',
  'verdict.harassment': 'Harassment',
  'verdict.scam': 'Scam',
  'verdict.telemarketing': 'Telemarketing',
  'verdict.official': 'Official number',
  'verdict.trusted': 'Trusted by you',
  'verdict.unknown': 'Not in your database',
  'from.override': 'your own setting',
  'from.report': 'your reports',
  'from.official': 'built-in official directory',
  'from.list': 'imported lists',
  'from.none': 'no record',
  'card.title': 'Collector Shield',
  'card.number': 'Number',
  'card.verdict': 'Verdict',
  'card.source': 'Based on',
  'card.myReports': 'Your reports: {n}',
  'card.officialName': 'Registered to: {name}',
  'card.close': 'Close',
  'marker.label': '{number}: {verdict}. Press Enter for details.',
  'badge.flagged': '⚠ {verdict}',
  'badge.reports': '{n} reports',
  'popup.title': 'Check a number',
  'popup.placeholder': 'Paste a phone number, e.g. 138 0013 8000',
  'popup.lookup': 'Check',
  'popup.invalid': 'That is not a phone number this extension recognises. Enter a mobile, landline, 400/800 or service number.',
  'popup.empty': 'Type or paste a number first.',
  'popup.error': 'Could not check the number: {error}',
  'popup.options': 'Open settings and database',
  'options.title': 'Collector Shield settings',
  'options.stats': 'Your database',
  'options.reports': 'Your reports',
  'options.overrides': 'Numbers you trusted or blocked',
  'options.listEntries': 'List entries',
  'options.official': 'Official directory entries',
  'options.privacy': 'Everything stays in this browser. No page content or number is ever sent anywhere.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const zh_CN: Messages = {
  'verdict.collector': '催收',
  'verdict.harassment': '骚扰',
  'verdict.scam': '诈骗',
  'verdict.telemarketing': '推销',
  'verdict.official': '官方号码',
  'verdict.trusted': '你信任的号码',
  'verdict.unknown': '数据库中没有记录',
  'from.override': '你的设置',
  'from.report': '你的举报',
  'from.official': '内置官方号码目录',
  'from.list': '导入的号码列表',
  'from.none': '无记录',
  'card.title': '催收护盾',
  'card.number': '号码',
  'card.verdict': '判定',
  'card.source': '依据',
  'card.myReports': '你的举报：{n} 次',
  'card.officialName': '登记为：{name}',
  'card.close': '关闭',
  'marker.label': '{number}：{verdict}。按回车查看详情。',
  'badge.flagged': '⚠ {verdict}',
  'badge.reports': '{n} 次举报',
  'popup.title': '查询号码',
  'popup.placeholder': '粘贴电话号码，例如 138 0013 8000',
  'popup.lookup': '查询',
  'popup.invalid': '无法识别这个电话号码。请输入手机、座机、400/800 或服务号码。',
  'popup.empty': '请先输入或粘贴一个号码。',
  'popup.error': '查询失败：{error}',
  'popup.options': '打开设置和数据库',
  'options.title': '催收护盾设置',
  'options.stats': '你的数据库',
  'options.reports': '你的举报',
  'options.overrides': '你信任或屏蔽的号码',
  'options.listEntries': '列表条目',
  'options.official': '官方号码目录条目',
  'options.privacy': '所有数据只保存在本浏览器中，不会发送任何网页内容或号码。',
};

const zh_TW: Messages = {
  'verdict.collector': '催收',
  'verdict.harassment': '騷擾',
  'verdict.scam': '詐騙',
  'verdict.telemarketing': '推銷',
  'verdict.official': '官方號碼',
  'verdict.trusted': '你信任的號碼',
  'verdict.unknown': '資料庫中沒有記錄',
  'from.override': '你的設定',
  'from.report': '你的舉報',
  'from.official': '內建官方號碼目錄',
  'from.list': '匯入的號碼清單',
  'from.none': '無記錄',
  'card.title': '催收護盾',
  'card.number': '號碼',
  'card.verdict': '判定',
  'card.source': '依據',
  'card.myReports': '你的舉報：{n} 次',
  'card.officialName': '登記為：{name}',
  'card.close': '關閉',
  'marker.label': '{number}：{verdict}。按 Enter 查看詳情。',
  'badge.flagged': '⚠ {verdict}',
  'badge.reports': '{n} 次舉報',
  'popup.title': '查詢號碼',
  'popup.placeholder': '貼上電話號碼，例如 138 0013 8000',
  'popup.lookup': '查詢',
  'popup.invalid': '無法識別這個電話號碼。請輸入手機、市話、400/800 或服務號碼。',
  'popup.empty': '請先輸入或貼上一個號碼。',
  'popup.error': '查詢失敗：{error}',
  'popup.options': '開啟設定和資料庫',
  'options.title': '催收護盾設定',
  'options.stats': '你的資料庫',
  'options.reports': '你的舉報',
  'options.overrides': '你信任或封鎖的號碼',
  'options.listEntries': '清單條目',
  'options.official': '官方號碼目錄條目',
  'options.privacy': '所有資料只保存在本瀏覽器中，不會傳送任何網頁內容或號碼。',
};

export const LOCALES = { en, zh_CN, zh_TW } as const satisfies Record<string, Messages>;
export type Locale = keyof typeof LOCALES;

/** Browser UI language (`zh-TW`, `zh-Hant-HK`, `en-US`, ...) to one of our three locales. */
export function resolveLocale(uiLanguage: string | undefined): Locale {
  const lang = (uiLanguage ?? '').toLowerCase().replace(/_/g, '-');
  if (!lang.startsWith('zh')) return lang ? 'en' : 'zh_CN';
  if (/^zh-(tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  return 'zh_CN';
}

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = LOCALES[locale][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export function verdictLabel(locale: Locale, verdict: Verdict): string {
  return translate(locale, `verdict.${verdict}`);
}
