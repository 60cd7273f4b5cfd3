import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // Unit tests run as a dev build (core/dev.ts); the store build's side is tested by
  // standing in for isDevBuild, and checked in the built files by scripts/check-store-build.mjs.
  define: { 'import.meta.env.SHIELD_DEV': 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20_000,
  },
});
