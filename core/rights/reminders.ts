/**
 * The rights reminders: short legal statements shown on the hover card.
 *
 * THE ONLY SOURCE is shared/reference/rights-facts.md. Every reminder cites rows
 * of that file (`factsRow`), and the rules of that file apply:
 * - V rows may be cited with their article numbers;
 * - R rows are phrased as reported (据报道 / 據報導 / "reportedly") or as
 *   industry guidelines, with no article numbers beyond those the row gives;
 * - C rows (complaint channels) are stated plainly, with their source line;
 * - A rows (advice from the seed articles) are suggestions (建议 / 建議 / "we
 *   suggest"), never rules, and cite no law; they are shown on the Know-your-
 *   rights page under "what you can do now", not on the card;
 * - U rows are never shown: no "8:00-21:00" for the 2018 公约, no 12363.
 * The facts file's own caveats are kept: 刑法第293条之一 only for illegal debts;
 * the 4x LPR cap not for licensed lenders or microlenders; "爆通讯录" only "may
 * violate" PIPL 第23/25条; FDCPA rules are stated for third-party collectors;
 * the 7-in-7 rule is a presumption.
 *
 * Versions: a statute renumbered on a date gets one reminder per text, in one
 * `series`, with validFrom/validUntil; selection picks the one in force on the
 * day (see select.ts). 治安管理处罚法: 2012 text (第40/42/51条) to 2025-12-31,
 * 2025 text (第47/50/62条) from 2026-01-01.
 *
 * Texts: one or two short sentences a stressed reader can take in; calm and
 * factual; zh_TW uses Taiwan/Hong Kong wording (簡訊, 聯絡, 資訊, 檢舉, 身分) but
 * keeps the mainland laws' own titles.
 *
 * When the facts file changes, re-check every text and update RIGHTS_CONTENT_CHECKED.
 */
import type { Citation, Reminder } from './types';
import type { ClaimKind } from '../claims/kinds';

/** The date the content below was last checked against shared/reference/rights-facts.md. */
export const RIGHTS_CONTENT_CHECKED = '2026-11-30';

// ---------------------------------------------------------------- facts rows (exact text of the file's first cells)
const ROW = {
  civil1032: '民法典 (in force 2021-01-01) 第1032条',
  civil1033: '民法典 第1033条(一)',
  civil1024: '民法典 第1024条',
  civil1038: '民法典 第1038条',
  civil680: '民法典 第680条',
  privateLending: '最高法《关于审理民间借贷案件适用法律若干问题的规定》(2020-12-29) 第25条, 第29条',
  crim293_1: '刑法 第293条之一',
  crim238: '刑法 第238条第3款',
  crim293: '刑法 第293条 寻衅滋事',
  psa2012_42: '治安管理处罚法 (2012 text, in force until 2025-12-31) 第42条',
  psa2025_50: '治安管理处罚法 (revised 2025-06-27, in force 2026-01-01) 第50条',
  psa2025_47_62_56: '治安管理处罚法 (2025) 第47条(三), 第62条, 第56条',
  pipl23_25: '个人信息保护法 第23条, 第25条',
  convention2018: '中国互联网金融协会《互联网金融逾期债务催收自律公约(试行)》',
  nifa2024: '中国互联网金融协会《互联网金融贷后催收业务指引》',
  cba2026: '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》',
  ch12378: '12378 国家金融监督管理总局',
  ch12321: '12321 网络不良与垃圾信息举报受理中心',
  ch110: '110 Police: threats, violence, home intrusion',
  us1692b: '15 U.S.C. 1692b',
  us1692c_a1: '15 U.S.C. 1692c(a)(1)',
  us1692c_b: '15 U.S.C. 1692c(b)',
  us1692c_c: '15 U.S.C. 1692c(c)',
  us1692d: '15 U.S.C. 1692d',
  us1692e: '15 U.S.C. 1692e',
  us1692g: '15 U.S.C. 1692g',
  us1692k: '15 U.S.C. 1692k',
  regF_6b1i: '12 CFR 1006.6(b)(1)(i) (Reg F, in force 2021-11-30)',
  regF_6e: '12 CFR 1006.6(e)',
  regF_14b2: '12 CFR 1006.14(b)(2)',
  usComplaints: 'Complaints CFPB: consumerfinance.gov/complaint, (855) 411-2372',
  adviceCalm: 'Stay calm; don',
  adviceVerify: 'Verify who is calling',
  adviceProof: 'Ask for written proof',
  adviceRecords: 'Keep records',
  advicePay: 'Pay only through the lender',
  adviceNegotiate: 'Negotiate a repayment plan',
  adviceReport: 'Threats, insults, contacting unrelated people and fake legal claims are not lawful collection',
} as const;

// ---------------------------------------------------------------- citations
const CIVIL_CODE = '民法典';
const PSA = '治安管理处罚法';
const PSA_2012 = { source: PSA, version: '2012', effectiveUntil: '2025-12-31' } as const;
const PSA_2025 = { source: PSA, version: '2025 (revised 2025-06-27)', effectiveFrom: '2026-01-01' } as const;
const FDCPA = '15 U.S.C. (FDCPA)';
const REG_F = '12 CFR part 1006 (Regulation F)';

const C = {
  civil1032: { source: CIVIL_CODE, article: '第1032条', effectiveFrom: '2021-01-01', status: 'V', factsRow: ROW.civil1032 },
  civil1033: { source: CIVIL_CODE, article: '第1033条(一)', effectiveFrom: '2021-01-01', status: 'V', factsRow: ROW.civil1033 },
  civil1024: { source: CIVIL_CODE, article: '第1024条', effectiveFrom: '2021-01-01', status: 'V', factsRow: ROW.civil1024 },
  civil1038: { source: CIVIL_CODE, article: '第1038条', effectiveFrom: '2021-01-01', status: 'V', factsRow: ROW.civil1038 },
  civil680: { source: CIVIL_CODE, article: '第680条', effectiveFrom: '2021-01-01', status: 'V', factsRow: ROW.civil680 },
  privateLending: {
    source: '最高法《关于审理民间借贷案件适用法律若干问题的规定》',
    article: '第25条, 第29条',
    version: '2020-12-29',
    status: 'V',
    factsRow: ROW.privateLending,
  },
  crim293_1: {
    source: '刑法',
    article: '第293条之一',
    version: '刑法修正案(十一) 第34条',
    effectiveFrom: '2021-03-01',
    status: 'V',
    factsRow: ROW.crim293_1,
  },
  crim238: { source: '刑法', article: '第238条第3款', status: 'V', factsRow: ROW.crim238 },
  crim293: { source: '刑法', article: '第293条', status: 'V', factsRow: ROW.crim293 },
  psa2012_42: { ...PSA_2012, article: '第42条', status: 'V', factsRow: ROW.psa2012_42 },
  // The 2025 row gives the 2012 numbers ("was 第40条(三)", "was 第51条").
  psa2012_40: { ...PSA_2012, article: '第40条(三)', status: 'V', factsRow: ROW.psa2025_47_62_56 },
  psa2012_51: { ...PSA_2012, article: '第51条', status: 'V', factsRow: ROW.psa2025_47_62_56 },
  psa2025_50: { ...PSA_2025, article: '第50条', status: 'V', factsRow: ROW.psa2025_50 },
  psa2025_47: { ...PSA_2025, article: '第47条(三)', status: 'V', factsRow: ROW.psa2025_47_62_56 },
  psa2025_62: { ...PSA_2025, article: '第62条', status: 'V', factsRow: ROW.psa2025_47_62_56 },
  pipl23_25: {
    source: '个人信息保护法',
    article: '第23条, 第25条',
    effectiveFrom: '2021-11-01',
    status: 'V',
    factsRow: ROW.pipl23_25,
  },
  convention2018: {
    source: '中国互联网金融协会《互联网金融逾期债务催收自律公约(试行)》 (self-regulation, not law)',
    version: '2018-03-28',
    status: 'R',
    factsRow: ROW.convention2018,
  },
  nifa2024: {
    source: '中国互联网金融协会《互联网金融贷后催收业务指引》 (self-regulation)',
    version: '2024-05-15',
    status: 'R',
    factsRow: ROW.nifa2024,
  },
  cba2026: {
    source: '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》 (self-regulation for members, not an NFRA rule)',
    version: '2026-01-30',
    status: 'R',
    factsRow: ROW.cba2026,
  },
  ch12378: { source: '12378 国家金融监督管理总局 (NFRA)', status: 'C', factsRow: ROW.ch12378 },
  ch12321: { source: '12321 网络不良与垃圾信息举报受理中心 (12321.cn)', status: 'C', factsRow: ROW.ch12321 },
  ch110: { source: '110 (police)', status: 'V', factsRow: ROW.ch110 },
  us1692b: { source: FDCPA, article: '1692b', status: 'V', factsRow: ROW.us1692b },
  us1692c_a1: { source: FDCPA, article: '1692c(a)(1)', status: 'V', factsRow: ROW.us1692c_a1 },
  us1692c_b: { source: FDCPA, article: '1692c(b)', status: 'V', factsRow: ROW.us1692c_b },
  us1692c_c: { source: FDCPA, article: '1692c(c)', status: 'V', factsRow: ROW.us1692c_c },
  us1692d: { source: FDCPA, article: '1692d', status: 'R', factsRow: ROW.us1692d },
  us1692e: { source: FDCPA, article: '1692e', status: 'V', factsRow: ROW.us1692e },
  us1692g: { source: FDCPA, article: '1692g', status: 'V', factsRow: ROW.us1692g },
  us1692k: { source: FDCPA, article: '1692k', status: 'R', factsRow: ROW.us1692k },
  regF_6b1i: { source: REG_F, article: '1006.6(b)(1)(i)', effectiveFrom: '2021-11-30', status: 'V', factsRow: ROW.regF_6b1i },
  regF_6e: { source: REG_F, article: '1006.6(e)', status: 'R', factsRow: ROW.regF_6e },
  regF_14b2: { source: REG_F, article: '1006.14(b)(2)', status: 'R', factsRow: ROW.regF_14b2 },
  usComplaints: {
    source: 'CFPB (consumerfinance.gov/complaint, (855) 411-2372); FTC; state attorney general',
    status: 'C',
    factsRow: ROW.usComplaints,
  },
  ...adviceCitations(),
} as const satisfies Record<string, Citation>;

/** Advice rows cite no law: the citation only names the facts row (the seed articles' advice). */
function adviceCitations() {
  const advice = (row: string) => ({ source: 'advice', status: 'A', factsRow: row }) as const;
  return {
    adviceCalm: advice(ROW.adviceCalm),
    adviceVerify: advice(ROW.adviceVerify),
    adviceProof: advice(ROW.adviceProof),
    adviceRecords: advice(ROW.adviceRecords),
    advicePay: advice(ROW.advicePay),
    adviceNegotiate: advice(ROW.adviceNegotiate),
    adviceReport: advice(ROW.adviceReport),
  };
}

/** Claims that show a message is about collecting a debt. */
const COLLECTION: readonly ClaimKind[] = [
  'overdue-debt', 'legal-department', 'law-firm', 'mediation', 'court-action', 'visit', 'expose-contacts',
  'credit-threat', 'criminal-threat',
];

// ---------------------------------------------------------------- China
const CN: readonly Reminder[] = [
  {
    id: 'cn-third-party-pipl',
    jurisdiction: 'CN',
    series: 'cn-third-party-pipl',
    channel: false,
    when: { claims: ['expose-contacts'], alsoClaims: ['visit'] },
    text: {
      zh_CN: '未经你同意，把你的欠款信息告诉家人、单位或通讯录联系人（“爆通讯录”），可能违反《个人信息保护法》第23条、第25条和《民法典》第1038条。',
      zh_TW: '未經你同意，把你的欠款資訊告訴家人、公司或通訊錄聯絡人（「爆通訊錄」），可能違反《個人信息保護法》第23條、第25條及《民法典》第1038條。',
      en: "Telling your family, employer or phone contacts about your debt without your consent (\"blasting your contacts\") may violate China's Personal Information Protection Law (Arts. 23 and 25) and Civil Code Art. 1038.",
    },
    citations: [C.pipl23_25, C.civil1038],
  },
  {
    id: 'cn-third-party-guidelines',
    jurisdiction: 'CN',
    series: 'cn-third-party-guidelines',
    channel: false,
    when: { claims: ['expose-contacts'], alsoClaims: ['visit'] },
    text: {
      zh_CN: '据报道，行业自律规范要求催收原则上不得找与债务无关的人；联系他人只能为了找到你或转达信息，不得透露欠款详情。',
      zh_TW: '據報導，行業自律規範要求催收原則上不得找與債務無關的人；聯絡他人只能為了找到你或轉達訊息，不得透露欠款細節。',
      en: 'Reportedly, industry guidelines say collectors should in principle leave people unrelated to the debt alone; they may contact others only to reach you or pass on a message, without revealing the debt.',
    },
    citations: [C.convention2018, C.cba2026],
  },
  {
    id: 'cn-threats-2012',
    jurisdiction: 'CN',
    series: 'cn-threats',
    channel: false,
    validUntil: '2025-12-31',
    when: { claims: ['insult'], alsoClaims: ['criminal-threat'], verdicts: ['harassment'] },
    text: {
      zh_CN: '《治安管理处罚法》第42条：威胁他人人身安全，或多次发送侮辱、恐吓等信息干扰他人正常生活的，可处5日以下拘留或500元以下罚款；情节较重的，处5至10日拘留。',
      zh_TW: '《治安管理處罰法》第42條：威脅他人人身安全，或多次發送侮辱、恐嚇等訊息干擾他人正常生活者，可處5日以下拘留或500元以下罰款；情節較重者，處5至10日拘留。',
      en: "China's Public Security Administration Punishments Law (Art. 42): threatening someone's safety, or repeatedly sending insulting or threatening messages that disturb their life, can bring up to 5 days' detention or a fine of up to 500 yuan, and 5-10 days' detention if serious.",
    },
    citations: [C.psa2012_42],
  },
  {
    id: 'cn-threats-2025',
    jurisdiction: 'CN',
    series: 'cn-threats',
    channel: false,
    validFrom: '2026-01-01',
    when: { claims: ['insult'], alsoClaims: ['criminal-threat'], verdicts: ['harassment'] },
    text: {
      zh_CN: '《治安管理处罚法》第50条：威胁他人人身安全，多次发送侮辱、恐吓等信息，或滋扰、纠缠、跟踪他人，可处5日以下拘留或1000元以下罚款，情节较重的处5至10日拘留。经批准，公安机关可责令其不得接触你。',
      zh_TW: '《治安管理處罰法》第50條：威脅他人人身安全，多次發送侮辱、恐嚇等訊息，或滋擾、糾纏、跟蹤他人，可處5日以下拘留或1000元以下罰款，情節較重者處5至10日拘留。經批准，公安機關可責令其不得接觸你。',
      en: "China's Public Security Administration Punishments Law (Art. 50): threats to your safety, repeated insulting or threatening messages, or harassing, pestering or stalking can bring up to 5 days' detention or a fine of up to 1,000 yuan (5-10 days if serious). With approval, the police can order the person not to contact you.",
    },
    citations: [C.psa2025_50],
  },
  {
    id: 'cn-visit-2012',
    jurisdiction: 'CN',
    series: 'cn-visit',
    channel: false,
    validUntil: '2025-12-31',
    when: { claims: ['visit'] },
    text: {
      zh_CN: '上门催收不得限制你的人身自由或非法侵入你的住宅（《治安管理处罚法》第40条）；为索债非法拘禁他人的，依《刑法》第238条以非法拘禁罪论处。',
      zh_TW: '上門催收不得限制你的人身自由或非法侵入你的住宅（《治安管理處罰法》第40條）；為索債非法拘禁他人者，依《刑法》第238條以非法拘禁罪論處。',
      en: "Collectors who visit may not restrict your freedom or enter your home unlawfully (Public Security Administration Punishments Law, Art. 40); detaining someone to collect a debt is punished as unlawful detention (Criminal Law Art. 238).",
    },
    citations: [C.psa2012_40, C.crim238],
  },
  {
    id: 'cn-visit-2025',
    jurisdiction: 'CN',
    series: 'cn-visit',
    channel: false,
    validFrom: '2026-01-01',
    when: { claims: ['visit'] },
    text: {
      zh_CN: '上门催收不得限制你的人身自由或非法侵入你的住宅（《治安管理处罚法》第47条）；为索债非法拘禁他人的，依《刑法》第238条以非法拘禁罪论处。',
      zh_TW: '上門催收不得限制你的人身自由或非法侵入你的住宅（《治安管理處罰法》第47條）；為索債非法拘禁他人者，依《刑法》第238條以非法拘禁罪論處。',
      en: "Collectors who visit may not restrict your freedom or enter your home unlawfully (Public Security Administration Punishments Law, Art. 47); detaining someone to collect a debt is punished as unlawful detention (Criminal Law Art. 238).",
    },
    citations: [C.psa2025_47, C.crim238],
  },
  {
    id: 'cn-impersonation-2012',
    jurisdiction: 'CN',
    series: 'cn-impersonation',
    channel: false,
    validUntil: '2025-12-31',
    when: { claims: ['impersonation'], verdicts: ['impersonation'] },
    text: {
      zh_CN: '冒充国家机关工作人员（如法院、公安人员）招摇撞骗，是《治安管理处罚法》第51条处罚的行为。',
      zh_TW: '冒充國家機關工作人員（如法院、公安人員）招搖撞騙，是《治安管理處罰法》第51條處罰的行為。',
      en: "Posing as a state official, such as court or police staff, to deceive people is punishable under China's Public Security Administration Punishments Law (Art. 51).",
    },
    citations: [C.psa2012_51],
  },
  {
    id: 'cn-impersonation-2025',
    jurisdiction: 'CN',
    series: 'cn-impersonation',
    channel: false,
    validFrom: '2026-01-01',
    when: { claims: ['impersonation'], verdicts: ['impersonation'] },
    text: {
      zh_CN: '冒充国家机关工作人员（如法院、公安人员）招摇撞骗，或冒用他人身份、名义，是《治安管理处罚法》第62条处罚的行为。',
      zh_TW: '冒充國家機關工作人員（如法院、公安人員）招搖撞騙，或冒用他人身分、名義，是《治安管理處罰法》第62條處罰的行為。',
      en: "Posing as a state official, such as court or police staff, to deceive people, or misusing someone else's identity or name, is punishable under China's Public Security Administration Punishments Law (Art. 62).",
    },
    citations: [C.psa2025_62],
  },
  {
    id: 'cn-no-impersonation-guideline',
    jurisdiction: 'CN',
    series: 'cn-no-impersonation-guideline',
    channel: false,
    validFrom: '2026-01-30',
    when: { claims: ['impersonation'], verdicts: ['impersonation'] },
    text: {
      zh_CN: '据报道，银行业协会2026年的催收自律指引要求：催收不得冒充行政机关或司法机关。',
      zh_TW: '據報導，銀行業協會2026年的催收自律指引要求：催收不得冒充行政機關或司法機關。',
      en: "Reportedly, the China Banking Association's 2026 collection guideline says collectors must not pose as administrative or judicial bodies.",
    },
    citations: [C.cba2026],
  },
  {
    id: 'cn-no-fake-consequences',
    jurisdiction: 'CN',
    series: 'cn-no-fake-consequences',
    channel: false,
    validFrom: '2026-01-30',
    when: {
      claims: ['credit-threat', 'criminal-threat'],
      alsoClaims: ['court-action', 'mediation', 'legal-department', 'law-firm'],
    },
    text: {
      zh_CN: '据报道，银行业协会2026年的催收自律指引要求：不得虚构“黑名单”，不得夸大法律后果。',
      zh_TW: '據報導，銀行業協會2026年的催收自律指引要求：不得虛構「黑名單」，不得誇大法律後果。',
      en: "Reportedly, the China Banking Association's 2026 collection guideline says collectors must not invent \"blacklists\" or exaggerate legal consequences.",
    },
    citations: [C.cba2026],
  },
  {
    id: 'cn-night',
    jurisdiction: 'CN',
    series: 'cn-night',
    channel: false,
    validFrom: '2024-05-15',
    when: { night: true, verdicts: ['collector'], alsoClaims: COLLECTION },
    text: {
      zh_CN: '据报道，行业催收自律指引要求：未经你同意，不得在22:00至次日8:00催收。',
      zh_TW: '據報導，業界催收自律指引要求：未經你同意，不得在22:00至翌日8:00催收。',
      en: 'Reportedly, industry collection guidelines say there should be no collection between 22:00 and 08:00 without your consent.',
    },
    citations: [C.nifa2024, C.cba2026],
  },
  {
    id: 'cn-call-frequency-2024',
    jurisdiction: 'CN',
    series: 'cn-call-frequency',
    channel: false,
    validFrom: '2024-05-15',
    validUntil: '2026-01-29',
    when: { verdicts: ['collector'], alsoClaims: ['overdue-debt'] },
    text: {
      zh_CN: '据报道，互金协会2024年的催收指引要求：同一机构及其委托的催收方，每天与你接通的催收电话不超过3次。',
      zh_TW: '據報導，互金協會2024年的催收指引要求：同一機構及其委託的催收方，每天與你接通的催收電話不超過3次。',
      en: "Reportedly, the internet-finance industry's 2024 collection guideline allows one lender and its agencies at most 3 connected collection calls a day with you.",
    },
    citations: [C.nifa2024],
  },
  {
    id: 'cn-call-frequency',
    jurisdiction: 'CN',
    series: 'cn-call-frequency',
    channel: false,
    validFrom: '2026-01-30',
    when: { verdicts: ['collector'], alsoClaims: ['overdue-debt'] },
    text: {
      zh_CN: '据报道，行业指引限制催收频率：同一机构及其委托方每天与你接通的催收电话不超过3次（互金协会2024年）；对同一号码每天未接通的呼叫不超过6次（银行业协会2026年）。',
      zh_TW: '據報導，行業指引限制催收頻率：同一機構及其委託方每天與你接通的催收電話不超過3次（互金協會2024年）；對同一號碼每天未接通的撥打不超過6次（銀行業協會2026年）。',
      en: 'Reportedly, industry guidelines cap collection calls: at most 3 connected calls a day from one lender and its agencies (2024 internet-finance guideline), and at most 6 unanswered attempts a day to one number (2026 banking guideline).',
    },
    citations: [C.nifa2024, C.cba2026],
  },
  {
    id: 'cn-identify-civil',
    jurisdiction: 'CN',
    series: 'cn-identify-civil',
    channel: false,
    when: { claims: ['legal-department', 'law-firm', 'mediation'], alsoClaims: ['insult'] },
    text: {
      zh_CN: '据报道，互金协会的催收自律公约要求催收人员表明所属机构名称、使用文明用语，不得恐吓、威胁或辱骂。',
      zh_TW: '據報導，互金協會的催收自律公約要求催收人員表明所屬機構名稱、使用文明用語，不得恐嚇、威脅或辱罵。',
      en: "Reportedly, the internet-finance industry's collection code requires collectors to say which institution they act for and to stay civil, with no intimidation, threats or insults.",
    },
    citations: [C.convention2018],
  },
  {
    id: 'cn-privacy-peace',
    jurisdiction: 'CN',
    series: 'cn-privacy-peace',
    channel: false,
    when: { verdicts: ['collector', 'harassment', 'telemarketing'], alsoClaims: ['overdue-debt'], fallback: true },
    text: {
      zh_CN: '《民法典》第1032条、第1033条保护你的私人生活安宁：除法律另有规定或你明确同意，任何人不得以电话、短信、即时通讯、电子邮件等方式侵扰。',
      zh_TW: '《民法典》第1032條、第1033條保障你的私人生活安寧：除法律另有規定或你明確同意，任何人不得以電話、簡訊、即時通訊、電子郵件等方式侵擾。',
      en: "China's Civil Code (Arts. 1032 and 1033) protects the peace of your private life: unless the law provides otherwise or you expressly agree, no one may disturb it by calls, texts, instant messages or email.",
    },
    citations: [C.civil1032, C.civil1033],
  },
  {
    id: 'cn-reputation',
    jurisdiction: 'CN',
    series: 'cn-reputation',
    channel: false,
    when: { claims: ['insult'], alsoClaims: ['expose-contacts'], verdicts: ['harassment'] },
    text: {
      zh_CN: '《民法典》第1024条：你享有名誉权（包括对你信用的评价），任何人不得以侮辱、诽谤等方式侵害。',
      zh_TW: '《民法典》第1024條：你享有名譽權（包括對你信用的評價），任何人不得以侮辱、誹謗等方式侵害。',
      en: 'Under China\'s Civil Code (Art. 1024) you have a right to your reputation, including your credit standing; no one may insult or defame you.',
    },
    citations: [C.civil1024],
  },
  {
    id: 'cn-designated-channels',
    jurisdiction: 'CN',
    series: 'cn-designated-channels',
    channel: false,
    when: { claims: ['overdue-debt'], verdicts: ['scam', 'impersonation'], alsoClaims: ['impersonation'] },
    text: {
      zh_CN: '据报道，行业自律公约要求：还款只通过借款机构指定的渠道进行，不得收取额外费用。',
      zh_TW: '據報導，行業自律公約要求：還款只透過借款機構指定的管道進行，不得收取額外費用。',
      en: "Reportedly, the industry's collection code says repayment should go only through the lender's designated channels, with no extra fees.",
    },
    citations: [C.convention2018],
  },
  {
    id: 'cn-illegal-debt-crime',
    jurisdiction: 'CN',
    series: 'cn-illegal-debt-crime',
    channel: false,
    when: { alsoClaims: ['criminal-threat', 'visit', 'insult'] },
    text: {
      zh_CN: '如果债务是高利放贷等产生的非法债务，以暴力、胁迫、侵入住宅或恐吓、跟踪、骚扰等方式催收，情节严重的，构成《刑法》第293条之一催收非法债务罪；合法债务不适用此罪。',
      zh_TW: '如果債務是高利放貸等產生的非法債務，以暴力、脅迫、侵入住宅或恐嚇、跟蹤、騷擾等方式催收，情節嚴重者，構成《刑法》第293條之一催收非法債務罪；合法債務不適用此罪。',
      en: 'If the debt itself is illegal (e.g. from usurious lending), collecting it by violence, coercion, entering a home, intimidation, stalking or harassment is, in serious cases, a crime (Criminal Law Art. 293-1); this crime does not cover lawful debts.',
    },
    citations: [C.crim293_1],
  },
  {
    id: 'cn-provoking-trouble',
    jurisdiction: 'CN',
    series: 'cn-provoking-trouble',
    channel: false,
    when: { alsoClaims: ['visit', 'insult'] },
    text: {
      zh_CN: '追逐、拦截、辱骂、恐吓他人，情节恶劣的，可能构成《刑法》第293条寻衅滋事罪。',
      zh_TW: '追逐、攔截、辱罵、恐嚇他人，情節惡劣者，可能構成《刑法》第293條尋釁滋事罪。',
      en: 'Chasing, intercepting, abusing or intimidating someone can, where the circumstances are vile, be the crime of picking quarrels and provoking trouble (Criminal Law Art. 293).',
    },
    citations: [C.crim293],
  },
  {
    id: 'cn-interest-cap',
    jurisdiction: 'CN',
    series: 'cn-interest-cap',
    channel: false,
    when: { pageOnly: true },
    text: {
      zh_CN: '《民法典》第680条禁止高利放贷。民间借贷利率以合同成立时一年期LPR的4倍为上限；该上限不适用于持牌金融机构，也不适用于小额贷款公司等地方金融组织。',
      zh_TW: '《民法典》第680條禁止高利放貸。民間借貸利率以合同成立時一年期LPR的4倍為上限；該上限不適用於持牌金融機構，也不適用於小額貸款公司等地方金融組織。',
      en: "China's Civil Code (Art. 680) prohibits usurious lending. Private (non-institutional) loans are capped at 4 times the one-year LPR at signing; the cap does not apply to licensed financial institutions or to microlenders and other local financial organisations.",
    },
    citations: [C.civil680, C.privateLending],
  },
  // ---- where to complain
  {
    id: 'cn-channel-110',
    jurisdiction: 'CN',
    series: 'cn-channel-110',
    channel: true,
    when: { claims: ['visit', 'insult', 'impersonation'], alsoClaims: ['criminal-threat'] },
    text: {
      zh_CN: '遇到威胁、暴力或强行闯入住宅等情况，可拨打110报警。',
      zh_TW: '遇到威脅、暴力或強行闖入住宅等情況，可撥打110報警。',
      en: 'For threats, violence or someone forcing their way into your home, call the police on 110.',
    },
    citations: [C.ch110],
  },
  {
    id: 'cn-channel-12378',
    jurisdiction: 'CN',
    series: 'cn-channel-12378',
    channel: true,
    when: {
      verdicts: ['collector'],
      claims: ['overdue-debt', 'legal-department', 'law-firm', 'mediation', 'court-action', 'credit-threat', 'expose-contacts'],
    },
    text: {
      zh_CN: '12378是国家金融监督管理总局的投诉热线：银行、保险公司、消费金融公司、小额贷款公司的不当催收可拨打投诉（工作时间受理，一般15个工作日内答复）。',
      zh_TW: '12378是國家金融監督管理總局的投訴熱線：銀行、保險公司、消費金融公司、小額貸款公司的不當催收可撥打投訴（上班時間受理，一般15個工作日內答覆）。',
      en: "12378 is the complaint hotline of China's financial regulator (NFRA): improper collection by banks, insurers, consumer-finance companies and microlenders can be reported there (working hours; complaints go to the local regulator, usually answered within 15 working days).",
    },
    citations: [C.ch12378],
  },
  {
    id: 'cn-channel-12321',
    jurisdiction: 'CN',
    series: 'cn-channel-12321',
    channel: true,
    when: {
      verdicts: ['harassment', 'telemarketing', 'scam', 'impersonation'],
      alsoClaims: ['expose-contacts', 'insult'],
      fallback: true,
    },
    text: {
      zh_CN: '骚扰电话、垃圾短信、诈骗电话和个人信息泄露，可向12321举报（网站12321.cn）。',
      zh_TW: '騷擾電話、垃圾簡訊、詐騙電話及個人資料外洩，可向12321檢舉（網站12321.cn）。',
      en: 'Harassing or fraud calls, spam texts and personal-data leaks can be reported to 12321 (12321.cn).',
    },
    citations: [C.ch12321],
  },
];

// ---------------------------------------------------------------- what to do now (status A: suggestions, no law)
/**
 * The advice rows come from articles written for people in China who are
 * chased for consumer debt, so they are listed with the China reminders. They
 * are page-only: the card keeps its room for the rules and a channel.
 */
const advice = (id: string, text: Reminder['text'], citation: Citation): Reminder => ({
  id: `cn-advice-${id}`,
  jurisdiction: 'CN',
  series: `cn-advice-${id}`,
  channel: false,
  advice: true,
  when: { pageOnly: true },
  text,
  citations: [citation],
});

const CN_ADVICE: readonly Reminder[] = [
  advice('calm', {
    zh_CN: '建议先保持冷静：不要因为对方的威胁，就匆忙把钱转给陌生人。',
    zh_TW: '建議先保持冷靜：不要因為對方的威脅，就匆忙把錢轉給陌生人。',
    en: "We suggest staying calm: don't let threats rush you into paying a stranger.",
  }, C.adviceCalm),
  advice('verify', {
    zh_CN: '建议先核实对方身份：问清姓名、所属机构和工号，再拨打借款平台的官方电话（如支付宝95188）确认你的账户是否真的委托给了这家机构。',
    zh_TW: '建議先核實對方身分：問清姓名、所屬機構和工號，再撥打借款平台的官方電話（例如支付寶95188）確認你的帳戶是否真的委託給這家機構。',
    en: "We suggest checking who is calling: ask for the caller's name, agency and employee number, then call the lender's official number (e.g. Alipay 95188) to confirm your account was really passed to that agency.",
  }, C.adviceVerify),
  advice('proof', {
    zh_CN: '建议要求对方出示书面材料：债权人出具的委托书，以及欠款金额的书面说明。',
    zh_TW: '建議要求對方出示書面資料：債權人出具的委託書，以及欠款金額的書面說明。',
    en: "We suggest asking for written proof: the creditor's letter of entrustment and a written statement of the amount owed.",
  }, C.adviceProof),
  advice('records', {
    zh_CN: '建议保留记录：时间、号码、对方自称的身份和说了什么；保存短信和截图，在合法的前提下保存录音。',
    zh_TW: '建議保留紀錄：時間、號碼、對方自稱的身分和說了什麼；保存簡訊和截圖，在合法的前提下保存錄音。',
    en: 'We suggest keeping records: the time, the number, who they said they were and what was said; save texts, screenshots and, where lawful, recordings.',
  }, C.adviceRecords),
  advice('pay', {
    zh_CN: '建议只通过借款平台自己的渠道还款，不要转账到对方提供的个人账户。',
    zh_TW: '建議只透過借款平台自己的管道還款，不要轉帳到對方提供的個人帳戶。',
    en: "We suggest paying only through the lender's own channels, never into a personal account the caller gives you.",
  }, C.advicePay),
  advice('negotiate', {
    zh_CN: '如果无法一次还清，建议直接与借款平台协商还款计划。',
    zh_TW: '如果無法一次還清，建議直接與借款平台協商還款計畫。',
    en: "If you can't pay in full, we suggest negotiating a repayment plan with the lender itself.",
  }, C.adviceNegotiate),
  advice('report', {
    zh_CN: '威胁、辱骂、联系无关的人和虚假的法律说法都不是合法的催收，建议向本页列出的投诉渠道举报。',
    zh_TW: '威脅、辱罵、聯絡無關的人和虛假的法律說法都不是合法的催收，建議向本頁列出的投訴管道檢舉。',
    en: 'Threats, insults, contacting unrelated people and fake legal claims are not lawful collection; we suggest reporting them to the complaint channels listed on this page.',
  }, C.adviceReport),
];

// ---------------------------------------------------------------- United States (FDCPA: third-party collectors)
const US: readonly Reminder[] = [
  {
    id: 'us-third-parties',
    jurisdiction: 'US',
    series: 'us-third-parties',
    channel: false,
    when: { claims: ['expose-contacts'], alsoClaims: ['visit'] },
    text: {
      zh_CN: '未经你同意，第三方催收机构不得与他人（如你的雇主、邻居）谈论你的债务（15 U.S.C. 1692c(b)）；向他人打听你的下落时，不得透露你欠债（15 U.S.C. 1692b）。',
      zh_TW: '未經你同意，第三方討債機構不得與他人（例如你的雇主、鄰居）談論你的債務（15 U.S.C. 1692c(b)）；向他人打聽你的下落時，不得透露你欠債（15 U.S.C. 1692b）。',
      en: 'A third-party debt collector may not discuss your debt with others, such as your employer or neighbors, without your consent (15 U.S.C. 1692c(b)); when asking others where you are, it may not say you owe a debt (15 U.S.C. 1692b).',
    },
    citations: [C.us1692c_b, C.us1692b],
  },
  {
    id: 'us-inconvenient-times',
    jurisdiction: 'US',
    series: 'us-inconvenient-times',
    channel: false,
    validFrom: '2021-11-30',
    when: { night: true, verdicts: ['collector'], alsoClaims: COLLECTION },
    text: {
      zh_CN: '第三方催收机构不得在不便的时间联系你；你当地时间早上8点前、晚上9点后视为不便（15 U.S.C. 1692c(a)(1)；12 CFR 1006.6(b)(1)(i)）。',
      zh_TW: '第三方討債機構不得在不便的時間聯絡你；你當地時間早上8點前、晚上9點後視為不便（15 U.S.C. 1692c(a)(1)；12 CFR 1006.6(b)(1)(i)）。',
      en: 'A third-party debt collector may not contact you at inconvenient times; before 8 a.m. or after 9 p.m. your local time counts as inconvenient (15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)).',
    },
    citations: [C.us1692c_a1, C.regF_6b1i],
  },
  {
    id: 'us-false-threats',
    jurisdiction: 'US',
    series: 'us-false-threats',
    channel: false,
    when: {
      claims: ['criminal-threat', 'impersonation'],
      alsoClaims: ['law-firm', 'legal-department', 'court-action', 'credit-threat', 'mediation'],
      verdicts: ['impersonation'],
    },
    text: {
      zh_CN: '第三方催收机构不得冒称与政府有关或冒称律师，不得以逮捕或不合法、不打算采取的行动相威胁，也不得出示伪造的法院文书（15 U.S.C. 1692e）。',
      zh_TW: '第三方討債機構不得假稱與政府有關或假冒律師，不得以逮捕或不合法、無意採取的行動相威脅，也不得出示偽造的法院文件（15 U.S.C. 1692e）。',
      en: 'A third-party debt collector may not falsely imply it is from the government or an attorney, threaten arrest or action that is unlawful or not intended, or use fake court documents (15 U.S.C. 1692e).',
    },
    citations: [C.us1692e],
  },
  {
    id: 'us-validation',
    jurisdiction: 'US',
    series: 'us-validation',
    channel: false,
    when: {
      verdicts: ['collector'],
      alsoClaims: ['overdue-debt', 'court-action', 'legal-department', 'law-firm', 'mediation', 'credit-threat'],
    },
    text: {
      zh_CN: '第三方催收机构须在首次联系后5天内寄给你书面债务确认通知；你在30天内书面提出异议的，对方寄出核实材料前必须暂停催收（15 U.S.C. 1692g）。',
      zh_TW: '第三方討債機構須在首次聯絡後5天內寄給你書面債務確認通知；你在30天內以書面提出異議者，對方寄出查證資料前必須暫停催收（15 U.S.C. 1692g）。',
      en: 'A third-party debt collector must send you a written validation notice within 5 days of first contact; if you dispute the debt in writing within 30 days, it must stop collecting until it mails you verification (15 U.S.C. 1692g).',
    },
    citations: [C.us1692g],
  },
  {
    id: 'us-stop-contact',
    jurisdiction: 'US',
    series: 'us-stop-contact',
    channel: false,
    when: { verdicts: ['collector', 'harassment'], alsoClaims: ['overdue-debt', 'insult'], fallback: true },
    text: {
      zh_CN: '你书面要求第三方催收机构停止联系，或书面表示拒绝付款后，对方必须停止联系（少数情况例外）（15 U.S.C. 1692c(c)）。',
      zh_TW: '你以書面要求第三方討債機構停止聯絡，或以書面表示拒絕付款後，對方必須停止聯絡（少數情況例外）（15 U.S.C. 1692c(c)）。',
      en: 'If you tell a third-party debt collector in writing to stop contacting you, or that you refuse to pay, it must stop, with narrow exceptions (15 U.S.C. 1692c(c)).',
    },
    citations: [C.us1692c_c],
  },
  {
    id: 'us-harassment',
    jurisdiction: 'US',
    series: 'us-harassment',
    channel: false,
    when: { claims: ['insult'], alsoClaims: ['criminal-threat'], verdicts: ['harassment'] },
    text: {
      zh_CN: '据报道，美国《公平债务催收作业法》禁止骚扰：以暴力相威胁、使用下流语言、意图骚扰而反复来电，或来电不表明身份（15 U.S.C. 1692d）。',
      zh_TW: '據報導，美國《公平債務催收作業法》禁止騷擾：以暴力相威脅、使用下流言語、意圖騷擾而反覆來電，或來電不表明身分（15 U.S.C. 1692d）。',
      en: 'Reportedly, the FDCPA bars harassment: threats of violence, obscene language, calling repeatedly to annoy you, or calling without saying who they are (15 U.S.C. 1692d).',
    },
    citations: [C.us1692d],
  },
  {
    id: 'us-call-frequency',
    jurisdiction: 'US',
    series: 'us-call-frequency',
    channel: false,
    validFrom: '2021-11-30',
    when: { verdicts: ['collector', 'harassment'] },
    text: {
      zh_CN: '据报道，根据美国Regulation F，就一笔债务7天内来电超过7次，或与你通话后7天内再来电，推定构成骚扰（短信和邮件不计入）。',
      zh_TW: '據報導，根據美國Regulation F，就一筆債務7天內來電超過7次，或與你通話後7天內再來電，推定構成騷擾（簡訊和電子郵件不計入）。',
      en: 'Reportedly, under Regulation F a collector is presumed to harass you if it calls more than 7 times in 7 days about a debt, or within 7 days after a phone conversation with you (texts and emails do not count).',
    },
    citations: [C.regF_14b2],
  },
  {
    id: 'us-opt-out',
    jurisdiction: 'US',
    series: 'us-opt-out',
    channel: false,
    validFrom: '2021-11-30',
    when: { verdicts: ['collector'], alsoClaims: ['overdue-debt'] },
    text: {
      zh_CN: '据报道，每封催收电子邮件或短信都必须提供清楚、简便的退订方式，例如回复STOP（12 CFR 1006.6(e)）。',
      zh_TW: '據報導，每封催收電子郵件或簡訊都必須提供清楚、簡便的退訂方式，例如回覆STOP（12 CFR 1006.6(e)）。',
      en: 'Reportedly, every collection email or text must offer a clear, simple way to opt out, such as replying STOP (12 CFR 1006.6(e)).',
    },
    citations: [C.regF_6e],
  },
  {
    id: 'us-damages',
    jurisdiction: 'US',
    series: 'us-damages',
    channel: false,
    when: { alsoClaims: ['expose-contacts', 'criminal-threat', 'impersonation', 'insult'] },
    text: {
      zh_CN: '据报道，催收方违反《公平债务催收作业法》的，你可在1年内起诉，要求赔偿实际损失、最高1,000美元的法定赔偿和律师费（15 U.S.C. 1692k）。',
      zh_TW: '據報導，討債方違反《公平債務催收作業法》者，你可在1年內提告，請求實際損害、最高1,000美元的法定賠償及律師費（15 U.S.C. 1692k）。',
      en: 'Reportedly, if a collector breaks the FDCPA you can sue within 1 year for your actual damages, up to $1,000 in statutory damages, and attorney fees (15 U.S.C. 1692k).',
    },
    citations: [C.us1692k],
  },
  {
    id: 'us-channel-cfpb',
    jurisdiction: 'US',
    series: 'us-channel-cfpb',
    channel: true,
    when: { verdicts: ['collector', 'harassment', 'scam', 'impersonation', 'telemarketing'], alsoClaims: COLLECTION, fallback: true },
    text: {
      zh_CN: '你可以向美国消费者金融保护局（CFPB）投诉：consumerfinance.gov/complaint 或 (855) 411-2372；也可以向联邦贸易委员会（FTC）和你所在州的总检察长投诉。',
      zh_TW: '你可以向美國消費者金融保護局（CFPB）投訴：consumerfinance.gov/complaint 或 (855) 411-2372；也可以向聯邦貿易委員會（FTC）及你所在州的檢察總長投訴。',
      en: 'You can complain to the CFPB at consumerfinance.gov/complaint or (855) 411-2372, and also to the FTC and your state attorney general.',
    },
    citations: [C.usComplaints],
  },
];

/**
 * Every reminder, every version, both jurisdictions: for the "Know your rights"
 * page (filter with remindersInForce) and for the tests. Order matters: it is the
 * final tie-break of the selection ranking.
 */
export const ALL_REMINDERS: readonly Reminder[] = [...CN, ...CN_ADVICE, ...US];

export function reminderById(id: string): Reminder | undefined {
  return ALL_REMINDERS.find((r) => r.id === id);
}
