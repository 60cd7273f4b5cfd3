import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator, type Lookup, type Scan } from '../../entrypoints/content/annotator';
import { decideVerdict } from '../../core/verdict';

// A stand-in detector (11-digit mobiles only), so these tests are about the DOM work, not detection.
const scan: Scan = (text) =>
  [...text.matchAll(/1\d{10}/g)].map((m) => ({ start: m.index!, end: m.index! + 11, number: `+86${m[0]}`, kind: 'mobile' as const }));

let lookup: ReturnType<typeof vi.fn> & Lookup;

beforeEach(() => {
  document.body.innerHTML = '';
  lookup = vi.fn(async (keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, decideVerdict({ reports: k.endsWith('8000') ? [{ category: 'collector', createdAt: 1 }] : [], lists: [] })])),
  ) as never;
});

describe('Annotator', () => {
  it('marks every number with key and verdict in one batched lookup, keeping the text', async () => {
    document.body.innerHTML = '<p id="a">请联系13800138000或13912345678</p><p id="b">再次：13800138000</p>';
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    expect(await annotator.annotate(document.body)).toBe(3);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0].sort()).toEqual(['+8613800138000', '+8613912345678']);
    const marks = [...document.querySelectorAll('[data-shield-number]')].map((m) => [m.textContent, m.getAttribute('data-shield-verdict')]);
    expect(marks).toEqual([
      ['13800138000', 'collector'],
      ['13912345678', 'unknown'],
      ['13800138000', 'collector'],
    ]);
    expect(document.getElementById('a')!.textContent).toBe('请联系13800138000或13912345678');
    const flagged = document.querySelector('[data-shield-verdict=collector]')!;
    expect(flagged.getAttribute('data-shield-badge')).toBe('⚠ 催收 · 1 次举报');
    expect(flagged.getAttribute('tabindex')).toBe('0');
    expect(flagged.getAttribute('aria-label')).toContain('催收');
  });

  it('leaves form fields, editable regions, tel: links, scripts and its own markers alone', async () => {
    document.body.innerHTML = `
      <textarea>13800138000</textarea><input value="13800138000">
      <div contenteditable="true"><span>13800138000</span></div>
      <a href="tel:13800138000">13800138000</a><a href=" SMS:13800138000">13800138000</a>
      <script>var n = "13800138000";</script><style>.x{}</style>
      <p id="ok">13800138000</p>`;
    const annotator = new Annotator(document, scan, lookup, 'en');
    expect(await annotator.annotate(document.body)).toBe(1);
    expect(document.querySelector('#ok [data-shield-number]')).not.toBeNull();
    // A second pass finds nothing new: markers are never wrapped twice.
    expect(await annotator.annotate(document.body)).toBe(0);
    expect(document.querySelectorAll('[data-shield-number]').length).toBe(1);
  });

  it('trusts only its own markers: a page-made marker is scanned like any text, never painted, owned or repainted', async () => {
    // What a hostile mail's HTML or page script writes: a number dressed as Alipay's official 95188.
    document.body.innerHTML =
      '<p><span id="fake" data-shield-number="CN:95188" data-shield-verdict="official" data-shield-badge="✓ 支付宝官方">13800138000</span></p>';
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    expect(await annotator.annotate(document.body)).toBe(1);
    const fake = document.getElementById('fake')!;
    const real = fake.querySelector<HTMLElement>('[data-shield-number]')!;
    // the real number inside is marked with its real key and verdict; the fake is not ours
    expect(real.getAttribute('data-shield-number')).toBe('+8613800138000');
    expect(real.getAttribute('data-shield-verdict')).toBe('collector');
    expect(annotator.owns(real)).toBe(true);
    expect(annotator.owns(fake)).toBe(false);
    expect(real.getAttribute('data-shield-p')).toMatch(/^[0-9a-f]{16}$/);
    expect(fake.hasAttribute('data-shield-p')).toBe(false);
    // findings, repaints and the language switch leave the fake alone
    expect(annotator.findings()).toEqual([{ key: '+8613800138000', verdict: 'collector', count: 1 }]);
    annotator.setLocale('en');
    await annotator.refresh(['CN:95188', '+8613800138000']);
    expect(fake.getAttribute('data-shield-verdict')).toBe('official');
    expect(fake.hasAttribute('aria-label')).toBe(false);
    // a page that rewrites our marker's attributes changes neither its key nor its verdict for us
    real.setAttribute('data-shield-number', 'CN:95188');
    real.setAttribute('data-shield-verdict', 'official');
    expect(annotator.findings()).toEqual([{ key: '+8613800138000', verdict: 'collector', count: 1 }]);
  });

  it('the extension style paints only elements carrying the random token of this page load', async () => {
    const { pageCss, PAINT_TOKEN } = await import('../../entrypoints/content/markers');
    const css = pageCss();
    const selectors = css.split('}').map((r) => r.split('{')[0]!.trim()).filter(Boolean);
    expect(selectors.length).toBeGreaterThan(5);
    for (const sel of selectors) for (const part of sel.split(',')) expect(part.trim()).toContain(`[data-shield-p="${PAINT_TOKEN}"]`);
  });

  it('annotates content the site adds later, coalescing mutations', async () => {
    const annotator = new Annotator(document, scan, lookup, 'en');
    await annotator.annotate(document.body);
    annotator.observe(document.body, 10);
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `msg ${i}: 1380013800${i}`;
      document.body.append(p);
    }
    await vi.waitFor(() => expect(document.querySelectorAll('[data-shield-number]').length).toBe(5));
    expect(lookup).toHaveBeenCalledTimes(1);
    annotator.disconnect();
  });

  it('repaints markers when a verdict changes elsewhere', async () => {
    document.body.innerHTML = '<p>13912345678</p>';
    const annotator = new Annotator(document, scan, lookup, 'en');
    await annotator.annotate(document.body);
    expect(document.querySelector('[data-shield-number]')!.getAttribute('data-shield-verdict')).toBe('unknown');
    lookup.mockImplementation(async (keys: string[]) =>
      Object.fromEntries(keys.map((k) => [k, decideVerdict({ reports: [{ category: 'scam', createdAt: 1 }], lists: [] })])),
    );
    await annotator.refresh(['+8613912345678', '+8600000000000']);
    expect(lookup).toHaveBeenLastCalledWith(['+8613912345678']);
    expect(document.querySelector('[data-shield-number]')!.getAttribute('data-shield-verdict')).toBe('scam');
  });
});

describe('Annotator on large pages', () => {
  it('walks more text nodes than one pass holds, digits without numbers included, and terminates', async () => {
    const html: string[] = [];
    for (let i = 0; i < 6000; i++) html.push(`<p>order ${i}</p>`);
    html.push('<p id="last">13800138000</p>');
    document.body.innerHTML = html.join('');
    const annotator = new Annotator(document, scan, lookup, 'en');
    expect(await annotator.annotate(document.body)).toBe(1);
    expect(document.querySelector('#last [data-shield-number]')).not.toBeNull();
  });
});

describe('Annotator next to a framework that holds its own text nodes', () => {
  it('keeps the page node in place, and follows its updates, moves and removal without leaving stale text', async () => {
    const li = document.createElement('li');
    const own = document.createTextNode('请联系13800138000处理');
    li.append(own);
    const other = document.createElement('li');
    other.textContent = 'second';
    document.body.append(li, other);
    const annotator = new Annotator(document, scan, lookup, 'en');
    await annotator.annotate(document.body);
    annotator.observe(document.body, 5);
    // The framework's node is still in the page, holding the text before the number.
    expect(own.isConnected).toBe(true);
    expect(own.data).toBe('请联系');
    expect(li.textContent).toBe('请联系13800138000处理');

    own.data = '新号码13912345678'; // what Preact/React do on an update
    await vi.waitFor(() => expect(li.querySelector('[data-shield-number]')?.getAttribute('data-shield-number')).toBe('+8613912345678'));
    expect(li.textContent).toBe('新号码13912345678');

    other.append(own); // a reorder moves the framework's node
    await vi.waitFor(() => expect(other.querySelector('[data-shield-number]')).not.toBeNull());
    expect(li.textContent).toBe('');
    expect(other.textContent).toBe('second新号码13912345678');

    own.remove(); // and removal takes its markers with it
    await vi.waitFor(() => expect(document.querySelectorAll('[data-shield-number]').length).toBe(0));
    expect(other.textContent).toBe('second');
    annotator.disconnect();
  });
});

describe('Annotator time slicing', () => {
  /** A detector that costs about 1 ms per text node, as a slow page would. */
  const slowScan: Scan = (text) => {
    const until = performance.now() + 1;
    while (performance.now() < until);
    return scan(text);
  };

  it('gives the thread back between slices, then asks about all new keys in one message and marks in few batches', async () => {
    const html: string[] = [];
    for (let i = 0; i < 60; i++) html.push(`<p>msg ${i} 1380013${String(i).padStart(4, '0')}</p>`);
    document.body.innerHTML = html.join('');
    const annotator = new Annotator(document, slowScan, lookup, 'en');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const marked = await annotator.annotate(document.body);
    clearInterval(ticker);
    expect(marked).toBe(60);
    // 60 ms of scanning in slices of about 8 ms: the page ran in between.
    expect(ticks).toBeGreaterThan(2);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toHaveLength(60);
    expect([...document.querySelectorAll('[data-shield-number]')].every((m) => m.getAttribute('data-shield-verdict') !== null)).toBe(true);
  });

  it('does not touch the DOM while scanning: marks appear only once the verdicts are known', async () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>n ${i} 1391234${String(i).padStart(4, '0')}</p>`).join('');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowLookup = vi.fn(async (keys: string[]) => {
      await gate;
      return lookup(keys);
    });
    const annotator = new Annotator(document, slowScan, slowLookup as never, 'en');
    const done = annotator.annotate(document.body);
    await vi.waitFor(() => expect(slowLookup).toHaveBeenCalled());
    expect(document.querySelectorAll('[data-shield-number]').length).toBe(0);
    release();
    expect(await done).toBe(30);
  });

  it('puts each marker in already painted, in ordinary tasks: the page sees insertions, never attribute changes, and no animation frame is needed', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>n ${i} 1380013${String(8000 + i)}</p>`).join('');
    // Frames never come (a background tab, a headless page): marking must not wait for them.
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const records: MutationRecord[] = [];
    const pageObserver = new MutationObserver((r) => records.push(...r));
    pageObserver.observe(document.body, { subtree: true, childList: true, attributes: true });
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    expect(await annotator.annotate(document.body)).toBe(40);
    records.push(...pageObserver.takeRecords());
    pageObserver.disconnect();
    raf.mockRestore();
    expect(raf).not.toHaveBeenCalled();
    expect(records.filter((r) => r.type === 'attributes')).toEqual([]);
    const inserted = records.flatMap((r) => [...r.addedNodes]).filter((n): n is HTMLElement => n instanceof HTMLElement);
    expect(inserted).toHaveLength(40);
    // As inserted: the verdict, its badge and its label were there already.
    expect(inserted.filter((m) => m.getAttribute('data-shield-verdict') === 'collector')).toHaveLength(1);
    expect(inserted.every((m) => m.getAttribute('aria-label'))).toBe(true);
  });

  it('reads the message while scanning, before any mark, and once per text node', async () => {
    document.body.innerHTML = '<p>法务部通知：13800138001 或 13800138002</p><p>快递到了 13912345678</p>';
    const seen: string[] = [];
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    annotator.assess = (node) => {
      // Called on the page's own text node, never on a marker (none exists yet).
      expect(document.querySelector('[data-shield-number]')).toBeNull();
      seen.push(node.textContent ?? '');
      return (node.textContent ?? '').includes('法务部') ? { triggers: [{ kind: 'impersonation', quote: '法务部' }] } : undefined;
    };
    expect(await annotator.annotate(document.body)).toBe(3);
    expect(seen).toEqual(['法务部通知：13800138001 或 13800138002', '快递到了 13912345678']);
    const verdicts = [...document.querySelectorAll('[data-shield-number]')].map((m) => m.getAttribute('data-shield-verdict'));
    expect(verdicts).toEqual(['suspected', 'suspected', 'unknown']);
    expect(annotator.suspicionOf(document.querySelector('[data-shield-number]')!)?.triggers[0]?.quote).toBe('法务部');
  });

  it('asks once for a key repeated in several slices while its first lookup is under way', async () => {
    const html: string[] = [];
    for (let i = 0; i < 40; i++) html.push(`<p>again 13800138000 #${i}</p>`);
    document.body.innerHTML = html.join('');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowLookup = vi.fn(async (keys: string[]) => {
      await gate;
      return lookup(keys);
    });
    const annotator = new Annotator(document, slowScan, slowLookup as never, 'zh_CN');
    const done = annotator.annotate(document.body);
    await new Promise((r) => setTimeout(r, 30));
    release();
    expect(await done).toBe(40);
    expect(slowLookup).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('[data-shield-verdict=collector]').length).toBe(40);
  });

  it('still reaches every node when the page removes the node the walk would continue from', async () => {
    const html: string[] = [];
    for (let i = 0; i < 40; i++) html.push(`<p id="p${i}">msg ${i} 1391234${String(i).padStart(4, '0')}</p>`);
    document.body.innerHTML = html.join('');
    const scanned = new Set<string>();
    const spyScan: Scan = (text) => {
      scanned.add(/msg (\d+)/.exec(text)?.[1] ?? '');
      return slowScan(text);
    };
    const annotator = new Annotator(document, spyScan, lookup, 'en');
    const done = annotator.annotate(document.body);
    // Between slices, the page drops the next ten messages, the one the walk continues from included.
    await vi.waitFor(() => expect(scanned.size).toBeGreaterThan(0));
    const first = scanned.size;
    expect(first).toBeLessThan(30);
    for (let i = first; i < first + 10; i++) document.getElementById(`p${i}`)!.remove();
    await done;
    const left = [...document.querySelectorAll('p')].filter((p) => Number(p.id.slice(1)) >= first + 10);
    expect(left.length).toBe(30 - first);
    for (const p of left) expect(p.querySelector('[data-shield-number]'), p.id).not.toBeNull();
  });
});

describe('Annotator switched off', () => {
  it('clear() gives every page text node its text back and stops watching; findings count occurrences', async () => {
    document.body.innerHTML = '<p id="a">请联系13800138000或13912345678处理</p><ul><li id="b">again 13800138000</li></ul>';
    const before = document.body.innerHTML;
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    await annotator.annotate(document.body);
    annotator.observe(document.body, 5);
    expect(annotator.findings().sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: '+8613800138000', verdict: 'collector', count: 2 },
      { key: '+8613912345678', verdict: 'unknown', count: 1 },
    ]);
    annotator.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('[data-shield-number]').length).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>new 13700000000</p>');
    await new Promise((r) => setTimeout(r, 30));
    expect(document.querySelectorAll('[data-shield-number]').length).toBe(0);
    expect(annotator.findings()).toEqual([]);
    // On again: everything is marked anew.
    expect(await annotator.annotate(document.body)).toBe(4);
  });
});

describe('Markers inside the page\'s own controls', () => {
  it('are not tab stops inside a link or button, and are elsewhere', async () => {
    document.body.innerHTML = '<a href="/c/1"><h3>13800138000</h3></a><button>13912345678</button><div role="option" tabindex="0">13700000000</div><p>13600000000</p>';
    await new Annotator(document, scan, lookup, 'en').annotate(document.body);
    const m = [...document.querySelectorAll('[data-shield-number]')].map((e) => [e.textContent, e.getAttribute('tabindex'), e.getAttribute('role')]);
    expect(m).toEqual([
      ['13800138000', null, null],
      ['13912345678', null, null],
      ['13700000000', null, null],
      ['13600000000', '0', 'button'],
    ]);
  });
});

describe('Content the site adds', () => {
  it('is marked inside the observer callback, before the page renders again, and its roots reach the sender hook', async () => {
    document.body.innerHTML = '<p>13800138000</p>';
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    await annotator.annotate(document.body);
    annotator.observe(document.body, 10_000);
    const roots: Node[] = [];
    annotator.onRoots = (r) => roots.push(...r);
    const p = document.createElement('p');
    p.textContent = 'again 13800138000, new 13912345678';
    document.body.append(p);
    // A microtask later, not the 10 s coalescing timer: the known key carries its verdict already.
    await Promise.resolve();
    await Promise.resolve();
    const marks = [...p.querySelectorAll('[data-shield-number]')].map((m) => [m.textContent, m.getAttribute('data-shield-verdict')]);
    expect(marks).toEqual([
      ['13800138000', 'collector'],
      ['13912345678', 'unknown'],
    ]);
    expect(roots).toContain(p);
    // Only the new key was asked about.
    await vi.waitFor(() => expect(lookup).toHaveBeenLastCalledWith(['+8613912345678']));
    annotator.disconnect();
  });
});

describe('Annotator switched off mid-pass', () => {
  it('a pass under way when clear() is called marks nothing afterwards', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>n ${i} 1391234${String(i).padStart(4, '0')}</p>`).join('');
    const before = document.body.innerHTML;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowLookup = vi.fn(async (keys: string[]) => {
      await gate;
      return lookup(keys);
    });
    const annotator = new Annotator(document, scan, slowLookup as never, 'en');
    const pass = annotator.annotate(document.body);
    await vi.waitFor(() => expect(slowLookup).toHaveBeenCalled());
    annotator.clear();
    release();
    expect(await pass).toBe(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('editable documents', () => {
  it('never marks a designMode document, not even one text node the user is typing into', async () => {
    // Classic QQ Mail's quick reply is an about:blank iframe in designMode: every keystroke changes one text node.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<p>草稿</p>';
    Object.defineProperty(doc, 'designMode', { value: 'on', configurable: true });
    const annotator = new Annotator(doc, scan, lookup, 'zh_CN');
    await annotator.annotate(doc.body);
    annotator.observe(doc.body, 5);
    const typed = doc.body.firstElementChild!.firstChild as Text;
    typed.data = '草稿：136 7123 4598，13671234598。';
    await new Promise((r) => setTimeout(r, 40));
    expect(doc.querySelectorAll('[data-shield-number]').length).toBe(0);
    expect(doc.body.textContent).toBe('草稿：136 7123 4598，13671234598。');
    annotator.disconnect();
    frame.remove();
  });
});

describe('start-up', () => {
  it('marks what the site inserts while the first pass waits for a cold background', async () => {
    document.body.innerHTML = '<p>先到的：13800138000</p>';
    let release!: () => void;
    const cold = new Promise<void>((r) => (release = r));
    const slow = vi.fn(async (keys: string[]) => {
      await cold;
      return lookup(keys);
    }) as never;
    const annotator = new Annotator(document, scan, slow, 'zh_CN');
    annotator.observe(document.body, 5);
    const first = annotator.annotate(document.body);
    // The site renders its message list while our first lookup is still out.
    const late = document.createElement('p');
    late.textContent = '后到的：13912345678';
    document.body.append(late);
    await new Promise((r) => setTimeout(r, 20));
    release();
    await first;
    await vi.waitFor(() => expect(late.querySelector('[data-shield-number]')?.getAttribute('data-shield-number')).toBe('+8613912345678'));
    expect(document.querySelectorAll('[data-shield-number]').length).toBe(2);
    annotator.disconnect();
  });
});

describe('hidden copies', () => {
  it('marks nothing inside a site\'s hidden copy of a row (Gmail div.afn), and each visible number once', async () => {
    document.body.innerHTML = `<table><tr class="zA"><td class="yX"><div class="afn">借呗法务部, 逾期通知, 23:41, 请联系 13800138000</div><span>借呗法务部</span></td>
      <td class="xY"><span class="bog">逾期通知</span><span class="y2"> - 请联系 13800138000</span></td></tr></table>`;
    const annotator = new Annotator(document, scan, lookup, 'zh_CN');
    annotator.hidden = 'div.afn';
    expect(await annotator.annotate(document.body)).toBe(1);
    expect(document.querySelector('.afn [data-shield-number]')).toBeNull();
    annotator.observe(document.body, 5);
    // the site re-renders the summary with new text: still nothing marked in it
    document.querySelector('.afn')!.firstChild!.textContent = '借呗法务部, 最后通知, 23:59, 请联系 13800138000';
    await new Promise((r) => setTimeout(r, 30));
    expect(document.querySelector('.afn [data-shield-number]')).toBeNull();
    expect(annotator.findings()).toEqual([{ key: '+8613800138000', verdict: 'collector', count: 1 }]);
    annotator.disconnect();
  });
});
