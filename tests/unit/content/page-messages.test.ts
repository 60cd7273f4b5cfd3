import { describe, expect, it, vi } from 'vitest';
import { PageMessages, toPageMessage } from '../../../entrypoints/content/page-messages';
import { EvidenceLog } from '../../../entrypoints/content/evidence-log';
import type { SiteAdapter, SiteMessage } from '../../../entrypoints/content/sites/types';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

function bubble(sentText: string | undefined, direction: 'incoming' | 'outgoing' = 'incoming'): SiteMessage {
  const element = document.createElement('div');
  return {
    element,
    text: '【借呗】您已逾期，法务部将于明日上门，请立即联系  138 0013 8000 。',
    sender: { name: '借呗法务部', address: '+8613800138000' },
    ...(sentText ? { sentText } : {}),
    direction,
  };
}

describe('toPageMessage', () => {
  it('one message viewed on two days keeps one id, though the page shows its time differently', () => {
    // Sent Saturday 2026-11-28 23:41 local time; read on Sunday ("昨天") and on Tuesday ("周六").
    const sunday = toPageMessage('messages.google.com', bubble('昨天 23:41'), local(2026, 11, 29, 12, 11));
    const tuesday = toPageMessage('messages.google.com', bubble('周六 23:41'), local(2026, 12, 1, 9, 5));
    expect(sunday.sent).toEqual({ at: local(2026, 11, 28, 23, 41), precision: 'minute' });
    expect(tuesday.sent).toEqual(sunday.sent);
    expect(tuesday.id).toBe(sunday.id);
    expect(sunday.text).toBe('【借呗】您已逾期，法务部将于明日上门，请立即联系 138 0013 8000 。');
    expect(TZ).toBeTruthy();
  });

  it('keeps its id when the time label inside its text changes from one day to the next', () => {
    const shown = (label: string): SiteMessage => ({ ...bubble(label), text: `借呗法务部 ${label} 【借呗】最后通知：现在立刻联系 138 0013 8000。` });
    const sunday = toPageMessage('127.0.0.1', shown('昨天 23:41'), local(2026, 11, 29, 12, 11));
    const tuesday = toPageMessage('127.0.0.1', shown('周六 23:41'), local(2026, 12, 1, 9, 5));
    expect(tuesday.id).toBe(sunday.id);
  });

  it('a reminder sent again at another time is another message; the site id wins when there is one', () => {
    const now = local(2026, 11, 30, 12, 0);
    expect(toPageMessage('s', bubble('11:02'), now).id).not.toBe(toPageMessage('s', bubble('11:41'), now).id);
    const withId = { ...bubble('11:02'), siteId: 'msg-f:1785' };
    expect(toPageMessage('mail.google.com', withId, now).id).toBe('mail.google.com:msg-f:1785');
  });

  it('a page that shows no time gives no sent time, never "now"', () => {
    const m = toPageMessage('s', bubble(undefined), local(2026, 11, 30, 12, 0));
    expect(m.sent).toBeUndefined();
    expect(toPageMessage('s', bubble('not a time'), local(2026, 11, 30, 12, 0)).sent).toBeUndefined();
  });
});

describe('PageMessages', () => {
  it('an adapter that throws leaves the node to generic mode instead of breaking the page', () => {
    document.body.innerHTML = '<ul><li>快递员：您的包裹已到楼下，电话 139 1234 5678</li><li>妈妈：周末回家吃饭吗</li><li>【借呗】法务部将上门 138 0013 8000</li></ul>';
    const broken: SiteAdapter = {
      id: 'broken', hosts: [], provenance: '',
      findSenders: () => [],
      messageOf: () => null,
      messageAt: () => {
        throw new Error('site changed its markup');
      },
    };
    const messages = new PageMessages(broken, () => 'example.com');
    const courier = document.querySelector('li')!.firstChild!;
    const m = messages.at(courier)!;
    expect(m.text).toBe('快递员：您的包裹已到楼下，电话 139 1234 5678');
    expect(m.text).not.toContain('法务部');
  });
});

describe('PageMessages budget', () => {
  it('an adapter that runs past its budget sends the page to generic mode', () => {
    document.body.innerHTML = '<ul><li>快递员：您的包裹已到楼下，电话 139 1234 5678</li><li>妈妈：周末回家吃饭吗</li><li>【借呗】法务部将上门 138 0013 8000</li></ul>';
    let calls = 0;
    const slow: SiteAdapter = {
      id: 'slow', hosts: [], provenance: '',
      findSenders: () => [],
      messageOf: () => null,
      messageAt: (node) => {
        calls++;
        const until = performance.now() + 80;
        while (performance.now() < until) {
          // a selector engine lost in a changed page
        }
        return { element: node.parentElement!, text: 'the whole page', direction: 'incoming' };
      },
    };
    const messages = new PageMessages(slow, () => 'example.com');
    const courier = document.querySelector('li')!.firstChild!;
    // even the slow call's own answer is not used
    expect(messages.at(courier)!.text).toBe('快递员：您的包裹已到楼下，电话 139 1234 5678');
    expect(messages.fellBack).toBe(true);
    const m = messages.at(courier)!;
    expect(calls).toBe(1);
    expect(m.text).toBe('快递员：您的包裹已到楼下，电话 139 1234 5678');
  });
});

describe('EvidenceLog', () => {
  it('logs a message once, with its id, own text and sent time; never the user\'s own messages', async () => {
    const send = vi.fn(async () => undefined);
    const log = new EvidenceLog(send, true);
    const now = local(2026, 11, 30, 12, 0);
    const incoming = toPageMessage('messages.google.com', bubble('昨天 23:41'), now);
    const mine = toPageMessage('messages.google.com', { ...bubble('12:01', 'outgoing'), text: '我已经还了，别再打了 138 0013 8000' }, now);
    log.add('+8613800138000', 'messages.google.com', incoming);
    log.add('+8613800138000', 'messages.google.com', incoming);
    log.add('+8613800138000', 'messages.google.com', mine);
    log.add('+8613800138000', 'messages.google.com', null);
    await new Promise((r) => setTimeout(r, 5));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]).toEqual([
      [{ key: '+8613800138000', site: 'messages.google.com', excerpt: incoming.text, messageId: incoming.id, sentAt: local(2026, 11, 29, 23, 41), sentPrecision: 'minute' }],
    ]);
  });
});
