import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { VerdictCard, isoDay, splitText, type VerdictCardDetails } from '../../../components/VerdictCard';
import { CardHost, type CardApi } from '../../../entrypoints/content/card-host';
import { decideVerdict, type SplitEntry } from '../../../core/verdict';
import type { DetailsResponse } from '../../../core/messages';

const KEY = '+8613800138000';
const LAST = new Date(2026, 10, 20, 9, 30).getTime();
const info = decideVerdict({
  reports: [
    { category: 'collector', createdAt: LAST - 86_400_000 },
    { category: 'collector', createdAt: LAST },
  ],
  lists: [
    { sourceId: 'a', category: 'collector', reports: 12 },
    { sourceId: 'b', category: 'harassment', reports: 3 },
  ],
});
const details: VerdictCardDetails = {
  number: { formatted: '+86 138 0013 8000', type: 'mobile', region: '北京市', carrier: '中国移动' },
  lastReportAt: LAST,
  notes: ['自称借呗法务部', '说要通知家人'],
};

const mount = document.createElement('div');
document.body.append(mount);
afterEach(() => render(null, mount));
const text = (testid: string, root: ParentNode = mount) => root.querySelector(`[data-testid=${testid}]`)?.textContent;

describe('VerdictCard', () => {
  it('shows type, region and carrier, report counts with the last report, and notes (zh_CN)', () => {
    render(<VerdictCard locale="zh_CN" numberKey={KEY} info={info} details={details} />, mount);
    expect(text('card-number')).toBe('+86 138 0013 8000');
    expect(text('card-type')).toBe('手机');
    expect(text('card-region')).toBe('北京市 · 中国移动');
    expect(text('card-verdict')).toBe('催收');
    expect(text('card-list-split')).toBe('号码列表：催收 12 · 骚扰 3');
    expect(text('card-my-reports')).toBe('你举报 2 次，最近 2026-11-20');
    // drawn by CSS from an attribute inside the card (a page's innerText cannot read generated content)
    expect([...mount.querySelectorAll('[data-testid=card-notes] .note')].map((n) => n.getAttribute('data-private'))).toEqual(details.notes);
    expect(text('card-notes')).toBe('');
    const labels = [...mount.querySelectorAll('.label')].map((l) => l.textContent);
    expect(labels).toEqual(['号码', '类型', '归属地', '判定', '依据', '举报', '备注']);
  });

  it('speaks English and Traditional Chinese too', () => {
    render(<VerdictCard locale="en" numberKey={KEY} info={info} details={details} />, mount);
    expect(text('card-type')).toBe('Mobile');
    expect(text('card-list-split')).toBe('Lists: Debt collector 12 · Harassment 3');
    expect(text('card-my-reports')).toBe('You reported it 2×, last on 2026-11-20');
    render(<VerdictCard locale="zh_TW" numberKey={KEY} info={info} details={{ ...details, number: { ...details.number, type: 'sms-gateway' } }} />, mount);
    expect(text('card-type')).toBe('簡訊閘道（106 開頭）');
    expect(text('card-list-split')).toBe('號碼清單：催收 12 · 騷擾 3');
  });

  it('without details (the popup) shows the verdict and the counts it has, and no empty rows', () => {
    render(<VerdictCard locale="zh_CN" numberKey={KEY} info={info} />, mount);
    expect(text('card-type')).toBeUndefined();
    expect(text('card-region')).toBeUndefined();
    expect(text('card-notes')).toBeUndefined();
    expect(text('card-my-reports')).toBe('你举报 2 次，最近 2026-11-20');
    render(<VerdictCard locale="zh_CN" numberKey="CN:95188" info={decideVerdict({ reports: [], lists: [] })} />, mount);
    expect(text('card-reports')).toBeUndefined();
    expect(text('card-number')).toBe('95188');
  });

  it('shows the region without a carrier, and the carrier without a region', () => {
    render(<VerdictCard locale="zh_CN" numberKey={KEY} info={info} details={{ ...details, number: { formatted: '', type: 'landline', region: '北京市' } }} />, mount);
    expect(text('card-region')).toBe('北京市');
    render(<VerdictCard locale="zh_CN" numberKey={KEY} info={info} details={{ ...details, number: { formatted: '', type: 'mobile', carrier: '中国移动' } }} />, mount);
    expect(text('card-region')).toBe('中国移动');
  });

  it('renders notes and list labels as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const listed = decideVerdict({ reports: [], lists: [{ sourceId: 'a', category: 'collector', label: evil, reports: 1 }] });
    render(<VerdictCard locale="en" numberKey={KEY} info={listed} details={{ ...details, notes: [evil] }} />, mount);
    expect(mount.querySelector('img')).toBeNull();
    expect(mount.querySelector('[data-testid=card-notes] .note')!.getAttribute('data-private')).toBe(evil);
    expect(text('card-list-split')).toBe(`Lists: Debt collector (${evil}) 1`);
  });
});

describe('splitText and isoDay', () => {
  it('labels entries and stops after four', () => {
    const split: SplitEntry[] = (['collector', 'harassment', 'scam', 'telemarketing', 'other'] as const).map((category, i) => ({ category, count: 10 - i }));
    expect(splitText('zh_CN', split)).toBe('催收 10 · 骚扰 9 · 诈骗 8 · 推销 7 · …');
    expect(splitText('zh_CN', [{ category: 'collector', label: '某某资产管理', count: 12 }])).toBe('催收（某某资产管理）12');
  });
  it('writes a day the same way in every language', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });
});

describe('the hover card', () => {
  const api: CardApi = {
    report: async () => 1,
    undoReport: async () => undefined,
    setOverride: async () => undefined,
    copy: async () => undefined,
    message: () => null,
    site: () => 'mail.qq.com',
  };
  const response: DetailsResponse = { reminders: [], claims: [], jurisdiction: 'CN', timeBasis: 'viewed', ...details, notes: [...details.notes] };

  it('shows the number rows once the details arrive, and none while loading or on error', () => {
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const card = new CardHost(document, 'zh_CN', () => undefined, true, api);
    const root = card.host.shadowRoot!;
    card.show({ anchor, numberKey: KEY, info });
    expect(text('card-type', root)).toBeUndefined();
    expect(root.querySelector('.status')?.textContent).toBe('正在加载……');
    card.update({ details: response }, anchor);
    expect(text('card-type', root)).toBe('手机');
    expect(text('card-region', root)).toBe('北京市 · 中国移动');
    expect([...root.querySelectorAll('[data-testid=card-notes] .note')].map((n) => n.getAttribute('data-private')).join('')).toBe('自称借呗法务部说要通知家人');
    card.update({ details: { error: 'boom' } }, anchor);
    expect(text('card-type', root)).toBeUndefined();
    card.hide();
    card.host.remove();
    anchor.remove();
  });

  it('keeps its shadow root closed: a page script finds no root, no notes and no buttons', () => {
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const card = new CardHost(document, 'zh_CN', () => undefined, false, api);
    card.show({ anchor, numberKey: KEY, info });
    card.update({ details: response }, anchor);
    const host = document.querySelector('collector-shield-ui')!;
    expect(host).toBe(card.host);
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('自称借呗法务部');
    expect(document.querySelector('[data-action]')).toBeNull();
    card.hide();
    card.host.remove();
    anchor.remove();
  });

  it('ignores clicks a page script makes on its buttons (isTrusted false)', async () => {
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const calls: unknown[] = [];
    const card = new CardHost(document, 'zh_CN', () => undefined, true, { ...api, setOverride: async (...a) => void calls.push(a) });
    card.show({ anchor, numberKey: KEY, info });
    const trust = card.host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=trust]')!;
    trust.click();
    trust.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(calls).toEqual([]);
    card.hide();
    card.host.remove();
    anchor.remove();
  });
});
