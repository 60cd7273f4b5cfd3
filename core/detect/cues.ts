/**
 * Words before a number that say what it is. A phone cue ("拨打", "call") is what
 * lets an ambiguous short number through; a non-phone cue ("订单号", "验证码")
 * vetoes even a perfectly valid mobile number, because an order number that
 * happens to look like 13800138000 is still an order number.
 */
import { foldForCue } from './chars';

/** Cues are matched on text folded by foldForCue (lower-case, half-width). */
const PHONE_CUES = [
  // Simplified
  '电话', '致电', '拨打', '拨', '回电', '来电', '热线', '客服', '联系', '联络', '号码', '手机', '手机号',
  '座机', '短信', '发送', '回复', '咨询', '报警', '举报', '投诉', '专线', '服务台', '传真',
  // People, not parcels: "联系快递员 139…" is a phone number although "快递" alone vetoes (tracking numbers).
  '快递员', '配送员', '派送员', '送货员', '外卖员', '骑手', '司机', '师傅',
  // Traditional
  '電話', '致電', '撥打', '撥', '回電', '來電', '熱線', '聯繫', '聯絡', '聯系', '號碼', '手機', '手機號',
  '座機', '簡訊', '短訊', '發送', '回覆', '諮詢', '報警', '舉報', '投訴', '專線', '傳真',
  '快遞員', '配送員', '派送員', '送貨員', '外賣員', '騎手', '司機',
  // English
  'call', 'tel', 'tel.', 'tel no', 'tel no.', 'telephone', 'phone', 'phone no', 'phone no.', 'ph', 'mob',
  'mobile', 'mobile no', 'mobile no.', 'cell', 'cell no.', 'hotline', 'dial', 'contact', 'contact no', 'contact no.',
  'fax', 'fax no.', 'sms', 'text', 'whatsapp', 'reach us at', 'call us',
  'stop to', 'send to', 'text to', 'reply to', 'unsubscribe',
  '☎', '📞', '📱',
];

const NOT_PHONE_CUES = [
  // order / transaction / tracking numbers
  '订单', '单号', '编号', '流水号', '交易号', '合同号', '工号', '运单', '快递', '物流', '批次',
  '訂單', '單號', '編號', '流水號', '交易號', '合同號', '工號', '運單', '快遞',
  'order', 'order #', 'order no', 'order no.', 'invoice', 'tracking', 'waybill', 'transaction', 'txn', 'ref',
  'ref.', 'reference', 'serial', 'case no', 'case #', 'no.', '#',
  // verification codes and secrets
  '验证码', '校验码', '动态码', '确认码', '密码', '口令', '驗證碼', '校驗碼', '動態碼', '確認碼', '密碼',
  'code', 'otp', 'pin', 'passcode', 'password',
  // identity and cards
  '身份证', '身份證', '身分證', '证件', '證件', '卡号', '卡號', '银行卡', '銀行卡', '信用卡', 'id', 'id no',
  // "号码" is a phone cue, so the longer non-phone forms must be listed to win.
  '身份证号码', '身份證號碼', '身分證號碼', '证件号码', '證件號碼', '卡号码', '卡號碼', '订单号码', '訂單號碼',
  'card', 'card no', 'iban', 'account no',
  // money
  '金额', '金額', '余额', '餘額', '人民币', '人民幣', '合计', '合計', '总计', '總計', '共计', '共計', '本金',
  '利息', '罚息', '罰息', '欠款', 'amount', 'total', 'balance', 'rmb', 'cny', 'usd', 'hkd', 'twd', 'ntd',
];

interface Cue {
  text: string;
  phone: boolean;
  /** Latin cues must start at a word boundary ("tel" is not in "hotel"). */
  latin: boolean;
}

/**
 * Cues indexed by their last code unit: the matcher walks back from the number
 * and only tries cues that can end at each position, instead of searching for
 * every cue (this is on the hot path of every candidate).
 */
const CUES_BY_LAST = new Map<number, Cue[]>();
for (const [list, phone] of [
  [PHONE_CUES, true],
  [NOT_PHONE_CUES, false],
] as const) {
  for (const text of list) {
    const last = text.charCodeAt(text.length - 1);
    const bucket = CUES_BY_LAST.get(last) ?? [];
    bucket.push({ text, phone, latin: /^[a-z]/.test(text) });
    // Longest first, so "tel no." beats "no." ending at the same place.
    bucket.sort((a, b) => b.text.length - a.text.length);
    CUES_BY_LAST.set(last, bucket);
  }
}

/**
 * How far back (code units) a cue may end before the number. A phone cue may
 * be followed by a name ("联系法务部 "); a vetoing cue sits right before its
 * number ("订单号：", "code is ") and must not reach past a clause
 * ("您的订单已发货，请保持13800138000畅通").
 */
const MAX_GAP_PHONE = 8;
const MAX_GAP_NOT_PHONE = 5;

export type CueVerdict = 'phone' | 'not-phone' | null;

/**
 * The verdict of the cue nearest before `start`. Nearest wins so that
 * "验证码123456，如有疑问请致电95188" treats 95188 by its own cue.
 */
export function cueBefore(text: string, start: number): CueVerdict {
  for (let e = start; e > 0 && start - e <= MAX_GAP_PHONE; e--) {
    const bucket = CUES_BY_LAST.get(foldForCue(text.charCodeAt(e - 1)));
    if (!bucket) continue;
    for (const cue of bucket) {
      if (!endsWithCue(text, e, cue)) continue;
      if (cue.phone) return 'phone';
      if (start - e <= MAX_GAP_NOT_PHONE) return 'not-phone';
      break; // a vetoing cue too far away to count; keep looking for a phone cue
    }
  }
  return null;
}

function endsWithCue(text: string, e: number, cue: Cue): boolean {
  const t = cue.text;
  const s = e - t.length;
  if (s < 0) return false;
  for (let k = 0; k < t.length; k++) {
    if (foldForCue(text.charCodeAt(s + k)) !== t.charCodeAt(k)) return false;
  }
  if (cue.latin) {
    if (s > 0 && isLatinWordChar(foldForCue(text.charCodeAt(s - 1)))) return false;
    // "tel13800…" is fine, "telex" is not the cue "tel".
    if (e < text.length) {
      const after = foldForCue(text.charCodeAt(e));
      if (after >= 0x61 && after <= 0x7a) return false;
    }
  }
  return true;
}

function isLatinWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
