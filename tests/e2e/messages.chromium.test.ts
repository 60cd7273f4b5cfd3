import { describe, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { expectMessagesAsFixtureSays } from './support/messages-scenario';
import { MESSAGE_PAGES } from './support/message-pages';

const suite = chromiumSuite();

describe('Chromium: each message as the site shows it (text, sender, sent time, direction)', () => {
  it.each(MESSAGE_PAGES)('%s', async (path) => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url(path));
    await page.waitForSelector('html[data-shield-ready]');
    await expectMessagesAsFixtureSays(page, path);
    await page.close();
  });
});
