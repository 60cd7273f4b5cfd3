/**
 * The site fixture checks (tests/fixtures/sites/*.html), shared by the Chromium
 * (playwright-core) and Firefox (puppeteer-core over BiDi) suites. The browser
 * files launch their browser, seed one report and one sender list (see
 * SENDER_LIST_CSV), and hand this module a way to open a page; everything the
 * checks do goes through the small SitePage interface below, which each browser
 * file implements with a few one-line wrappers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTOR_KEY } from './fixture-expectations';
import { SITES as SITE_TABLE } from '../../../core/sites';

/** The sites of the site table (core/sites.ts) that have a fixture page. */
export type SiteId = Extract<(typeof SITE_TABLE)[number], { fixture: string }>['id'];
export const SITE_IDS: readonly SiteId[] = SITE_TABLE.flatMap((s) => ('fixture' in s ? [s.id] : []));

/** The sender added later by the insertion check; the list below flags it. */
export const NEW_SENDER = '华信催收中心';
export const NEW_NUMBER_TEXT = '137 0013 7000';
export const NEW_NUMBER_KEY = '+8613700137000';
/** What the typing check types into each compose box. */
export const TYPED = ' 13912345678';
const SENTINEL_NUMBER_KEY = '+8613600136000';

/**
 * A sender list imported through the options page: names the fixtures show
 * (借呗法务部 in all but Google Messages, 信达资产 王经理 there and in most
 * others) and the sender of the message the insertion check adds.
 */
export const SENDER_LIST_CSV = [
  'sender,category,label',
  '借呗法务部,collector,冒充借呗法务部',
  '信达资产 王经理,collector,外访催收',
  `${NEW_SENDER},collector,e2e 新消息发件人`,
  '',
].join('\n');
export const SENDER_LIST_ROWS = 3;

/** Runs fn with SENDER_LIST_CSV written to a temporary file (for a file input), removed afterwards. */
export async function withSenderList<T>(fn: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'shield-senders-'));
  const path = join(dir, 'senders.csv');
  writeFileSync(path, SENDER_LIST_CSV, 'utf8');
  try {
    return await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the checks need from a page, served by a Playwright or a Puppeteer page. */
export interface SitePage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForSelector(selector: string): Promise<unknown>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
  type(text: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Messages of uncaught page errors (pageerror) since the page was opened. */
  errors: string[];
  close(): Promise<void>;
}

/** Polls generously: this is a noisy 2-core machine and Firefox round trips are slow. */
export const POLL = { timeout: 15_000, interval: 50 };

interface SiteSpec {
  /** The reply / compose box: contenteditable or textarea. */
  compose: string;
  /**
   * Runs in the page: adds one more message in the site's own structure (a copy
   * of an existing one, given new text), marked data-e2e-new. The copy is
   * cleaned of everything the extension put on the original first.
   */
  append: (a: { sender: string; number: string }) => void;
}

/**
 * In-page helper used by every append function (serialized separately, so it
 * is passed as source text): a deep copy of an element without the
 * extension's markers and attributes.
 */
function cleanCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const m of [...copy.querySelectorAll('[data-shield-number]')]) m.replaceWith(m.ownerDocument.createTextNode(m.textContent ?? ''));
  for (const e of [copy, ...copy.querySelectorAll('*')]) {
    for (const a of ['data-shield-sender', 'data-shield-verdict', 'data-shield-badge']) e.removeAttribute(a);
  }
  copy.normalize();
  copy.setAttribute('data-e2e-new', '');
  return copy;
}
const CLEAN_COPY_SOURCE = cleanCopy.toString();

export const SITES: Record<SiteId, SiteSpec> = {
  gmail: {
    compose: '#compose',
    append: ({ sender, number }) => {
      const row = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('tr.zA')!);
      row.id = ':2z';
      const who = row.querySelector('.yW span[email]')!;
      who.setAttribute('email', 'notice@huaxin-cs.cn');
      who.setAttribute('data-hovercard-id', 'notice@huaxin-cs.cn');
      who.setAttribute('name', sender);
      who.textContent = sender;
      row.querySelector('.bog')!.textContent = '【华信】催收通知';
      row.querySelector('.y2')!.textContent = ` - 请于今日回电 ${number} 处理欠款。`;
      // The hidden summary div.afn would repeat the old sender and snippet: the new row's
      // is left out, so the check counts the one new number and the one new sender.
      row.querySelector('.afn')?.remove();
      for (const id of row.querySelectorAll('[data-legacy-last-message-id]')) id.setAttribute('data-legacy-last-message-id', '1920a1b2c3d4e5f6');
      document.querySelector('table.F tbody')!.append(row);
    },
  },
  'google-messages': {
    compose: 'textarea[data-e2e-message-input-box]',
    append: ({ sender, number }) => {
      const item = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('mws-conversation-list-item')!);
      const link = item.querySelector('a[data-e2e-conversation]')!;
      link.setAttribute('href', '/web/conversations/199');
      link.setAttribute('aria-selected', 'false');
      item.querySelector('[data-e2e-conversation-name]')!.textContent = sender;
      item.querySelector('mws-conversation-snippet span')!.textContent = `【华信】您的欠款已转交本中心，请回电 ${number}`;
      document.querySelector('.conv-container')!.append(item);
    },
  },
  'google-voice': {
    compose: 'textarea.message-input',
    append: ({ sender, number }) => {
      const item = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('gv-thread-list-item')!);
      item.querySelector('gv-annotation.participants')!.textContent = sender;
      item.querySelector('gv-annotation.preview')!.textContent = `【华信】请回电 ${number} 处理欠款。`;
      document.querySelector('[gv-test-id="list"]')!.append(item);
    },
  },
  outlook: {
    compose: '#compose',
    append: ({ sender, number }) => {
      const row = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('[role="option"][data-convid]')!);
      row.id = 'AQQkADAwATM0MDAAMS9';
      row.setAttribute('data-convid', 'AAQkADAwATM0MDAAMS9');
      row.setAttribute('aria-selected', 'false');
      row.setAttribute('aria-label', `${sender} 催收通知`);
      const [who, subject, snippet] = [...row.querySelectorAll(':scope > div')];
      const name = who!.querySelector('span[title]')!;
      name.setAttribute('title', 'notice@huaxin-cs.cn');
      name.textContent = sender;
      subject!.querySelector('span')!.textContent = '催收通知';
      snippet!.querySelector('span')!.textContent = `请于今日回电 ${number} 处理欠款。`;
      document.querySelector('[role="listbox"]')!.append(row);
    },
  },
  'qq-mail': {
    compose: '#compose',
    append: ({ sender, number }) => {
      const item = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('.mail-list-page-item')!);
      item.setAttribute('data-mailid', 'ZL0009-hx');
      item.querySelector('.cmp-account-nick')!.textContent = sender;
      item.querySelector('.mail-subject')!.textContent = '催收通知';
      item.querySelector('.mail-digest')!.textContent = `请于今日回电 ${number} 处理欠款。`;
      document.querySelector('.mail-list-page-items')!.append(item);
    },
  },
  'netease-mail': {
    compose: 'textarea[id$="_replyInput_inputId"]',
    append: ({ sender, number }) => {
      const row = (window as unknown as { e2eCleanCopy(e: Element): Element }).e2eCleanCopy(document.querySelector('div[sign="letter"]')!);
      row.id = '1726700400_386999Dom';
      row.setAttribute('aria-label', `催收通知 发件人 ： ${sender} 时间： 2024年9月19日 11:00 (星期四)`);
      row.querySelector('.nui-user')!.textContent = sender;
      row.querySelector('.da0')!.textContent = '催收通知';
      row.querySelector('.fQ0 .il0')!.textContent = `请于今日回电 ${number} 处理欠款`;
      row.querySelector('.eO0')!.setAttribute('title', '2024年9月19日 11:00 (星期四)');
      document.querySelector('#_mail_list_0')!.append(row);
    },
  },
};

/* ---------- in-page probes (self-contained: they are serialized into the page) ---------- */

function counts(): { numbers: number; senders: number; expect: { senders: number; numbers: number } } {
  return {
    numbers: document.querySelectorAll('[data-shield-number]').length,
    senders: document.querySelectorAll('[data-shield-sender]').length,
    expect: JSON.parse(document.querySelector('meta[name="shield-expect"]')!.getAttribute('content')!),
  };
}

/** Markers (numbers or senders) inside or on editable places and tel:/sms: links; empty is right. */
function markedInEditable(): string[] {
  const forbidden = 'textarea, input, select, [contenteditable]:not([contenteditable="false"]), a[href^="tel:"], a[href^="sms:"]';
  return [...document.querySelectorAll('[data-shield-number], [data-shield-sender]')]
    .filter((el) => el.closest(forbidden) || (el as HTMLElement).isContentEditable)
    .map((el) => el.outerHTML);
}

/** The compose box and the tel: links as served (parsed from the page's own HTML) and as they are now. */
async function untouched(compose: string) {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  const live = document.querySelector(compose)!;
  const was = served.querySelector(compose)!;
  const isField = live instanceof HTMLTextAreaElement || live instanceof HTMLInputElement;
  return {
    kind: isField ? 'field' : (live as HTMLElement).isContentEditable ? 'contenteditable' : 'other',
    servedCompose: isField ? (was.textContent ?? '') : was.innerHTML,
    liveCompose: isField ? (live as HTMLTextAreaElement).value : live.innerHTML,
    servedTel: [...served.querySelectorAll('a[href^="tel:"]')].map((a) => a.outerHTML),
    liveTel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.outerHTML),
  };
}

function caretToEnd(compose: string) {
  const el = document.querySelector<HTMLElement>(compose)!;
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setSelectionRange(el.value.length, el.value.length);
  } else {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }
  return document.activeElement === el;
}

function composeState(compose: string) {
  const el = document.querySelector<HTMLElement>(compose)!;
  const isField = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  return {
    // Typing a space at the end of a contenteditable may store it as U+00A0 until the next character.
    text: isField ? (el as HTMLTextAreaElement).value : (el.textContent ?? '').replace(/\u00a0/g, ' '),
    html: isField ? '' : el.innerHTML,
    markers: el.querySelectorAll('[data-shield-number], [data-shield-sender]').length,
  };
}

function addSentinel(number: string) {
  const p = document.createElement('p');
  p.id = 'e2e-sentinel';
  p.textContent = `（e2e）请回电 ${number}`;
  document.body.append(p);
}

function sentinelMarked(key: string) {
  return document.querySelectorAll(`#e2e-sentinel [data-shield-number="${key}"]`).length;
}

function newMessage(key: string) {
  const added = document.querySelector('[data-e2e-new]');
  if (!added) return null;
  const sender = added.querySelector('[data-shield-sender]') ?? (added.hasAttribute('data-shield-sender') ? added : null);
  return {
    numbers: added.querySelectorAll(`[data-shield-number="${key}"]`).length,
    sender: sender?.getAttribute('data-shield-sender') ?? null,
    senderVerdict: sender?.getAttribute('data-shield-verdict') ?? null,
    senderText: sender?.textContent ?? null,
  };
}

/** The hover card as shown: null when closed. */
function card() {
  const root = document.querySelector('collector-shield-ui')?.shadowRoot;
  const el = root?.querySelector<HTMLElement>('[data-testid=shield-card]');
  if (!root || !el || el.hidden) return null;
  const box = el.getBoundingClientRect();
  return {
    verdict: root.querySelector('[data-testid=card-verdict]')?.textContent ?? '',
    number: root.querySelector('[data-testid=card-number]')?.textContent ?? '',
    visible: box.width > 0 && box.height > 0,
  };
}

/** Where keyboard focus is: "card:<action or tag>" inside the card, else the marker key, else the tag. */
function focused() {
  const host = document.activeElement;
  const inner = host?.shadowRoot?.activeElement;
  if (host?.tagName === 'COLLECTOR-SHIELD-UI') return inner ? `card:${inner.getAttribute('data-action') ?? inner.tagName}` : 'card:';
  return host?.getAttribute('data-shield-number') ?? host?.tagName ?? '';
}

/* ---------- the checks ---------- */

const digits = (s: string) => s.replace(/\D/g, '');
export const COLLECTOR_LABEL = /^(催收|Debt collector)$/;
const FLAGGED_MARKER = `[data-shield-number="${COLLECTOR_KEY}"][data-shield-verdict=collector]`;
/** Markers inside a link or button are not tab stops (the page's control keeps the keyboard); the keyboard steps use one that is. */
const FOCUSABLE_FLAGGED_MARKER = `${FLAGGED_MARKER}[tabindex="0"]`;

/**
 * Registers, for each site fixture, the checks of the issue: counts, nothing in
 * editable places, typing, content added later, the card by mouse and keyboard,
 * and no page error. Call after the browser file's own beforeAll (which seeds).
 */
export function describeSiteFixtures(browser: string, open: (path: string) => Promise<SitePage>) {
  for (const id of SITE_IDS) {
    const spec = SITES[id];
    describe(`${browser}: site fixture ${id}`, () => {
      let page: SitePage;
      const state = {} as { before: { numbers: number; senders: number } };
      beforeAll(async () => {
        page = await open(`/sites/${id}.html`);
        await page.waitForSelector('html[data-shield-ready]');
        await page.evaluate((src) => {
          (window as unknown as { e2eCleanCopy: unknown }).e2eCleanCopy = (0, eval)(`(${src})`);
        }, CLEAN_COPY_SOURCE);
      });
      afterAll(async () => {
        await page?.close();
      });

      it('marks as many numbers and senders as the fixture says; the seeded number and an imported sender show flagged', async () => {
        const c = await page.evaluate(counts, undefined);
        expect(c.numbers).toBe(c.expect.numbers);
        expect(c.senders).toBe(c.expect.senders);
        // Verdicts arrive after the first pass on a busy machine; the counts above are already final.
        await expect
          .poll(() => page.evaluate((sel) => document.querySelectorAll(sel).length, FLAGGED_MARKER), POLL)
          .toBeGreaterThan(0);
        await expect
          .poll(() => page.evaluate(() => document.querySelectorAll('[data-shield-sender][data-shield-verdict=collector]').length, undefined), POLL)
          .toBeGreaterThan(0);
        expect(await page.evaluate(() => document.querySelector('[data-shield-sender][data-shield-verdict=collector]')!.hasAttribute('data-shield-badge'), undefined)).toBe(true);
      });

      it('marks nothing in the compose box, form fields or tel: links, and leaves them byte-identical', async () => {
        expect(await page.evaluate(markedInEditable, undefined)).toEqual([]);
        const u = await page.evaluate(untouched, spec.compose);
        expect(u.kind).not.toBe('other');
        expect(u.servedCompose.length).toBeGreaterThan(0);
        expect(u.liveCompose).toBe(u.servedCompose);
        expect(u.liveTel).toEqual(u.servedTel);
      });

      it('typing a number into the compose box leaves it unmarked and the typed text intact', async () => {
        const before = await page.evaluate(composeState, spec.compose);
        expect(await page.evaluate(caretToEnd, spec.compose)).toBe(true);
        await page.type(TYPED);
        const typedAt = Date.now();
        // Something the observer must mark, added after the typing: once it is marked, the
        // mutations of the typing have been through the same observer pass or an earlier one.
        await page.evaluate(addSentinel, '136 0013 6000');
        await expect.poll(() => page.evaluate(sentinelMarked, SENTINEL_NUMBER_KEY), POLL).toBe(1);
        // And well past the ~100 ms coalescing window and the card's 300 ms timers.
        await expect.poll(() => Date.now() - typedAt, POLL).toBeGreaterThan(350);
        const after = await page.evaluate(composeState, spec.compose);
        expect(after.markers).toBe(0);
        expect(after.html).not.toContain('data-shield');
        expect(after.text).toBe(before.text + TYPED);
        expect(await page.evaluate(markedInEditable, undefined)).toEqual([]);
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          document.getElementById('e2e-sentinel')!.remove();
        }, undefined);
      });

      it('a message added later in the site\'s own structure gets its number and its sender marked', async () => {
        state.before = await page.evaluate(counts, undefined);
        await page.evaluate(spec.append, { sender: NEW_SENDER, number: NEW_NUMBER_TEXT });
        await expect.poll(() => page.evaluate(newMessage, NEW_NUMBER_KEY), POLL).toMatchObject({ numbers: 1, sender: NEW_SENDER });
        // The list flags the new sender, as it does the fixture's own.
        await expect.poll(async () => (await page.evaluate(newMessage, NEW_NUMBER_KEY))?.senderVerdict, POLL).toBe('collector');
        const after = await page.evaluate(counts, undefined);
        expect(after.numbers).toBe(state.before.numbers + 1);
        expect(after.senders).toBe(state.before.senders + 1);
        expect((await page.evaluate(newMessage, NEW_NUMBER_KEY))!.senderText).toBe(NEW_SENDER);
        expect(await page.evaluate(markedInEditable, undefined)).toEqual([]);
      });

      it('opens the card by mouse and by keyboard (focus, Tab, Enter into the card), Escape closes it', async () => {
        // Mouse.
        await page.hover(FLAGGED_MARKER);
        await expect.poll(() => page.evaluate(card, undefined), POLL).toMatchObject({ verdict: expect.stringMatching(COLLECTOR_LABEL), visible: true });
        expect(digits((await page.evaluate(card, undefined))!.number)).toContain('13800138000');
        await page.press('Escape');
        await expect.poll(() => page.evaluate(card, undefined), POLL).toBeNull();
        await page.mouseMove(0, 0);

        // Keyboard: focus the marker, Enter moves into the card, Escape closes it and gives focus back.
        await page.focus(FOCUSABLE_FLAGGED_MARKER);
        await expect.poll(() => page.evaluate(card, undefined), POLL).toMatchObject({ verdict: expect.stringMatching(COLLECTOR_LABEL) });
        await page.press('Enter');
        await expect.poll(() => page.evaluate(focused, undefined), POLL).toMatch(/^card:./);
        expect(await page.evaluate(card, undefined)).not.toBeNull();
        await page.press('Escape');
        await expect.poll(() => page.evaluate(card, undefined), POLL).toBeNull();
        expect(await page.evaluate(focused, undefined)).toBe(COLLECTOR_KEY);

        // Tab order: from the top of the page, Tab reaches the flagged marker; that opens its card.
        // (A blur keeps Firefox's Tab starting point where it was: start from a button put first in the page.)
        await page.evaluate(() => {
          const start = document.createElement('button');
          start.id = 'e2e-tab-start';
          start.textContent = 'start';
          document.body.prepend(start);
          start.focus();
        }, undefined);
        let reached = '';
        const seen: string[] = [];
        for (let i = 0; i < 60 && reached !== COLLECTOR_KEY; i++) {
          await page.press('Tab');
          reached = await page.evaluate(focused, undefined);
          seen.push(reached);
        }
        expect(reached, seen.join(' > ')).toBe(COLLECTOR_KEY);
        await expect.poll(async () => digits((await page.evaluate(card, undefined))?.number ?? ''), POLL).toContain('13800138000');
        expect((await page.evaluate(card, undefined))!.verdict).toMatch(COLLECTOR_LABEL);
        await page.press('Escape');
        await expect.poll(() => page.evaluate(card, undefined), POLL).toBeNull();
        await page.evaluate(() => document.getElementById('e2e-tab-start')?.remove(), undefined);
      });

      it('raised no page error', () => {
        expect(page.errors).toEqual([]);
      });
    });
  }
}
