import { describe, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { typeInDesignModeEditor } from './support/designmode-scenario';

const suite = chromiumSuite();

describe('Chromium: typing into a designMode editor nested in a mail frame', () => {
  it('leaves the draft exactly as typed, unmarked, while the page keeps changing', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/sites/qq-mail-classic.html'));
    const mail = () => page.frames().find((f) => f.name() === 'mainFrame')!;
    const editor = () => mail().childFrames()[0]!;
    await page.waitForFunction(() => !!document.querySelector('iframe#mainFrame'));
    await typeInDesignModeEditor({
      focusEditor: async () => {
        await editor().click('body');
        await page.keyboard.press('Control+End');
      },
      type: (text) => page.keyboard.type(text, { delay: 15 }),
      inEditor: (fn) => editor().evaluate(fn),
      inMail: (fn) => mail().evaluate(fn),
      poll: { timeout: 15_000, interval: 100 },
    });
    await page.close();
  });
});
