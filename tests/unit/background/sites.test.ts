import { describe, expect, it } from 'vitest';
import { SiteAccess, USER_SITES_KEY } from '../../../entrypoints/background/sites';
import { fakeSiteApis } from './site-apis';

const P = 'https://mail.example.com/*';

describe('SiteAccess', () => {
  it('enables a granted site: stored, registered for the content script, injected into the tab', async () => {
    const { api, state } = fakeSiteApis([P]);
    const sites = new SiteAccess(api);
    expect(await sites.enable(P, 5)).toBe(true);
    expect(state.storage[USER_SITES_KEY]).toEqual([P]);
    expect(state.script).toEqual([P]);
    expect(state.injected).toEqual([5]);
    // Enabling again changes nothing and registers nothing twice.
    expect(await sites.enable(P)).toBe(true);
    expect(api.register).toHaveBeenCalledTimes(1);
  });

  it('without the permission only an intent is kept; permissions.onAdded completes it', async () => {
    const { api, state } = fakeSiteApis();
    const sites = new SiteAccess(api);
    expect(await sites.enable(P, 9)).toBe(false);
    expect(state.storage[USER_SITES_KEY]).toBeUndefined();
    expect(state.script).toBeUndefined();
    state.granted.add(P);
    await sites.permissionsAdded(['https://other.example/*']);
    expect(state.script).toBeUndefined();
    await sites.permissionsAdded([P]);
    expect(state.script).toEqual([P]);
    expect(state.injected).toEqual([9]);
  });

  it('the popup and permissions.onAdded arriving together register once', async () => {
    const { api, state } = fakeSiteApis();
    const sites = new SiteAccess(api);
    await sites.enable(P, 1);
    state.granted.add(P);
    const results = await Promise.all([sites.permissionsAdded([P]), sites.enable(P, 1), sites.enable(P, 1)]);
    expect(results.slice(1)).toEqual([true, true]);
    expect(api.register).toHaveBeenCalledTimes(1);
    expect(state.script).toEqual([P]);
  });

  it('remove: forgotten, unregistered when it was the last, and open tabs are told', async () => {
    const Q = 'http://localhost/*';
    const { api, state } = fakeSiteApis([P, Q]);
    const sites = new SiteAccess(api);
    await sites.enable(P);
    await sites.enable(Q);
    expect(state.script).toEqual([P, Q]);
    await sites.remove(P);
    expect(state.script).toEqual([Q]);
    expect(state.removed).toEqual(['mail.example.com']);
    await sites.remove(Q);
    expect(state.script).toBeUndefined();
    expect(state.storage[USER_SITES_KEY]).toEqual([]);
  });

  it('sync registers only what the browser still grants, and ignores junk in storage', async () => {
    const { api, state } = fakeSiteApis([P]);
    state.storage[USER_SITES_KEY] = [P, 'https://revoked.example/*', '<all_urls>', 3];
    const sites = new SiteAccess(api);
    await sites.sync();
    expect(state.script).toEqual([P]);
    state.granted.delete(P); // taken back in the browser's own settings
    await sites.sync();
    expect(state.script).toBeUndefined();
  });
});
