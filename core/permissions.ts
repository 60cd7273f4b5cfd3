import { KNOWN_SITE_MATCHES } from './sites';

/**
 * The permissions the built manifests declare (wxt.config.ts), in one place so
 * the store listing's justifications (store/permissions.json) can be checked
 * against them by a unit test.
 */
export const PERMISSIONS = [
  // Settings (storage.local) and the per-tab findings the popup lists (storage.session).
  'storage',
  // The "Report this number" item on selected text.
  'contextMenus',
  // The hourly check of subscribed lists.
  'alarms',
  // The content script on sites the user enables from the popup.
  'scripting',
  // The popup may read the current tab's address to offer "Enable on this site".
  'activeTab',
] as const;

/** Host access granted at install: the known mail and SMS sites. */
export const HOST_PERMISSIONS = KNOWN_SITE_MATCHES;

/**
 * Asked for one host at a time (`https://host/*`), when the user enables a site
 * from the popup or subscribes to a list hosted there; never granted whole.
 */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'] as const;
