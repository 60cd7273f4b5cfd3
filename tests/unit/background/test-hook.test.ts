import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Which build the background believes it is: store (false) or dev/e2e (true, SHIELD_DEV_HOSTS=1).
const build = vi.hoisted(() => ({ dev: false }));
vi.mock('../../../db/subscriptions', async (original) => ({ ...(await original<typeof import('../../../db/subscriptions')>()), isDevBuild: () => build.dev }));

import background from '../../../entrypoints/background/index';

const scope = globalThis as { collectorShield?: unknown };

beforeEach(() => {
  fakeBrowser.reset();
  // What the fake browser does not implement; the background only registers listeners on them.
  const event = () => ({ addListener: () => undefined });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event() });
  Object.assign(fakeBrowser.contextMenus, { onClicked: event() });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [] });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  delete scope.collectorShield;
});
afterEach(() => {
  delete scope.collectorShield;
  vi.restoreAllMocks();
});

describe('the background test hook', () => {
  it('is absent from a store build', () => {
    build.dev = false;
    background.main();
    expect(scope.collectorShield).toBeUndefined();
  });

  it('is there in a dev build, for the e2e tests', () => {
    build.dev = true;
    background.main();
    expect(scope.collectorShield).toEqual({ onMenuClick: expect.any(Function) });
  });
});
