import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ShieldDB } from '../../db/schema';
import { route } from './router';
import { loadSettings, localeOf } from '../../lib/settings';
import { createMenu, onMenuClick } from './menu';

export default defineBackground({
  type: 'module',
  main() {
    const db = new ShieldDB();
    const ctx = {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      settings: async () => {
        const settings = await loadSettings();
        return { settings, locale: localeOf(settings) };
      },
      onChanged: (keys?: string[]) => void broadcastChanged(keys),
    };
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender, ctx));
    browser.runtime.onInstalled.addListener(() => createMenu());
    browser.contextMenus.onClicked.addListener((info) => void onMenuClick(info));
    // For the e2e tests, which cannot click a native context menu: the same handler, reachable
    // from the service worker's own scope only (pages and content scripts cannot see it).
    (globalThis as { collectorShield?: unknown }).collectorShield = { onMenuClick };
  },
});

/** Tell every tab's content script to re-check these numbers (all, without keys). Tabs without one ignore it. */
async function broadcastChanged(keys?: string[]) {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'verdicts-changed', keys }).catch(() => undefined),
    ),
  );
}
