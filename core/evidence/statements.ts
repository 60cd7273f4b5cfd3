/**
 * Short sentences that summarise the harassment figures for a complaint.
 *
 * THE ONLY SOURCE for what a sentence says about a rule is
 * shared/reference/rights-facts.md, under its rules:
 * - V rows may be cited with their article numbers (US night window:
 *   15 U.S.C. 1692c(a)(1), 12 CFR 1006.6(b)(1)(i); stated, like every FDCPA V
 *   rule in core/rights, for third-party debt collectors);
 * - R rows are hedged: 据报道 / 據報導 / "Reportedly" (CN night window and
 *   daily calls: industry self-regulation; US 7-in-7: 12 CFR 1006.14(b)(2),
 *   always "presumed");
 * - U rows are never used (no "8:00-21:00", no 21:00 at all in CN texts).
 * A statement reports what the log records and what a rule reportedly or
 * actually says; it never concludes that anything was unlawful.
 *
 * Every statement that mentions a rule carries `citations`, each with the
 * facts-file row it traces to (`factsRow`) and that row's status, and the
 * statement's own `status` ('R' if any citation is R). Purely factual
 * statements have no citations and no status.
 *
 * Dates: a rule is mentioned only for contacts that happened when it existed.
 * A guideline or regulation is cited only if at least one counted contact falls
 * on or after its date (local day); when some counted contacts are earlier, the
 * sentence says how many are on or after that date. The 7-in-7 presumption is
 * cited only if the whole busiest period starts on or after 2021-11-30 (Reg F).
 *
 * Statements, in order (each only when it has something to say):
 *   summary       total, days, date range, zone, per kind          (always, unless empty)
 *   busiest-day   busiest day and average per day with contact     (some contact on a known day)
 *   untimed       contacts with no known time, or only a known day (any such contact):
 *                 said plainly, with what they are NOT counted as (a day, an hour, night)
 *   night         contacts in the night window + the rule          (night.count > 0)
 *   seven-in-seven  US: busiest 7-day period + the presumption     (exceeded)
 *   daily-calls   CN: days with more than 3 calls + the guideline   (any such day)
 * Empty figures give no statements.
 */
import type { Citation, RightsLocale } from '../rights';
import type { ContactKind, HarassmentFiguresData } from './figures';

export type StatementId = 'summary' | 'busiest-day' | 'untimed' | 'night' | 'seven-in-seven' | 'daily-calls';

export interface FigureStatement {
  id: StatementId;
  text: string;
  /** The facts-file rows the sentence's rule traces to; empty for a purely factual sentence. */
  citations: Citation[];
  /** 'V' if every citation is V, 'R' if any is R; absent when there are no citations. */
  status?: 'V' | 'R';
}

// ---------------------------------------------------------------- citations (facts-file rows, exact first cells)

const FDCPA = '15 U.S.C. (FDCPA)';
const REG_F = '12 CFR part 1006 (Regulation F)';
const REG_F_IN_FORCE = '2021-11-30';

export const FIGURE_CITATIONS = {
  nifa2024: {
    source: '中国互联网金融协会《互联网金融贷后催收业务指引》 (self-regulation)',
    version: '2024-05-15',
    status: 'R',
    factsRow: '中国互联网金融协会《互联网金融贷后催收业务指引》',
  },
  cba2026: {
    source: '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》 (self-regulation for members, not an NFRA rule)',
    version: '2026-01-30',
    status: 'R',
    factsRow: '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》',
  },
  us1692c_a1: { source: FDCPA, article: '1692c(a)(1)', status: 'V', factsRow: '15 U.S.C. 1692c(a)(1)' },
  regF_6b1i: {
    source: REG_F,
    article: '1006.6(b)(1)(i)',
    effectiveFrom: REG_F_IN_FORCE,
    status: 'V',
    factsRow: '12 CFR 1006.6(b)(1)(i) (Reg F, in force 2021-11-30)',
  },
  regF_14b2: {
    source: REG_F,
    article: '1006.14(b)(2)',
    effectiveFrom: REG_F_IN_FORCE,
    status: 'R',
    factsRow: '12 CFR 1006.14(b)(2)',
  },
} as const satisfies Record<string, Citation>;

/** The first day a citation may be applied to a contact: its effectiveFrom, or a guideline's own date. */
function firstDayOf(c: Citation): string {
  return c.effectiveFrom ?? (c.version && /^\d{4}-\d{2}-\d{2}$/.test(c.version) ? c.version : '0000-01-01');
}

function statusOf(citations: readonly Citation[]): 'V' | 'R' | undefined {
  if (citations.length === 0) return undefined;
  return citations.some((c) => c.status === 'R') ? 'R' : 'V';
}

// ---------------------------------------------------------------- wording

type L = RightsLocale;

/** Two sentences: a space between them in English, none in Chinese. */
const join = (l: L, a: string, b: string): string => (l === 'en' ? `${a} ${b}` : `${a}${b}`);
const en = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const oneDecimal = (x: number): string => String(Math.round(x * 10) / 10);

const KIND_WORDS: Record<L, Record<ContactKind, (n: number) => string>> = {
  en: {
    call: (n) => en(n, 'call', 'calls'),
    sms: (n) => en(n, 'text message', 'text messages'),
    email: (n) => en(n, 'email', 'emails'),
    message: (n) => en(n, 'other message', 'other messages'),
    unknown: (n) => en(n, 'contact of unknown type', 'contacts of unknown type'),
  },
  zh_CN: {
    call: (n) => `来电${n}次`,
    sms: (n) => `短信${n}条`,
    email: (n) => `邮件${n}封`,
    message: (n) => `其他消息${n}条`,
    unknown: (n) => `类型不明${n}次`,
  },
  zh_TW: {
    call: (n) => `來電${n}次`,
    sms: (n) => `簡訊${n}則`,
    email: (n) => `電子郵件${n}封`,
    message: (n) => `其他訊息${n}則`,
    unknown: (n) => `類型不明${n}次`,
  },
};
const KIND_ORDER: readonly ContactKind[] = ['call', 'sms', 'email', 'message', 'unknown'];

function kindList(f: HarassmentFiguresData, l: L): string {
  const parts = KIND_ORDER.filter((k) => f.byKind[k] > 0).map((k) => KIND_WORDS[l][k](f.byKind[k]));
  return parts.join(l === 'en' ? ', ' : '、');
}

function summary(f: HarassmentFiguresData, l: L): string {
  const kinds = kindList(f, l);
  const dated = f.total - f.untimed;
  if (dated === 0) {
    // No contact has a known time: no days, no range (the untimed statement says so).
    return {
      en: `This log records ${en(f.total, 'contact', 'contacts')} from this number: ${kinds}.`,
      zh_CN: `记录显示，该号码共联系${f.total}次：${kinds}。`,
      zh_TW: `紀錄顯示，該號碼共聯絡${f.total}次：${kinds}。`,
    }[l];
  }
  const first = f.firstDay!;
  const last = f.lastDay!;
  const single = first === last;
  if (f.untimed > 0) {
    // Only the contacts with a known day are said to fall on days.
    switch (l) {
      case 'en':
        return single
          ? `This log records ${en(f.total, 'contact', 'contacts')} from this number, ${dated} of them on ${first} (time zone: ${f.zone}): ${kinds}.`
          : `This log records ${en(f.total, 'contact', 'contacts')} from this number, ${dated} of them on ${en(f.days, 'day', 'days')} between ${first} and ${last} (time zone: ${f.zone}): ${kinds}.`;
      case 'zh_CN':
        return single
          ? `记录显示，该号码共联系${f.total}次，其中${dated}次在${first}（时区：${f.zone}）：${kinds}。`
          : `记录显示，该号码共联系${f.total}次，其中${dated}次在${first}至${last}期间（时区：${f.zone}）的${f.days}天里：${kinds}。`;
      case 'zh_TW':
        return single
          ? `紀錄顯示，該號碼共聯絡${f.total}次，其中${dated}次在${first}（時區：${f.zone}）：${kinds}。`
          : `紀錄顯示，該號碼共聯絡${f.total}次，其中${dated}次在${first}至${last}期間（時區：${f.zone}）的${f.days}天裡：${kinds}。`;
    }
  }
  switch (l) {
    case 'en':
      return single
        ? `This log records ${en(f.total, 'contact', 'contacts')} from this number on ${first} (time zone: ${f.zone}): ${kinds}.`
        : `This log records ${en(f.total, 'contact', 'contacts')} from this number on ${en(f.days, 'day', 'days')} between ${first} and ${last} (time zone: ${f.zone}): ${kinds}.`;
    case 'zh_CN':
      return single
        ? `记录显示，该号码于${first}（时区：${f.zone}）共联系${f.total}次：${kinds}。`
        : `记录显示，该号码在${first}至${last}期间（时区：${f.zone}）的${f.days}天里共联系${f.total}次：${kinds}。`;
    case 'zh_TW':
      return single
        ? `紀錄顯示，該號碼於${first}（時區：${f.zone}）共聯絡${f.total}次：${kinds}。`
        : `紀錄顯示，該號碼在${first}至${last}期間（時區：${f.zone}）的${f.days}天裡共聯絡${f.total}次：${kinds}。`;
  }
}

/** Contacts with no known time, and with only a known day: how many, and what they are not counted as. */
function untimed(f: HarassmentFiguresData, l: L): string | undefined {
  const parts: string[] = [];
  const n = f.untimed;
  if (n > 0) {
    parts.push(
      n === f.total
        ? {
            en: `None of these contacts has a known time (the page showed none), so none is placed on a day or at an hour, or counted as a night contact.`,
            zh_CN: `这些联系都没有已知时间（页面未显示发送时间），因此不计入任何日期或时段，也不计为夜间联系。`,
            zh_TW: `這些聯絡都沒有已知時間（頁面未顯示發送時間），因此不計入任何日期或時段，也不計為夜間聯絡。`,
          }[l]
        : {
            en: `${en(n, 'contact has', 'contacts have')} no known time (the page showed none): counted in the total, but not placed on a day or at an hour, or counted as night contacts.`,
            zh_CN: `其中${n}次没有已知时间（页面未显示发送时间）：计入总数，但不计入任何日期或时段，也不计为夜间联系。`,
            zh_TW: `其中${n}次沒有已知時間（頁面未顯示發送時間）：計入總數，但不計入任何日期或時段，也不計為夜間聯絡。`,
          }[l],
    );
  }
  const m = f.dayOnly;
  if (m > 0) {
    parts.push(
      {
        en: `${en(m, 'contact has', 'contacts have')} a known date but no known time of day: counted on that date, never as night contacts.`,
        zh_CN: `其中${m}次只知道日期、不知道具体时间：计入当天，但不计为夜间联系。`,
        zh_TW: `其中${m}次只知道日期、不知道具體時間：計入當天，但不計為夜間聯絡。`,
      }[l],
    );
  }
  if (parts.length === 0) return undefined;
  return parts.reduce((a, b) => join(l, a, b));
}

function busiestDay(f: HarassmentFiguresData, l: L): string {
  const max = f.maxPerDay!;
  const avg = oneDecimal(f.averagePerActiveDay);
  switch (l) {
    case 'en':
      return `The most in one day was ${en(max.count, 'contact', 'contacts')}, on ${max.day}; on average ${avg} a day on the days with contact.`;
    case 'zh_CN':
      return `单日最多${max.count}次（${max.day}）；有联系的日子平均每天${avg}次。`;
    case 'zh_TW':
      return `單日最多${max.count}次（${max.day}）；有聯絡的日子平均每天${avg}次。`;
  }
}

/** "(M of them on or after DATE)" when not all counted contacts are on or after DATE. */
function sinceClause(l: L, m: number, date: string): string {
  switch (l) {
    case 'en':
      return ` (${m} of them on or after ${date})`;
    case 'zh_CN':
      return `（其中${m}次在${date}及之后）`;
    case 'zh_TW':
      return `（其中${m}次在${date}及之後）`;
  }
}

interface Drafted {
  text: string;
  citations: Citation[];
}

function nightCN(f: HarassmentFiguresData, l: L): Drafted {
  const nightDays = f.perDay.filter((d) => d.night > 0);
  const lastNightDay = nightDays[nightDays.length - 1]!.day;
  const citations: Citation[] = [FIGURE_CITATIONS.nifa2024, FIGURE_CITATIONS.cba2026].filter((c) => firstDayOf(c) <= lastNightDay);
  const n = f.night.count;
  const fact = {
    en: `${n} of these contacts ${n === 1 ? 'was' : 'were'} between 22:00 and 08:00 local time`,
    zh_CN: `其中${n}次在当地时间22:00至次日8:00之间`,
    zh_TW: `其中${n}次在當地時間22:00至翌日8:00之間`,
  }[l];
  if (citations.length === 0) return { text: `${fact}${l === 'en' ? '.' : '。'}`, citations };
  const since = firstDayOf(citations[0]!);
  const m = nightDays.filter((d) => d.day >= since).reduce((s, d) => s + d.night, 0);
  const clause = m < n ? sinceClause(l, m, since) : '';
  const rule = {
    en: 'Reportedly, industry collection guidelines say there should be no collection between 22:00 and 08:00 without consent.',
    zh_CN: '据报道，行业催收自律指引要求：未经同意，不得在22:00至次日8:00催收。',
    zh_TW: '據報導，業界催收自律指引要求：未經同意，不得在22:00至翌日8:00催收。',
  }[l];
  return { text: join(l, `${fact}${clause}${l === 'en' ? '.' : '。'}`, rule), citations };
}

function nightUS(f: HarassmentFiguresData, l: L): Drafted {
  const nightDays = f.perDay.filter((d) => d.night > 0);
  const lastNightDay = nightDays[nightDays.length - 1]!.day;
  const regF = firstDayOf(FIGURE_CITATIONS.regF_6b1i) <= lastNightDay;
  const n = f.night.count;
  const fact = {
    en: `${n} of these contacts ${n === 1 ? 'was' : 'were'} before 8 a.m. or after 9 p.m. local time.`,
    zh_CN: `其中${n}次在当地时间早上8点前或晚上9点后。`,
    zh_TW: `其中${n}次在當地時間早上8點前或晚上9點後。`,
  }[l];
  if (regF) {
    const rule = {
      en: 'A third-party debt collector may not contact a consumer at inconvenient times; before 8 a.m. or after 9 p.m. local time counts as inconvenient (15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)).',
      zh_CN: '第三方催收机构不得在不便的时间联系消费者；当地时间早上8点前、晚上9点后视为不便（15 U.S.C. 1692c(a)(1)；12 CFR 1006.6(b)(1)(i)）。',
      zh_TW: '第三方討債機構不得在不便的時間聯絡消費者；當地時間早上8點前、晚上9點後視為不便（15 U.S.C. 1692c(a)(1)；12 CFR 1006.6(b)(1)(i)）。',
    }[l];
    return { text: join(l, fact, rule), citations: [FIGURE_CITATIONS.us1692c_a1, FIGURE_CITATIONS.regF_6b1i] };
  }
  const rule = {
    en: 'A third-party debt collector may not contact a consumer at unusual or inconvenient times; 8 a.m. to 9 p.m. local time is presumed convenient (15 U.S.C. 1692c(a)(1)).',
    zh_CN: '第三方催收机构不得在异常或不便的时间联系消费者；当地时间早上8点至晚上9点推定为方便的时间（15 U.S.C. 1692c(a)(1)）。',
    zh_TW: '第三方討債機構不得在異常或不便的時間聯絡消費者；當地時間早上8點至晚上9點推定為方便的時間（15 U.S.C. 1692c(a)(1)）。',
  }[l];
  return { text: join(l, fact, rule), citations: [FIGURE_CITATIONS.us1692c_a1] };
}

function sevenInSeven(f: HarassmentFiguresData & { jurisdiction: 'US' }, l: L): Drafted | undefined {
  const s = f.sevenInSeven;
  if (!s.exceeded || !s.window) return undefined;
  const { firstDay, lastDay } = s.window;
  const fact = {
    en: `This log records ${s.maxCallsIn7Days} calls from this number within 7 consecutive days (${firstDay} to ${lastDay}).`,
    zh_CN: `记录显示，该号码在连续7天内（${firstDay}至${lastDay}）来电${s.maxCallsIn7Days}次。`,
    zh_TW: `紀錄顯示，該號碼在連續7天內（${firstDay}至${lastDay}）來電${s.maxCallsIn7Days}次。`,
  }[l];
  if (firstDay < firstDayOf(FIGURE_CITATIONS.regF_14b2)) return { text: fact, citations: [] };
  const rule = {
    en: 'Reportedly, under Regulation F (12 CFR 1006.14(b)(2)), a debt collector that places more than 7 calls within 7 consecutive days about a debt is presumed to be harassing (texts and emails do not count).',
    zh_CN: '据报道，根据美国Regulation F（12 CFR 1006.14(b)(2)），催收方就一笔债务在连续7天内来电超过7次，推定构成骚扰（短信和邮件不计入）。',
    zh_TW: '據報導，根據美國Regulation F（12 CFR 1006.14(b)(2)），討債方就一筆債務在連續7天內來電超過7次，推定構成騷擾（簡訊和電子郵件不計入）。',
  }[l];
  return { text: join(l, fact, rule), citations: [FIGURE_CITATIONS.regF_14b2] };
}

function dailyCalls(f: HarassmentFiguresData & { jurisdiction: 'CN' }, l: L): Drafted | undefined {
  const days = f.overDailyCallGuideline;
  if (days.length === 0) return undefined;
  let busiest = days[0]!;
  for (const d of days) if (d.calls > busiest.calls) busiest = d;
  const k = days.length;
  const guideline = FIGURE_CITATIONS.nifa2024;
  const since = firstDayOf(guideline);
  const m = days.filter((d) => d.day >= since).length;
  // "(M of these days on or after DATE)" when the guideline is cited but some days predate it.
  const extra = m > 0 && m < k ? { en: `; ${m} of these days on or after ${since}`, zh_CN: `；其中${m}天在${since}及之后`, zh_TW: `；其中${m}天在${since}及之後` }[l] : '';
  const fact =
    k === 1
      ? {
          en: `On ${busiest.day} this number called ${busiest.calls} times.`,
          zh_CN: `记录显示，该号码在${busiest.day}来电${busiest.calls}次。`,
          zh_TW: `紀錄顯示，該號碼在${busiest.day}來電${busiest.calls}次。`,
        }[l]
      : {
          en: `On ${k} days this number called at least 4 times a day (the most: ${busiest.calls} calls on ${busiest.day}${extra}).`,
          zh_CN: `记录显示，该号码有${k}天每天来电至少4次（最多一天${busiest.calls}次，${busiest.day}${extra}）。`,
          zh_TW: `紀錄顯示，該號碼有${k}天每天來電至少4次（最多一天${busiest.calls}次，${busiest.day}${extra}）。`,
        }[l];
  if (m === 0) return { text: fact, citations: [] };
  const rule = {
    en: "Reportedly, the internet-finance industry's 2024 collection guideline allows one lender and its agencies at most 3 connected collection calls a day; this log cannot tell connected calls from unanswered ones.",
    zh_CN: '据报道，互金协会2024年的催收指引要求：同一机构及其委托的催收方每天接通的催收电话不超过3次；本记录无法区分来电是否接通。',
    zh_TW: '據報導，互金協會2024年的催收指引要求：同一機構及其委託的催收方每天接通的催收電話不超過3次；本紀錄無法區分來電是否接通。',
  }[l];
  return { text: join(l, fact, rule), citations: [guideline] };
}

/** The statements for `figures` in `locale` (see the list above). */
export function figureStatements(figures: HarassmentFiguresData, locale: RightsLocale): FigureStatement[] {
  if (figures.total === 0) return [];
  const out: FigureStatement[] = [];
  const push = (id: StatementId, d: Drafted | undefined): void => {
    if (!d) return;
    const s: FigureStatement = { id, text: d.text, citations: d.citations };
    const status = statusOf(d.citations);
    if (status) s.status = status;
    out.push(s);
  };
  push('summary', { text: summary(figures, locale), citations: [] });
  if (figures.maxPerDay) push('busiest-day', { text: busiestDay(figures, locale), citations: [] });
  const plain = untimed(figures, locale);
  if (plain) push('untimed', { text: plain, citations: [] });
  if (figures.night.count > 0) push('night', figures.jurisdiction === 'CN' ? nightCN(figures, locale) : nightUS(figures, locale));
  if (figures.jurisdiction === 'US') push('seven-in-seven', sevenInSeven(figures, locale));
  else push('daily-calls', dailyCalls(figures, locale));
  return out;
}
