import { browser } from 'wxt/browser';

/**
 * "举报此号码 / Report this number" on selected text. The click opens the report
 * form in a small window with the selection and the page's site filled in as
 * evidence; nothing is saved until the user confirms there.
 */
export const MENU_ID = 'collector-shield-report';

export function createMenu() {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuReport'), contexts: ['selection'] }),
  );
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameUrl?: string;
}

/** The report window's URL for a menu click, or undefined for other menu items. */
export function reportUrlFor(info: MenuClick, now = Date.now()): string | undefined {
  if (info.menuItemId !== MENU_ID) return undefined;
  const params = new URLSearchParams();
  const selection = (info.selectionText ?? '').trim().slice(0, 2000);
  params.set('selection', selection);
  const page = info.frameUrl ?? info.pageUrl;
  if (page) {
    try {
      params.set('site', new URL(page).hostname);
    } catch {
      /* not a URL: leave the site for the user to fill in */
    }
  }
  params.set('at', String(now));
  return browser.runtime.getURL(`/report.html?${params}`);
}

export async function onMenuClick(info: MenuClick) {
  const url = reportUrlFor(info);
  if (!url) return;
  await browser.windows.create({ url, type: 'popup', width: 440, height: 720 });
}
