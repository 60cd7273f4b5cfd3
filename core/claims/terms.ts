/**
 * The vocabulary of core/claims/detect.ts.
 *
 * Chinese terms are written once, in Simplified script; detect.ts adds their
 * Traditional forms with the character table in ./variants.ts (so 法务部 also
 * finds 法務部, 通讯录 finds 通訊錄, 等着瞧 finds 等著瞧). Terms that only exist in
 * Taiwan or Hong Kong usage (提告, 卡債, 追數, 律師樓, 淋紅油) are written as
 * they are used. English terms are lower case; they match whole words only.
 *
 * Strengths, and this is the whole false-positive policy:
 *
 * - `direct`: a phrase that in practice only appears when someone is collecting
 *   a debt or threatening the reader ("爆通讯录", "上门催收", "起诉你",
 *   "通知你的家人", "sue you", "you owe"). It counts wherever it appears.
 * - `context`: an ordinary word that is a claim only when the message is about a
 *   debt ("法院", "律师", "上门", "征信", "通讯录", "court", "attorney"). It counts
 *   only when an ANCHOR lies within CONTEXT_WINDOW characters: a collection cue
 *   (CUES below: 逾期, 欠款, 借呗, 还款, loan, balance ...) or any `direct` match.
 *   Two context words never vouch for each other, so "我今天路过法院，朋友是律师"
 *   stays clean.
 *
 * - `after-self-id`: a named court or police station (天河区人民法院, 派出所)
 *   is an impersonation claim only right after a self-introduction (我是,
 *   这里是), with no punctuation or verb between.
 *
 * On top of that, `vetoBefore` / `vetoAfter` cancel a match when the text right
 * next to it shows another sense (快递员将上门取件, 法院路站, food court), and a
 * negation right before a threat cancels it (不会上门, 不影响征信, will not sue).
 */
import type { ClaimKind } from './kinds';

export interface TermGroup {
  /** 'cue': a collection word, only an anchor. 'self-id': 我是 / 这里是, only for `after-self-id`. */
  kind: ClaimKind | 'cue' | 'self-id';
  /**
   * 'after-self-id': counts only when a self-introduction (我是, 这里是) ends at
   * most SELF_ID_GAP characters before it, with no punctuation or verb between:
   * "我是天河区人民法院的" but not "我是想问市法院在哪".
   */
  strength: 'direct' | 'context' | 'after-self-id';
  terms: readonly string[];
  /** Cancel the match when the text immediately before it ends with one of these. */
  vetoBefore?: readonly string[];
  /** Cancel the match when the text immediately after it starts with one of these. */
  vetoAfter?: readonly string[];
  /** Words right before the match that cancel it; defaults to NEGATORS (none for 'cue' and 'insult'). */
  negators?: readonly string[] | 'none';
}

/** Negations that cancel a threat right after them: 不会上门, 不影响征信, 未起诉. */
export const NEGATORS_ZH: readonly string[] = [
  '不会', '不用', '不必', '不再', '不要', '没有', '无需', '不需要', '并不', '并未', '从不', '从未', '绝不',
  '不敢', '不想', '不愿', '不能', '不', '没', '未', '无', '勿', '别', '免',
];
export const NEGATORS_EN: readonly string[] = [
  'not', 'never', 'no', "won't", 'wont', "don't", 'dont', "doesn't", 'doesnt', "didn't", "isn't", "aren't",
  "can't", 'cannot', 'without', "wouldn't",
];
/** For 逾期 also hypotheticals and reminders to avoid it: 如逾期, 以免逾期. */
const OVERDUE_NEGATORS: readonly string[] = [
  ...NEGATORS_ZH, '如', '若', '如果', '假如', '一旦', '避免', '以免', '防止', '谨防', '不要', '不会',
];

const combine = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);

// ---------------------------------------------------------------- pronouns
const YOU = ['你', '您', '你的', '您的', '你们', '你们的', '台端', '阁下'];
const YOU_EN = ['your'];

// ---------------------------------------------------------------- collection cues (anchors, never reported)
const CUES: TermGroup = {
  kind: 'cue',
  strength: 'direct',
  negators: 'none',
  terms: [
    '还款', '还钱', '不还', '借款', '贷款', '网贷', '借呗', '花呗', '白条', '微粒贷', '本金', '罚息', '滞纳金', '违约金', '应还', '待还',
    '未还', '欠钱', '债务', '债权', '账单', '分期', '结清', '还清', '信用卡', '贷后', '欠费',
    // Taiwan / Hong Kong
    '繳款', '繳費', '卡費', '財務公司',
    // English
    'loan', 'loans', 'lender', 'balance', 'payment', 'payments', 'creditor', 'creditors', 'owe', 'owed', 'owing',
    'repay', 'repayment', 'installment', 'minimum payment', 'account balance', 'credit card',
  ],
};

// ---------------------------------------------------------------- overdue-debt
const OVERDUE_DIRECT: TermGroup = {
  kind: 'overdue-debt',
  strength: 'direct',
  negators: OVERDUE_NEGATORS,
  terms: [
    '逾期', '逾期未还', '逾期未缴', '逾期账单', '逾期款项', '已逾期', '严重逾期', '长期逾期',
    '欠款', '欠债', '拖欠', '催收', '催款', '催缴', '讨债', '追债', '追讨欠款', '恶意拖欠', '拒不还款', '仍未还款',
    '尚未还款', '未按时还款', '立即还款', '尽快还款', '马上还款', '立刻还款', '限期还款', '速还款', '督促还款',
    '全额结清', '立即处理欠款',
    // Taiwan / Hong Kong
    '卡債', '呆帳', '討債', '追數', '遲繳', '積欠', '延滯',
  ],
};
const OVERDUE_DIRECT_EN: TermGroup = {
  kind: 'overdue-debt',
  strength: 'direct',
  vetoBefore: ['long ', 'national ', 'public ', 'government ', 'federal ', 'sovereign '],
  vetoAfter: [' consolidation', ' relief', ' settlement program', ' free', '-free', ' ceiling', ' crisis', ' management'],
  terms: [
    'overdue', 'past due', 'past-due', 'delinquent', 'in arrears', 'arrears', 'debt', 'debts', 'debt collector',
    'debt collection', 'collection agency', 'collections agency', 'collection notice', 'sent to collections',
    'placed for collection', 'in collections', 'unpaid balance', 'outstanding balance', 'outstanding debt',
    'you owe', 'amount owed',
  ],
};
const OVERDUE_CONTEXT_EN: TermGroup = {
  kind: 'overdue-debt',
  strength: 'context',
  terms: ['collection', 'collections', 'final notice', 'repayment'],
};

// ---------------------------------------------------------------- legal-department
const LEGAL_DEPT: TermGroup = {
  kind: 'legal-department',
  strength: 'context',
  terms: [
    '法务', '法务部', '法务部门', '法务中心', '法务专员', '法务组', '法务处', '法务人员', '法务团队', '风控法务',
    '贷后法务', '法务催收', '法务科',
    'legal department', 'legal dept', 'legal team', 'legal division', 'legal unit',
  ],
};

// ---------------------------------------------------------------- law-firm
const LAW_FIRM: TermGroup = {
  kind: 'law-firm',
  strength: 'context',
  terms: [
    '律师', '律所', '律师事务所', '律师函', '律师团队', '合作律师', '委托律师', '代理律师', '律师楼', '律师行', '律师信',
    'law firm', 'law office', 'law offices', 'attorney', 'attorneys', "attorney's", 'lawyer', 'lawyers',
    'legal counsel', 'solicitor', 'solicitors',
  ],
};
const LAW_FIRM_DIRECT: TermGroup = {
  kind: 'law-firm',
  strength: 'direct',
  terms: [
    ...combine(['律师', '律所', '律师事务所'], ['将联系', '会联系', '将起诉', '正式起诉', '将代理起诉'], YOU),
    ...combine(['发送律师函给', '寄送律师函给', '向'], YOU, ['发送律师函', '发律师函']),
    'referred to an attorney', 'referred to our attorney', 'forwarded to an attorney', 'forwarded to our attorney',
    'turned over to our attorney', 'assigned to an attorney', 'placed with an attorney', 'referred to our law firm',
  ],
};

// ---------------------------------------------------------------- mediation
const MEDIATION: TermGroup = {
  kind: 'mediation',
  strength: 'context',
  vetoBefore: ['家庭', '婚姻', '邻里', '劳动', '情感', '医疗', '物业'],
  terms: [
    '调解', '调解中心', '调解员', '调解委员会', '调解组织', '调解室', '调解协议', '调解通知', '诉前调解', '庭前调解',
    '纠纷调解', '金融纠纷调解', '人民调解', '委托调解',
    'mediation', 'mediator', 'mediation center', 'mediation centre', 'pre-litigation mediation',
  ],
};

// ---------------------------------------------------------------- court-action
const COURT_DIRECT: TermGroup = {
  kind: 'court-action',
  strength: 'direct',
  terms: [
    ...combine(['起诉', '控告', '提告'], ['你', '您', '台端', '阁下']),
    ...combine(['对', '向', '将', '把'], ['你', '您', '台端'], ['起诉', '提起诉讼', '提起民事诉讼', '立案', '提告', '告上法庭', '告上法院']),
    ...combine(['冻结', '查封', '扣押', '强制执行'], YOU),
    '将提起诉讼', '将起诉', '将依法起诉', '依法起诉', '依法提起诉讼', '即将起诉', '准备起诉', '已起诉', '已立案', '正式起诉',
    '移交法院', '移送法院', '提交法院', '起诉至法院', '诉至法院', '向法院提起', '向法院起诉', '向法院申请',
    '申请强制执行', '法院见', '等着收传票', '等着接传票', '等法院传票', '走司法程序', '进入司法程序', '进入诉讼程序',
    '启动诉讼程序', '启动法律程序',
    'sue you', 'suing you', 'take you to court', 'taking you to court', 'lawsuit against you', 'legal action against you',
    'legal proceedings against you', 'file suit against you', 'file a lawsuit against you', 'see you in court',
    'judgment against you', 'garnish your wages', 'garnishment of your wages',
  ],
};
/** 告你 is "sue you", but 报告你 / 警告你 / 转告你 are not. */
const COURT_SUE_YOU: TermGroup = {
  kind: 'court-action',
  strength: 'direct',
  vetoBefore: ['报', '警', '转', '忠', '劝', '宣', '公', '广', '预', '通', '禀', '敬', '奉', '相', '布', '劝告', '密'],
  terms: combine(['告'], ['你', '您', '台端', '阁下']),
};
const COURT_CONTEXT: TermGroup = {
  kind: 'court-action',
  strength: 'context',
  vetoAfter: ['路', '街', '站', '巷', '大道', '大街', '公交', '地铁', '附近', '对面', '旁边', '食堂', '宿舍'],
  terms: [
    '起诉', '立案', '传票', '法院', '诉讼', '法庭', '开庭', '判决', '执行局', '失信被执行人', '冻结', '查封', '支付令',
    '强制执行', '司法程序', '法律程序', '法律诉讼', '民事诉讼',
    // Taiwan / Hong Kong
    '提告', '支付命令', '法扣', '扣薪',
  ],
};
const COURT_CONTEXT_EN: TermGroup = {
  kind: 'court-action',
  strength: 'context',
  vetoBefore: [
    'food ', 'tennis ', 'basketball ', 'badminton ', 'squash ', 'volleyball ', 'handball ', 'pickleball ',
    'netball ', 'racquetball ', 'royal ', 'garden ', 'hampton ',
  ],
  vetoAfter: [' street', ' st', ' road', ' rd', ' drive', ' apartments'],
  terms: [
    'lawsuit', 'lawsuits', 'sue', 'sued', 'suing', 'court', 'courts', 'legal action', 'litigation', 'summons',
    'subpoena', 'judgment', 'judgement', 'garnish', 'garnishment', 'wage garnishment', 'legal proceedings',
  ],
};

// ---------------------------------------------------------------- visit
/** 上门 followed by these is a service call, not a collection visit (快递员将上门取件). */
const VISIT_VETO_AFTER = [
  '取件', '取货', '收件', '揽收', '送货', '送件', '配送', '派送', '服务', '维修', '安装', '回收', '检测', '保洁', '清洁',
  '按摩', '体检', '接种', '量房', '测量', '送餐', '送药', '护理', '看房', '喂猫', '遛狗', '洗车', '理发', '推拿', '做饭',
  '授课', '辅导', '家教', '陪诊', '收衣', '洗衣', '收废品', '抄表', '开锁', '办理', '核酸', '采样', '演示', '调试',
  '勘察', '勘测', '评估', '验收', '装机', '移机', '拆机', '换表', '查表', '取样', '接送', '收取快递', '为你', '为您',
  '帮你', '帮您', '给你送', '给您送',
];
const VISIT_DIRECT: TermGroup = {
  kind: 'visit',
  strength: 'direct',
  vetoAfter: VISIT_VETO_AFTER,
  terms: [
    '上门催收', '上门催款', '上门催缴', '上门追讨', '上门讨债', '上门追债', '上门收债', '外访催收', '实地催收',
    ...combine(['派人', '派专人', '派员', '安排人员', '安排专人', '安排外访', '安排同事'], ['上门', '到你家', '到您家', '家访', '实地走访']),
    '外访人员', '外访组', '家访人员',
    'visit you at home', 'visit you at work', 'visit you at your',
  ],
};
const VISIT_CONTEXT: TermGroup = {
  kind: 'visit',
  strength: 'context',
  vetoBefore: ['老师', '教师', '班主任', '医生', '社工', '护士', '村医', '快递员', '师傅', '工程师'],
  vetoAfter: VISIT_VETO_AFTER,
  terms: [
    '上门', '家访', '实地走访', '外访', '登门', '户籍地走访', '上门核实', '上门走访', '上门调查',
    ...combine(['上门找', '上门拜访', '登门拜访', '亲自拜访', '实地走访'], ['你', '您']),
    ...combine(['到', '去'], ['你', '您'], ['家', '家里', '单位', '公司', '老家', '户籍地', '工作单位']),
    // Taiwan
    '到府', '登门拜访',
    ...combine(
      ['visit', 'come to', 'show up at', 'stop by', 'drop by', 'send someone to', 'send an agent to', 'send a field agent to', 'send a representative to'],
      [' '],
      ['your home', 'your house', 'your residence', 'your workplace', 'your work', 'your office', 'your place of employment', 'your job', 'your employer'],
    ),
    'home visit', 'field visit', 'field agent',
  ],
};

// ---------------------------------------------------------------- expose-contacts
const EXPOSE_OBJECTS = [
  '家人', '家属', '父母', '爸妈', '亲友', '亲戚', '亲人', '朋友', '同事', '领导', '老板', '上司', '单位', '公司',
  '工作单位', '紧急联系人', '联系人', '通讯录', '配偶', '老婆', '老公', '子女', '孩子', '邻居', '村委', '居委会',
  '学校', '辅导员', '人事', '通讯录好友', '好友',
];
/** Verbs that with "your family/employer" are a collector's threat (通知你的家人). */
const EXPOSE_VERBS_STRONG = ['通知', '告知', '通报', '曝光给', '群发给'];
/** Verbs that are as often harmless (联系你的家人 from a hospital, 告诉家人 in a forum post). */
const EXPOSE_VERBS_WEAK = ['联系', '联络', '告诉', '打电话给', '找'];
const EXPOSE_DIRECT: TermGroup = {
  kind: 'expose-contacts',
  strength: 'direct',
  // "请通知你的家人注意防骗" asks the reader to tell their family: not a threat.
  vetoBefore: ['请', '记得', '可', '可以', '需要', '务必', '提醒', '别忘了', '及时', '建议'],
  terms: [
    '爆通讯录', '打爆通讯录', '爆你通讯录', '爆您通讯录', '爆你的通讯录', '爆您的通讯录', '曝光通讯录', '群发通讯录',
    '通讯录群发', '爆光通讯录', '轰炸通讯录', '通讯录轰炸',
    ...combine(EXPOSE_VERBS_STRONG, YOU, EXPOSE_OBJECTS),
    ...combine(['曝光', '公开'], YOU, ['欠款', '逾期', '信息', '欠款信息', '个人信息', '身份信息']),
    ...combine(EXPOSE_VERBS_STRONG, ['你', '您'], ['家', '家里']),
  ],
};
const EXPOSE_CONTEXT: TermGroup = {
  kind: 'expose-contacts',
  strength: 'context',
  vetoBefore: ['请', '记得', '提醒', '建议'],
  // 联系人工客服 ("contact a human agent") is not 联系人
  vetoAfter: ['工'],
  terms: [
    '通讯录', '通讯簿', '紧急联系人', '通讯录联系人', '曝光', '爆光',
    ...combine([...EXPOSE_VERBS_STRONG, ...EXPOSE_VERBS_WEAK.filter((v) => v !== '找')], EXPOSE_OBJECTS),
    ...combine(EXPOSE_VERBS_WEAK, YOU, EXPOSE_OBJECTS),
    ...combine(
      ['contact', 'call', 'notify', 'inform', 'tell', 'text', 'email', 'message', 'reach out to', 'get in touch with', 'speak to', 'speak with', 'talk to'],
      [' '],
      YOU_EN,
      [' '],
      [
        'family', 'family members', 'relatives', 'employer', 'boss', 'manager', 'workplace', 'coworkers', 'co-workers',
        'colleagues', 'friends', 'neighbors', 'neighbours', 'references', 'contacts', 'spouse', 'parents',
        'hr department', 'human resources',
      ],
    ),
    'your contacts', 'your references', 'your contact list', 'your phone contacts',
  ],
};

// ---------------------------------------------------------------- criminal-threat
const CRIMINAL_DIRECT: TermGroup = {
  kind: 'criminal-threat',
  strength: 'direct',
  terms: [
    ...combine(['报警抓', '来抓', '上门抓', '派人抓', '拘留', '逮捕', '拘捕', '刑拘', '通缉', '关押'], ['你', '您']),
    ...combine(['追究'], YOU, ['刑事责任', '法律责任']),
    ...combine(['让', '送', '等着', '准备'], ['你', '您'], ['坐牢', '进监狱', '吃牢饭']),
    ...combine(['你', '您'], ['要坐牢', '将被拘留', '会被拘留', '将被逮捕', '会被抓', '将被抓', '涉嫌诈骗', '涉嫌犯罪', '涉嫌洗钱', '涉嫌违法', '已涉嫌', '构成诈骗']),
    '移交公安', '移送公安', '移交公安机关', '移送公安机关', '向公安机关报案', '报案处理', '移交司法机关', '移送司法机关',
    '移交检察院', '移送检察院', '上门抓人', '警察上门', '公安上门', '等着坐牢', '准备坐牢', '吃牢饭', '网上通缉',
    'you will be arrested', "you'll be arrested", 'you will be jailed', 'warrant for your arrest', 'arrest warrant',
    'criminal charges against you', 'press charges against you', 'file criminal charges', 'go to jail', 'go to prison',
    'put you in jail', 'send you to jail', 'face arrest', 'face criminal charges', 'face jail time',
  ],
};
const CRIMINAL_CONTEXT: TermGroup = {
  kind: 'criminal-threat',
  strength: 'context',
  terms: [
    '刑事责任', '刑事立案', '立案侦查', '刑事拘留', '刑拘', '拘留', '逮捕', '坐牢', '判刑', '监狱', '报警', '诈骗罪',
    '信用卡诈骗', '恶意透支', '涉嫌犯罪', '构成犯罪', '拒执罪', '拒不执行判决', '刑事案件', '犯罪', '公安', '警察',
    // Hong Kong
    '坐監',
    'arrest', 'arrested', 'jail', 'prison', 'criminal charges', 'criminal charge', 'criminal case', 'police',
    'warrant', 'fraud charges', 'prosecute', 'prosecuted', 'prosecution',
  ],
};

// ---------------------------------------------------------------- credit-threat
const CREDIT_TARGETS = ['征信', '个人征信', '人行征信', '央行征信', '百行征信', '征信系统', '征信记录', '信用记录', '信用报告'];
const CREDIT_DIRECT: TermGroup = {
  kind: 'credit-threat',
  strength: 'direct',
  terms: [
    ...combine(['影响', '上', '上报', '报送', '纳入', '记入', '计入', '录入', '列入', '进入', '上传', '提交'], ['', '你', '您', '你的', '您的'], CREDIT_TARGETS),
    ...combine(['影响'], ['你', '您', '你的', '您的'], ['信用']),
    '征信受损', '征信污点', '征信黑了', '征信变黑', '征信不良', '征信花了', '征信有污点', '不良记录', '不良信用记录', '信用污点',
    '信用受损', '失信名单', '失信黑名单', '征信黑名单', '行业黑名单', '金融黑名单', '网贷黑名单', '老赖名单', '共享黑名单',
    '列入黑名单', '纳入黑名单', '拉入黑名单', '上黑名单', '进黑名单', '进入黑名单', '加入失信',
    'damage your credit', 'hurt your credit', 'ruin your credit', 'destroy your credit', 'affect your credit',
    'harm your credit', 'report you to the credit bureau', 'report you to the credit bureaus',
    'report this to the credit bureaus', 'report this debt to the credit bureaus', 'reported to the credit bureaus',
    'reported to credit bureaus', 'negative credit report', 'negative mark on your credit', 'your credit score will',
  ],
};
const CREDIT_CONTEXT: TermGroup = {
  kind: 'credit-threat',
  strength: 'context',
  vetoBefore: ['来电', '短信', '拦截', '号码', '通话'],
  vetoAfter: ['设置', '拦截', '功能', '号码'],
  terms: [
    '征信', '黑名单', '信用记录', '信用报告', '征信报告', '拉黑', '失信', '徵信',
    'credit report', 'credit score', 'credit bureau', 'credit bureaus', 'credit record', 'credit history',
    'blacklist', 'blacklisted',
  ],
};

// ---------------------------------------------------------------- impersonation
const BODIES_COURT = ['法院', '人民法院', '法院执行局', '执行局', '仲裁委'];
const BODIES_POLICE = ['公安', '公安局', '公安机关', '派出所', '警察局', '刑侦大队', '经侦大队', '网警', '经侦', '反诈中心'];
const BODIES_OTHER = ['检察院', '人民检察院', '政府', '政府部门', '金融监管局', '金融监管总局', '银保监会', '人民银行', '央行', '司法局', '司法所', '市场监管局'];
/** Taiwan / Hong Kong bodies, already Traditional. */
const BODIES_TW_HK = ['地檢署', '地方法院', '刑事局', '調查局', '金管會', '警局', '警務處', '廉政公署'];
const BODIES = [...BODIES_COURT, ...BODIES_POLICE, ...BODIES_OTHER, ...BODIES_TW_HK];
const PERSONS = ['警察', '民警', '警官', '刑警', '法官', '检察官', '书记员', '法警', '执行法官', '書記官'];
const SELF_ID = ['我是', '我们是', '这里是', '这边是', '本人是', '我系', '我方是', '我们这边是', '我是来自', '我们是来自'];
const IMPERSONATION_DIRECT: TermGroup = {
  kind: 'impersonation',
  strength: 'direct',
  terms: [
    ...combine(SELF_ID, [...BODIES, ...PERSONS]),
    ...combine(BODIES, ['工作人员', '的工作人员', '执行人员', '办案人员', '民警', '警官', '干警', '法官', '检察官', '执行法官', '书记员', '法警']),
    // a sender bracket: 【XX区人民法院】, [XX公安局] (not 【XX市政府】: governments send real notices)
    ...combine([...BODIES_COURT, ...BODIES_POLICE, '检察院', '人民检察院', ...BODIES_TW_HK, ...PERSONS], ['】', ']', '」']),
    ...combine(
      ['this is', 'i am', "i'm", 'we are', 'calling from', 'on behalf of'],
      [' '],
      [
        'officer', 'deputy', 'sheriff', 'detective', 'the police', 'the sheriff', 'the court', 'the county court',
        'the district court', 'the irs', 'the fbi', 'the department of justice', 'a police officer', 'a federal agent',
        'an officer', 'a court officer', 'a government official',
      ],
    ),
  ],
};
const SELF_ID_MARKERS: TermGroup = {
  kind: 'self-id',
  strength: 'direct',
  negators: 'none',
  terms: ['我是', '我们是', '这里是', '这边是', '本人是', '我系', '我方是', '我们这边是', '我是来自', '我们是来自', '我来自', '我们来自'],
};
/** A named court or police station after a self-introduction: 我是天河区人民法院的. */
const IMPERSONATION_NAMED: TermGroup = {
  kind: 'impersonation',
  strength: 'after-self-id',
  terms: [
    ...combine(
      ['区', '市', '县', '省', '州', '镇', '中级', '高级', '基层', '铁路运输', '互联网', '人民'],
      ['法院', '人民法院', '公安局', '公安分局', '检察院', '人民检察院', '派出所', '法庭', '分局'],
    ),
    '派出所', '公安分局', '刑警大队', '经侦大队', '执行局', '地檢署', '地方法院', '警察局',
  ],
};
const IMPERSONATION_CONTEXT: TermGroup = {
  kind: 'impersonation',
  strength: 'context',
  terms: [
    '法院通知', '公安通知', '检察院通知', 'federal agent', 'irs agent', 'government official', 'from the court',
    'from the police',
  ],
};

// ---------------------------------------------------------------- insult / intimidation
const INSULT_DIRECT: TermGroup = {
  kind: 'insult',
  strength: 'direct',
  negators: 'none',
  terms: [
    '老赖', '不要脸', '等着瞧', '走着瞧', '后果自负', '后果很严重', '后果不堪设想', '死全家', '全家死', '去死', '无赖',
    '畜生', '王八蛋', '混蛋', '贱人', '人渣', '小心你的家人', '小心你家人',
    '让你好看', '要你好看', '给你点颜色', '别怪我们不客气', '别怪我不客气', '打断你的腿', '弄死你', '整死你',
    '让你身败名裂', '身败名裂', '社会性死亡', '让你社死', '丢人现眼', '泼油漆', '泼红油', '你死定了',
    '知道你住哪', '知道你住在哪', '知道你家在哪', '知道你家住哪', '知道你在哪上班', '知道你在哪里上班',
    // Hong Kong / Taiwan
    '淋紅油', '潑紅油', '仆街', '冚家鏟',
    'deadbeat', 'dead beat', 'dead-beat', 'scumbag', 'watch your back', 'we know where you live',
    'we know where you work', 'you will regret', "you'll regret", "you'll be sorry", 'you will be sorry',
  ],
};
const INSULT_CONTEXT: TermGroup = {
  kind: 'insult',
  strength: 'context',
  negators: 'none',
  terms: ['骗子', '你等着', '小心点', '死定了', '出门小心', 'thief', 'liar', 'loser', 'worthless', 'or else'],
};

export const TERM_GROUPS: readonly TermGroup[] = [
  CUES,
  OVERDUE_DIRECT,
  OVERDUE_DIRECT_EN,
  OVERDUE_CONTEXT_EN,
  LEGAL_DEPT,
  LAW_FIRM,
  LAW_FIRM_DIRECT,
  MEDIATION,
  COURT_DIRECT,
  COURT_SUE_YOU,
  COURT_CONTEXT,
  COURT_CONTEXT_EN,
  VISIT_DIRECT,
  VISIT_CONTEXT,
  EXPOSE_DIRECT,
  EXPOSE_CONTEXT,
  CRIMINAL_DIRECT,
  CRIMINAL_CONTEXT,
  CREDIT_DIRECT,
  CREDIT_CONTEXT,
  IMPERSONATION_DIRECT,
  SELF_ID_MARKERS,
  IMPERSONATION_NAMED,
  IMPERSONATION_CONTEXT,
  INSULT_DIRECT,
  INSULT_CONTEXT,
];

/** How far (UTF-16 units of the normalised text) a context word may be from its anchor. */
export const CONTEXT_WINDOW = 80;

/** At most this many characters between 我是/这里是 and the body it names (天河区人民法院). */
export const SELF_ID_GAP = 12;
/** A self-introduction does not reach past these: "我是想问市法院在哪" is a question, not a claim. */
export const SELF_ID_BREAKS = '，。！？；：、,.!?;: 想说问去在要到找从被把给跟和对看听路过說問從給對聽過';
