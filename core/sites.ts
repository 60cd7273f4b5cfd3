/**
 * Sites where collectors' messages are read, enabled by default.
 * Each is a match pattern for both `host_permissions` and the content script.
 */
export const KNOWN_SITE_MATCHES = [
  'https://messages.google.com/*',
  'https://voice.google.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  // Work and school accounts now run here (2025-26 sources in shared/reference/site-dom.md).
  'https://outlook.cloud.microsoft/*',
  'https://mail.qq.com/*',
  'https://wx.mail.qq.com/*',
  'https://mail.163.com/*',
  'https://mail.126.com/*',
  'https://mail.10086.cn/*',
  // 139 Mail: after login the mailbox runs on appmail.mail.10086.cn (appmail3…, html5… too).
  'https://*.mail.10086.cn/*',
] as const;

/**
 * Loopback pages for the e2e tests, benchmarks and the demo; never in a store
 * build. `localhost` is left out on purpose: the tests use it as a site the
 * user has not enabled yet.
 */
export const DEV_SITE_MATCHES = ['http://127.0.0.1/*'] as const;

/**
 * The content script's path in the built extension: the manifest declares it
 * for the known sites, and the background registers it for sites the user
 * enables. Built from entrypoints/content-script.ts (an unlisted script).
 */
export const CONTENT_SCRIPT = '/content-script.js';
