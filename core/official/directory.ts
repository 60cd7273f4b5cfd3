/**
 * Built-in directory of official service numbers. Every entry names where it was
 * verified; an entry without a source does not belong here.
 */
export interface OfficialEntry {
  /** Canonical key (`CN:95188`, or E.164 for full numbers). */
  key: string;
  /** Organisation, in zh_CN / zh_TW / en. */
  name: { zh_CN: string; zh_TW: string; en: string };
  /** bank, payment, carrier, government, complaint, police, insurer, ... */
  sector: string;
  /** Where the number was verified: a URL and/or a named document. */
  source: string;
}

export const OFFICIAL_NUMBERS: readonly OfficialEntry[] = [
  {
    key: 'CN:95188',
    name: { zh_CN: '支付宝客服', zh_TW: '支付寶客服', en: 'Alipay customer service' },
    sector: 'payment',
    source: 'shared/reference/rights-facts.md (R: "Alipay\'s official customer service, per several sources")',
  },
  {
    key: 'CN:12378',
    name: { zh_CN: '国家金融监督管理总局消费者投诉热线', zh_TW: '國家金融監督管理總局消費者投訴熱線', en: 'NFRA consumer complaint hotline' },
    sector: 'complaint',
    source: 'shared/reference/rights-facts.md (R)',
  },
  {
    key: 'CN:12321',
    name: { zh_CN: '网络不良与垃圾信息举报受理中心', zh_TW: '網絡不良與垃圾信息舉報受理中心', en: 'Internet spam and harmful information reporting centre' },
    sector: 'complaint',
    source: 'shared/reference/rights-facts.md (R); web 12321.cn',
  },
  {
    key: 'CN:110',
    name: { zh_CN: '公安报警电话', zh_TW: '公安報警電話', en: 'Police emergency' },
    sector: 'police',
    source: 'shared/reference/rights-facts.md (V)',
  },
];

const byKey = new Map(OFFICIAL_NUMBERS.map((e) => [e.key, e]));

export function officialEntry(key: string): OfficialEntry | undefined {
  return byKey.get(key);
}

/** Digits of the official short numbers of a region, for the detector's short-number rule. */
export function officialShortDigits(region = 'CN'): Set<string> {
  const prefix = `${region}:`;
  return new Set(
    OFFICIAL_NUMBERS.filter((e) => e.key.startsWith(prefix)).map((e) => e.key.slice(prefix.length)),
  );
}
