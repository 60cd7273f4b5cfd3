import { hostOfPattern } from '../../core/site-access';

/** Sites the user enabled from the popup (match patterns), in storage.local. Known sites are not listed: the manifest has them. */
export const USER_SITES_KEY = 'userSites';
export const USER_SCRIPT_ID = 'collector-shield-user-sites';
/** The same content script the manifest declares for known sites. */
export { CONTENT_SCRIPT } from '../../core/sites';

/** The browser APIs this module uses, injected so unit tests can stand in for them. */
export interface SiteApis {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  contains(origins: string[]): Promise<boolean>;
  registered(): Promise<{ id: string; matches?: string[] }[]>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
  inject(tabId: number): Promise<void>;
  /** Tells every tab's content script that access to this host is gone, so it takes its marks away now. */
  notifyRemoved(host: string): Promise<void>;
}

/**
 * "Enable on this site". The popup asks the browser for the site's host
 * permission in the click itself (a user gesture), and tells the background
 * before and after. Firefox may close the popup while its prompt is shown, so
 * the first message leaves an intent here and `permissionsAdded` completes it.
 */
export class SiteAccess {
  private readonly intents = new Map<string, number | undefined>();
  /** One change at a time: the popup's message and permissions.onAdded arrive together, and two registrations would clash. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly api: SiteApis) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<string[]> {
    const stored = (await this.api.get(USER_SITES_KEY))[USER_SITES_KEY];
    return Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string' && hostOfPattern(p) !== undefined) : [];
  }

  /** True when the site is enabled (the browser granted it); false leaves an intent for when it does. */
  enable(pattern: string, tabId?: number): Promise<boolean> {
    return this.serial(() => this.enableNow(pattern, tabId));
  }

  private async enableNow(pattern: string, tabId?: number): Promise<boolean> {
    if (!(await this.api.contains([pattern]))) {
      this.intents.set(pattern, tabId);
      return false;
    }
    this.intents.delete(pattern);
    const sites = await this.list();
    if (!sites.includes(pattern)) await this.api.set({ [USER_SITES_KEY]: [...sites, pattern] });
    await this.syncNow();
    if (tabId !== undefined) await this.api.inject(tabId).catch(() => undefined);
    return true;
  }

  remove(pattern: string): Promise<void> {
    return this.serial(async () => {
      this.intents.delete(pattern);
      await this.api.set({ [USER_SITES_KEY]: (await this.list()).filter((p) => p !== pattern) });
      await this.syncNow();
      const host = hostOfPattern(pattern);
      if (host) await this.api.notifyRemoved(host);
    });
  }

  /** permissions.onAdded: complete the intents the popup could not. */
  async permissionsAdded(origins: readonly string[]) {
    for (const origin of origins) if (this.intents.has(origin)) await this.enable(origin, this.intents.get(origin));
  }

  sync(): Promise<void> {
    return this.serial(() => this.syncNow());
  }

  /**
   * Registers the content script for exactly the enabled sites the browser
   * still grants (the user can take a permission back in the browser's own
   * settings). Run at every start: registrations do not survive everywhere.
   */
  private async syncNow() {
    const granted: string[] = [];
    for (const p of await this.list()) if (await this.api.contains([p])) granted.push(p);
    const current = (await this.api.registered()).find((s) => s.id === USER_SCRIPT_ID);
    if (!granted.length) {
      if (current) await this.api.unregister();
      return;
    }
    if (!current) await this.api.register(granted);
    else if (!sameSet(current.matches ?? [], granted)) await this.api.update(granted);
  }
}

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
