import { vi } from 'vitest';
import type { SiteApis } from '../../../entrypoints/background/sites';

/** The browser as SiteAccess sees it: storage, granted origins and registered scripts, all in memory. */
export function fakeSiteApis(granted: string[] = []) {
  const state = {
    storage: {} as Record<string, unknown>,
    granted: new Set(granted),
    script: undefined as string[] | undefined,
    injected: [] as number[],
    removed: [] as string[],
  };
  const api: SiteApis = {
    get: async (key) => (key in state.storage ? { [key]: structuredClone(state.storage[key]) } : {}),
    set: async (items) => void Object.assign(state.storage, structuredClone(items)),
    contains: async (origins) => origins.every((o) => state.granted.has(o)),
    registered: async () => (state.script ? [{ id: 'collector-shield-user-sites', matches: [...state.script] }] : []),
    register: vi.fn(async (matches: string[]) => {
      if (state.script) throw new Error('Duplicate script ID');
      state.script = [...matches];
    }),
    update: vi.fn(async (matches: string[]) => {
      if (!state.script) throw new Error('No script');
      state.script = [...matches];
    }),
    unregister: vi.fn(async () => {
      state.script = undefined;
    }),
    inject: vi.fn(async (tabId: number) => void state.injected.push(tabId)),
    notifyRemoved: vi.fn(async (host: string) => void state.removed.push(host)),
  };
  return { api, state };
}
