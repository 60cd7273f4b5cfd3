import { expect } from 'vitest';

export const TYPED = ' 再打就报警：136 7123 4598。13912345678';

export interface EditorHarness {
  /** Clicks into the quick-reply editor (the designMode frame inside #mainFrame) and puts the caret at its end. */
  focusEditor(): Promise<void>;
  type(text: string): Promise<void>;
  /** Runs in the editor's document. */
  inEditor<R>(fn: () => R): Promise<R>;
  /** Runs in #mainFrame's document (the read page). */
  inMail<R>(fn: () => R): Promise<R>;
  poll: { timeout: number; interval: number };
}

/**
 * Classic QQ Mail: typing numbers into the quick-reply box (an about:blank
 * frame in designMode, nested in #mainFrame) while new content keeps arriving
 * in the read page leaves the draft exactly as typed, with no mark in it; the
 * read page's new content is marked meanwhile.
 */
export async function typeInDesignModeEditor(h: EditorHarness) {
  await expect.poll(() => h.inMail(() => document.querySelectorAll('[data-shield-number]').length), h.poll).toBeGreaterThan(0);
  const before = await h.inEditor(() => document.body.textContent ?? '');
  // Content keeps arriving in the read page while the user types.
  await h.inMail(() => {
    let i = 0;
    const timer = setInterval(() => {
      const p = document.createElement('p');
      p.className = 'arrived';
      p.textContent = `新邮件提醒 ${i}：请致电 137 0013 ${String(7000 + i).padStart(4, '0')}`;
      document.getElementById('mainmail')?.append(p);
      if (++i === 20) clearInterval(timer);
    }, 60);
  });
  await h.focusEditor();
  await h.type(TYPED);
  await new Promise((r) => setTimeout(r, 800));
  expect(await h.inEditor(() => document.body.textContent ?? '')).toBe(before + TYPED);
  expect(await h.inEditor(() => document.querySelectorAll('[data-shield-number], [data-shield-sender]').length)).toBe(0);
  await expect
    .poll(() => h.inMail(() => [...document.querySelectorAll('p.arrived')].filter((p) => !p.querySelector('[data-shield-number]')).length), h.poll)
    .toBe(0);
  expect(await h.inMail(() => document.querySelectorAll('p.arrived').length)).toBe(20);
}
