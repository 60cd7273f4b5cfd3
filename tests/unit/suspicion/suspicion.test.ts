import { describe, expect, it } from 'vitest';
import { assessMessage } from '../../../core/suspicion';

// Messages from the seeds' world, in Simplified, Traditional and English.
const SUSPECTED: [string, string, string[], string?][] = [
  ['zh_CN collector SMS', '【借呗法务部】您的借款已逾期，请联系 138 0013 8000 协商还款', ['法务部', '已逾期'], 'CN:95188'],
  ['zh_CN mediation centre', '这里是XX调解中心，您的欠款已转入诉前调解，请回电 021-6888 8888', ['调解中心', '欠款', '诉前调解']],
  ['zh_CN visit threat', '你再不还钱，我们明天上门找你，还会爆你通讯录', ['上门']],
  ['zh_CN court summons', '您的欠款案件即将立案起诉，法院传票将寄到单位，请联系 0571-26888888', ['起诉']],
  ['zh_TW 法務部', '借唄法務部通知：您已逾期，將提起訴訟並通知您的家人，請聯繫 0912-345-678', ['法務部', '已逾期', '將提起訴訟', '通知您的家人'], 'CN:95188'],
  ['zh_TW 欠款', '花唄欠款逾期未還，將上報徵信黑名單，請回電', ['逾期'], 'CN:95188'],
  ['en legal department', 'Your account is past due. Our legal department will contact your employer. Call 415-555-2671', ['past due', 'legal department', 'contact your employer']],
  ['zh_CN speaks as a court', '我是朝阳区人民法院工作人员，你的欠款案件已立案，请立即联系 138 0013 8000', ['人民法院'], 'CN:12368'],
  ['en arrest threat', 'Final notice on your overdue loan: pay today or face arrest. Call 1-800-555-0199', ['arrest']],
];

const NOT_SUSPECTED: [string, string][] = [
  ['zh_CN bank bill reminder', '【招商银行】您的信用卡本期账单1,234.56元，最后还款日11月25日，如有疑问请致电95555'],
  ['zh_CN friend mentions a court', '我今天路过法院，晚上给你打电话 13800138000'],
  ['zh_CN delivery SMS', '【顺丰速运】您的快递已到，请联系快递员 139 1234 5678'],
  ['zh_CN bill is out', '您好，您的账单已出，请按时还款'],
  ['zh_TW delivery', '您的包裹已送達，請聯絡 0912-345-678 取件'],
  ['zh_TW friend is a lawyer', '我朋友是律師，改天一起吃飯，電話 0912-345-678'],
  ['en delivery', 'Your parcel is out for delivery today. Questions? Call 415-555-2671'],
  ['en friend and court', 'Meet me by the food court at 6, my number is 415-555-2671'],
];

describe('day-one suspicion', () => {
  it.each(SUSPECTED)('%s is suspected, quoting its triggers', (_, text, quotes, identityKey) => {
    const s = assessMessage(text);
    expect(s).toBeDefined();
    const shown = s!.triggers.map((t) => t.quote);
    for (const q of quotes) expect(shown.some((x) => x.includes(q) || q.includes(x))).toBe(true);
    for (const t of s!.triggers) expect(text).toContain(t.quote);
    expect(s!.identity?.official.key).toBe(identityKey);
  });

  it.each(NOT_SUSPECTED)('%s is not suspected', (_, text) => {
    expect(assessMessage(text)).toBeUndefined();
  });
});
