/**
 * Deterministic corpus of SMS/e-mail-like messages for bench/scan.ts: zh_CN,
 * zh_TW and English templates filled with numbers in every notation the
 * detector supports, and many look-alikes (order numbers, amounts, dates, codes,
 * card and ID numbers, URLs, e-mail addresses) that it must ignore.
 */

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const digits = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
};
const fullWidth = (s: string): string => s.replace(/[0-9()+\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '166', '173', '176', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '198', '199'];
const AREAS: ReadonlyArray<[string, number]> = [['10', 8], ['20', 8], ['21', 8], ['22', 8], ['23', 8], ['25', 8], ['27', 8], ['28', 8], ['29', 8], ['571', 8], ['755', 8], ['512', 8], ['532', 8], ['731', 8], ['591', 8]];
const SERVICE = ['95188', '95588', '95555', '95566', '95533', '12378', '12321', '12315', '12345', '10086', '10010', '10000'];

function mobile(rng: Rng): string {
  const m = pick(rng, MOBILE_PREFIXES) + digits(rng, 8);
  switch (Math.floor(rng() * 10)) {
    case 0: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 1: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 2: return `+86 ${m}`;
    case 3: return `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 4: return `0086 ${m}`;
    case 5: return fullWidth(m);
    case 6: return m.split('').join('\u200b');
    case 7: return `${m.slice(0, 3)}\u00a0${m.slice(3, 7)}\u00a0${m.slice(7)}`;
    default: return m;
  }
}

function landline(rng: Rng): string {
  const [area, len] = pick(rng, AREAS);
  const local = String(2 + Math.floor(rng() * 7)) + digits(rng, len - 1);
  const ext = rng() < 0.2 ? pick(rng, [' 转 8001', '转' + digits(rng, 3), '-' + digits(rng, 4), ' ext. 12']) : '';
  switch (Math.floor(rng() * 8)) {
    case 0: return `(0${area}) ${local.slice(0, 4)} ${local.slice(4)}${ext}`;
    case 1: return `（0${area}）${local}${ext}`;
    case 2: return `+86 ${area} ${local}`;
    case 3: return `+86 (0)${area} ${local.slice(0, 4)} ${local.slice(4)}`;
    case 4: return `0${area} ${local.slice(0, 4)} ${local.slice(4)}${ext}`;
    case 5: return fullWidth(`0${area}-${local}`);
    default: return `0${area}-${local}${ext}`;
  }
}

function tollfree(rng: Rng): string {
  const n = pick(rng, ['400', '800']) + String(1 + Math.floor(rng() * 9)) + digits(rng, 6);
  return rng() < 0.5 ? `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}` : `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}`;
}

function foreign(rng: Rng): string {
  switch (Math.floor(rng() * 5)) {
    case 0: return `+852 ${pick(rng, ['2', '3', '9', '6'])}${digits(rng, 3)} ${digits(rng, 4)}`;
    case 1: return `+886 2 ${2 + Math.floor(rng() * 7)}${digits(rng, 3)} ${digits(rng, 4)}`;
    case 2: return `+886-9${digits(rng, 2)}-${digits(rng, 3)}-${digits(rng, 3)}`;
    case 3: return `+1 ${pick(rng, ['415', '212', '646', '650'])} ${2 + Math.floor(rng() * 7)}${digits(rng, 2)} ${digits(rng, 4)}`;
    default: return `1-800-${2 + Math.floor(rng() * 7)}${digits(rng, 2)}-${digits(rng, 4)}`;
  }
}

const gateway = (rng: Rng) => `106${digits(rng, 5 + Math.floor(rng() * 9))}`;
const order = (rng: Rng) => pick(rng, ['20241106', '20231231', '20250101']) + digits(rng, 6 + Math.floor(rng() * 8));
const amount = (rng: Rng) => `${Math.floor(rng() * 100000)}.${digits(rng, 2)}`;
const date = (rng: Rng) => pick(rng, ['2024-11-06', '2024年11月6日', '2024/11/06', '20241106', '11月8日', '2025-01-15']);
const time = (rng: Rng) => `${String(Math.floor(rng() * 24)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
const code = (rng: Rng) => digits(rng, pick(rng, [4, 6]));
const idCard = (rng: Rng) => `110105${pick(rng, ['1949', '1985', '1990'])}${digits(rng, 7)}${pick(rng, ['X', '1', '7'])}`;
const bankCard = (rng: Rng) => {
  const d = '6222' + digits(rng, 12);
  return rng() < 0.5 ? d.replace(/(\d{4})(?=\d)/g, '$1 ') : d;
};
const tracking = (rng: Rng) => `SF${digits(rng, 13)}`;
const sig = (rng: Rng) => pick(rng, ['借呗', '花呗', '招商银行', '京东金融', '某某消费金融', '法务部', '催收中心', '网商贷']);
const sigTw = (rng: Rng) => pick(rng, ['借唄', '花唄', '招商銀行', '法務部', '催收中心', '中國信託']);

type Filler = (rng: Rng) => string;
const F: Record<string, Filler> = {
  mobile, landline, tollfree, foreign, gateway, order, amount, date, time, code, idCard, bankCard, tracking,
  service: (rng) => pick(rng, SERVICE),
  sig, sigTw,
  name: (rng) => pick(rng, ['张', '王', '李', '刘', '陈', '杨']) + pick(rng, ['先生', '女士', '专员', '律师']),
  days: (rng) => String(1 + Math.floor(rng() * 90)),
  email: (rng) => `${pick(rng, ['', 'zhang.', 'service'])}${pick(rng, MOBILE_PREFIXES)}${digits(rng, 8)}@${pick(rng, ['qq.com', '163.com', 'example.com'])}`,
  url: (rng) => `${pick(rng, ['http://', 'https://', 'www.'])}example.com/${pick(rng, ['u/', 'pay?tel=', 'item/'])}${pick(rng, MOBILE_PREFIXES)}${digits(rng, 8)}`,
  version: (rng) => `v${1 + Math.floor(rng() * 9)}.${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 4)}`,
};

const TEMPLATES_CN = [
  '【{sig}】您的借款已逾期{days}天，欠款金额{amount}元，请速联系法务部 {landline}，否则将上门催收。',
  '【{sig}】尊敬的客户，您尾号{code}的账单已逾期，请于{date}前回电{mobile}处理。退订回T',
  '您好，我是{name}，您在本平台的订单号{order}已逾期，请立即联系我{mobile}，逾期将影响征信。',
  '验证码{code}，您正在登录账户，5分钟内有效，请勿泄露。如非本人操作请致电{service}。',
  '【催收中心】{date} {time} 起将对您的案件进行处理，联系电话：{mobile}，座机：{landline}。',
  '您的快递{tracking}已签收，如有问题请拨打客服热线{tollfree}。',
  '交易提醒：您尾号{code}的卡于{time}消费人民币{amount}元，余额{amount}元。客服{service}',
  '身份证号{idCard}，银行卡号{bankCard}，已完成实名认证。',
  '您的还款计划已生成，应还金额¥{amount}，还款日{date}，详情见{url}',
  '如遇暴力催收，可拨打{service}投诉，或登录{url}举报。',
  '短信来自{gateway}：【{sig}】您有一笔{amount}元的借款待还。',
  '邮箱：{email}，手机：{mobile}，工作时间 09:00-18:00。',
  '版本{version}已发布，订单编号{order}，金额{amount}元，时间{date} {time}。',
  '境外来电{foreign}，请谨慎接听，谨防诈骗。退订回T【{sig}】',
];
const TEMPLATES_TW = [
  '【{sigTw}】您的帳款已逾期{days}天，請速聯繫法務部 {landline}，否則將提起訴訟。',
  '請於今日回電 {mobile}，逾期未處理將通知您的緊急聯絡人。',
  '您的訂單編號{order}已出貨，如有疑問請撥打{tollfree}。',
  '驗證碼{code}，請勿告知他人。如非本人操作，請來電{service}。',
  '台灣客服 {foreign}，服務時間 {time} 至 18:00。身分證字號{idCard}',
  '應繳金額NT${amount}，繳款期限{date}，信用卡號{bankCard}。',
  '來電號碼：{gateway}，【{sigTw}】提醒您按時還款。',
];
const TEMPLATES_EN = [
  'FINAL NOTICE: your account is {days} days past due. Call {foreign} or {mobile} today to avoid legal action.',
  'Your verification code is {code}. Do not share it. Order #{order} total ${amount}.',
  'Debt Recovery Team\nPhone: {landline}\nRef: case {order}\nDate: {date} {time}',
  'Contact our office at {mobile}, email {email}, or visit {url}.',
  'Payment of USD {amount} received on {date}. Tracking {tracking}. Build {version}.',
  'Hotline {tollfree}; complaints: {service}. Card ending {code}.',
];

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(rng: Rng, template: string): string {
  return template.replace(PLACEHOLDER, (_m, key: string) => (F[key] ?? (() => key))(rng));
}

/** Messages (one per text node) until their UTF-8 size reaches `targetBytes`. */
export function buildCorpus(targetBytes: number, seed = 20241106): string[] {
  const rng = seededRandom(seed);
  const messages: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const r = rng();
    const templates = r < 0.55 ? TEMPLATES_CN : r < 0.8 ? TEMPLATES_TW : TEMPLATES_EN;
    const msg = fill(rng, pick(rng, templates));
    messages.push(msg);
    bytes += Buffer.byteLength(msg, 'utf8');
  }
  return messages;
}
