import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SenderMarker, type SenderLookup } from '../../entrypoints/content/senders';
import { gmailAdapter } from '../../entrypoints/content/sites/gmail';
import { decideVerdict } from '../../core/verdict';
import { loadFixture } from './sites/fixture';

const collector = decideVerdict({ reports: [], lists: [{ sourceId: 'l1', category: 'collector', reports: 12 }] });
const unknown = decideVerdict({ reports: [], lists: [] });

let lookup: ReturnType<typeof vi.fn> & SenderLookup;
beforeEach(() => {
  loadFixture('gmail');
  lookup = vi.fn(async (names: string[]) =>
    Object.fromEntries(names.map((n) => [n, { normalized: n, verdict: n === 'fawu@jiebei-cs.com' ? collector : unknown }])),
  ) as never;
});

describe('SenderMarker', () => {
  it('marks each sender the adapter finds, looked up by address and name in one message', async () => {
    const marker = new SenderMarker(gmailAdapter, lookup, 'zh_CN');
    // 5 inbox rows and the 2 open messages of 借呗法务部 (the hidden div.afn copies and the account itself are not senders)
    expect(await marker.mark([document])).toBe(7);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toEqual(expect.arrayContaining(['fawu@jiebei-cs.com', '借呗法务部', '支付宝']));
    const marked = [...document.querySelectorAll('[data-shield-sender]')];
    expect(marked.map((e) => [e.getAttribute('data-shield-sender'), e.getAttribute('data-shield-verdict')])).toEqual([
      ['借呗法务部', 'collector'],
      ['支付宝', 'unknown'],
      ['信达资产 王经理', 'unknown'],
      ['媽媽', 'unknown'],
      ['Amazon.com', 'unknown'],
      ['借呗法务部', 'collector'],
      ['借呗法务部', 'collector'],
    ]);
    expect(document.querySelector('.afn [data-shield-sender], .afn[data-shield-sender]')).toBeNull();
    expect(marked[0]!.getAttribute('data-shield-badge')).toBe('⚠ 催收 · 12 次举报');
    // The site's own text and children are untouched: only attributes were added.
    expect(marked[0]!.textContent).toBe('借呗法务部');
    expect(marker.findings()).toEqual([
      { name: '借呗法务部', verdict: 'collector' },
      { name: '支付宝', verdict: 'unknown' },
      { name: '信达资产 王经理', verdict: 'unknown' },
      { name: '媽媽', verdict: 'unknown' },
      { name: 'Amazon.com', verdict: 'unknown' },
    ]);
  });

  it('asks only about names it has not seen, repaints in another language, and takes everything back on clear', async () => {
    const marker = new SenderMarker(gmailAdapter, lookup, 'zh_CN');
    await marker.mark([document]);
    await marker.mark([document.body]);
    expect(lookup).toHaveBeenCalledTimes(1);
    marker.setLocale('en');
    expect(document.querySelector('[data-shield-sender]')!.getAttribute('data-shield-badge')).toBe('⚠ Debt collector · 12 reports');
    marker.clear();
    expect(document.querySelectorAll('[data-shield-sender], [data-shield-verdict], [data-shield-badge]').length).toBe(0);
  });

  it('refresh asks again and repaints a sender whose list was removed', async () => {
    const marker = new SenderMarker(gmailAdapter, lookup, 'en');
    await marker.mark([document]);
    lookup.mockImplementation(async (names: string[]) => Object.fromEntries(names.map((n) => [n, { normalized: n, verdict: unknown }])));
    await marker.refresh();
    expect(document.querySelectorAll('[data-shield-sender][data-shield-verdict=collector]').length).toBe(0);
    expect(document.querySelector('[data-shield-sender]')!.hasAttribute('data-shield-badge')).toBe(false);
  });

  it('ignores detached roots and stray text, and survives a failing lookup', async () => {
    const marker = new SenderMarker(gmailAdapter, lookup, 'en');
    expect(await marker.mark([document.createTextNode('x'), document.createElement('div')])).toBe(0);
    lookup.mockRejectedValueOnce(new Error('background gone'));
    await expect(marker.mark([document])).rejects.toThrow('background gone');
    // Marked as seen (unknown) so the page shows no half state; the next pass asks again.
    expect(await marker.mark([document])).toBe(7);
    expect(document.querySelectorAll('[data-shield-sender][data-shield-verdict=collector]').length).toBe(3);
  });
});

describe('SenderMarker switched off mid-pass', () => {
  it('clear() while the lookup runs leaves no attribute behind', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: SenderLookup = async (names) => {
      await gate;
      return lookup(names);
    };
    const marker = new SenderMarker(gmailAdapter, slow, 'en');
    const pass = marker.mark([document]);
    marker.clear();
    release();
    expect(await pass).toBe(0);
    expect(document.querySelectorAll('[data-shield-sender], [data-shield-verdict], [data-shield-badge]').length).toBe(0);
  });
});

describe('SenderMarker on recycled rows', () => {
  // A virtual list (Google Voice, the new QQ Mail) reuses a row element and only changes its text.
  const rowAdapter = {
    id: 'rows',
    hosts: [],
    provenance: '',
    findSenders: (root: ParentNode) =>
      [...(root as Element).querySelectorAll?.('.who') ?? []].map((element) => ({ element, name: element.textContent ?? '' })),
    messageOf: (node: Node) => (node.parentElement ?? null)?.closest('.row') ?? null,
  };

  it('re-checks a sender whose text changed in place, and never shows the old verdict on the new name', async () => {
    document.body.innerHTML = '<div class="row"><span class="who">借呗法务部</span><p>请立即还款</p></div>';
    let answer: Record<string, typeof collector> = { 借呗法务部: collector, 分期乐贷后中心: unknown };
    let release!: () => void;
    const look = vi.fn(async (names: string[]) => {
      await new Promise<void>((r) => (release = r));
      return Object.fromEntries(names.map((n) => [n, { normalized: n, verdict: answer[n] ?? unknown }]));
    }) as never;
    const marker = new SenderMarker(rowAdapter, look, 'zh_CN');
    const first = marker.mark([document]);
    release();
    await first;
    const who = document.querySelector('.who')!;
    expect(who.getAttribute('data-shield-verdict')).toBe('collector');
    // the row is recycled for another conversation
    (who.firstChild as Text).data = '分期乐贷后中心';
    const again = marker.mark([who.firstChild!]);
    // while the lookup is out, the old collector verdict is not shown on the new name
    expect(who.getAttribute('data-shield-sender')).toBe('分期乐贷后中心');
    expect(who.getAttribute('data-shield-verdict')).toBe('unknown');
    expect(who.hasAttribute('data-shield-badge')).toBe(false);
    await vi.waitFor(() => expect(look).toHaveBeenCalledTimes(2));
    release();
    await again;
    expect(marker.findings()).toEqual([{ name: '分期乐贷后中心', verdict: 'unknown' }]);
    answer = {};
  });
});
