/**
 * Built-in directory of official service numbers. Every entry names where it was
 * verified; an entry without a source does not belong here.
 *
 * Sourcing rule: a number is listed only when an organisation's own site, a
 * government/court/regulator page, a state-media report quoting the police, or
 * shared/reference/rights-facts.md names it. Where the only copy found of an
 * official page sits on a mirror (not the organisation's domain), or the source is
 * a news report, the `source` says so. Numbers seen only on third-party listing
 * sites are deliberately absent, however well known (e.g. 95599, 95558, 95511).
 * E.164 keys were checked with libphonenumber-js/max (isValid).
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

/** 工业和信息化部《关于电信服务质量的通告》(2008-04-30), lists carrier and MIIT numbers. */
const MIIT_NOTICE_2008 =
  'MIIT notice 《工业和信息化部关于电信服务质量的通告》(2008-04-30), reproduced (not on a gov domain) at http://www.jiangouhou.com/news/guonei/107416.html';

/** 国务院办公厅《关于进一步优化地方政务服务便民热线的指导意见》, as reported by Xinhua 2021-01-06. */
const STATE_COUNCIL_HOTLINES_2021 =
  'State Council General Office 《关于进一步优化地方政务服务便民热线的指导意见》 (Xinhua, 2021-01-06), reproduced at http://cnganbu.com/news/view?id=49625';

export const OFFICIAL_NUMBERS: readonly OfficialEntry[] = [
  // ---- Payment platforms ----
  {
    key: 'CN:95188',
    name: { zh_CN: '支付宝客服', zh_TW: '支付寶客服', en: 'Alipay customer service' },
    sector: 'payment',
    source: 'shared/reference/rights-facts.md (R: "Alipay\'s official customer service, per several sources")',
  },
  {
    key: 'CN:95017',
    name: { zh_CN: '微信支付（财付通）客服', zh_TW: '微信支付（財付通）客服', en: 'WeChat Pay (Tenpay) customer service' },
    sector: 'payment',
    source:
      'https://pay.weixin.qq.com/static/help_guide/help_index.shtml (WeChat Pay official site footer: "客服:95017-2", © Tenpay; also https://pay.weixin.qq.com/static/product/product_intro.shtml)',
  },

  // ---- Banks ----
  {
    key: 'CN:95588',
    name: { zh_CN: '中国工商银行客服热线', zh_TW: '中國工商銀行客服熱線', en: 'ICBC customer service' },
    sector: 'bank',
    source:
      'https://www.icbc.com.cn/en/column/1438058474419667137.html ("ICBC 95588 Telephone Banking"); http://www.icbc.com.cn/icbc/html/e_center/gerenjingpin/grdhe.html ("dial 95588 (mainland China)")',
  },
  {
    key: 'CN:95533',
    name: { zh_CN: '中国建设银行客服热线', zh_TW: '中國建設銀行客服熱線', en: 'China Construction Bank customer service' },
    sector: 'bank',
    source:
      'News, no CCB-domain page found: https://cqcb.com/county/tongliangqu/tongliangquxinwen/2018-06-14/898826.html (上游新闻, quoting 铜梁 police: fraudsters "冒充10086、95533等官方服务号"); 长江日报 2015-02-04, "此号码正是建行的官方客服电话", reproduced at https://hfnxjk.com/cc/news/333692.html',
  },
  {
    key: 'CN:95566',
    name: { zh_CN: '中国银行客服热线', zh_TW: '中國銀行客服熱線', en: 'Bank of China customer service' },
    sector: 'bank',
    source:
      'https://www.bank-of-china.com/en/bocinfo/bi2/202410/t20241025_25181427.html (Bank of China notice 2024-10-25: "please call our customer service hotline at 95566")',
  },
  {
    key: '+864006695566',
    name: { zh_CN: '中国银行信用卡客服热线', zh_TW: '中國銀行信用卡客服熱線', en: 'Bank of China credit card service' },
    sector: 'bank',
    source:
      'Bank of China page footer "信用卡客服与投诉热线:40066-95566(中国境内)" (© BANK OF CHINA), found only as a mirror, not on a BOC domain: http://www.paigecn.com/bcservice/bc3/bc32/201106/t20110607_1414174.html',
  },
  {
    key: 'CN:95559',
    name: { zh_CN: '交通银行客服热线', zh_TW: '交通銀行客服熱線', en: 'Bank of Communications customer service' },
    sector: 'bank',
    source:
      'https://www.bankcomm.com/BankCommSite/shtml/jyjr/en/2600221/2600256/2600257/list.shtml?channelId=2600257 (Bank of Communications site header "95559 | 95559@bankcomm.com")',
  },
  {
    key: 'CN:95555',
    name: { zh_CN: '招商银行客服热线', zh_TW: '招商銀行客服熱線', en: 'China Merchants Bank customer service' },
    sector: 'bank',
    source:
      'CMB English site text "CMB’s 95555 hotline provides automated and operator services in China", found only as a mirror, not on a CMB domain: http://www.terrydmccoy.com/Personal/Customer/',
  },
  {
    key: '+864008205555',
    name: { zh_CN: '招商银行信用卡客服热线', zh_TW: '招商銀行信用卡客服熱線', en: 'China Merchants Bank credit card service' },
    sector: 'bank',
    source:
      'http://english.cmbchina.com/CreditCard/DetailInfo.aspx?guid=df30bbe4-4972-47f0-a20d-ccbc45715693 ("24-hour customer service hotline (400-820-5555)"); http://english.cmbchina.com/CreditCard/DetailInfo.aspx?guid=81e25fb6-ebff-49ce-8ef8-f9081d9cc2cd',
  },
  {
    key: '+862138784800',
    name: {
      zh_CN: '招商银行信用卡境外客服电话',
      zh_TW: '招商銀行信用卡境外客服電話',
      en: 'China Merchants Bank credit card service (overseas line)',
    },
    sector: 'bank',
    source:
      'http://english.cmbchina.com/CreditCard/DetailInfo.aspx?guid=81e25fb6-ebff-49ce-8ef8-f9081d9cc2cd ("Overseas customers can call CMB\'s 24-hour customer service hotline at 86-21-38784800")',
  },
  {
    key: 'CN:95561',
    name: { zh_CN: '兴业银行客服热线', zh_TW: '興業銀行客服熱線', en: 'Industrial Bank customer service' },
    sector: 'bank',
    source: 'https://www.cib.com.cn/en/e-banking/telephone/faqs.html (Industrial Bank client service hotline FAQ: "dial 95561")',
  },
  {
    key: 'CN:95580',
    name: {
      zh_CN: '中国邮政储蓄银行客服热线',
      zh_TW: '中國郵政儲蓄銀行客服熱線',
      en: 'Postal Savings Bank of China customer service',
    },
    sector: 'bank',
    source:
      'http://www.psbc.com/en/index/notice/713.html ("Tel: 95580", "PSBC 95580 Customer Service Center"); site header "Call Center:95580" on http://www.psbc.com/en/psbc/about/682.html',
  },
  {
    key: '+864008895580',
    name: {
      zh_CN: '中国邮政储蓄银行信用卡客服热线',
      zh_TW: '中國郵政儲蓄銀行信用卡客服熱線',
      en: 'Postal Savings Bank of China credit card service',
    },
    sector: 'bank',
    source: 'http://www.psbc.com/en/psbc/about/682.html (PSBC site header "Credit Card Service:400-88-95580")',
  },
  {
    key: 'CN:95577',
    name: { zh_CN: '华夏银行客服热线', zh_TW: '華夏銀行客服熱線', en: 'Hua Xia Bank customer service' },
    sector: 'bank',
    source:
      'http://www.hxb.com.cn/en/personal-banking/saving/rmb-savings/index.shtml (Hua Xia Bank site header "Hotline:95577 CreditCard Hotline:4006695577")',
  },
  {
    key: '+864006695577',
    name: { zh_CN: '华夏银行信用卡客服热线', zh_TW: '華夏銀行信用卡客服熱線', en: 'Hua Xia Bank credit card service' },
    sector: 'bank',
    source:
      'http://www.hxb.com.cn/en/personal-banking/saving/rmb-savings/index.shtml (Hua Xia Bank site header "CreditCard Hotline:4006695577")',
  },

  // ---- Insurers ----
  {
    key: 'CN:95500',
    name: { zh_CN: '中国太平洋保险客服热线', zh_TW: '中國太平洋保險客服熱線', en: 'China Pacific Insurance (CPIC) customer service' },
    sector: 'insurer',
    source:
      'https://cpic.e-ciie.com/2018/claim_0827/15.html (CPIC claims services page: "Policyholders can reach us by dialing our service hotline 95500")',
  },

  // ---- Carriers ----
  {
    key: 'CN:10086',
    name: { zh_CN: '中国移动客服热线', zh_TW: '中國移動客服熱線', en: 'China Mobile customer service' },
    sector: 'carrier',
    source: `${MIIT_NOTICE_2008}: "中国移动客户服务热线 10086"; https://cqcb.com/county/tongliangqu/tongliangquxinwen/2018-06-14/898826.html (police: "冒充10086、95533等官方服务号")`,
  },
  {
    key: 'CN:10010',
    name: { zh_CN: '中国联通客服热线', zh_TW: '中國聯通客服熱線', en: 'China Unicom customer service' },
    sector: 'carrier',
    source: `http://www.bj.chinaunicom.com/english/products/ydtxyw/gjjgatmyyw/gsmgjmy/file29.html (China Unicom: "dial +86 (area code) 10010"); ${MIIT_NOTICE_2008}: "中国联通客户服务热线 10010"`,
  },
  {
    key: 'CN:10000',
    name: { zh_CN: '中国电信客服热线', zh_TW: '中國電信客服熱線', en: 'China Telecom customer service' },
    sector: 'carrier',
    source: `https://www.chinatelecom-h.com/en/business/customer_service.php?cat=residential (China Telecom: "Customer service hotline-10000"); ${MIIT_NOTICE_2008}: "中国电信客户服务热线 10000"`,
  },

  // ---- Complaint and reporting channels ----
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
    source: `shared/reference/rights-facts.md (R); web 12321.cn; ${MIIT_NOTICE_2008}: "工业和信息化部不良和垃圾信息举报中心010-12321"`,
  },
  {
    key: 'CN:12300',
    name: {
      zh_CN: '工业和信息化部电信用户申诉受理中心',
      zh_TW: '工業和信息化部電信用戶申訴受理中心',
      en: 'MIIT telecom user complaint centre',
    },
    sector: 'complaint',
    source: `${MIIT_NOTICE_2008}: "工业和信息化部电信用户申诉受理中心010-12300" (dialled as 010-12300 outside Beijing)`,
  },
  {
    key: 'CN:10086999',
    name: {
      zh_CN: '中国移动不良和垃圾信息举报（短信）',
      zh_TW: '中國移動不良和垃圾信息舉報（短信）',
      en: 'China Mobile spam and harmful message reporting (SMS)',
    },
    sector: 'complaint',
    source: `${MIIT_NOTICE_2008}: "中国移动不良和垃圾信息受理平台10086999"`,
  },
  {
    key: 'CN:12315',
    name: { zh_CN: '市场监管投诉举报热线', zh_TW: '市場監管投訴舉報熱線', en: 'Market regulation consumer complaint hotline' },
    sector: 'complaint',
    source:
      'https://regional.chinadaily.com.cn/ordosen/en/2018-04/02/c_241784.htm (from english.legalinfo.gov.cn: "Consumers’ rights hotline telephone number all over China is uniformly 12315"); http://english.sipo.gov.cn/news/iprspecial/1136694.htm (CNIPA, citing People\'s Daily: SAMR merges five national hotlines into 12315)',
  },
  {
    key: 'CN:12363',
    name: {
      zh_CN: '中国人民银行金融消费者热线',
      zh_TW: '中國人民銀行金融消費者熱線',
      en: "People's Bank of China financial consumer hotline",
    },
    sector: 'complaint',
    source:
      'http://www.qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml (Qinghai government portal, 2014: 中国人民银行西宁中心支行开通"12363金融消费权益保护咨询投诉电话"). shared/reference/rights-facts.md marks its present remit after the 2023 reform UNCLEAR (U): this entry identifies the number only and claims no remit',
  },

  // ---- Government services, courts, legal aid ----
  {
    key: 'CN:12345',
    name: { zh_CN: '12345政务服务便民热线', zh_TW: '12345政務服務便民熱線', en: '12345 government service hotline' },
    sector: 'government',
    source: `${STATE_COUNCIL_HOTLINES_2021}: local hotlines merged into "12345政务服务便民热线", 7×24 manual service; also http://jizihe.com/page/2021/0416/8126122.shtml (Xinhua)`,
  },
  {
    key: 'CN:12368',
    name: { zh_CN: '人民法院诉讼服务热线', zh_TW: '人民法院訴訟服務熱線', en: "Courts' litigation service hotline" },
    sector: 'government',
    source:
      'https://tskpfy.hebeicourt.gov.cn/article/detail/2021/02/id/5810355.shtml (court site: "12368司法服务热线"); http://111.205.184.227:8081/2014-09/04/content_11136927.htm ("最高人民法院近日开通了12368诉讼服务热线")',
  },
  {
    key: 'CN:12348',
    name: {
      zh_CN: '公共法律服务（法律援助）热线',
      zh_TW: '公共法律服務（法律援助）熱線',
      en: 'Public legal services and legal aid hotline',
    },
    sector: 'government',
    source:
      'https://szbz.hbfzb.com/hbfzbpaper/pc/content/202301/19/content_49913.html (河北法制报: 廊坊市司法局 "12348公共法律服务热线", legal advice and legal aid)',
  },

  // ---- Police and emergency ----
  {
    key: 'CN:110',
    name: { zh_CN: '公安报警电话', zh_TW: '公安報警電話', en: 'Police emergency' },
    sector: 'police',
    source: `shared/reference/rights-facts.md (V); ${STATE_COUNCIL_HOTLINES_2021} ("110、119、120、122等紧急热线")`,
  },
  {
    key: 'CN:12110',
    name: { zh_CN: '公安短信报警', zh_TW: '公安短信報警', en: 'Police SMS alarm' },
    sector: 'police',
    source:
      'http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/fwxx/sh/2014-01/02/content_2558787.htm (gov.cn, 湖北省公安厅: "全国统一的短信报警号码:12110"; some provinces append the area code)',
  },
  {
    key: 'CN:96110',
    name: { zh_CN: '公安反诈预警劝阻专线', zh_TW: '公安反詐預警勸阻專線', en: 'Police anti-fraud warning line' },
    sector: 'police',
    source:
      'https://bwc.cug.edu.cn/info/1038/2447.htm (China University of Geosciences security office: "全国反诈劝阻专线---96110"); http://yidushi.cjyun.org/p/23533.html ("96110是全国统一的预警劝阻咨询电话"); calls show as area code + 96110',
  },
  {
    key: 'CN:122',
    name: { zh_CN: '交通事故报警电话', zh_TW: '交通事故報警電話', en: 'Traffic accident police' },
    sector: 'police',
    source: `${STATE_COUNCIL_HOTLINES_2021} (emergency hotlines 110/119/120/122); role per https://comprenders.com/en/lang/chinese/internet/emergency-numbers-and-when-to-call-each-service-in-china/`,
  },
  {
    key: 'CN:119',
    name: { zh_CN: '消防报警电话', zh_TW: '消防報警電話', en: 'Fire emergency' },
    sector: 'emergency',
    source: `${STATE_COUNCIL_HOTLINES_2021} (emergency hotlines 110/119/120/122); role per https://comprenders.com/en/lang/chinese/internet/emergency-numbers-and-when-to-call-each-service-in-china/`,
  },
  {
    key: 'CN:120',
    name: { zh_CN: '医疗急救电话', zh_TW: '醫療急救電話', en: 'Medical emergency (ambulance)' },
    sector: 'emergency',
    source: `${STATE_COUNCIL_HOTLINES_2021} (emergency hotlines 110/119/120/122); role per https://comprenders.com/en/lang/chinese/internet/emergency-numbers-and-when-to-call-each-service-in-china/`,
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
