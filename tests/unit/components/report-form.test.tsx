import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReportForm, toLocalInput, type ReportDraft } from '../../../components/ReportForm';
import { EvidenceView } from '../../../components/EvidenceView';
import { translate } from '../../../core/i18n';
import type { ReportDetails } from '../../../core/report';
import type { ReportRow, SightingRow } from '../../../db/schema';

const mount = document.createElement('div');
document.body.append(mount);
afterEach(() => render(null, mount));

const KEY = '+8613800138000';
const SENT = new Date(2026, 10, 28, 23, 41).getTime();
const SEEN = new Date(2026, 10, 29, 12, 0).getTime();

function form(draft: ReportDraft) {
  const saved: ReportDetails[] = [];
  act(() => {
    render(<ReportForm locale="en" draft={{ key: KEY, ...draft }} onSubmit={async (_k, d) => void saved.push(d)} />, mount);
  });
  const time = mount.querySelector<HTMLInputElement>('input[name="report-time"]')!;
  const hint = () => mount.querySelector('[data-testid="report-time-hint"]')?.textContent ?? null;
  const save = async () => {
    await act(async () => {
      mount.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
  };
  const type = (value: string) =>
    act(() => {
      time.value = value;
      time.dispatchEvent(new Event('input'));
    });
  return { time, hint, save, saved, type };
}

describe('the report form takes the message, its own text and its sent time', () => {
  it('prefills the time from the message’s sent time, and saves it with the message id', async () => {
    const f = form({ evidence: { text: '今晚必须还款', site: 'mail.qq.com', at: SENT, messageId: 'qq:1' }, seenAt: SEEN });
    expect(f.time.value).toBe(toLocalInput(SENT));
    expect(f.hint()).toBeNull();
    await f.save();
    expect(f.saved[0]!.evidence).toEqual({ text: '今晚必须还款', site: 'mail.qq.com', at: SENT, messageId: 'qq:1' });
  });

  it('no sent time on the page: the field is empty (never now) with a hint saying when it was seen, and saves no time', async () => {
    const f = form({ evidence: { text: '请联系', site: 'mail.qq.com', messageId: 'qq:2' }, seenAt: SEEN });
    expect(f.time.value).toBe('');
    expect(f.hint()).toBe(translate('en', 'report.timeUnknown', { seen: new Date(SEEN).toLocaleString('en') }));
    expect(f.hint()).toMatch(/^Time unknown/);
    await f.save();
    expect(f.saved[0]!.evidence).toEqual({ text: '请联系', site: 'mail.qq.com', messageId: 'qq:2' });
  });

  it('the user may type the time, and clear it again', async () => {
    const f = form({ evidence: { text: 'x', site: 's' }, seenAt: SEEN });
    f.type(toLocalInput(SENT));
    expect(f.hint()).toBeNull();
    await f.save();
    expect(f.saved[0]!.evidence!.at).toBe(SENT);
    f.type('');
    expect(f.hint()).toMatch(/^Time unknown/);
    await f.save();
    expect(f.saved[1]!.evidence).not.toHaveProperty('at');
  });

  it('a day-only sent time is not shown as a minute: empty field, the day in the hint, kept as a day', async () => {
    const dayNoon = new Date(2026, 10, 28, 12, 0).getTime();
    const f = form({ evidence: { text: 'x', site: 's', at: dayNoon, sentPrecision: 'day', messageId: 'qq:3' }, seenAt: SEEN });
    expect(f.time.value).toBe('');
    expect(f.hint()).toContain(new Date(dayNoon).toLocaleDateString('en'));
    await f.save();
    expect(f.saved[0]!.evidence).toEqual({ text: 'x', site: 's', at: dayNoon, sentPrecision: 'day', messageId: 'qq:3' });
  });

  it('the popup and the menu window have no message: the time starts empty', () => {
    const popup = form({});
    expect(popup.time.value).toBe('');
    expect(popup.hint()).toBe(translate('en', 'report.timeEmpty'));
  });
});

describe('the evidence timeline', () => {
  it('shows sent and seen times in separate labelled columns, "time unknown" where no sent time is known, one row per message', () => {
    const sightings: SightingRow[] = [
      { id: 1, key: KEY, site: 'mail.qq.com', excerpt: 'sent at night', messageId: 'qq:1', seenAt: SEEN, sentAt: SENT },
      { id: 2, key: KEY, site: 'mail.qq.com', excerpt: 'no time shown', messageId: 'qq:2', seenAt: SEEN + 60_000 },
    ];
    const reports: ReportRow[] = [{ id: 1, key: KEY, category: 'collector', note: 'n', createdAt: SEEN + 120_000, evidence: { text: 'reported text', site: 'mail.qq.com', at: SENT, messageId: 'qq:1' } }];
    act(() => {
      render(<EvidenceView locale="en" evidence={{ key: KEY, reports, sightings, lastAt: SEEN }} jurisdiction="CN" timeZone="Asia/Shanghai" />, mount);
    });
    const heads = [...mount.querySelectorAll('[data-testid="timeline"] th')].map((th) => th.textContent);
    expect(heads).toEqual(['Sent', 'Seen', 'Type', 'Site', 'Message']);
    const rows = [...mount.querySelectorAll('[data-testid="timeline"] tbody tr')];
    expect(rows).toHaveLength(2);
    const when = (ms: number) => new Date(ms).toLocaleString('en', { timeZone: 'Asia/Shanghai' });
    expect(rows[0]!.querySelector('[data-col="sent"]')!.textContent).toBe(when(SENT));
    expect(rows[0]!.querySelector('[data-col="seen"]')!.textContent).toBe(when(SEEN));
    expect(rows[0]!.getAttribute('data-kind')).toBe('report');
    expect(rows[0]!.textContent).toContain('reported text');
    expect(rows[1]!.querySelector('[data-col="sent"]')!.textContent).toBe('time unknown');
    expect(rows[1]!.querySelector('[data-col="seen"]')!.textContent).toBe(when(SEEN + 60_000));
    const statements = [...mount.querySelectorAll('[data-testid="figures"] li')];
    expect(statements.map((li) => li.getAttribute('data-statement'))).toContain('untimed');
    expect(mount.querySelector('[data-statement="untimed"]')!.textContent).toContain('1 contact has no known time');
  });
});
