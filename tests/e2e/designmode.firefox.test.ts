import { describe, it } from 'vitest';
import { firefoxSuite } from './support/suite';
import { typeInDesignModeEditor } from './support/designmode-scenario';

const s = firefoxSuite();

describe('Firefox: typing into a designMode editor nested in a mail frame', () => {
  it('leaves the draft exactly as typed, unmarked, while the page keeps changing', async () => {
    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url('/sites/qq-mail-classic.html'));
    await page.waitForFunction(() => !!document.querySelector('iframe#mainFrame'));
    const mail = () => page.frames().find((f) => f.name() === 'mainFrame') ?? page.mainFrame().childFrames()[0]!;
    const editor = () => mail().childFrames()[0]!;
    await typeInDesignModeEditor({
      // A click into the nested about:blank frame does not move keyboard focus there over BiDi;
      // the frame is focused and the caret put at the end of the draft from inside it, then typed into.
      focusEditor: async () => {
        await editor().click('body');
        await editor().evaluate(() => {
          window.focus();
          document.body.focus();
          const range = document.createRange();
          range.selectNodeContents(document.body.lastChild ?? document.body);
          range.collapse(false);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        });
      },
      type: (text) => page.keyboard.type(text, { delay: 15 }),
      inEditor: (fn) => editor().evaluate(fn),
      inMail: (fn) => mail().evaluate(fn),
      poll: { timeout: 20_000, interval: 200 },
    });
    await page.close();
  });
});
