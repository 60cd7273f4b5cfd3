import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { KNOWN_SITE_MATCHES, DEV_SITE_MATCHES, CONTENT_SCRIPT } from './core/sites';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS, PERMISSIONS } from './core/permissions';

// SHIELD_DEV_HOSTS=1 adds 127.0.0.1/localhost to the content script's matches.
// Only the e2e tests, benchmarks and `npm start` set it, and they build into
// their own output folder, so a store zip never carries loopback access.
const devHosts = process.env.SHIELD_DEV_HOSTS === '1';
// SHIELD_OUT_DIR overrides the output folder, so a script (the store
// screenshots) can build without touching the folders others build into.
const outDir = process.env.SHIELD_OUT_DIR || (devHosts ? '.output-dev' : '.output');

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir,
  vite: () => ({
    plugins: [preact()],
    // Test-only code paths (lib/dev.ts) are compiled out of store builds.
    define: { 'import.meta.env.SHIELD_DEV': JSON.stringify(devHosts) },
  }),
  // The sources archive (for the Firefox add-on review) holds the code, not generated data.
  zip: { excludeSources: ['bench/out/**', 'test-results/**', '.output-dev/**', '.output-shots/**', 'store/screenshots/**'] },
  // Both targets are MV3: one permission model, one background design
  // (event page / service worker), and Firefox >= 127 grants MV3 host
  // permissions at install, so known sites work out of the box.
  manifestVersion: 3,
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!devHosts) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...DEV_SITE_MATCHES];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Each permission's reason is in core/permissions.ts (and store/permissions.json for the stores).
    permissions: [...PERMISSIONS],
    // Asked for one origin at a time, when the user enables a site or subscribes to a list hosted there.
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    host_permissions: [...HOST_PERMISSIONS, ...(devHosts ? DEV_SITE_MATCHES : [])],
    // The content script is an unlisted script declared here rather than a WXT
    // content-script entrypoint: WXT's wrapper announces every start to the page
    // (a document event named after the extension id, which page scripts can
    // hear and replay to stop it). See entrypoints/content-script.ts.
    content_scripts: [
      {
        matches: [...KNOWN_SITE_MATCHES],
        js: [CONTENT_SCRIPT.replace(/^\//, '')],
        run_at: 'document_idle',
        // Mail bodies often sit in iframes (163/126, classic QQ Mail), same-origin or about:blank/srcdoc.
        all_frames: true,
        match_about_blank: true,
      },
    ],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'collector-shield@collector-shield.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
