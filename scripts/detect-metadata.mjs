/**
 * `npm run metadata`: writes core/detect/metadata.json, the libphonenumber-js
 * metadata the content script's number detector (core/detect) runs on.
 *
 * It is a slice of the `max` metadata (with per-type patterns, so validity
 * rejects unassigned ranges and getType() tells mobile from landline) shipped by
 * the pinned libphonenumber-js, holding every country of the calling codes
 * below and the non-geographic codes (+800, +808, +870, +878, +881, +882, +883,
 * +888, +979). The whole `max` file is 157 KB (39 KB gzipped); this is a tenth
 * of it.
 *
 * Why a slice of the shipped file and not libphonenumber-metadata-generator:
 * that tool downloads Google's PhoneNumberMetadata.xml at run time, so its
 * output depends on the day it runs, not on the libphonenumber-js version in
 * package-lock.json, and the detector would validate with other data than the
 * rest of the extension. Slicing keeps the same data, in the same minified
 * format (metadata version 4) that libphonenumber-js/core takes as its
 * metadata argument, with the generator's rule for a country subset: each
 * calling code lists only the included countries, its main country first.
 *
 * After upgrading libphonenumber-js, run `npm run metadata` and commit the JSON;
 * tests/unit/detect/metadata.test.ts fails while the two disagree.
 *
 * `node scripts/detect-metadata.mjs --check` exits 1 when the committed file is
 * not what this script would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Calling codes whose numbers the detector recognises, with every country that
 * shares them (a +1 number may be Canadian, a +44 one from Jersey):
 * - the regions the extension serves: mainland China, Hong Kong, Macao,
 *   Taiwan, and the North American numbering plan (Google Voice);
 * - the foreign codes the detection table and the format checks cover
 *   (tests/unit/detect): the UK, Japan, Singapore and Australia.
 * Numbers of any other calling code (+33, +49, +82…) are not detected; adding
 * a code here adds its patterns (about 0.4–1 KB gzipped each) to the content
 * script.
 */
export const CALLING_CODES = ['86', '852', '853', '886', '1', '44', '81', '65', '61'];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = resolve(ROOT, 'core/detect/metadata.json');

export function sliceMetadata(max, callingCodes = CALLING_CODES) {
  const country_calling_codes = {};
  const countries = {};
  for (const code of callingCodes) {
    const list = max.country_calling_codes[code];
    if (!list?.length) throw new Error(`+${code} is not a calling code in the libphonenumber-js metadata`);
    country_calling_codes[code] = [...list];
    for (const country of list) countries[country] = max.countries[country];
  }
  return { version: max.version, country_calling_codes, countries, nonGeographic: { ...max.nonGeographic } };
}

/** JSON with one country per line, so an upgrade shows as a readable diff. */
export function serialise(metadata) {
  const block = (obj) =>
    `{\n${Object.entries(obj)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',\n')}\n}`;
  return (
    `{"version":${JSON.stringify(metadata.version)},\n` +
    `"country_calling_codes":${JSON.stringify(metadata.country_calling_codes)},\n` +
    `"countries":${block(metadata.countries)},\n` +
    `"nonGeographic":${block(metadata.nonGeographic)}}\n`
  );
}

function main() {
  const require = createRequire(import.meta.url);
  const max = require('libphonenumber-js/metadata.max.json');
  const text = serialise(sliceMetadata(max));
  JSON.parse(text);
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(OUTPUT, 'utf8');
    } catch {}
    if (old !== text) {
      console.error(`${OUTPUT} is out of date: run npm run metadata`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date`);
    return;
  }
  writeFileSync(OUTPUT, text);
  const { version } = require('libphonenumber-js/package.json');
  console.log(`wrote ${OUTPUT}: ${text.length} bytes, from libphonenumber-js ${version} metadata.max.json`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
