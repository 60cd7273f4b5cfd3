/** The public face of core/: pure TypeScript, no browser APIs. */
export { scanText } from './detect';
export { parseUserNumber } from './user-input';
export { isCanonicalKey, dialableDigits } from './keys';
export { formatKey } from './format';
export { decideVerdict, isFlagged, categoryVerdict, listSplit } from './verdict';
export type { NumberVerdict, VerdictInput, Override, SplitEntry } from './verdict';
export { parseRequest, InvalidRequest, MAX_LOOKUP_KEYS } from './messages';
export type { Request, Response } from './messages';
export { officialEntry, officialShortDigits, OFFICIAL_NUMBERS } from './official/directory';
export type { OfficialEntry } from './official/directory';
export { translate, verdictLabel, resolveLocale, LOCALES } from './i18n';
export type { Locale, MessageKey } from './i18n';
export * from './types';
