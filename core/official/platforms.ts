import { officialEntry, type OfficialEntry } from './directory';

/**
 * Names a message may use to claim an identity, and the directory entry through
 * which the user can check the claim. Only organisations whose number is in the
 * verified directory are listed: we never point a user at an unverified number.
 */
const PLATFORMS: readonly { names: readonly string[]; key: string; /** Counts only when the message speaks as this body, not about it. */ speaksAs?: boolean }[] = [
  { names: ['支付宝', '支付寶', '借呗', '借唄', '花呗', '花唄', '蚂蚁', '螞蟻', 'alipay', 'huabei', 'jiebei'], key: 'CN:95188' },
  { names: ['微信支付', '财付通', '財付通', '微粒贷', '微粒貸', 'wechat pay'], key: 'CN:95017' },
  { names: ['工商银行', '工商銀行', '工行', 'icbc'], key: 'CN:95588' },
  { names: ['建设银行', '建設銀行', '建行'], key: 'CN:95533' },
  { names: ['中国银行', '中國銀行', '中行'], key: 'CN:95566' },
  { names: ['交通银行', '交通銀行'], key: 'CN:95559' },
  { names: ['招商银行', '招商銀行', '招行'], key: 'CN:95555' },
  { names: ['兴业银行', '興業銀行'], key: 'CN:95561' },
  { names: ['邮储银行', '郵儲銀行', '邮政储蓄', '郵政儲蓄'], key: 'CN:95580' },
  { names: ['华夏银行', '華夏銀行'], key: 'CN:95577' },
  // "法院传票" is a threat about a court; "我是XX法院" claims to be one (the claims detector's impersonation).
  { names: ['法院', '法庭'], key: 'CN:12368', speaksAs: true },
];

export interface IdentityClaim {
  /** The name as written in the message. */
  quote: string;
  start: number;
  official: OfficialEntry;
}

/**
 * The first organisation a message names, with its official entry; undefined
 * when none is named. Bodies marked speaksAs count only when `impersonating`.
 */
export function claimedIdentity(text: string, impersonating = false): IdentityClaim | undefined {
  const lower = text.toLowerCase();
  let best: IdentityClaim | undefined;
  for (const p of PLATFORMS) {
    if (p.speaksAs && !impersonating) continue;
    const official = officialEntry(p.key);
    if (!official) continue;
    for (const name of p.names) {
      const start = lower.indexOf(name);
      if (start >= 0 && (!best || start < best.start)) best = { quote: text.slice(start, start + name.length), start, official };
    }
  }
  return best;
}
