import { describe, expect, it } from 'vitest';
import { FindingsStore, type SessionArea } from '../../../entrypoints/background/findings';

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (k) => void delete data[k],
  };
}

describe('FindingsStore', () => {
  it('merges the frames of a tab: counts add up, flagged first, then suspected, known, unknown', async () => {
    const store = new FindingsStore();
    await store.set(1, 0, {
      numbers: [
        { key: '+8613912345678', verdict: 'unknown', count: 3 },
        { key: 'CN:95188', verdict: 'official', count: 1 },
        { key: '+8613800138000', verdict: 'collector', count: 1 },
      ],
      senders: [{ name: '支付宝', verdict: 'unknown' }],
    });
    await store.set(1, 7, { numbers: [{ key: '+8613800138000', verdict: 'collector', count: 2 }, { key: '+8613700000000', verdict: 'suspected', count: 1 }], senders: [{ name: '借呗法务部', verdict: 'collector' }] });
    const f = await store.get(1);
    expect(f.frames).toBe(2);
    expect(f.numbers.map((n) => [n.key, n.count])).toEqual([
      ['+8613800138000', 3],
      ['+8613700000000', 1],
      ['CN:95188', 1],
      ['+8613912345678', 3],
    ]);
    expect(f.senders.map((s) => s.name)).toEqual(['借呗法务部', '支付宝']);
    // A frame's new report replaces its old one.
    await store.set(1, 7, { numbers: [], senders: [] });
    expect((await store.get(1)).numbers.find((n) => n.key === '+8613800138000')?.count).toBe(1);
    expect((await store.get(2)).frames).toBe(0);
  });

  it('survives a restarted background through session storage, and forgets a tab on clear', async () => {
    const session = memorySession();
    await new FindingsStore(session).set(4, 0, { numbers: [{ key: 'CN:95188', verdict: 'official', count: 1 }], senders: [] });
    const restarted = new FindingsStore(session);
    expect((await restarted.get(4)).numbers).toHaveLength(1);
    await restarted.clear(4);
    expect(session.data).toEqual({});
    expect((await new FindingsStore(session).get(4)).numbers).toEqual([]);
  });
});
