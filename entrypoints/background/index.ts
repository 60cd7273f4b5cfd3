import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ShieldDB } from '../../db/schema';
import { route } from './router';
import { loadSettings, localeOf } from '../../lib/settings';
import { createMenu, onMenuClick } from './menu';
import { dueSubscriptions, isDevBuild, LIST_REQUEST, updateSubscription, type Fetch } from '../../db/subscriptions';
import { ProblemError, problem } from '../../core/problems';
import { FindingsStore } from './findings';
import { CONTENT_SCRIPT, SiteAccess, USER_SCRIPT_ID } from './sites';

export default defineBackground({
  type: 'module',
  main() {
    const db = new ShieldDB();
    const findings = new FindingsStore(browser.storage.session);
    const sites = new SiteAccess({
      get: (key) => browser.storage.local.get(key),
      set: (items) => browser.storage.local.set(items),
      contains: (origins) => browser.permissions.contains({ origins }),
      registered: () => browser.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] }),
      register: (matches) =>
        browser.scripting.registerContentScripts([{ id: USER_SCRIPT_ID, matches, js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle' }]),
      update: (matches) => browser.scripting.updateContentScripts([{ id: USER_SCRIPT_ID, matches, js: [CONTENT_SCRIPT] }]),
      unregister: () => browser.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] }),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
      },
      notifyRemoved: (host) => broadcast({ type: 'site-access-removed', host }),
    });
    const ctx = {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      fetchList,
      settings: async () => {
        const settings = await loadSettings();
        return { settings, locale: localeOf(settings) };
      },
      onChanged: (keys?: string[]) => void broadcastChanged(keys),
      findings,
      sites,
    };
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender, ctx));
    browser.runtime.onInstalled.addListener(() => createMenu());
    // Registered scripts do not survive everywhere (and permissions can be taken back in the browser's settings).
    void sites.sync().catch((err) => console.error('[collector-shield] site registration failed', err));
    browser.permissions.onAdded.addListener((p) => void sites.permissionsAdded(p.origins ?? []).catch(() => undefined));
    browser.permissions.onRemoved.addListener(() => void sites.sync().catch(() => undefined));
    // A tab that loads another page, or closes, forgets what it showed.
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void findings.clear(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => void findings.clear(tabId));
    browser.contextMenus.onClicked.addListener((info) => void onMenuClick(info));
    // Subscribed lists: checked hourly, downloaded when a day old (conditional requests make an unchanged list a 304).
    void browser.alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    browser.alarms.onAlarm.addListener(async (alarm) => {
      if (alarm.name !== SUBSCRIPTION_ALARM) return;
      let changed = false;
      for (const sub of await dueSubscriptions(db)) {
        changed = (await updateSubscription(db, sub.id, fetchList)).status === 'updated' || changed;
      }
      if (changed) void broadcastChanged();
    });
    // For the e2e tests, which cannot click a native context menu: the same handler, reachable
    // from the service worker's own scope only (pages and content scripts cannot see it).
    // Dev and e2e builds only: a store build has no test hook.
    // The constant first, so a store build drops the line, name and all.
    if (import.meta.env.SHIELD_DEV && isDevBuild()) (globalThis as { collectorShield?: unknown }).collectorShield = { onMenuClick };
  },
});

const SUBSCRIPTION_ALARM = 'collector-shield-subscriptions';

/**
 * The extension's only network access: a subscribed list's URL, and only while
 * the user has granted this extension access to that origin. No cookies, and no
 * redirect followed (updateSubscription refuses one): the request never goes
 * anywhere but the subscribed address.
 */
const fetchList: Fetch = async (url, init) => {
  const origin = `${new URL(url).origin}/*`;
  if (!(await browser.permissions.contains({ origins: [origin] }))) {
    throw new ProblemError(problem('permissionMissing', { origin: new URL(url).origin }));
  }
  return fetch(url, { ...init, ...LIST_REQUEST });
};

/** Tell every tab's content script to re-check these numbers (all, without keys). */
function broadcastChanged(keys?: string[]) {
  return broadcast({ type: 'verdicts-changed', keys });
}

/** A message to the content script of every tab; tabs without one ignore it. */
async function broadcast(message: unknown) {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}
