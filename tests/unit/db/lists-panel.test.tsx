import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ListsPanel } from '../../../components/options/ListsPanel';
import { SET_ASIDE_V1, ShieldDB, type SourceRow } from '../../../db/schema';
import { problem } from '../../../core/problems';

const mount = document.createElement('div');
document.body.append(mount);
let db: ShieldDB;
beforeEach(() => {
  db = new ShieldDB(`lists-panel-${Math.random()}`);
  vi.stubGlobal('confirm', () => true);
});
afterEach(async () => {
  render(null, mount);
  vi.unstubAllGlobals();
  await db.delete();
});

const good: SourceRow = { id: 'file:good', kind: 'file', name: 'good.csv', addedAt: 1, updatedAt: Date.UTC(2026, 0, 1), activeList: 'file:good@1', revision: 0, count: 3, categories: { collector: 2, scam: 1 } };
const items = () => [...mount.querySelectorAll('[data-testid=lists] > li')];
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('ListsPanel with damaged source rows', () => {
  it('a source without categories (and with junk counts) renders what it can, beside the others', () => {
    const broken = { ...good, id: 'file:old', name: 'old.csv', categories: undefined, count: 'many', updatedAt: undefined } as unknown as SourceRow;
    render(<ListsPanel locale="en" db={db} sources={[broken, good]} onChanged={() => undefined} />, mount);
    expect(items().map((li) => li.getAttribute('data-source'))).toEqual(['file:old', 'file:good']);
    expect(items()[0]!.querySelector('[data-testid=list-count]')!.textContent).toBe('0 numbers');
    expect(items()[0]!.querySelector('[data-testid=list-categories]')!.textContent).toBe('');
    expect(items()[1]!.querySelector('[data-testid=list-categories]')!.textContent).toBe('Debt collector 2 · Scam 1');
  });

  it('a source that still fails to render shows a fallback with Remove, and the other lists stay', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const throwing = { ...good, id: 'file:bad' };
    Object.defineProperty(throwing, 'name', { get: () => { throw new Error('damaged'); } });
    render(<ListsPanel locale="zh_CN" db={db} sources={[throwing, good]} onChanged={() => undefined} />, mount);
    await settle();
    expect(items().map((li) => li.getAttribute('data-source'))).toEqual(['file:bad', 'file:good']);
    const fallback = mount.querySelector('[data-testid=list-broken]')!;
    expect(fallback.textContent).toContain('这个列表的记录已损坏，无法显示（file:bad）。');
    expect(fallback.querySelector('button')!.textContent).toBe('删除');
    warn.mockRestore();
  });
});

describe('ListsPanel and the rows the v1 migration set aside', () => {
  it('says how many there are, and deletes them when asked', async () => {
    await db.meta.put({ key: SET_ASIDE_V1, value: 2, rows: [
      { sourceId: 'file:old', row: { key: '+8613800000001', category: 'collector', reports: 1, label: 'x'.repeat(61) }, problem: problem('tooLong', { field: 'label', max: 60 }) },
      { sourceId: 'file:old', row: { key: 'abc', category: 'scam', reports: 1 }, problem: problem('notNumber', { value: 'abc' }) },
    ] });
    render(<ListsPanel locale="en" db={db} sources={[]} onChanged={() => undefined} />, mount);
    await settle();
    const notice = mount.querySelector('[data-testid=lists-set-aside]')!;
    expect(notice.textContent).toContain('2 list rows kept from an older version');
    const [download, del] = [...notice.querySelectorAll('button')];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:set-aside';
    });
    download!.click();
    // In the import format, with where each row came from and why it was set aside: ready to correct and import.
    expect((await blob!.text()).replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'number,category,label,reports,note,updated,list,problem',
      `+8613800000001,collector,${'x'.repeat(61)},1,,,file:old,label is longer than 60 characters`,
      'abc,scam,,1,,,file:old,"""abc"" is not a phone number"',
      '',
    ]);
    del!.click();
    await settle();
    expect(await db.meta.get(SET_ASIDE_V1)).toBeUndefined();
    expect(mount.querySelector('[data-testid=lists-set-aside]')).toBeNull();
  });

  it('shows nothing when no row was set aside', async () => {
    render(<ListsPanel locale="en" db={db} sources={[good]} onChanged={() => undefined} />, mount);
    await settle();
    expect(mount.querySelector('[data-testid=lists-set-aside]')).toBeNull();
  });
});
