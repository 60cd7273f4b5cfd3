/**
 * Deterministic page for bench/page.ts (npm run bench:page): an SMS / mail list
 * of 10,000 messages, about 2 MB of text, with EXACTLY 3,000 phone numbers, plus
 * 10 rounds of 50 further messages (15 numbers each) for the page to append.
 *
 * Decisions (see also bench/page.ts):
 * - "About 2 MB of text" is read as 2,000,000 bytes of UTF-8 text content (what
 *   the page weighs; a Chinese character is 3 bytes, so a typical Chinese SMS
 *   here is 50-70 characters, an English one about 200). Message lengths vary
 *   (roughly 100-400 bytes) and are steered so the total lands on the target.
 * - Every message is a few text nodes: sender, time, and one node per body
 *   line (mail-like messages have several lines separated by <br>). The content
 *   script scans text nodes one by one, so the generator models messages the
 *   same way and verifies them the same way.
 * - Exactly `numbers` numbers: each message is assigned how many it holds (0, 1
 *   or 2, a deterministic shuffle), and the template is filled accordingly. The
 *   result is then checked with the real detector, `scanText`, node by node:
 *   the detections must be exactly the planned spans (start, end), no more, no
 *   fewer. A message that does not check out (a decoy read as a number, a cue
 *   word turning a number into a code...) is drawn again; how often that
 *   happened is reported as `redraws`. So `numbers` is, by construction and by
 *   verification, what scanText finds on the page.
 * - Numbers come in the written forms people use: mobiles (plain, 3-4-4 with
 *   spaces or dashes, +86, 0086, (+86), full-width digits), landlines
 *   (010-/021-/0755- with dash, space or brackets, +86 with area code), 400
 *   numbers (3-3-4, 4-3-3 or plain), 95xxx / 12xxx / 100xx service numbers after
 *   a phone cue, and SMS gateways (106...) and service numbers as the sender.
 *   Collectors repeat themselves, so mobiles, landlines and 400 numbers are
 *   partly drawn from pools (about 40% repeats), as on a real inbox.
 * - Messages without numbers still carry digits (times, amounts, dates,
 *   verification codes, order and tracking numbers), so the detector's
 *   rejection paths run on most text nodes, as on a real page.
 * - Part of the pools is "flagged" (`flagged`: canonical keys with a category)
 *   for the bench to import into the database, so flagged and unknown numbers
 *   both occur.
 */
import { scanText } from '../core/detect/index';
import type { Detection } from '../core/types';
import { seededRandom } from './scan-corpus';

type Rng = () => number;

export interface PlannedNumber {
  /** Index into `PageMessage.nodes`. */
  node: number;
  start: number;
  end: number;
  /** Canonical key, as scanText reports it. */
  key: string;
}

export interface PageMessage {
  /** Text nodes in document order: [sender, time, ...body lines]. */
  nodes: string[];
  numbers: PlannedNumber[];
}

export interface PageCorpusOptions {
  messages?: number;
  numbers?: number;
  /** Rounds of appended messages, and their size. */
  rounds?: number;
  perRound?: number;
  perRoundNumbers?: number;
  targetBytes?: number;
  seed?: number;
}

export interface PageCorpus {
  messages: PageMessage[];
  /** `rounds` batches of messages for the page to append, `perRoundNumbers` numbers each. */
  appendRounds: PageMessage[][];
  /** Numbers on the initial page (= what scanText finds on it). */
  numbers: number;
  /** Distinct canonical keys on the initial page. */
  distinctKeys: number;
  /** UTF-8 bytes and UTF-16 units of the initial page's message text. */
  bytes: number;
  chars: number;
  /** Keys to import as a list, with a category, and how many initial-page numbers they cover. */
  flagged: { key: string; category: string }[];
  flaggedOccurrences: number;
  /** Messages drawn again because the detector disagreed with the plan (should stay small). */
  redraws: number;
  /** Why the first few redrawn messages failed the check (planned vs found). */
  redrawExamples: string[];
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const digits = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
};
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/* ---------------------------------------------------------------- numbers */

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '173', '176', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '198', '199'];
/** [area code without its leading 0, digits of a local number] */
const AREAS: ReadonlyArray<[string, number]> = [['10', 8], ['20', 8], ['21', 8], ['22', 8], ['23', 8], ['25', 8], ['27', 8], ['28', 8], ['29', 8], ['571', 8], ['755', 8], ['512', 8], ['532', 8], ['731', 8], ['591', 8], ['769', 8]];
/**
 * Service numbers in the official directory (core/official/directory.ts): detected after a
 * cue and also alone, as a sender. (95568, 95595, 95528, 95599 were tried: as a bare sender they are
 * not detected, being absent from the directory, so they are left out.)
 */
const SERVICE = ['95188', '95588', '95555', '95566', '95533', '95559', '95561', '95580', '12378', '12321', '12315', '12345', '10086', '10010', '10000'];
const BANK_OF: Record<string, string> = {
  '95588': '工商银行', '95555': '招商银行', '95566': '中国银行', '95533': '建设银行',
  '95559': '交通银行', '95561': '兴业银行', '95580': '邮储银行', '95188': '支付宝',
};

interface Pools {
  mobiles: string[];
  landlines: [string, string][];
  tollfree: string[];
}

function makePools(rng: Rng): Pools {
  const mobiles = Array.from({ length: 900 }, () => pick(rng, MOBILE_PREFIXES) + digits(rng, 8));
  const landlines = Array.from({ length: 250 }, (): [string, string] => {
    const [area, len] = pick(rng, AREAS);
    return [area, String(int(rng, 2, 8)) + digits(rng, len - 1)];
  });
  const tollfree = Array.from({ length: 60 }, () => '400' + String(int(rng, 1, 9)) + digits(rng, 6));
  return { mobiles, landlines, tollfree };
}

/** A number as written, and its canonical key. */
interface Written {
  text: string;
  key: string;
}

function mobile(rng: Rng, pools: Pools): Written {
  const m = rng() < 0.4 ? pick(rng, pools.mobiles) : pick(rng, MOBILE_PREFIXES) + digits(rng, 8);
  const key = `+86${m}`;
  const g = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  switch (Math.floor(rng() * 12)) {
    case 0: case 1: return { text: g, key };
    case 2: return { text: `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, key };
    case 3: return { text: `+86 ${g}`, key };
    case 4: return { text: `+86-${m}`, key };
    case 5: return { text: `+86${m}`, key };
    case 6: return { text: `0086 ${m}`, key };
    case 7: return { text: `(+86)${m}`, key };
    case 8: return { text: fullWidth(m), key };
    default: return { text: m, key };
  }
}

function landline(rng: Rng, pools: Pools): Written {
  const [area, local] = rng() < 0.4 ? pick(rng, pools.landlines) : ((): [string, string] => {
    const [a, len] = pick(rng, AREAS);
    return [a, String(int(rng, 2, 8)) + digits(rng, len - 1)];
  })();
  const key = `+86${area}${local}`;
  const split = `${local.slice(0, 4)} ${local.slice(4)}`;
  switch (Math.floor(rng() * 8)) {
    case 0: return { text: `0${area} ${split}`, key };
    case 1: return { text: `(0${area})${local}`, key };
    case 2: return { text: `（0${area}）${split}`, key };
    case 3: return { text: `+86 ${area} ${split}`, key };
    case 4: return { text: `0${area}-${split}`, key };
    default: return { text: `0${area}-${local}`, key };
  }
}

function tollfree(rng: Rng, pools: Pools): Written {
  const n = rng() < 0.4 ? pick(rng, pools.tollfree) : '400' + String(int(rng, 1, 9)) + digits(rng, 6);
  const key = `+86${n}`;
  switch (Math.floor(rng() * 4)) {
    case 0: return { text: `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}`, key };
    case 1: return { text: n, key };
    case 2: return { text: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, key };
    default: return { text: `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, key };
  }
}

function service(rng: Rng): Written {
  const n = pick(rng, SERVICE);
  return { text: n, key: `CN:${n}` };
}

function gateway(rng: Rng): Written {
  const n = `1069${digits(rng, int(rng, 8, 10))}`;
  return { text: n, key: `CN:${n}` };
}

type NumberKind = 'mobile' | 'landline' | 'tollfree' | 'service' | 'any';

function writeNumber(rng: Rng, pools: Pools, kind: NumberKind): Written {
  if (kind === 'any') {
    const r = rng();
    kind = r < 0.6 ? 'mobile' : r < 0.85 ? 'landline' : 'tollfree';
  }
  switch (kind) {
    case 'mobile': return mobile(rng, pools);
    case 'landline': return landline(rng, pools);
    case 'tollfree': return tollfree(rng, pools);
    case 'service': return service(rng);
  }
}

/* ---------------------------------------------------------------- decoys and words */

const DECOY: Record<string, (rng: Rng) => string> = {
  amount: (rng) => `${int(rng, 1, 99999)}.${digits(rng, 2)}`,
  small: (rng) => String(int(rng, 2, 9)),
  days: (rng) => String(int(rng, 1, 180)),
  date: (rng) => pick(rng, [`2025年${int(rng, 1, 12)}月${int(rng, 1, 28)}日`, `${int(rng, 1, 12)}月${int(rng, 1, 28)}日`, `2025-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}`]),
  time: (rng) => `${String(int(rng, 0, 23)).padStart(2, '0')}:${String(int(rng, 0, 59)).padStart(2, '0')}`,
  code4: (rng) => digits(rng, 4),
  code6: (rng) => digits(rng, 6),
  order: (rng) => `2025${digits(rng, 14)}`,
  tracking: (rng) => `SF${digits(rng, 13)}`,
  invoice: (rng) => `INV-${digits(rng, 6)}`,
  sig: (rng) => pick(rng, ['借呗', '花呗', '网商贷', '京东金条', '美团借钱', '360借条', '某某消费金融', '平安普惠', '拍拍贷', '分期乐']),
  firm: (rng) => pick(rng, ['某某资产管理有限公司', '诚信调解中心', '华信法务部', '某某律师事务所', '风控中心', '贷后管理部']),
  name: (rng) => pick(rng, ['张', '王', '李', '刘', '陈', '杨', '赵', '黄']) + pick(rng, ['先生', '女士', '专员', '律师', '经理']),
  place: (rng) => pick(rng, ['幸福小区', '科技园', '人民路', '万达广场', '学府路']),
  en: (rng) => pick(rng, ['Anna', 'Tom', 'Lucy', 'Mr. Chen', 'Grace', 'David']),
};

/**
 * Templates. `{N:kind}` is a number slot; `{word}` a decoy or word. `|` separates
 * body lines (mail-like messages). Grouped by how many number slots they hold.
 */
const TEMPLATES: Record<0 | 1 | 2, string[]> = {
  0: [
    '【{sig}】{name}您好，您的借款已逾期{days}天，欠款{amount}元，请尽快登录APP还款，以免影响您的个人征信。',
    '【{sig}】验证码{code6}，用于登录验证，5分钟内有效，请勿泄露给他人。',
    '【招商银行】您尾号{code4}的信用卡本期账单{amount}元，最低还款{amount}元，到期还款日{date}。',
    '【顺丰速运】您的快件{tracking}已到达{place}驿站，取件码{code4}，请于今天{time}前领取。',
    '您尾号{code4}的储蓄卡于{time}支出人民币{amount}元，余额{amount}元。',
    '妈，我今天晚点回家，{small}点左右到，晚饭不用等我了。',
    '明天下午{small}点开会，记得带上周的报表和合同。',
    '好的，收到，谢谢！',
    '周末一起吃饭吗？我请客，地点你定。',
    '你的快递到了，放在门口了，记得拿。',
    '【{sig}】您的订单{order}已发货，预计{date}送达。',
    '{name}：关于您在{sig}的欠款{amount}元，我司已受理，将于{date}前处理，逾期将上报征信。',
    '最后通知：您的案件已进入法务流程，{days}日内未处理将移交{firm}，后果自负。',
    'Hi, the meeting moved to {time} tomorrow. See you in room {small}0{small}.',
    'Your order {order} has shipped and should arrive on {date}. Track it in the app.|Thanks for shopping with us.',
    'Dear customer,|Your invoice {invoice} of USD {amount} is now {days} days overdue.|Please pay at your earliest convenience.|Regards,|{en}',
    '【{sig}】您本月应还{amount}元，还款日{date}，请确保账户余额充足。',
    '親愛的客戶，您的帳單{amount}元已逾期{days}天，請盡快繳款。',
    '今天天氣很好，要不要出去走走？',
  ],
  1: [
    '【{sig}】{name}您好，您的借款已逾期{days}天，欠款金额{amount}元，请速联系法务部 {N:any}，否则将上门催收并通知您的家人。退订回T',
    '【催收中心】{date} {time} 起将对您的案件进行处理，请立即回电{N:mobile}，逾期将影响您的征信。',
    '您好，我是{firm}的{name}，您的欠款已逾期，请今天之内联系我{N:mobile}，否则将通知您的紧急联系人。',
    '【{sig}】尊敬的客户，您的账单已逾期，请于{date}前回电{N:landline}处理。退订回T',
    '您的快递{tracking}已签收，如有问题请拨打客服热线{N:tollfree}。',
    '交易提醒：您尾号{code4}的卡于{time}消费人民币{amount}元。如非本人操作请致电{N:service}。',
    '如遇暴力催收，可拨打{N:service}投诉，或向当地金融监管部门反映。',
    '【{sig}】您的还款计划已生成，应还金额{amount}元，还款日{date}，咨询电话{N:tollfree}。',
    '我是{name}，新号码{N:mobile}，旧号不用了，麻烦存一下。',
    '{name}，明天{time}在{place}见，到了打我电话 {N:mobile}。',
    '请于{date}前到我司办理，地址：{place}{small}号，电话：{N:landline}。',
    '調解中心通知：您的帳款已逾期{days}天，請於今日回電 {N:mobile}，否則將提起訴訟。',
    'FINAL NOTICE: your account is {days} days past due.|Call us at {N:any} today to avoid further action.|Ref {invoice}',
    'Hi, just following up on invoice {invoice}. Please call me at {N:mobile} when you get a chance.|Thanks,|{en}',
    '【{sig}】您已逾期{days}天，客服电话：{N:service}，请勿相信任何陌生号码。',
  ],
  2: [
    '【催收中心】{date} {time} 起将对您的案件进行处理，联系电话：{N:mobile}，座机：{N:landline}。',
    '{firm}通知：请于{date}前联系{name} {N:mobile}，或拨打{N:tollfree}，否则将上门走访。',
    '您好，我是{name}，手机{N:mobile}，办公室{N:landline}，工作时间 09:00-18:00。',
    'Debt Recovery Team|Phone: {N:landline}|Mobile: {N:mobile}|Ref: case {invoice}',
    '【{sig}】您尾号{code4}的账户存在风险，官方客服电话{N:service}，如有人自称客服来电{N:mobile}请谨慎核实。',
  ],
};

const FILLERS_CN = [
  '如已还款请忽略本短信。', '感谢您的配合。', '祝您生活愉快。', '详情请登录APP查看。', '请勿回复本短信。',
  '好的，我知道了。', '晚上一起吃饭吧。', '路上注意安全。', '收到，马上处理。', '记得带伞，今天有雨。',
  '我们将依法维护自身合法权益。', '请珍惜个人信用。', '逾期将产生罚息。', '如有疑问可在工作时间咨询。',
  '这周末我要加班。', '孩子明天要开家长会。', '已经转给你了，查收一下。', '今天的会议推迟到{time}。',
  '本次消费{amount}元。', '共计{small}件商品。', '您的积分余额为{code4}分。',
];
const FILLERS_EN = [
  'Thanks again.', 'Let me know if you have any questions.', 'Have a great weekend!', 'Sorry for the late reply.',
  'I will send the documents tomorrow.', 'See you at {time}.', 'The total was ${amount}.',
];

const PLACEHOLDER = /\{(N:)?(\w+)\}/g;

/** Fills a template; returns the body lines and, per number slot, its line, span and key. */
type Slot = Omit<PlannedNumber, 'node'> & { line: number };

function fill(rng: Rng, pools: Pools, template: string): { lines: string[]; numbers: Slot[] } {
  const lines: string[] = [];
  const numbers: Slot[] = [];
  template.split('|').forEach((part, line) => {
    let out = '';
    let last = 0;
    for (const m of part.matchAll(PLACEHOLDER)) {
      out += part.slice(last, m.index);
      last = m.index! + m[0].length;
      if (m[1]) {
        const w = writeNumber(rng, pools, m[2] as NumberKind);
        numbers.push({ line, start: out.length, end: out.length + w.text.length, key: w.key });
        out += w.text;
      } else {
        out += (DECOY[m[2]!] ?? (() => m[2]!))(rng);
      }
    }
    lines.push(out + part.slice(last));
  });
  return { lines, numbers };
}

const SENDER_NAMES = ['妈妈', '老婆', '张经理', '李老师', '王总', '小刘', '招商银行', '支付宝', '京东', '顺丰速运', '物业', '房东', 'Anna', 'Tom', '公司群', '快递员', '未知号码'];

function timeLabel(rng: Rng): string {
  const t = DECOY.time!(rng);
  switch (Math.floor(rng() * 4)) {
    case 0: return `昨天 ${t}`;
    case 1: return `${int(rng, 1, 12)}月${int(rng, 1, 28)}日 ${t}`;
    case 2: return `2025-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')} ${t}`;
    default: return t;
  }
}

/** One message with exactly `count` numbers planned (not yet verified). */
function draft(rng: Rng, pools: Pools, count: number, targetBytes: number): PageMessage {
  // A number as the sender (an SMS gateway, a service number or a mobile) in about one message with numbers in five.
  const senderNumber = count > 0 && rng() < 0.2;
  let sender: string;
  const numbers: PlannedNumber[] = [];
  if (senderNumber) {
    const r = rng();
    const w = r < 0.5 ? gateway(rng) : r < 0.75 ? service(rng) : mobile(rng, pools);
    sender = w.text;
    numbers.push({ node: 0, start: 0, end: w.text.length, key: w.key });
  } else {
    sender = pick(rng, SENDER_NAMES);
  }
  const slots = (count - numbers.length) as 0 | 1 | 2;
  let template = pick(rng, TEMPLATES[slots]);
  const filled = fill(rng, pools, template);
  // A service number as sender sends its own bank's text.
  if (senderNumber && BANK_OF[sender] && slots === 0 && rng() < 0.5) {
    template = `【${BANK_OF[sender]}】您尾号{code4}的账户于{time}入账{amount}元。`;
    const f2 = fill(rng, pools, template);
    filled.lines = f2.lines;
    filled.numbers = f2.numbers;
  }
  const nodes = [sender, timeLabel(rng), ...filled.lines];
  for (const n of filled.numbers) numbers.push({ node: 2 + n.line, start: n.start, end: n.end, key: n.key });
  // Pad the last line with small talk / closing lines up to this message's byte target.
  const english = /^[\x20-\x7e]/.test(filled.lines[0] ?? '');
  const fillers = english ? FILLERS_EN : FILLERS_CN;
  let bytes = nodes.reduce((n, s) => n + utf8(s), 0);
  const lastIdx = nodes.length - 1;
  while (bytes < targetBytes) {
    const add = (english ? ' ' : '') + fill(rng, pools, pick(rng, fillers)).lines[0]!;
    if (bytes + utf8(add) > targetBytes + 60) break;
    nodes[lastIdx] += add;
    bytes += utf8(add);
  }
  return { nodes, numbers };
}

/** True when scanText finds exactly the planned numbers in every node of the message. */
export function checkMessage(m: PageMessage, scan: (text: string) => Detection[] = (t) => scanText(t)): boolean {
  for (let i = 0; i < m.nodes.length; i++) {
    const found = scan(m.nodes[i]!);
    const planned = m.numbers.filter((n) => n.node === i);
    if (found.length !== planned.length) return false;
    for (let j = 0; j < found.length; j++) {
      const f = found[j]!;
      const p = planned[j]!;
      if (f.start !== p.start || f.end !== p.end || f.number !== p.key) return false;
    }
  }
  return true;
}

/** `total` numbers spread over `messages` messages as 0, 1 or 2 per message, shuffled. */
function plan(rng: Rng, messages: number, total: number): number[] {
  const twos = Math.round(total / 6); // a sixth of the numbers come in pairs
  const ones = total - 2 * twos;
  if (ones + twos > messages) throw new Error(`cannot fit ${total} numbers in ${messages} messages`);
  const counts = [...Array<number>(twos).fill(2), ...Array<number>(ones).fill(1), ...Array<number>(messages - ones - twos).fill(0)];
  for (let i = counts.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [counts[i], counts[j]] = [counts[j]!, counts[i]!];
  }
  return counts;
}

interface Stats {
  redraws: number;
  examples: string[];
}

/** What scanText found against what was planned, for the first few redraws. */
function explain(m: PageMessage): string {
  const parts: string[] = [];
  m.nodes.forEach((text, i) => {
    const found = scanText(text).map((d) => `${text.slice(d.start, d.end)}→${d.number}`);
    const planned = m.numbers.filter((n) => n.node === i).map((n) => `${text.slice(n.start, n.end)}→${n.key}`);
    if (found.join() !== planned.join()) parts.push(`${JSON.stringify(text)}: planned [${planned.join(', ')}] found [${found.join(', ')}]`);
  });
  return parts.join('; ');
}

function verified(rng: Rng, pools: Pools, count: number, targetBytes: number, stats: Stats): PageMessage {
  for (let attempt = 0; attempt < 50; attempt++) {
    const m = draft(rng, pools, count, targetBytes);
    if (m.numbers.length === count && checkMessage(m)) return m;
    stats.redraws++;
    if (stats.examples.length < 8) stats.examples.push(explain(m));
  }
  throw new Error(`page-corpus: no message with ${count} numbers passed scanText in 50 draws`);
}

export function buildPageCorpus(opts: PageCorpusOptions = {}): PageCorpus {
  const messages = opts.messages ?? 10_000;
  const total = opts.numbers ?? 3_000;
  const rounds = opts.rounds ?? 10;
  const perRound = opts.perRound ?? 50;
  const perRoundNumbers = opts.perRoundNumbers ?? 15;
  const targetBytes = opts.targetBytes ?? 2_000_000;
  const rng = seededRandom(opts.seed ?? 20250314);
  const pools = makePools(rng);
  const stats: Stats = { redraws: 0, examples: [] };

  const avg = targetBytes / messages;
  let bytes = 0;
  const out: PageMessage[] = [];
  const counts = plan(rng, messages, total);
  for (let i = 0; i < messages; i++) {
    // Lengths vary around the average; the deficit or surplus so far steers the next one, so the total lands on target.
    const drift = avg * i - bytes;
    const target = Math.max(60, Math.min(420, avg * (0.5 + rng()) + drift));
    const m = verified(rng, pools, counts[i]!, target, stats);
    out.push(m);
    bytes += m.nodes.reduce((n, s) => n + utf8(s), 0);
  }

  const appendRounds: PageMessage[][] = [];
  for (let r = 0; r < rounds; r++) {
    const c = plan(rng, perRound, perRoundNumbers);
    appendRounds.push(c.map((count) => verified(rng, pools, count, avg * (0.5 + rng()), stats)));
  }

  // Flag every third pool mobile, every second pool landline and every fifth 400 number.
  const CATS = ['collector', 'collector', 'harassment', 'scam', 'telemarketing'];
  const flagged = [
    ...pools.mobiles.filter((_, i) => i % 3 === 0).map((m) => `+86${m}`),
    ...pools.landlines.filter((_, i) => i % 2 === 0).map(([a, l]) => `+86${a}${l}`),
    ...pools.tollfree.filter((_, i) => i % 5 === 0).map((n) => `+86${n}`),
  ]
    .filter((k, i, all) => all.indexOf(k) === i)
    .map((key, i) => ({ key, category: CATS[i % CATS.length]! }));
  const flaggedSet = new Set(flagged.map((f) => f.key));

  const keys = out.flatMap((m) => m.numbers.map((n) => n.key));
  return {
    messages: out,
    appendRounds,
    numbers: keys.length,
    distinctKeys: new Set(keys).size,
    bytes,
    chars: out.reduce((n, m) => n + m.nodes.reduce((k, s) => k + s.length, 0), 0),
    flagged,
    flaggedOccurrences: keys.filter((k) => flaggedSet.has(k)).length,
    redraws: stats.redraws,
    redrawExamples: stats.examples,
  };
}

/* ---------------------------------------------------------------- HTML */

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One message as markup: each of `nodes` becomes exactly one text node
 * (sender, time, body lines split by <br>), as the generator verified them.
 */
export function messageHtml(m: PageMessage, id: string): string {
  const [sender, time, ...lines] = m.nodes;
  return `<div class="msg" id="${id}"><div class="hd"><span class="from">${escapeHtml(sender!)}</span><span class="time">${escapeHtml(time!)}</span></div><div class="bd">${lines.map(escapeHtml).join('<br>')}</div></div>`;
}
