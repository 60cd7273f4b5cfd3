/**
 * Table of detection cases shared by the unit tests and bench/scan.ts.
 * Offsets are UTF-16 code units; `written` is text.slice(start, end), kept so a
 * reader can see what the span covers (a test checks the two agree).
 * Extensions ("转 8001", "ext. 12", "-8001") are outside the span by design.
 */
import type { NumberKind } from '../../../core/types';

export interface ExpectedDetection {
  start: number;
  end: number;
  number: string;
  kind: NumberKind;
  written: string;
}

export interface DetectCase {
  id: string;
  lang: 'zh_CN' | 'zh_TW' | 'en';
  /** ScanOptions.region; undefined means the default (CN). */
  region?: string;
  text: string;
  expected: ExpectedDetection[];
}

export const DETECT_CASES: readonly DetectCase[] = [
  {
    id: 'zh-cn-pos-01',
    lang: 'zh_CN',
    text: "【借呗】您已逾期，请速联系法务部 0571-2688 8888 转 8001",
    expected: [
      { start: 17, end: 31, number: '+8657126888888', kind: 'landline', written: "0571-2688 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-02',
    lang: 'zh_CN',
    text: "您的贷款已逾期3天，请立即回电13800138000处理，否则将上门催收。",
    expected: [
      { start: 15, end: 26, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-03',
    lang: 'zh_CN',
    text: "【催收中心】请于今日18:00前联系138 0013 8000，逾期将影响征信。",
    expected: [
      { start: 18, end: 31, number: '+8613800138000', kind: 'mobile', written: "138 0013 8000" },
    ],
  },
  {
    id: 'zh-cn-pos-04',
    lang: 'zh_CN',
    text: "我是某某调解中心工作人员，电话138-0013-8000，请尽快处理。",
    expected: [
      { start: 15, end: 28, number: '+8613800138000', kind: 'mobile', written: "138-0013-8000" },
    ],
  },
  {
    id: 'zh-cn-pos-05',
    lang: 'zh_CN',
    text: "请拨打+86 139 1234 5678联系专员",
    expected: [
      { start: 3, end: 20, number: '+8613912345678', kind: 'mobile', written: "+86 139 1234 5678" },
    ],
  },
  {
    id: 'zh-cn-pos-06',
    lang: 'zh_CN',
    text: "客服热线：400-820-8820（工作日9:00-18:00）",
    expected: [
      { start: 5, end: 17, number: '+864008208820', kind: 'tollfree', written: "400-820-8820" },
    ],
  },
  {
    id: 'zh-cn-pos-07',
    lang: 'zh_CN',
    text: "免费热线800-820-8820",
    expected: [
      { start: 4, end: 16, number: '+868008208820', kind: 'tollfree', written: "800-820-8820" },
    ],
  },
  {
    id: 'zh-cn-pos-08',
    lang: 'zh_CN',
    text: "联系电话：(010) 8765 4321",
    expected: [
      { start: 5, end: 20, number: '+861087654321', kind: 'landline', written: "(010) 8765 4321" },
    ],
  },
  {
    id: 'zh-cn-pos-09',
    lang: 'zh_CN',
    text: "律师函：请致电0086 10 6552 9988",
    expected: [
      { start: 7, end: 24, number: '+861065529988', kind: 'landline', written: "0086 10 6552 9988" },
    ],
  },
  {
    id: 'zh-cn-pos-10',
    lang: 'zh_CN',
    text: "请致电+86 (0)21 6888 8888",
    expected: [
      { start: 3, end: 22, number: '+862168888888', kind: 'landline', written: "+86 (0)21 6888 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-11',
    lang: 'zh_CN',
    text: "法务部电话021-68888888转602",
    expected: [
      { start: 5, end: 17, number: '+862168888888', kind: 'landline', written: "021-68888888" },
    ],
  },
  {
    id: 'zh-cn-pos-12',
    lang: 'zh_CN',
    text: "紧急联系人：15912345678（张先生）",
    expected: [
      { start: 6, end: 17, number: '+8615912345678', kind: 'mobile', written: "15912345678" },
    ],
  },
  {
    id: 'zh-cn-pos-13',
    lang: 'zh_CN',
    text: "深圳分公司座机0755-8888 6666",
    expected: [
      { start: 7, end: 21, number: '+8675588886666', kind: 'landline', written: "0755-8888 6666" },
    ],
  },
  {
    id: 'zh-cn-pos-14',
    lang: 'zh_CN',
    text: "广州办事处020 3888 8888",
    expected: [
      { start: 5, end: 18, number: '+862038888888', kind: 'landline', written: "020 3888 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-15',
    lang: 'zh_CN',
    text: "请回电１３８００１３８０００",
    expected: [
      { start: 3, end: 14, number: '+8613800138000', kind: 'mobile', written: "１３８００１３８０００" },
    ],
  },
  {
    id: 'zh-cn-pos-16',
    lang: 'zh_CN',
    text: "电话（０１０）１２３４５６７８",
    expected: [
      { start: 2, end: 15, number: '+861012345678', kind: 'landline', written: "（０１０）１２３４５６７８" },
    ],
  },
  {
    id: 'zh-cn-pos-17',
    lang: 'zh_CN',
    text: "联系人电话138\u200b0013\u200b8000",
    expected: [
      { start: 5, end: 18, number: '+8613800138000', kind: 'mobile', written: "138\u200b0013\u200b8000" },
    ],
  },
  {
    id: 'zh-cn-pos-18',
    lang: 'zh_CN',
    text: "联系人电话138\u00a00013\u00a08000",
    expected: [
      { start: 5, end: 18, number: '+8613800138000', kind: 'mobile', written: "138\u00a00013\u00a08000" },
    ],
  },
  {
    id: 'zh-cn-pos-19',
    lang: 'zh_CN',
    text: "请回电13800138000谢谢",
    expected: [
      { start: 3, end: 14, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-20',
    lang: 'zh_CN',
    text: "号码86-13800138000已登记",
    expected: [
      { start: 2, end: 16, number: '+8613800138000', kind: 'mobile', written: "86-13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-21',
    lang: 'zh_CN',
    text: "号码8613800138000已登记",
    expected: [
      { start: 2, end: 15, number: '+8613800138000', kind: 'mobile', written: "8613800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-22',
    lang: 'zh_CN',
    text: "请联系(86)13800138000",
    expected: [
      { start: 3, end: 18, number: '+8613800138000', kind: 'mobile', written: "(86)13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-23',
    lang: 'zh_CN',
    text: "境外请拨0086-138-0013-8000",
    expected: [
      { start: 4, end: 22, number: '+8613800138000', kind: 'mobile', written: "0086-138-0013-8000" },
    ],
  },
  {
    id: 'zh-cn-pos-24',
    lang: 'zh_CN',
    text: "手机：138.0013.8000",
    expected: [
      { start: 3, end: 16, number: '+8613800138000', kind: 'mobile', written: "138.0013.8000" },
    ],
  },
  {
    id: 'zh-cn-pos-25',
    lang: 'zh_CN',
    text: "支付宝官方客服95188，谨防诈骗",
    expected: [
      { start: 7, end: 12, number: 'CN:95188', kind: 'service', written: "95188" },
    ],
  },
  {
    id: 'zh-cn-pos-26',
    lang: 'zh_CN',
    text: "如对催收行为有异议，可拨打12378投诉",
    expected: [
      { start: 13, end: 18, number: 'CN:12378', kind: 'service', written: "12378" },
    ],
  },
  {
    id: 'zh-cn-pos-27',
    lang: 'zh_CN',
    text: "举报垃圾短信请拨打12321",
    expected: [
      { start: 9, end: 14, number: 'CN:12321', kind: 'service', written: "12321" },
    ],
  },
  {
    id: 'zh-cn-pos-28',
    lang: 'zh_CN',
    text: "遇到暴力催收请立即报警110",
    expected: [
      { start: 11, end: 14, number: 'CN:110', kind: 'service', written: "110" },
    ],
  },
  {
    id: 'zh-cn-pos-29',
    lang: 'zh_CN',
    text: "请拨打中国移动客服10086查询",
    expected: [
      { start: 9, end: 14, number: 'CN:10086', kind: 'service', written: "10086" },
    ],
  },
  {
    id: 'zh-cn-pos-30',
    lang: 'zh_CN',
    text: "银行客服热线95588",
    expected: [
      { start: 6, end: 11, number: 'CN:95588', kind: 'service', written: "95588" },
    ],
  },
  {
    id: 'zh-cn-pos-31',
    lang: 'zh_CN',
    text: "短信来自10690123456789",
    expected: [
      { start: 4, end: 18, number: 'CN:10690123456789', kind: 'sms-gateway', written: "10690123456789" },
    ],
  },
  {
    id: 'zh-cn-pos-32',
    lang: 'zh_CN',
    text: "回复TD到1069012345678退订",
    expected: [
      { start: 5, end: 18, number: 'CN:1069012345678', kind: 'sms-gateway', written: "1069012345678" },
    ],
  },
  {
    id: 'zh-cn-pos-33',
    lang: 'zh_CN',
    text: "请拨打12345市民热线反映",
    expected: [
      { start: 3, end: 8, number: 'CN:12345', kind: 'service', written: "12345" },
    ],
  },
  {
    id: 'zh-cn-pos-34',
    lang: 'zh_CN',
    text: "Tel: 0571-88886666",
    expected: [
      { start: 5, end: 18, number: '+8657188886666', kind: 'landline', written: "0571-88886666" },
    ],
  },
  {
    id: 'zh-cn-pos-35',
    lang: 'zh_CN',
    text: "联系13800138000或13912345678",
    expected: [
      { start: 2, end: 13, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 14, end: 25, number: '+8613912345678', kind: 'mobile', written: "13912345678" },
    ],
  },
  {
    id: 'zh-cn-pos-36',
    lang: 'zh_CN',
    text: "电话：13800138000 13912345678",
    expected: [
      { start: 3, end: 14, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 15, end: 26, number: '+8613912345678', kind: 'mobile', written: "13912345678" },
    ],
  },
  {
    id: 'zh-cn-pos-37',
    lang: 'zh_CN',
    text: "电话：0571-26888888/13800138000",
    expected: [
      { start: 3, end: 16, number: '+8657126888888', kind: 'landline', written: "0571-26888888" },
      { start: 17, end: 28, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-38',
    lang: 'zh_CN',
    text: "法务部0571-26888888-8001，工作时间联系",
    expected: [
      { start: 3, end: 16, number: '+8657126888888', kind: 'landline', written: "0571-26888888" },
    ],
  },
  {
    id: 'zh-cn-pos-39',
    lang: 'zh_CN',
    text: "总机0571 2688 8888 分机 8001",
    expected: [
      { start: 2, end: 16, number: '+8657126888888', kind: 'landline', written: "0571 2688 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-40',
    lang: 'zh_CN',
    text: "客服电话4008-123-456",
    expected: [
      { start: 4, end: 16, number: '+864008123456', kind: 'tollfree', written: "4008-123-456" },
    ],
  },
  {
    id: 'zh-cn-pos-41',
    lang: 'zh_CN',
    text: "催收专线+86-10-6552-9988",
    expected: [
      { start: 4, end: 20, number: '+861065529988', kind: 'landline', written: "+86-10-6552-9988" },
    ],
  },
  {
    id: 'zh-cn-pos-42',
    lang: 'zh_CN',
    text: "新号码177 1234 5678",
    expected: [
      { start: 3, end: 16, number: '+8617712345678', kind: 'mobile', written: "177 1234 5678" },
    ],
  },
  {
    id: 'zh-cn-pos-43',
    lang: 'zh_CN',
    text: "微信同号199 1234 5678",
    expected: [
      { start: 4, end: 17, number: '+8619912345678', kind: 'mobile', written: "199 1234 5678" },
    ],
  },
  {
    id: 'zh-cn-pos-44',
    lang: 'zh_CN',
    text: "业务员手机166-1234-5678",
    expected: [
      { start: 5, end: 18, number: '+8616612345678', kind: 'mobile', written: "166-1234-5678" },
    ],
  },
  {
    id: 'zh-cn-pos-45',
    lang: 'zh_CN',
    text: "2024-11-06 13800138000 来电未接",
    expected: [
      { start: 11, end: 22, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-46',
    lang: 'zh_CN',
    text: "13:45 13800138000 来电",
    expected: [
      { start: 6, end: 17, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-47',
    lang: 'zh_CN',
    text: "手机：138 0013 8000  邮箱：zhang@example.com",
    expected: [
      { start: 3, end: 16, number: '+8613800138000', kind: 'mobile', written: "138 0013 8000" },
    ],
  },
  {
    id: 'zh-cn-pos-48',
    lang: 'zh_CN',
    text: "13800138000",
    expected: [
      { start: 0, end: 11, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-49',
    lang: 'zh_CN',
    text: "尊敬的客户，您在本平台的借款已逾期15天，欠款金额3268.50元，请于24小时内联系催收专员18612345678协商还款，逾期将移交第三方。",
    expected: [
      { start: 47, end: 58, number: '+8618612345678', kind: 'mobile', written: "18612345678" },
    ],
  },
  {
    id: 'zh-cn-pos-50',
    lang: 'zh_CN',
    text: "【某某金融】您尾号8888的账单已逾期，退订回T。如有疑问请致电021-6888 8888。",
    expected: [
      { start: 32, end: 45, number: '+862168888888', kind: 'landline', written: "021-6888 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-51',
    lang: 'zh_CN',
    text: "您好，这里是法务部，您的案件编号为A2024110601，请在2024年11月8日前联系010-65529988。",
    expected: [
      { start: 44, end: 56, number: '+861065529988', kind: 'landline', written: "010-65529988" },
    ],
  },
  {
    id: 'zh-cn-pos-52',
    lang: 'zh_CN',
    text: "致电+86 532 6666 8888",
    expected: [
      { start: 2, end: 19, number: '+8653266668888', kind: 'landline', written: "+86 532 6666 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-53',
    lang: 'zh_CN',
    text: "湖北催收团队电话027-87654321",
    expected: [
      { start: 8, end: 20, number: '+862787654321', kind: 'landline', written: "027-87654321" },
    ],
  },
  {
    id: 'zh-cn-pos-54',
    lang: 'zh_CN',
    text: "成都调解中心028 8765 4321",
    expected: [
      { start: 6, end: 19, number: '+862887654321', kind: 'landline', written: "028 8765 4321" },
    ],
  },
  {
    id: 'zh-cn-pos-55',
    lang: 'zh_CN',
    text: "海南0898-6666 8888",
    expected: [
      { start: 2, end: 16, number: '+8689866668888', kind: 'landline', written: "0898-6666 8888" },
    ],
  },
  {
    id: 'zh-cn-pos-56',
    lang: 'zh_CN',
    text: "拨打（0571）26888888",
    expected: [
      { start: 2, end: 16, number: '+8657126888888', kind: 'landline', written: "（0571）26888888" },
    ],
  },
  {
    id: 'zh-cn-pos-57',
    lang: 'zh_CN',
    text: "拨打(0571)2688-8888",
    expected: [
      { start: 2, end: 17, number: '+8657126888888', kind: 'landline', written: "(0571)2688-8888" },
    ],
  },
  {
    id: 'zh-cn-pos-58',
    lang: 'zh_CN',
    text: "手机号13512345678，验证码已发送",
    expected: [
      { start: 3, end: 14, number: '+8613512345678', kind: 'mobile', written: "13512345678" },
    ],
  },
  {
    id: 'zh-cn-pos-59',
    lang: 'zh_CN',
    text: "请于11月6日前回电15912345678，逾期后果自负",
    expected: [
      { start: 10, end: 21, number: '+8615912345678', kind: 'mobile', written: "15912345678" },
    ],
  },
  {
    id: 'zh-cn-pos-60',
    lang: 'zh_CN',
    text: "回电：+8613800138000",
    expected: [
      { start: 3, end: 17, number: '+8613800138000', kind: 'mobile', written: "+8613800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-61',
    lang: 'zh_CN',
    text: "号码是+86 13800138000吗",
    expected: [
      { start: 3, end: 18, number: '+8613800138000', kind: 'mobile', written: "+86 13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-62',
    lang: 'zh_CN',
    text: "境外号码+852 2345 6789来电，谨防诈骗",
    expected: [
      { start: 4, end: 18, number: '+85223456789', kind: 'landline', written: "+852 2345 6789" },
    ],
  },
  {
    id: 'zh-cn-pos-63',
    lang: 'zh_CN',
    text: "请联系(852) 9123 4567",
    expected: [
      { start: 3, end: 18, number: '+85291234567', kind: 'mobile', written: "(852) 9123 4567" },
    ],
  },
  {
    id: 'zh-cn-pos-64',
    lang: 'zh_CN',
    text: "+65 9123 4567是新加坡号码",
    expected: [
      { start: 0, end: 13, number: '+6591234567', kind: 'mobile', written: "+65 9123 4567" },
    ],
  },
  {
    id: 'zh-cn-pos-65',
    lang: 'zh_CN',
    text: "电话0571－2688－8888",
    expected: [
      { start: 2, end: 16, number: '+8657126888888', kind: 'landline', written: "0571－2688－8888" },
    ],
  },
  {
    id: 'zh-cn-pos-66',
    lang: 'zh_CN',
    text: "电话0571—26888888",
    expected: [
      { start: 2, end: 15, number: '+8657126888888', kind: 'landline', written: "0571—26888888" },
    ],
  },
  {
    id: 'zh-cn-pos-67',
    lang: 'zh_CN',
    text: "请拨95588或12378",
    expected: [
      { start: 2, end: 7, number: 'CN:95588', kind: 'service', written: "95588" },
      { start: 8, end: 13, number: 'CN:12378', kind: 'service', written: "12378" },
    ],
  },
  {
    id: 'zh-cn-pos-68',
    lang: 'zh_CN',
    text: "手机13800138000，座机0571-26888888，QQ邮箱12345678@qq.com",
    expected: [
      { start: 2, end: 13, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 16, end: 29, number: '+8657126888888', kind: 'landline', written: "0571-26888888" },
    ],
  },
  {
    id: 'zh-cn-pos-69',
    lang: 'zh_CN',
    text: "催收员：王某 13800138000\n法务：李某 13912345678",
    expected: [
      { start: 7, end: 18, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 25, end: 36, number: '+8613912345678', kind: 'mobile', written: "13912345678" },
    ],
  },
  {
    id: 'zh-cn-pos-70',
    lang: 'zh_CN',
    text: "请于今日内联系我司法务部门400 820 8820，否则后果自负。",
    expected: [
      { start: 13, end: 25, number: '+864008208820', kind: 'tollfree', written: "400 820 8820" },
    ],
  },
  {
    id: 'zh-tw-pos-01',
    lang: 'zh_TW',
    region: 'TW',
    text: "請於今日回電 (02) 2345-6789",
    expected: [
      { start: 7, end: 21, number: '+886223456789', kind: 'landline', written: "(02) 2345-6789" },
    ],
  },
  {
    id: 'zh-tw-pos-02',
    lang: 'zh_TW',
    region: 'TW',
    text: "您的帳款已逾期，請撥打 0912-345-678 與我們聯絡",
    expected: [
      { start: 12, end: 24, number: '+886912345678', kind: 'mobile', written: "0912-345-678" },
    ],
  },
  {
    id: 'zh-tw-pos-03',
    lang: 'zh_TW',
    text: "請來電 +886 2 2345 6789 洽詢",
    expected: [
      { start: 4, end: 20, number: '+886223456789', kind: 'landline', written: "+886 2 2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-04',
    lang: 'zh_TW',
    text: "台灣客服 +886-912-345-678",
    expected: [
      { start: 5, end: 21, number: '+886912345678', kind: 'mobile', written: "+886-912-345-678" },
    ],
  },
  {
    id: 'zh-tw-pos-05',
    lang: 'zh_TW',
    text: "香港熱線 +852 2345 6789",
    expected: [
      { start: 5, end: 19, number: '+85223456789', kind: 'landline', written: "+852 2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-06',
    lang: 'zh_TW',
    text: "請聯絡 +852 9123 4567",
    expected: [
      { start: 4, end: 18, number: '+85291234567', kind: 'mobile', written: "+852 9123 4567" },
    ],
  },
  {
    id: 'zh-tw-pos-07',
    lang: 'zh_TW',
    text: "催收部門電話：0571-2688 8888",
    expected: [
      { start: 7, end: 21, number: '+8657126888888', kind: 'landline', written: "0571-2688 8888" },
    ],
  },
  {
    id: 'zh-tw-pos-08',
    lang: 'zh_TW',
    text: "請撥打 13800138000 聯繫法務",
    expected: [
      { start: 4, end: 15, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-tw-pos-09',
    lang: 'zh_TW',
    text: "逾期請回電１３９１２３４５６７８",
    expected: [
      { start: 5, end: 16, number: '+8613912345678', kind: 'mobile', written: "１３９１２３４５６７８" },
    ],
  },
  {
    id: 'zh-tw-pos-10',
    lang: 'zh_TW',
    text: "撥打95188客服",
    expected: [
      { start: 2, end: 7, number: 'CN:95188', kind: 'service', written: "95188" },
    ],
  },
  {
    id: 'zh-tw-pos-11',
    lang: 'zh_TW',
    text: "來電號碼：10690123456789",
    expected: [
      { start: 5, end: 19, number: 'CN:10690123456789', kind: 'sms-gateway', written: "10690123456789" },
    ],
  },
  {
    id: 'zh-tw-pos-12',
    lang: 'zh_TW',
    text: "電話：(852) 2345 6789",
    expected: [
      { start: 3, end: 18, number: '+85223456789', kind: 'landline', written: "(852) 2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-13',
    lang: 'zh_TW',
    region: 'HK',
    text: "請致電 2345 6789",
    expected: [
      { start: 4, end: 13, number: '+85223456789', kind: 'landline', written: "2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-14',
    lang: 'zh_TW',
    region: 'TW',
    text: "免付費專線 0800-123-456",
    expected: [
      { start: 6, end: 18, number: '+886800123456', kind: 'tollfree', written: "0800-123-456" },
    ],
  },
  {
    id: 'zh-tw-pos-15',
    lang: 'zh_TW',
    text: "【借唄】您已逾期，請速聯繫法務部 0571-2688 8888 轉 8001",
    expected: [
      { start: 17, end: 31, number: '+8657126888888', kind: 'landline', written: "0571-2688 8888" },
    ],
  },
  {
    id: 'zh-tw-pos-16',
    lang: 'zh_TW',
    text: "如有疑問請撥打12378銀保監投訴熱線",
    expected: [
      { start: 7, end: 12, number: 'CN:12378', kind: 'service', written: "12378" },
    ],
  },
  {
    id: 'zh-tw-pos-17',
    lang: 'zh_TW',
    region: 'TW',
    text: "請於三日內回電02-2345-6789，否則將提起訴訟",
    expected: [
      { start: 7, end: 19, number: '+886223456789', kind: 'landline', written: "02-2345-6789" },
    ],
  },
  {
    id: 'zh-tw-pos-18',
    lang: 'zh_TW',
    region: 'TW',
    text: "手機：0912 345 678",
    expected: [
      { start: 3, end: 15, number: '+886912345678', kind: 'mobile', written: "0912 345 678" },
    ],
  },
  {
    id: 'zh-tw-pos-19',
    lang: 'zh_TW',
    region: 'TW',
    text: "法務專線(02)2345-6789分機 123",
    expected: [
      { start: 4, end: 17, number: '+886223456789', kind: 'landline', written: "(02)2345-6789" },
    ],
  },
  {
    id: 'zh-tw-pos-20',
    lang: 'zh_TW',
    text: "澳門電話+853 2888 1234",
    expected: [
      { start: 4, end: 18, number: '+85328881234', kind: 'landline', written: "+853 2888 1234" },
    ],
  },
  {
    id: 'zh-tw-pos-21',
    lang: 'zh_TW',
    text: "電話＋８６ １３８ ００１３ ８０００",
    expected: [
      { start: 2, end: 19, number: '+8613800138000', kind: 'mobile', written: "＋８６ １３８ ００１３ ８０００" },
    ],
  },
  {
    id: 'zh-tw-pos-22',
    lang: 'zh_TW',
    text: "聯絡電話138\u200d0013\u200d8000",
    expected: [
      { start: 4, end: 17, number: '+8613800138000', kind: 'mobile', written: "138\u200d0013\u200d8000" },
    ],
  },
  {
    id: 'en-pos-01',
    lang: 'en',
    text: "Call 1-800-555-0199",
    expected: [
      { start: 5, end: 19, number: '+18005550199', kind: 'tollfree', written: "1-800-555-0199" },
    ],
  },
  {
    id: 'en-pos-02',
    lang: 'en',
    region: 'US',
    text: "Please call us at (415) 555-2671",
    expected: [
      { start: 18, end: 32, number: '+14155552671', kind: 'other', written: "(415) 555-2671" },
    ],
  },
  {
    id: 'en-pos-03',
    lang: 'en',
    region: 'US',
    text: "Collections dept: 415-555-2671",
    expected: [
      { start: 18, end: 30, number: '+14155552671', kind: 'other', written: "415-555-2671" },
    ],
  },
  {
    id: 'en-pos-04',
    lang: 'en',
    region: 'US',
    text: "Phone 415.555.2671",
    expected: [
      { start: 6, end: 18, number: '+14155552671', kind: 'other', written: "415.555.2671" },
    ],
  },
  {
    id: 'en-pos-05',
    lang: 'en',
    text: "Reach us at +1 415 555 2671 today",
    expected: [
      { start: 12, end: 27, number: '+14155552671', kind: 'other', written: "+1 415 555 2671" },
    ],
  },
  {
    id: 'en-pos-06',
    lang: 'en',
    text: "London office: Tel +44 20 7946 0958",
    expected: [
      { start: 19, end: 35, number: '+442079460958', kind: 'landline', written: "+44 20 7946 0958" },
    ],
  },
  {
    id: 'en-pos-07',
    lang: 'en',
    region: 'US',
    text: "Call 1-800-555-0199 ext. 12 to settle your balance",
    expected: [
      { start: 5, end: 19, number: '+18005550199', kind: 'tollfree', written: "1-800-555-0199" },
    ],
  },
  {
    id: 'en-pos-08',
    lang: 'en',
    region: 'US',
    text: "Call (415) 555-2671 x 204",
    expected: [
      { start: 5, end: 19, number: '+14155552671', kind: 'other', written: "(415) 555-2671" },
    ],
  },
  {
    id: 'en-pos-09',
    lang: 'en',
    text: "Your account is past due. Contact our office at +86 571 2688 8888.",
    expected: [
      { start: 48, end: 65, number: '+8657126888888', kind: 'landline', written: "+86 571 2688 8888" },
    ],
  },
  {
    id: 'en-pos-10',
    lang: 'en',
    text: "Hotline: 400 820 8820",
    expected: [
      { start: 9, end: 21, number: '+864008208820', kind: 'tollfree', written: "400 820 8820" },
    ],
  },
  {
    id: 'en-pos-11',
    lang: 'en',
    text: "Phone: +852 2345 6789",
    expected: [
      { start: 7, end: 21, number: '+85223456789', kind: 'landline', written: "+852 2345 6789" },
    ],
  },
  {
    id: 'en-pos-12',
    lang: 'en',
    region: 'US',
    text: "call 4155552671 now",
    expected: [
      { start: 5, end: 15, number: '+14155552671', kind: 'other', written: "4155552671" },
    ],
  },
  {
    id: 'en-pos-13',
    lang: 'en',
    text: "Dial +1 (415) 555-2671",
    expected: [
      { start: 5, end: 22, number: '+14155552671', kind: 'other', written: "+1 (415) 555-2671" },
    ],
  },
  {
    id: 'en-pos-14',
    lang: 'en',
    text: "Reach us on WhatsApp +86 138 0013 8000",
    expected: [
      { start: 21, end: 38, number: '+8613800138000', kind: 'mobile', written: "+86 138 0013 8000" },
    ],
  },
  {
    id: 'en-pos-15',
    lang: 'en',
    region: 'US',
    text: "FINAL NOTICE: call 1 (800) 555-0199 within 24 hours",
    expected: [
      { start: 19, end: 35, number: '+18005550199', kind: 'tollfree', written: "1 (800) 555-0199" },
    ],
  },
  {
    id: 'en-pos-16',
    lang: 'en',
    text: "Tel.13800138000",
    expected: [
      { start: 4, end: 15, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'en-pos-17',
    lang: 'en',
    text: "Mobile: +86 159 1234 5678, Fax: +86 10 6552 9988",
    expected: [
      { start: 8, end: 25, number: '+8615912345678', kind: 'mobile', written: "+86 159 1234 5678" },
      { start: 32, end: 48, number: '+861065529988', kind: 'landline', written: "+86 10 6552 9988" },
    ],
  },
  {
    id: 'en-pos-18',
    lang: 'en',
    region: 'US',
    text: "Call 415-555-2671 or 415-555-2672",
    expected: [
      { start: 5, end: 17, number: '+14155552671', kind: 'other', written: "415-555-2671" },
      { start: 21, end: 33, number: '+14155552672', kind: 'other', written: "415-555-2672" },
    ],
  },
  {
    id: 'en-pos-19',
    lang: 'en',
    text: "Customer service hotline 95188 (Alipay)",
    expected: [
      { start: 25, end: 30, number: 'CN:95188', kind: 'service', written: "95188" },
    ],
  },
  {
    id: 'en-pos-20',
    lang: 'en',
    text: "If harassed, call 12378 to complain",
    expected: [
      { start: 18, end: 23, number: 'CN:12378', kind: 'service', written: "12378" },
    ],
  },
  {
    id: 'en-pos-21',
    lang: 'en',
    text: "From: Debt Recovery Team <recovery@example.com>\nPhone: +86 21 6888 8888\nRef: case 2024-11-06",
    expected: [
      { start: 55, end: 71, number: '+862168888888', kind: 'landline', written: "+86 21 6888 8888" },
    ],
  },
  {
    id: 'en-pos-22',
    lang: 'en',
    text: "Please text STOP to 1069012345678",
    expected: [
      { start: 20, end: 33, number: 'CN:1069012345678', kind: 'sms-gateway', written: "1069012345678" },
    ],
  },
  {
    id: 'en-pos-23',
    lang: 'en',
    text: "Call +1 800 555 0199 now",
    expected: [
      { start: 5, end: 20, number: '+18005550199', kind: 'tollfree', written: "+1 800 555 0199" },
    ],
  },
  {
    id: 'en-pos-24',
    lang: 'en',
    text: "Tokyo: +81 3 1234 5678",
    expected: [
      { start: 7, end: 22, number: '+81312345678', kind: 'landline', written: "+81 3 1234 5678" },
    ],
  },
  {
    id: 'en-pos-25',
    lang: 'en',
    text: "Sydney: +61 2 9876 5432",
    expected: [
      { start: 8, end: 23, number: '+61298765432', kind: 'landline', written: "+61 2 9876 5432" },
    ],
  },
  {
    id: 'en-pos-26',
    lang: 'en',
    text: "Mobile No.: 13800138000",
    expected: [
      { start: 12, end: 23, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-71',
    lang: 'zh_CN',
    text: "您的订单已发货，请保持13800138000畅通",
    expected: [
      { start: 11, end: 22, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-72',
    lang: 'zh_CN',
    text: "身份证号码：110105199001011234，手机13800138000",
    expected: [
      { start: 27, end: 38, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-73',
    lang: 'zh_CN',
    text: "张先生(13800138000)",
    expected: [
      { start: 4, end: 15, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-74',
    lang: 'zh_CN',
    text: "【13800138000】",
    expected: [
      { start: 1, end: 12, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-75',
    lang: 'zh_CN',
    text: "13800138000,13900139000",
    expected: [
      { start: 0, end: 11, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 12, end: 23, number: '+8613900139000', kind: 'mobile', written: "13900139000" },
    ],
  },
  {
    id: 'zh-cn-pos-76',
    lang: 'zh_CN',
    text: "13800138000、13900139000",
    expected: [
      { start: 0, end: 11, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 12, end: 23, number: '+8613900139000', kind: 'mobile', written: "13900139000" },
    ],
  },
  {
    id: 'en-pos-27',
    lang: 'en',
    text: "tel:+8613800138000",
    expected: [
      { start: 4, end: 18, number: '+8613800138000', kind: 'mobile', written: "+8613800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-77',
    lang: 'zh_CN',
    text: "---13800138000---",
    expected: [
      { start: 3, end: 14, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-78',
    lang: 'zh_CN',
    text: "手机 138  0013  8000",
    expected: [
      { start: 3, end: 18, number: '+8613800138000', kind: 'mobile', written: "138  0013  8000" },
    ],
  },
  {
    id: 'zh-cn-pos-79',
    lang: 'zh_CN',
    text: "手机 138 - 0013 - 8000",
    expected: [
      { start: 3, end: 20, number: '+8613800138000', kind: 'mobile', written: "138 - 0013 - 8000" },
    ],
  },
  {
    id: 'zh-cn-pos-80',
    lang: 'zh_CN',
    text: "+86 138 0013 8000转123",
    expected: [
      { start: 0, end: 17, number: '+8613800138000', kind: 'mobile', written: "+86 138 0013 8000" },
    ],
  },
  {
    id: 'zh-cn-pos-81',
    lang: 'zh_CN',
    text: "电话:+86-571-26888888",
    expected: [
      { start: 3, end: 19, number: '+8657126888888', kind: 'landline', written: "+86-571-26888888" },
    ],
  },
  {
    id: 'en-pos-28',
    lang: 'en',
    text: "Tel:(010)12345678",
    expected: [
      { start: 4, end: 17, number: '+861012345678', kind: 'landline', written: "(010)12345678" },
    ],
  },
  {
    id: 'zh-cn-pos-82',
    lang: 'zh_CN',
    text: "13800138000\r\n13900139000",
    expected: [
      { start: 0, end: 11, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
      { start: 13, end: 24, number: '+8613900139000', kind: 'mobile', written: "13900139000" },
    ],
  },
  {
    id: 'en-pos-29',
    lang: 'en',
    region: 'US',
    text: "Call me at 415 555 2671",
    expected: [
      { start: 11, end: 23, number: '+14155552671', kind: 'other', written: "415 555 2671" },
    ],
  },
  {
    id: 'en-pos-30',
    lang: 'en',
    region: 'US',
    text: "(415)555-2671",
    expected: [
      { start: 0, end: 13, number: '+14155552671', kind: 'other', written: "(415)555-2671" },
    ],
  },
  {
    id: 'en-pos-31',
    lang: 'en',
    region: 'US',
    text: "Call (800) 555-0199 today",
    expected: [
      { start: 5, end: 19, number: '+18005550199', kind: 'tollfree', written: "(800) 555-0199" },
    ],
  },
  {
    id: 'en-pos-32',
    lang: 'en',
    text: "Fax +1-415-555-2671",
    expected: [
      { start: 4, end: 19, number: '+14155552671', kind: 'other', written: "+1-415-555-2671" },
    ],
  },
  {
    id: 'zh-cn-pos-83',
    lang: 'zh_CN',
    text: "我的QQ是12345678，微信13800138000",
    expected: [
      { start: 16, end: 27, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-84',
    lang: 'zh_CN',
    text: "截止2024年11月6日，您欠款13800元，请联系13800138000",
    expected: [
      { start: 26, end: 37, number: '+8613800138000', kind: 'mobile', written: "13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-85',
    lang: 'zh_CN',
    text: "还款请转账至6222 0213 8001 3800 123，联系人13900139000",
    expected: [
      { start: 33, end: 44, number: '+8613900139000', kind: 'mobile', written: "13900139000" },
    ],
  },
  {
    id: 'zh-cn-pos-86',
    lang: 'zh_CN',
    text: "地址：杭州市西湖区文三路138号，电话0571-88888888",
    expected: [
      { start: 19, end: 32, number: '+8657188888888', kind: 'landline', written: "0571-88888888" },
    ],
  },
  {
    id: 'zh-cn-pos-87',
    lang: 'zh_CN',
    text: "客服电话：400 - 820 - 8820",
    expected: [
      { start: 5, end: 21, number: '+864008208820', kind: 'tollfree', written: "400 - 820 - 8820" },
    ],
  },
  {
    id: 'zh-tw-pos-23',
    lang: 'zh_TW',
    region: 'TW',
    text: "請撥打０２－２３４５－６７８９",
    expected: [
      { start: 3, end: 15, number: '+886223456789', kind: 'landline', written: "０２－２３４５－６７８９" },
    ],
  },
  {
    id: 'zh-tw-pos-24',
    lang: 'zh_TW',
    region: 'TW',
    text: "聯絡電話：(02)2345 6789 分機 123",
    expected: [
      { start: 5, end: 18, number: '+886223456789', kind: 'landline', written: "(02)2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-25',
    lang: 'zh_TW',
    text: "請回電 +886 (0)2 2345 6789",
    expected: [
      { start: 4, end: 23, number: '+886223456789', kind: 'landline', written: "+886 (0)2 2345 6789" },
    ],
  },
  {
    id: 'zh-tw-pos-26',
    lang: 'zh_TW',
    text: "香港辦事處 +852-2345-6789",
    expected: [
      { start: 6, end: 20, number: '+85223456789', kind: 'landline', written: "+852-2345-6789" },
    ],
  },
  {
    id: 'en-pos-33',
    lang: 'en',
    text: "Call +44 (0) 20 7946 0958",
    expected: [
      { start: 5, end: 25, number: '+442079460958', kind: 'landline', written: "+44 (0) 20 7946 0958" },
    ],
  },
  {
    id: 'en-pos-34',
    lang: 'en',
    region: 'GB',
    text: "ph: 020 7946 0958",
    expected: [
      { start: 4, end: 17, number: '+442079460958', kind: 'landline', written: "020 7946 0958" },
    ],
  },
  {
    id: 'zh-cn-pos-88',
    lang: 'zh_CN',
    text: "回复“TD”至10690123456退订",
    expected: [
      { start: 7, end: 18, number: 'CN:10690123456', kind: 'sms-gateway', written: "10690123456" },
    ],
  },
  {
    id: 'zh-cn-pos-89',
    lang: 'zh_CN',
    text: "请勿拨打陌生号码 +86 170 1234 5678 和 +86 171 2345 6789",
    expected: [
      { start: 9, end: 26, number: '+8617012345678', kind: 'mobile', written: "+86 170 1234 5678" },
      { start: 29, end: 46, number: '+8617123456789', kind: 'mobile', written: "+86 171 2345 6789" },
    ],
  },
  {
    id: 'zh-cn-pos-90',
    lang: 'zh_CN',
    text: "手机：1３８００１３８０００",
    expected: [
      { start: 3, end: 14, number: '+8613800138000', kind: 'mobile', written: "1３８００１３８０００" },
    ],
  },
  {
    id: 'zh-cn-pos-91',
    lang: 'zh_CN',
    text: "境外拨打0086１３８００１３８０００",
    expected: [
      { start: 4, end: 19, number: '+8613800138000', kind: 'mobile', written: "0086１３８００１３８０００" },
    ],
  },
  {
    id: 'en-pos-35',
    lang: 'en',
    text: "Call +86 13800138000 ext 12",
    expected: [
      { start: 5, end: 20, number: '+8613800138000', kind: 'mobile', written: "+86 13800138000" },
    ],
  },
  {
    id: 'zh-cn-pos-92',
    lang: 'zh_CN',
    text: "报警电话110",
    expected: [
      { start: 4, end: 7, number: 'CN:110', kind: 'service', written: "110" },
    ],
  },
  {
    id: 'en-pos-36',
    lang: 'en',
    text: "In an emergency call 110 now",
    expected: [
      { start: 21, end: 24, number: 'CN:110', kind: 'service', written: "110" },
    ],
  },
  {
    id: 'zh-tw-pos-27',
    lang: 'zh_TW',
    region: 'TW',
    text: "【催收通知】請於 11/8 前聯絡 0912 345 678，逾期移送法辦。",
    expected: [
      { start: 18, end: 30, number: '+886912345678', kind: 'mobile', written: "0912 345 678" },
    ],
  },
  {
    id: 'zh-tw-pos-28',
    lang: 'zh_TW',
    region: 'TW',
    text: "如需協助請致電客服專線(02) 2345-6789（週一至週五）",
    expected: [
      { start: 11, end: 25, number: '+886223456789', kind: 'landline', written: "(02) 2345-6789" },
    ],
  },
  {
    id: 'en-pos-37',
    lang: 'en',
    text: "Our collections agent will call from +1 646 555 0123; please answer.",
    expected: [
      { start: 37, end: 52, number: '+16465550123', kind: 'other', written: "+1 646 555 0123" },
    ],
  },
  {
    id: 'zh-cn-neg-01',
    lang: 'zh_CN',
    text: "订单号：13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-02',
    lang: 'zh_CN',
    text: "订单号 202411061380013800 已发货",
    expected: [],
  },
  {
    id: 'zh-cn-neg-03',
    lang: 'zh_CN',
    text: "您的订单编号 13800138000 已发货",
    expected: [],
  },
  {
    id: 'zh-cn-neg-04',
    lang: 'zh_CN',
    text: "交易流水号13800138000，请妥善保管",
    expected: [],
  },
  {
    id: 'zh-cn-neg-05',
    lang: 'zh_CN',
    text: "运单号 SF1380013800012 已签收",
    expected: [],
  },
  {
    id: 'zh-cn-neg-06',
    lang: 'zh_CN',
    text: "快递单号：13800138000，请注意查收",
    expected: [],
  },
  {
    id: 'zh-cn-neg-07',
    lang: 'zh_CN',
    text: "合同号 0571-26888888 已生效",
    expected: [],
  },
  {
    id: 'zh-tw-neg-01',
    lang: 'zh_TW',
    text: "訂單編號：13800138000",
    expected: [],
  },
  {
    id: 'zh-tw-neg-02',
    lang: 'zh_TW',
    text: "您的訂單號 13912345678 已出貨",
    expected: [],
  },
  {
    id: 'en-neg-01',
    lang: 'en',
    text: "Order #13800138000 has shipped",
    expected: [],
  },
  {
    id: 'en-neg-02',
    lang: 'en',
    text: "Order No. 13800138000 confirmed",
    expected: [],
  },
  {
    id: 'en-neg-03',
    lang: 'en',
    region: 'US',
    text: "Order #: 4155552671",
    expected: [],
  },
  {
    id: 'en-neg-04',
    lang: 'en',
    text: "Invoice 13800138000 is attached",
    expected: [],
  },
  {
    id: 'en-neg-05',
    lang: 'en',
    text: "Tracking number: 1Z999AA10123456784",
    expected: [],
  },
  {
    id: 'en-neg-06',
    lang: 'en',
    text: "Ref: 13800138000",
    expected: [],
  },
  {
    id: 'en-neg-07',
    lang: 'en',
    text: "Transaction 13912345678 completed",
    expected: [],
  },
  {
    id: 'zh-cn-neg-08',
    lang: 'zh_CN',
    text: "身份证号 110105194912310021",
    expected: [],
  },
  {
    id: 'zh-cn-neg-09',
    lang: 'zh_CN',
    text: "身份证 11010519491231002X 已认证",
    expected: [],
  },
  {
    id: 'zh-tw-neg-03',
    lang: 'zh_TW',
    text: "身份證字號：11010519491231002X",
    expected: [],
  },
  {
    id: 'zh-cn-neg-10',
    lang: 'zh_CN',
    text: "证件号码 110105 19491231 0021",
    expected: [],
  },
  {
    id: 'en-neg-08',
    lang: 'en',
    text: "ID: 110105194912310021",
    expected: [],
  },
  {
    id: 'zh-cn-neg-11',
    lang: 'zh_CN',
    text: "银行卡号 6222 0212 3456 7890",
    expected: [],
  },
  {
    id: 'zh-cn-neg-12',
    lang: 'zh_CN',
    text: "卡号 6222021234567890123",
    expected: [],
  },
  {
    id: 'zh-cn-neg-13',
    lang: 'zh_CN',
    text: "请转账至 6222 1380 0138 0000 123",
    expected: [],
  },
  {
    id: 'zh-cn-neg-14',
    lang: 'zh_CN',
    text: "还款账户 6217-0013-8001-3800",
    expected: [],
  },
  {
    id: 'zh-tw-neg-04',
    lang: 'zh_TW',
    text: "信用卡號 4000 1380 0138 0000",
    expected: [],
  },
  {
    id: 'en-neg-09',
    lang: 'en',
    text: "Card 4111 1111 1111 1111 was charged",
    expected: [],
  },
  {
    id: 'zh-cn-neg-15',
    lang: 'zh_CN',
    text: "验证码 123456，5分钟内有效",
    expected: [],
  },
  {
    id: 'zh-cn-neg-16',
    lang: 'zh_CN',
    text: "【支付宝】验证码：95188，请勿泄露",
    expected: [],
  },
  {
    id: 'zh-tw-neg-05',
    lang: 'zh_TW',
    text: "您的驗證碼為 12378",
    expected: [],
  },
  {
    id: 'en-neg-10',
    lang: 'en',
    text: "Your verification code is 12321",
    expected: [],
  },
  {
    id: 'en-neg-11',
    lang: 'en',
    text: "Your OTP is 10086.",
    expected: [],
  },
  {
    id: 'zh-cn-neg-17',
    lang: 'zh_CN',
    text: "动态码12345，切勿告诉他人",
    expected: [],
  },
  {
    id: 'zh-cn-neg-18',
    lang: 'zh_CN',
    text: "请于2024-11-06前还款",
    expected: [],
  },
  {
    id: 'zh-cn-neg-19',
    lang: 'zh_CN',
    text: "2024年11月6日 13:45:00",
    expected: [],
  },
  {
    id: 'zh-cn-neg-20',
    lang: 'zh_CN',
    text: "还款日 20241106",
    expected: [],
  },
  {
    id: 'zh-cn-neg-21',
    lang: 'zh_CN',
    text: "时间：2024/11/06 13:45",
    expected: [],
  },
  {
    id: 'zh-tw-neg-06',
    lang: 'zh_TW',
    text: "日期 2024.11.06",
    expected: [],
  },
  {
    id: 'en-neg-12',
    lang: 'en',
    text: "Due 2024-11-06 13:45:00 UTC",
    expected: [],
  },
  {
    id: 'en-neg-13',
    lang: 'en',
    region: 'US',
    text: "Due 11/06/2024",
    expected: [],
  },
  {
    id: 'en-neg-14',
    lang: 'en',
    text: "Timestamp 1699257600",
    expected: [],
  },
  {
    id: 'en-neg-15',
    lang: 'en',
    text: "Generated 20241106134500",
    expected: [],
  },
  {
    id: 'zh-cn-neg-22',
    lang: 'zh_CN',
    text: "欠款¥13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-23',
    lang: 'zh_CN',
    text: "共计13800138000元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-24',
    lang: 'zh_CN',
    text: "金额：￥ 13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-25',
    lang: 'zh_CN',
    text: "应还 13800138000.00 元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-26',
    lang: 'zh_CN',
    text: "欠款金额：13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-27',
    lang: 'zh_CN',
    text: "罚款95188元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-28',
    lang: 'zh_CN',
    text: "余额¥12378",
    expected: [],
  },
  {
    id: 'zh-cn-neg-29',
    lang: 'zh_CN',
    text: "价格 13800138000 日元",
    expected: [],
  },
  {
    id: 'zh-tw-neg-07',
    lang: 'zh_TW',
    text: "欠款新台幣 13800138000 元",
    expected: [],
  },
  {
    id: 'zh-tw-neg-08',
    lang: 'zh_TW',
    text: "應繳金額NT$13800138000",
    expected: [],
  },
  {
    id: 'en-neg-16',
    lang: 'en',
    text: "Balance due: $13800138000",
    expected: [],
  },
  {
    id: 'en-neg-17',
    lang: 'en',
    text: "Amount RMB 13800138000",
    expected: [],
  },
  {
    id: 'en-neg-18',
    lang: 'en',
    text: "You owe 13800138000 USD",
    expected: [],
  },
  {
    id: 'zh-cn-neg-30',
    lang: 'zh_CN',
    text: "利率13800138000.5",
    expected: [],
  },
  {
    id: 'en-neg-19',
    lang: 'en',
    text: "pi is 3.13800138000",
    expected: [],
  },
  {
    id: 'en-neg-20',
    lang: 'en',
    text: "version v1.380.013.8000",
    expected: [],
  },
  {
    id: 'en-neg-21',
    lang: 'en',
    text: "build 1.380.013.8000 released",
    expected: [],
  },
  {
    id: 'zh-cn-neg-31',
    lang: 'zh_CN',
    text: "增长13800138000%",
    expected: [],
  },
  {
    id: 'zh-cn-neg-32',
    lang: 'zh_CN',
    text: "邮箱：13800138000@qq.com",
    expected: [],
  },
  {
    id: 'zh-cn-neg-33',
    lang: 'zh_CN',
    text: "QQ邮箱 13800138000@qq.com 已绑定",
    expected: [],
  },
  {
    id: 'en-neg-22',
    lang: 'en',
    text: "Mail zhang.13800138000@example.com",
    expected: [],
  },
  {
    id: 'en-neg-23',
    lang: 'en',
    text: "mailto:13800138000@163.com",
    expected: [],
  },
  {
    id: 'en-neg-24',
    lang: 'en',
    text: "See http://x.com/13800138000 for details",
    expected: [],
  },
  {
    id: 'en-neg-25',
    lang: 'en',
    text: "Visit www.example.com/13800138000",
    expected: [],
  },
  {
    id: 'en-neg-26',
    lang: 'en',
    text: "Open https://example.com/pay?tel=13800138000&id=1",
    expected: [],
  },
  {
    id: 'zh-cn-neg-34',
    lang: 'zh_CN',
    text: "点击 x.com/13800138000 查看",
    expected: [],
  },
  {
    id: 'en-neg-27',
    lang: 'en',
    text: "Host 13800138000.example.com",
    expected: [],
  },
  {
    id: 'zh-cn-neg-35',
    lang: 'zh_CN',
    text: "编码4413800138000123",
    expected: [],
  },
  {
    id: 'zh-cn-neg-36',
    lang: 'zh_CN',
    text: "序列号138001380001",
    expected: [],
  },
  {
    id: 'zh-cn-neg-37',
    lang: 'zh_CN',
    text: "型号JB13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-38',
    lang: 'zh_CN',
    text: "批号13800138000abc",
    expected: [],
  },
  {
    id: 'en-neg-28',
    lang: 'en',
    text: "SKU ABC-13800138000",
    expected: [],
  },
  {
    id: 'en-neg-29',
    lang: 'en',
    text: "token 13800138000_x",
    expected: [],
  },
  {
    id: 'zh-cn-neg-39',
    lang: 'zh_CN',
    text: "1 3 8 0 0 1 3 8 0 0 0",
    expected: [],
  },
  {
    id: 'zh-cn-neg-40',
    lang: 'zh_CN',
    text: "IP地址 192.168.100.100",
    expected: [],
  },
  {
    id: 'en-neg-30',
    lang: 'en',
    text: "Serial 13800138000-XYZ",
    expected: [],
  },
  {
    id: 'zh-cn-neg-41',
    lang: 'zh_CN',
    text: "共95188元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-42',
    lang: 'zh_CN',
    text: "请拨打95188-1",
    expected: [],
  },
  {
    id: 'zh-cn-neg-43',
    lang: 'zh_CN',
    text: "代码A95188",
    expected: [],
  },
  {
    id: 'zh-cn-neg-44',
    lang: 'zh_CN',
    text: "热线95188123",
    expected: [],
  },
  {
    id: 'zh-cn-neg-45',
    lang: 'zh_CN',
    text: "编号：12378",
    expected: [],
  },
  {
    id: 'en-neg-31',
    lang: 'en',
    text: "call 95188.5",
    expected: [],
  },
  {
    id: 'zh-cn-neg-46',
    lang: 'zh_CN',
    text: "第110期",
    expected: [],
  },
  {
    id: 'zh-cn-neg-47',
    lang: 'zh_CN',
    text: "共有110人报名",
    expected: [],
  },
  {
    id: 'zh-cn-neg-48',
    lang: 'zh_CN',
    text: "10690123456789 元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-49',
    lang: 'zh_CN',
    text: "您的账户余额为 13800138000.00 元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-50',
    lang: 'zh_CN',
    text: "价格：¥ 400-820-8820",
    expected: [],
  },
  {
    id: 'zh-cn-neg-51',
    lang: 'zh_CN',
    text: "共13800138000\u200b元",
    expected: [],
  },
  {
    id: 'zh-cn-neg-52',
    lang: 'zh_CN',
    text: "拨打 1 3 8 0 0 1 3 8 0 0 0",
    expected: [],
  },
  {
    id: 'zh-cn-neg-53',
    lang: 'zh_CN',
    text: "IMEI 861380013800138",
    expected: [],
  },
  {
    id: 'zh-cn-neg-54',
    lang: 'zh_CN',
    text: "热线 95 188",
    expected: [],
  },
  {
    id: 'en-neg-32',
    lang: 'en',
    text: "Visit https://wa.me/8613800138000 to chat",
    expected: [],
  },
  {
    id: 'en-neg-33',
    lang: 'en',
    text: "852 2345 6789",
    expected: [],
  },
  {
    id: 'en-neg-34',
    lang: 'en',
    region: 'US',
    text: "Order 4155552671 shipped",
    expected: [],
  },
  {
    id: 'en-neg-35',
    lang: 'en',
    region: 'US',
    text: "Invoice #415-555-2671",
    expected: [],
  },
  {
    id: 'en-neg-36',
    lang: 'en',
    region: 'US',
    text: "Total: $415.555.2671",
    expected: [],
  },
  {
    id: 'en-neg-37',
    lang: 'en',
    region: 'US',
    text: "Due 2024-11-06",
    expected: [],
  },
  {
    id: 'en-neg-38',
    lang: 'en',
    region: 'US',
    text: "Your code is 4155552671",
    expected: [],
  },
  {
    id: 'zh-tw-neg-09',
    lang: 'zh_TW',
    region: 'TW',
    text: "您的驗證碼是 0912345678",
    expected: [],
  },
  {
    id: 'zh-tw-neg-10',
    lang: 'zh_TW',
    region: 'TW',
    text: "訂單編號 0223456789",
    expected: [],
  },
  {
    id: 'zh-tw-neg-11',
    lang: 'zh_TW',
    region: 'TW',
    text: "金額 NT$0912345678",
    expected: [],
  },
  {
    id: 'zh-cn-neg-55',
    lang: 'zh_CN',
    text: "交易号: 20241106138001380001",
    expected: [],
  },
  {
    id: 'zh-cn-neg-56',
    lang: 'zh_CN',
    text: "时间戳 1731234567890",
    expected: [],
  },
  {
    id: 'zh-cn-neg-57',
    lang: 'zh_CN',
    text: "坐标 120.13800138000",
    expected: [],
  },
  {
    id: 'zh-cn-neg-58',
    lang: 'zh_CN',
    text: "第13800138000.1版",
    expected: [],
  },
  {
    id: 'zh-cn-neg-59',
    lang: 'zh_CN',
    text: "已有12345人参与活动",
    expected: [],
  },
  {
    id: 'zh-cn-neg-60',
    lang: 'zh_CN',
    text: "第95188期开奖结果",
    expected: [],
  },
  {
    id: 'zh-tw-neg-12',
    lang: 'zh_TW',
    text: "共有12378筆交易",
    expected: [],
  },
  {
    id: 'zh-cn-neg-61',
    lang: 'zh_CN',
    text: "请拨打110次",
    expected: [],
  },
];
