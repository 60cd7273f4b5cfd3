import { describe, it } from 'vitest';
import { firefoxSuite } from './support/suite';
import { expectMessagesAsFixtureSays } from './support/messages-scenario';
import { MESSAGE_PAGES } from './support/message-pages';

const s = firefoxSuite();

describe('Firefox: each message as the site shows it (text, sender, sent time, direction)', () => {
  it.each(MESSAGE_PAGES)('%s', async (path) => {
    const page = await s.firefox.browser.newPage();
    await page.goto(s.server.url(path));
    await page.waitForSelector('html[data-shield-ready]', { timeout: 20_000 });
    await expectMessagesAsFixtureSays({ evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never }, path);
    await page.close();
  });
});
