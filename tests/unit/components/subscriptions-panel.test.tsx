import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SubscriptionsPanel } from '../../../components/options/SubscriptionsPanel';
import { ShieldDB, type SourceRow } from '../../../db/schema';

const mount = document.createElement('div');
document.body.append(mount);
let db: ShieldDB;
let sent: unknown[];

beforeEach(() => {
  db = new ShieldDB(`panel-${Math.random()}`);
  sent = [];
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message);
    return { ok: true, value: null };
  });
});
afterEach(async () => {
  render(null, mount);
  await db.delete();
});

const source = (id: string, kind: SourceRow['kind'], name: string, count: number): SourceRow => ({
  id,
  kind,
  name,
  url: kind === 'subscription' ? 'https://lists.example.org/a.csv' : undefined,
  addedAt: 1,
  updatedAt: 1,
  activeList: `${id}@1`,
  revision: 0,
  count,
  categories: { collector: count },
});

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('SubscriptionsPanel', () => {
  it('shows a subscription list left without its subscription, with a Remove button that removes it', async () => {
    await db.subscriptions.add({ id: 'sub:0000000a', url: 'https://lists.example.org/live.csv', name: 'Live', paused: false, addedAt: 1 });
    const sources = [source('sub:0000000a', 'subscription', 'Live', 5), source('sub:0badc0de', 'subscription', 'Gone', 12), source('file:x', 'file', 'x.csv', 3)];
    let changed = 0;
    render(<SubscriptionsPanel locale="en" db={db} sources={sources} version={0} onChanged={() => changed++} />, mount);
    await settle();
    const orphans = [...mount.querySelectorAll('[data-orphan-source]')];
    // Only the orphan: not the live subscription's list, not a file list.
    expect(orphans.map((o) => o.getAttribute('data-orphan-source'))).toEqual(['sub:0badc0de']);
    expect(orphans[0]!.textContent).toContain('Gone');
    expect(orphans[0]!.textContent).toContain('Left behind by a removed subscription: 12 numbers that still count in verdicts.');
    (orphans[0]!.querySelector('button[name=orphan-remove]') as HTMLButtonElement).click();
    await settle();
    expect(sent).toEqual([{ type: 'subscription-remove', id: 'sub:0badc0de' }]);
    expect(changed).toBe(1);
  });

  it('shows nothing extra when every subscription list has its subscription', async () => {
    render(<SubscriptionsPanel locale="zh_CN" db={db} sources={[source('file:x', 'file', 'x.csv', 3)]} version={0} onChanged={() => undefined} />, mount);
    await settle();
    expect(mount.querySelector('[data-testid=orphan-lists]')).toBeNull();
    expect(mount.textContent).toContain('没有订阅。');
  });
});
