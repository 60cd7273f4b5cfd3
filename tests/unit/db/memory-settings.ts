import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../../../core/settings';

/** Settings kept in a variable, as storage.local keeps them in the extension (for backup and restore tests). */
export function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsStore & { current: Settings; saves: number } {
  const store = {
    current: initial,
    saves: 0,
    load: async () => store.current,
    save: async (s: Settings) => {
      store.current = s;
      store.saves += 1;
    },
  };
  return store;
}
