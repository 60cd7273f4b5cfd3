/**
 * The detector runs on core/detect/metadata.json, a slice of libphonenumber-js'
 * `max` metadata (scripts/detect-metadata.mjs). These tests show the slice is
 * what the script writes from the installed library, and that every detection
 * on the test table, the benchmark corpus and the adversarial inputs is the
 * same as on the full `max` metadata.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MetadataJson } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect';
import { useDetectMetadata } from '../../../core/detect/metadata';
import type { Detection } from '../../../core/types';
import { ADVERSARIES } from '../../../bench/scan-adversarial';
import { buildCorpus } from '../../../bench/scan-corpus';
import { DETECT_CASES } from './cases';

const ROOT = resolve(__dirname, '../../..');
const MAX = max as unknown as MetadataJson;
/** Regions the content script scans with (core/region.ts) and the regions the slice serves. */
const REGIONS = ['CN', 'US', 'HK', 'MO', 'TW'];

interface Input {
  text: string;
  region?: string;
}

function inputs(): Input[] {
  const out: Input[] = [];
  for (const c of DETECT_CASES) {
    out.push({ text: c.text, region: c.region });
    for (const region of REGIONS) out.push({ text: c.text, region });
  }
  // The benchmark's own corpus (bench/scan.ts), whole, in the default region.
  for (const text of buildCorpus(5 * 1024 * 1024)) out.push({ text });
  for (const region of REGIONS.slice(1)) for (const text of buildCorpus(512 * 1024, 7)) out.push({ text, region });
  for (const a of ADVERSARIES) for (const region of ['CN', 'US']) out.push({ text: a.make(64 * 1024), region });
  return out;
}

function scanAll(all: Input[]): Detection[][] {
  return all.map(({ text, region }) => scanText(text, region ? { region } : undefined));
}

afterEach(() => useDetectMetadata(undefined));

describe('detector metadata', () => {
  it('is what npm run metadata writes from the installed libphonenumber-js', () => {
    expect(() => execFileSync(process.execPath, [resolve(ROOT, 'scripts/detect-metadata.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('is a small slice of max: under 10 KB gzipped', () => {
    const text = readFileSync(resolve(ROOT, 'core/detect/metadata.json'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(10 * 1024);
  });

  it('finds exactly what the full max metadata finds on the table, the bench corpus and the adversarial inputs', () => {
    const all = inputs();
    useDetectMetadata(MAX);
    const withMax = scanAll(all);
    useDetectMetadata(undefined);
    const withSlice = scanAll(all);
    const found = withMax.reduce((n, d) => n + d.length, 0);
    expect(found).toBeGreaterThan(60_000);
    for (let i = 0; i < all.length; i++) {
      if (withSlice[i]!.length === withMax[i]!.length && JSON.stringify(withSlice[i]) === JSON.stringify(withMax[i])) continue;
      expect(withSlice[i], `${all[i]!.region ?? 'CN'} ${JSON.stringify(all[i]!.text.slice(0, 200))}`).toEqual(withMax[i]);
    }
  }, 120_000);

  it('really switches: a calling code outside the slice is found on max only', () => {
    const text = 'Paris office: +33 1 42 68 53 00';
    useDetectMetadata(MAX);
    expect(scanText(text).map((d) => d.number)).toEqual(['+33142685300']);
    useDetectMetadata(undefined);
    expect(scanText(text)).toEqual([]);
    expect(scanText('London: +44 20 7946 0958').map((d) => d.number)).toEqual(['+442079460958']);
  });
});
