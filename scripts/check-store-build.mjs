// Fails when a store build carries a dev-only marker: the e2e probe key, the
// background's test hook, or loopback access. Those belong to the dev builds
// (SHIELD_DEV_HOSTS=1, in .output-dev) and must be compiled out of .output.
// Usage: node scripts/check-store-build.mjs [build folder ...]
//   (default: .output/chrome-mv3 .output/firefox-mv3, after `npm run build`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

export const DEV_MARKERS = ['e2eProbe', 'collectorShield', '127.0.0.1'];
/** Text files a browser runs or reads: the code, and the manifest and pages that load it. */
const CHECKED = new Set(['.js', '.mjs', '.html', '.json']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every dev marker in the build's code, with the text around it. */
export function findMarkers(dir) {
  const hits = [];
  let checked = 0;
  let bytes = 0;
  for (const path of files(dir)) {
    if (!CHECKED.has(extname(path))) continue;
    const text = readFileSync(path, 'utf8');
    checked += 1;
    bytes += text.length;
    for (const marker of DEV_MARKERS) {
      for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
        hits.push({ file: relative(dir, path), marker, context: text.slice(Math.max(0, at - 60), at + marker.length + 40).replace(/\s+/g, ' ') });
      }
    }
  }
  return { checked, bytes, hits };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['.output/chrome-mv3', '.output/firefox-mv3'];
  let failed = false;
  console.log(`Looking for dev-only markers (${DEV_MARKERS.join(', ')}) in ${[...CHECKED].join(' ')} files`);
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.log(`  ${dir}: no build here (run npm run build first)`);
      failed = true;
      continue;
    }
    const { checked, bytes, hits } = findMarkers(dir);
    if (checked === 0) failed = true;
    console.log(`  ${dir}: ${checked} files, ${(bytes / 1024).toFixed(0)} KiB, ${hits.length ? `${hits.length} markers` : 'no marker'}`);
    for (const h of hits) console.log(`    ${h.file}: "${h.marker}" in …${h.context}…`);
    if (hits.length) failed = true;
  }
  console.log(failed ? 'Store build check FAILED' : 'Store build check passed');
  process.exit(failed ? 1 : 0);
}
