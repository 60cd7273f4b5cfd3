import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { ALL_REMINDERS, RIGHTS_CONTENT_CHECKED, RIGHTS_LOCALES, type Reminder } from '../../../core/rights';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FACTS, FACTS_ROWS } from './facts';

const HEDGE = {
  zh_CN: ['据报道', '根据行业自律规范'],
  zh_TW: ['據報導', '根據行業自律規範'],
  en: ['reportedly', 'according to industry guidelines'],
} as const;

const hasR = (r: Reminder): boolean => r.citations.some((c) => c.status === 'R');
const hasC = (r: Reminder): boolean => r.citations.some((c) => c.status === 'C');
const isAdvice = (r: Reminder): boolean => r.citations.some((c) => c.status === 'A');
/** How a suggestion is phrased, and words that would make it a rule. */
const SUGGEST = { zh_CN: '建议', zh_TW: '建議', en: 'we suggest' } as const;
const RULE_WORDS = { zh_CN: /必须|不得|有权|违法|依法/, zh_TW: /必須|不得|有權|違法|依法/, en: /\b(?:must|may not|is illegal|the law|you have the right)\b/ } as const;
const allTexts = (r: Reminder): string[] => RIGHTS_LOCALES.map((l) => r.text[l]);

/** Article numbers a text cites: 第N条/條, Art./Arts./Article N, §, and US section numbers. */
function citedNumbers(text: string): { cn: number[]; us: string[]; section: boolean } {
  const cn: number[] = [];
  for (const m of text.matchAll(/(\d+)\s*[条條]/g)) cn.push(Number(m[1]));
  for (const m of text.matchAll(/\b(?:Arts?\.|Articles?)\s*(\d+(?:-\d+)?(?:(?:\s*,\s*|\s+and\s+)\d+(?:-\d+)?)*)/g)) {
    for (const n of m[1]!.matchAll(/(?<![-\d])(\d+)/g)) cn.push(Number(n[1]));
  }
  const us = [...text.matchAll(/\b(1692[a-z]?(?:\([0-9a-z]+\))*|1006\.\d+(?:\([0-9a-z]+\))*)/g)].map((m) => m[1]!);
  return { cn, us, section: text.includes('§') };
}

function rowsContaining(factsRow: string) {
  return FACTS_ROWS.filter((row) => row.text.includes(factsRow));
}

describe('the facts file', () => {
  it('the fallback snapshot is the shared file, byte for byte (re-check the texts when it changes)', () => {
    const shared = resolve(process.cwd(), '../shared/reference/rights-facts.md');
    const snapshot = resolve(process.cwd(), 'tests/unit/rights/rights-facts.snapshot.md');
    expect(existsSync(snapshot)).toBe(true);
    if (existsSync(shared)) expect(readFileSync(snapshot, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
  it('parses into V/R/C/A/U rows, the channels as C and the advice as A', () => {
    expect(FACTS_ROWS.length).toBeGreaterThan(30);
    for (const row of FACTS_ROWS) expect(['V', 'R', 'C', 'A', 'U']).toContain(row.status);
    const status = (start: string) => FACTS_ROWS.find((r) => r.text.startsWith(start))?.status;
    expect(status('12378')).toBe('C');
    expect(status('12321')).toBe('C');
    expect(status('Complaints CFPB')).toBe('C');
    expect(FACTS_ROWS.filter((r) => r.status === 'A').length).toBeGreaterThanOrEqual(7);
  });
});

describe('rights knowledge base', () => {
  it('has unique ids and covers both jurisdictions', () => {
    const ids = ALL_REMINDERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ALL_REMINDERS.some((r) => r.jurisdiction === 'CN')).toBe(true);
    expect(ALL_REMINDERS.some((r) => r.jurisdiction === 'US')).toBe(true);
    expect(RIGHTS_CONTENT_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(ALL_REMINDERS.map((r) => [r.id, r] as const))('%s: text in all three locales, at least one citation', (_id, r) => {
    for (const l of RIGHTS_LOCALES) expect(r.text[l].trim().length).toBeGreaterThan(0);
    expect(r.citations.length).toBeGreaterThan(0);
    // short enough for a hover card: one or two sentences
    for (const l of RIGHTS_LOCALES) expect(r.text[l].length).toBeLessThanOrEqual(l === 'en' ? 330 : 110);
  });

  it.each(ALL_REMINDERS.map((r) => [r.id, r] as const))('%s: every citation traces to one V/R/C/A row of the facts file', (_id, r) => {
    for (const c of r.citations) {
      expect(['V', 'R', 'C', 'A']).toContain(c.status);
      const rows = rowsContaining(c.factsRow);
      expect(rows, `${c.factsRow} should be in exactly one row`).toHaveLength(1);
      const row = rows[0]!;
      expect(row.status, `${c.factsRow}: status`).toBe(c.status);
      if (c.article) expect(row.text, `${c.factsRow}: article ${c.article}`).toContain(c.article);
      for (const d of [c.effectiveFrom, c.effectiveUntil]) if (d) expect(row.text + FACTS).toContain(d);
      if (c.version && /^\d{4}-\d{2}-\d{2}$/.test(c.version)) expect(FACTS).toContain(c.version);
    }
  });

  it.each(ALL_REMINDERS.map((r) => [r.id, r] as const))('%s: cites only article numbers its citations give', (_id, r) => {
    const allowedCn = new Set<number>();
    const allowedUs = new Set<string>();
    for (const c of r.citations) {
      for (const m of (c.article ?? '').matchAll(/第(\d+)条/g)) allowedCn.add(Number(m[1]));
      if (c.article && /^1\d{3}/.test(c.article)) allowedUs.add(c.article);
    }
    for (const text of allTexts(r)) {
      const { cn, us, section } = citedNumbers(text);
      expect(section, `${r.id}: no § signs`).toBe(false);
      for (const n of cn) expect(allowedCn, `${r.id}: 第${n}条 in "${text}"`).toContain(n);
      for (const s of us) expect(allowedUs, `${r.id}: ${s} in "${text}"`).toContain(s);
    }
  });

  it.each(ALL_REMINDERS.filter(hasR).map((r) => [r.id, r] as const))('%s (reported): hedged in every language', (_id, r) => {
    for (const l of RIGHTS_LOCALES) {
      const text = l === 'en' ? r.text.en.toLowerCase() : r.text[l];
      expect(HEDGE[l].some((h) => text.includes(h)), `${r.id} ${l}: "${r.text[l]}"`).toBe(true);
    }
  });

  it.each(ALL_REMINDERS.filter(hasC).map((r) => [r.id, r] as const))('%s (complaint channel): stated plainly, never hedged', (_id, r) => {
    expect(r.channel).toBe(true);
    for (const l of RIGHTS_LOCALES) {
      const text = l === 'en' ? r.text.en.toLowerCase() : r.text[l];
      expect(HEDGE[l].some((h) => text.includes(h)), `${r.id} ${l}: "${r.text[l]}"`).toBe(false);
    }
  });

  it.each(ALL_REMINDERS.filter(isAdvice).map((r) => [r.id, r] as const))('%s (advice): a suggestion, no rule, no law, not on the card', (_id, r) => {
    expect(r.advice).toBe(true);
    expect(r.when.pageOnly).toBe(true);
    expect(r.channel).toBe(false);
    for (const c of r.citations) {
      expect(c.status).toBe('A');
      expect(c.article).toBeUndefined();
    }
    for (const l of RIGHTS_LOCALES) {
      const text = l === 'en' ? r.text.en.toLowerCase() : r.text[l];
      expect(text, `${r.id} ${l}`).toContain(SUGGEST[l]);
      expect(text, `${r.id} ${l}`).not.toMatch(RULE_WORDS[l]);
      const { cn, us } = citedNumbers(text);
      expect([...cn, ...us], `${r.id} ${l}: no articles`).toEqual([]);
    }
  });

  it('every channel (C) and every piece of advice (A) in the facts file is shown, with its own status', () => {
    const cited = new Map<string, string>();
    for (const r of ALL_REMINDERS) for (const c of r.citations) cited.set(c.factsRow, c.status);
    for (const row of FACTS_ROWS.filter((x) => x.status === 'C' || x.status === 'A')) {
      const hit = [...cited].filter(([factsRow]) => row.text.includes(factsRow));
      expect(hit, row.text).toHaveLength(1);
      expect(hit[0]![1], row.text).toBe(row.status);
    }
    // and no citation carries a status its row does not have
    for (const r of ALL_REMINDERS) for (const c of r.citations) expect(rowsContaining(c.factsRow)[0]!.status).toBe(c.status);
  });

  it('shows nothing the facts file marks U', () => {
    for (const r of ALL_REMINDERS) {
      for (const text of allTexts(r)) {
        expect(text).not.toMatch(/8\s*[:：]\s*00\s*[-–~至到]\s*21\s*[:：]\s*00/);
        expect(text).not.toMatch(/8\s*[点點]\s*[至到-]\s*21\s*[点點]/);
        expect(text).not.toContain('21:00');
        if (text.includes('12363')) expect(text).toMatch(/unclear|不明确|不明確/);
      }
    }
  });

  it('keeps the facts file’s caveats', () => {
    const texts = ALL_REMINDERS.flatMap(allTexts);
    // 293之一 only with "illegal debts, not lawful ones"
    for (const r of ALL_REMINDERS.filter((x) => x.citations.some((c) => c.article === '第293条之一'))) {
      expect(r.text.zh_CN).toContain('非法债务');
      expect(r.text.zh_CN).toContain('合法债务不适用');
      expect(r.text.zh_TW).toContain('合法債務不適用');
      expect(r.text.en).toContain('does not cover lawful debts');
    }
    // the 4x LPR cap is never tied to Huabei/Jiebei, and always with its exclusion
    for (const t of texts.filter((x) => /LPR/.test(x))) {
      expect(t).not.toMatch(/花呗|借呗|花唄|借唄|Huabei|Jiebei/);
      expect(t).toMatch(/不适用于持牌|不適用於持牌|does not apply to licensed/);
    }
    // 爆通讯录 "may violate", never a named offence
    for (const t of texts.filter((x) => /爆通讯录|爆通訊錄|blasting your contacts/.test(x))) {
      expect(t).toMatch(/可能违反|可能違反|may violate/);
    }
    // 7-in-7 is a presumption
    for (const r of ALL_REMINDERS.filter((x) => x.citations.some((c) => c.article === '1006.14(b)(2)'))) {
      expect(r.text.en).toContain('presumed');
      expect(r.text.zh_CN).toContain('推定');
      expect(r.text.zh_TW).toContain('推定');
    }
    // FDCPA rules are stated for third-party collectors
    for (const r of ALL_REMINDERS.filter((x) => x.citations.some((c) => c.status === 'V' && /^1692/.test(c.article ?? '')))) {
      expect(r.text.en).toMatch(/third-party/);
      expect(r.text.zh_CN).toContain('第三方');
      expect(r.text.zh_TW).toContain('第三方');
    }
  });

  it('names the complaint channels as the facts file does', () => {
    const channels = ALL_REMINDERS.filter((r) => r.channel);
    const cnText = channels.filter((r) => r.jurisdiction === 'CN').map((r) => r.text.zh_CN).join(' ');
    for (const n of ['12378', '12321', '110']) expect(cnText).toContain(n);
    const us = channels.find((r) => r.jurisdiction === 'US')!;
    for (const l of RIGHTS_LOCALES) {
      expect(us.text[l]).toContain('consumerfinance.gov/complaint');
      expect(us.text[l]).toContain('(855) 411-2372');
      expect(us.text[l]).toMatch(/FTC/);
    }
    expect(us.text.en).toMatch(/state attorney general/);
    // every phone number a reminder shows is in the facts file
    for (const t of ALL_REMINDERS.flatMap(allTexts)) {
      for (const m of t.matchAll(/\b(1\d{4})\b/g)) expect(FACTS).toContain(m[1]);
    }
  });

  it('writes zh_TW in Traditional script and zh_CN in Simplified', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    // Characters whose Simplified form is also standard Traditional in some words
    // (干擾, 公里, 台端, 系統, 雇主): OpenCC's character table turns them into 幹/裡/臺/繫/僱.
    const bothScripts = new Set('干里台系准征后余只面松冲游采志雇');
    for (const r of ALL_REMINDERS) {
      const simplifiedOnly = [...r.text.zh_TW].filter((ch) => toTw(ch) !== ch && !bothScripts.has(ch));
      expect(simplifiedOnly, `${r.id} zh_TW`).toEqual([]);
      expect(toCn(r.text.zh_CN), r.id).toBe(r.text.zh_CN);
      expect(r.text.zh_TW).not.toBe(r.text.zh_CN);
      // Taiwan/Hong Kong wording: 簡訊 not 短信; 信息 only inside a mainland law's title
      expect(r.text.zh_TW).not.toContain('短信');
      expect(r.text.zh_TW.replace(/《個人信息保護法》/g, '')).not.toContain('信息');
    }
  });

  it('versions of a series never overlap and one is in force on the check date', () => {
    const series = new Map<string, Reminder[]>();
    for (const r of ALL_REMINDERS) series.set(r.series, [...(series.get(r.series) ?? []), r]);
    for (const [name, versions] of series) {
      const sorted = [...versions].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i - 1]!.validUntil, `${name}: ${sorted[i - 1]!.id} must end`).toBeDefined();
        expect(sorted[i - 1]!.validUntil! < sorted[i]!.validFrom!, `${name}: overlap`).toBe(true);
      }
      const today = RIGHTS_CONTENT_CHECKED;
      expect(
        versions.filter((v) => (v.validFrom ?? '') <= today && today <= (v.validUntil ?? '9999')).length,
        `${name} in force on ${today}`,
      ).toBe(1);
    }
  });

  it('covers the rows the brief asks for', () => {
    const rows = new Set(ALL_REMINDERS.flatMap((r) => r.citations.map((c) => c.factsRow)));
    for (const needed of [
      '民法典 (in force 2021-01-01) 第1032条', '民法典 第1033条(一)', '民法典 第1024条', '民法典 第1038条',
      '个人信息保护法 第23条, 第25条', '治安管理处罚法 (2012 text, in force until 2025-12-31) 第42条',
      '治安管理处罚法 (revised 2025-06-27, in force 2026-01-01) 第50条', '治安管理处罚法 (2025) 第47条(三), 第62条, 第56条',
      '刑法 第238条第3款', '刑法 第293条之一', '12378 国家金融监督管理总局', '12321 网络不良与垃圾信息举报受理中心',
      '110 Police: threats, violence, home intrusion', '15 U.S.C. 1692c(a)(1)', '15 U.S.C. 1692c(b)', '15 U.S.C. 1692c(c)',
      '15 U.S.C. 1692d', '15 U.S.C. 1692e', '15 U.S.C. 1692g', '15 U.S.C. 1692k', '12 CFR 1006.6(e)', '12 CFR 1006.14(b)(2)',
      'Complaints CFPB: consumerfinance.gov/complaint, (855) 411-2372',
    ]) {
      expect(rows, needed).toContain(needed);
    }
  });
});
