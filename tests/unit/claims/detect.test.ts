import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_KINDS, claimKinds, detectClaims, type ClaimKind } from '../../../core/claims';

type Case = [text: string, kinds: ClaimKind[], note?: string];

/** Exact sets: a kind not listed must NOT be found. */
const SIMPLIFIED: Case[] = [
  [
    '【借呗】您已逾期90天，法务部将于三日内上门，并通知你的家人和单位，请立即联系13800138000',
    ['overdue-debt', 'legal-department', 'visit', 'expose-contacts'],
    'real-looking collector SMS',
  ],
  ['【花呗】您的账单已逾期，我方将依法起诉，并通知你家人', ['overdue-debt', 'court-action', 'expose-contacts']],
  ['您的欠款已移交律师事务所处理，请于今日内还款', ['overdue-debt', 'law-firm']],
  ['XX金融纠纷调解中心通知：您的借款逾期，已进入诉前调解程序', ['mediation', 'overdue-debt']],
  ['再不还款我们就爆你通讯录', ['expose-contacts']],
  ['我们已读取你的通讯录，欠款信息将群发给你的联系人', ['expose-contacts', 'overdue-debt']],
  ['逾期不还，将追究你的刑事责任', ['overdue-debt', 'criminal-threat']],
  ['再不还钱就报警抓你，等着坐牢吧', ['criminal-threat']],
  ['你的网贷逾期已上报征信，将被列入黑名单', ['overdue-debt', 'credit-threat']],
  ['我是法院工作人员，你的案子已立案', ['impersonation', 'court-action']],
  ['【天河区人民法院】您涉及一宗借款纠纷，请速联系', ['impersonation']],
  ['我们是公安局的，你涉嫌诈骗', ['impersonation', 'criminal-threat']],
  ['老赖，不要脸，等着瞧', ['insult']],
  ['您好，我是天河区人民法院的，你的借款纠纷已立案', ['impersonation', 'court-action']],
  ['这里是广州市公安局，你涉嫌洗钱', ['impersonation', 'criminal-threat']],
  ['我们知道你住哪，老赖', ['insult']],
  ['您的借款逾期未还，外访人员将实地走访您的户籍地', ['overdue-debt', 'visit']],
  ['债务逾期，我们将派人上门，后果自负', ['overdue-debt', 'visit', 'insult']],
  ['您的信用卡已逾期，将影响您的征信', ['overdue-debt', 'credit-threat']],
  ['今天不还，明天我们就联系你的同事和领导', ['expose-contacts']],
  ['逾期款项请立即还款，否则移交公安机关处理', ['overdue-debt', 'criminal-threat']],
  ['您的逾期账单已委托律所催收，律师将联系您', ['overdue-debt', 'law-firm']],
  ['法 务 部 通知：你 已 逾 期', ['legal-department', 'overdue-debt'], 'spaced out to dodge filters'],
  ['催\u200b收通知：尽快处理欠款', ['overdue-debt'], 'zero-width space'],
  // neutral mentions: nothing
  ['我今天路过法院', [], 'passing by a court'],
  ['我朋友是律师', [], 'my friend is a lawyer'],
  ['法院路站到了，请下车', [], 'bus stop'],
  ['快递员将上门取件，请保持电话畅通', [], 'courier pickup'],
  ['师傅明天上门安装宽带', [], 'installation visit'],
  ['征信报告查询指南', [], 'neutral credit-report guide'],
  ['如何查询个人征信报告', []],
  ['请通知家人注意防范电信诈骗', []],
  ['本月账单已出，还款日为15日，请按时还款', [], 'ordinary bill reminder'],
  ['我们不会上门，也不会影响征信', [], 'negated'],
  ['如有疑问请联系人工客服', [], '联系人工 is not 联系人'],
  ['我在公司法务部上班', []],
  ['老师下周家访', []],
  ['已将该号码加入黑名单', [], 'phone blocklist'],
  ['家庭矛盾调解员明天来', []],
  ['公安提醒：谨防冒充客服诈骗', []],
  ['明天到你家吃饭', []],
  ['把链接发给你的朋友一起领红包', []],
  ['警告你的同事也没用', []],
  ['我是想问市法院在哪', [], 'a question, not a self-introduction'],
  ['我是天河区的，刚路过区法院', []],
];

const TRADITIONAL: Case[] = [
  ['借唄法務部通知：您已逾期，將提起訴訟並通知您的家人', ['legal-department', 'overdue-debt', 'court-action', 'expose-contacts']],
  ['借唄法務(wù)部是第三方催收嗎', ['legal-department', 'overdue-debt'], 'scraped page with pinyin readings'],
  ['您的卡債已逾期未還，我們將派人上門', ['overdue-debt', 'visit']],
  ['逾期不還將聯絡你的家人和公司', ['overdue-debt', 'expose-contacts']],
  ['再不還款就爆你通訊錄', ['expose-contacts']],
  ['欠款逾期，將追究你的刑事責任', ['overdue-debt', 'criminal-threat']],
  ['你的貸款逾期已上報徵信，列入黑名單', ['overdue-debt', 'credit-threat']],
  ['我是法院工作人員，你的傳票已寄出', ['impersonation', 'court-action']],
  ['欠債不還，我們會對你提告', ['overdue-debt', 'court-action']],
  ['老賴，等著瞧', ['insult']],
  ['追數公司話會淋紅油', ['overdue-debt', 'insult'], 'Hong Kong'],
  ['您的帳單已逾期，已委託律師事務所處理', ['overdue-debt', 'law-firm']],
  ['逾期款項已轉入訴前調解', ['overdue-debt', 'mediation']],
  ['我今天路過法院', []],
  ['我朋友是律師', []],
  ['您好，這裡是台北地檢署，您涉嫌洗錢', ['impersonation', 'criminal-threat'], 'Taiwan prosecutors'],
  ['快遞員將上門取件', []],
  ['徵信報告查詢指南', []],
  ['我們不會上門', []],
  ['請通知家人注意防詐騙', []],
  ['法院路站到了', []],
];

const ENGLISH: Case[] = [
  [
    'Your account is past due. Our legal department will file a lawsuit against you and contact your employer.',
    ['overdue-debt', 'legal-department', 'court-action', 'expose-contacts'],
  ],
  ['This debt has been referred to an attorney.', ['overdue-debt', 'law-firm']],
  ['If you do not pay the balance, you will be arrested.', ['criminal-threat']],
  ['We will report this debt to the credit bureaus.', ['overdue-debt', 'credit-threat']],
  ['This is Officer Brown from the county sheriff; a warrant for your arrest was issued.', ['impersonation', 'criminal-threat']],
  ['Pay your overdue loan or we will visit your home and workplace.', ['overdue-debt', 'visit']],
  ['You deadbeat, we know where you live.', ['insult']],
  ['Your loan is in collections; we may take you to court.', ['overdue-debt', 'court-action']],
  ['Your debt is now in mediation; the mediation center will call.', ['overdue-debt', 'mediation']],
  ['OVERDUE NOTICE: you owe $500. We will sue you.', ['overdue-debt', 'court-action'], 'upper case'],
  ['Ｙｏｕ ｏｗｅ $200 and we will sue you', ['overdue-debt', 'court-action'], 'full-width letters'],
  // neutral mentions
  ['Meet me at the food court at noon.', []],
  ['Hi Sue, see you tonight!', []],
  ['My friend is an attorney.', []],
  ['The new spring collection is here.', []],
  ['Get your free credit report today.', []],
  ['A long overdue update to our app.', []],
  ['We will not sue you and your credit will not be affected.', [], 'negated'],
  ['The technician will visit your home to install the router.', []],
  ['Tennis court booking confirmed.', []],
];

function kindsOf(text: string): ClaimKind[] {
  return [...new Set(detectClaims(text).map((c) => c.kind))].sort();
}

describe('detectClaims: table', () => {
  const tag = (script: string, table: Case[]): Array<[string, string, ClaimKind[]]> =>
    table.map(([text, kinds]) => [script, text, kinds]);
  const all = [...tag('zh-Hans', SIMPLIFIED), ...tag('zh-Hant', TRADITIONAL), ...tag('en', ENGLISH)];
  it('has at least 60 cases, with negatives in every script', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const table of [SIMPLIFIED, TRADITIONAL, ENGLISH]) expect(table.some(([, k]) => k.length === 0)).toBe(true);
  });
  it.each(all)('[%s] %s', (_script, text, kinds) => {
    expect(kindsOf(text)).toEqual([...kinds].sort());
  });
});

describe('detectClaims: offsets and quotes', () => {
  it('quotes the original text, pinyin readings included', () => {
    const text = '借唄法務(wù)部是第三方催收嗎';
    const legal = detectClaims(text).find((c) => c.kind === 'legal-department');
    expect(legal).toMatchObject({ start: 2, end: 9, quote: '法務(wù)部' });
  });
  it('maps spaced-out and full-width text back to the caller’s offsets', () => {
    const text = 'xx 法 务 部 yy';
    const [claim] = detectClaims(`${text} 逾期`).filter((c) => c.kind === 'legal-department');
    expect(claim?.quote).toBe('法 务 部');
  });
  it('returns claims in text order', () => {
    const claims = detectClaims('借唄法務部通知：您已逾期，將提起訴訟並通知您的家人');
    const starts = claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(claims.map((c) => c.quote)).toEqual(['法務部', '已逾期', '將提起訴訟', '通知您的家人']);
  });
  it('claimKinds lists distinct kinds in CLAIM_KINDS order', () => {
    const kinds = claimKinds('【借呗】您已逾期90天，法务部将于三日内上门，并通知你的家人和单位');
    expect(kinds).toEqual(CLAIM_KINDS.filter((k) => kinds.includes(k)));
    expect(kinds).toContain('visit');
  });
  it('property: every claim is a valid slice of the input', () => {
    const alphabet = fc.constantFrom(
      ...'逾期法务部上门通知你的家人起诉征信黑名单老赖律师调解公安我是法院工作人员 　\u200b(wù)，。abc sue you court overdue debt ＡＢＣ'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        for (const c of detectClaims(text)) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.quote).toBe(text.slice(c.start, c.end));
          expect(CLAIM_KINDS).toContain(c.kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectClaims: cost', () => {
  it('stays linear on long and adversarial input', () => {
    const adversarial = [
      '逾'.repeat(200_000),
      '法务'.repeat(100_000),
      'a'.repeat(200_000),
      'sue '.repeat(50_000),
      '(wù'.repeat(60_000),
      ' '.repeat(200_000),
      '【借呗】您已逾期90天，法务部将于三日内上门，并通知你的家人和单位。'.repeat(5_000),
    ];
    for (const text of adversarial) {
      const t0 = performance.now();
      detectClaims(text);
      expect(performance.now() - t0).toBeLessThan(3_000);
    }
  });
});

/**
 * Every word the brief lists, in a collection message (for the words that need
 * one) or on its own line: the kind is found and the quote covers the word.
 */
const VOCABULARY: Array<[ClaimKind, string, string]> = [
  ['legal-department', '法务部', '借款逾期，法务部'],
  ['legal-department', '法務部', '借款逾期，法務部'],
  ['legal-department', 'legal department', 'Your loan is overdue. Legal department notice.'],
  ['law-firm', '律师事务所', '借款逾期，已转律师事务所'],
  ['law-firm', '律所', '借款逾期，已转律所'],
  ['law-firm', '律師', '借款逾期，已轉律師'],
  ['law-firm', 'law firm', 'Your loan is overdue; a law firm now handles it.'],
  ['law-firm', 'attorney', 'Your loan is overdue; an attorney now handles it.'],
  ['mediation', '调解中心', '借款逾期，调解中心通知'],
  ['mediation', '诉前调解', '借款逾期，进入诉前调解'],
  ['mediation', '調解', '借款逾期，進入調解'],
  ['court-action', '起诉', '借款逾期，准备材料起诉'],
  ['court-action', '立案', '借款逾期，已经立案'],
  ['court-action', '传票', '借款逾期，传票已寄出'],
  ['court-action', '法院', '借款逾期，法院会处理'],
  ['court-action', '诉讼', '借款逾期，进入诉讼'],
  ['court-action', '起訴', '借款逾期，準備起訴'],
  ['court-action', '傳票', '借款逾期，傳票已寄出'],
  ['court-action', 'lawsuit', 'Your loan is overdue. A lawsuit is next.'],
  ['court-action', 'sue', 'Your loan is overdue. We will sue.'],
  ['court-action', 'court', 'Your loan is overdue. The court will decide.'],
  ['visit', '上门', '借款逾期，我们明天上门'],
  ['visit', '家访', '借款逾期，安排家访'],
  ['visit', '上門', '借款逾期，我們明天上門'],
  ['visit', '家訪', '借款逾期，安排家訪'],
  ['visit', '实地走访', '借款逾期，安排实地走访'],
  ['visit', 'visit your home', 'Your loan is overdue. We will visit your home.'],
  ['visit', 'visit your workplace', 'Your loan is overdue. We will visit your workplace.'],
  ['expose-contacts', '通讯录', '借款逾期，已获取通讯录'],
  ['expose-contacts', '爆通讯录', '马上爆通讯录'],
  ['expose-contacts', '通知家人', '借款逾期，将通知家人'],
  ['expose-contacts', '通知单位', '借款逾期，将通知单位'],
  ['expose-contacts', '通知同事', '借款逾期，将通知同事'],
  ['expose-contacts', '通知亲友', '借款逾期，将通知亲友'],
  ['expose-contacts', '通訊錄', '借款逾期，已獲取通訊錄'],
  ['expose-contacts', '聯絡你的家人', '借款逾期，將聯絡你的家人'],
  ['expose-contacts', 'contact your family', 'Your loan is overdue. We will contact your family.'],
  ['expose-contacts', 'contact your employer', 'Your loan is overdue. We will contact your employer.'],
  ['criminal-threat', '刑事责任', '借款逾期，承担刑事责任'],
  ['criminal-threat', '拘留', '借款逾期，小心拘留'],
  ['criminal-threat', '坐牢', '借款逾期，小心坐牢'],
  ['criminal-threat', '报警抓你', '马上报警抓你'],
  ['criminal-threat', '逮捕', '借款逾期，小心逮捕'],
  ['criminal-threat', '刑事責任', '借款逾期，承擔刑事責任'],
  ['criminal-threat', 'arrest', 'Your loan is overdue. Expect an arrest.'],
  ['criminal-threat', 'jail', 'Your loan is overdue. Think of jail.'],
  ['criminal-threat', 'criminal charges', 'Your loan is overdue. Criminal charges follow.'],
  ['credit-threat', '征信', '借款逾期，征信有记录'],
  ['credit-threat', '黑名单', '借款逾期，黑名单见'],
  ['credit-threat', '徵信', '借款逾期，徵信有紀錄'],
  ['credit-threat', '黑名單', '借款逾期，黑名單見'],
  ['credit-threat', 'credit report', 'Your loan is overdue. Check your credit report.'],
  ['credit-threat', 'blacklist', 'Your loan is overdue. Blacklist next.'],
  ['impersonation', '法院工作人员', '我是法院工作人员'],
  ['impersonation', '公安', '我是公安'],
  ['impersonation', '检察院', '这里是检察院'],
  ['impersonation', 'from the court', 'Your loan is overdue. This notice is from the court.'],
  ['impersonation', 'police officer', 'This is a police officer.'],
  ['overdue-debt', '逾期', '通知：你已逾期'],
  ['overdue-debt', '欠款', '通知：你有欠款'],
  ['overdue-debt', '催收', '催收通知'],
  ['overdue-debt', '还款', '请立即还款'],
  ['overdue-debt', '逾期未還', '通知：你逾期未還'],
  ['overdue-debt', 'overdue', 'Notice: your bill is overdue'],
  ['overdue-debt', 'past due', 'Notice: your bill is past due'],
  ['overdue-debt', 'debt', 'Notice: your debt'],
  ['overdue-debt', 'collection', 'Notice: your loan is in collection'],
  ['insult', '老赖', '老赖'],
  ['insult', '不要脸', '不要脸'],
  ['insult', '等着瞧', '等着瞧'],
  ['insult', 'deadbeat', 'deadbeat'],
];

describe('detectClaims: the brief’s vocabulary', () => {
  it.each(VOCABULARY)('%s: %s', (kind, word, text) => {
    const hit = detectClaims(text).filter((c) => c.kind === kind);
    expect(hit.length, text).toBeGreaterThan(0);
    expect(hit.some((c) => c.quote.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });
});
