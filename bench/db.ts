// npm run bench:db: imports 1,000,000 numbers from a generated CSV through the
// options page of the built extension in real Chromium, then looks up batches of
// 500 keys (half present) through the background, as the content script does.
// Prints import rows/s, lookup p50/p95 and peak memory; the LAST line is JSON.
import { execSync } from 'node:child_process';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/browsers';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCHES = 200;
const BATCH_KEYS = 500;
const CATEGORIES = ['collector', 'harassment', 'scam', 'telemarketing', 'impersonation', 'other'];
const file = resolve('bench/out/million.csv');

/** Row i's number: a valid CN mobile (13x/18x), spread so keys do not sort in file order. */
const keyOf = (i: number) => `+861${i % 2 ? 3 : 8}${String((i * 7919) % 1_000_000_000).padStart(9, '0')}`;

async function generate() {
  mkdirSync('bench/out', { recursive: true });
  const out = createWriteStream(file);
  out.write('number,category,label,reports,note,updated\n');
  for (let i = 0; i < ROWS; i++) {
    const key = keyOf(i);
    // One row in ten is written the way people write numbers, to exercise normalization.
    const number = i % 10 === 0 ? `${key.slice(3, 6)} ${key.slice(6, 10)} ${key.slice(10)}` : key;
    const line = `${number},${CATEGORIES[i % CATEGORIES.length]},label ${i % 97},${i % 50},,2026-${String(1 + (i % 12)).padStart(2, '0')}-15\n`;
    if (!out.write(line)) await new Promise<void>((ok) => out.once('drain', () => ok()));
  }
  await new Promise<void>((ok) => out.end(() => ok()));
}

function chromiumRssMb(): number {
  try {
    const ps = execSync("ps -eo rss,args | grep -E '[c]hromium' || true", { encoding: 'utf8' });
    return ps.split('\n').reduce((mb, l) => mb + (Number(l.trim().split(/\s+/)[0]) || 0), 0) / 1024;
  } catch {
    return 0;
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

console.log('building the extension...');
execSync('npm run build:e2e', { stdio: 'ignore' });
console.log(`generating ${ROWS.toLocaleString('en')} rows...`);
await generate();
const sizeMb = statSync(file).size / 1024 / 1024;
console.log(`csv: ${sizeMb.toFixed(1)} MB`);

const session = await launchChromium();
const page = await session.context.newPage();
await page.goto(session.extensionUrl('options.html'));
const cdp = await session.context.newCDPSession(page);
await cdp.send('Performance.enable');
let peakHeapMb = 0;
let peakRssMb = 0;
const sampler = setInterval(async () => {
  try {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peakHeapMb = Math.max(peakHeapMb, heap / 1024 / 1024);
  } catch {
    /* page busy */
  }
  peakRssMb = Math.max(peakRssMb, chromiumRssMb());
}, 250);

// Main-thread tasks over 50 ms while importing: what the user would feel as the page freezing.
await page.evaluate(() => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
});
await page.setInputFiles('input[name=list-file]', file);
const t0 = Date.now();
await page.click('button[name=import]');
await page.waitForSelector('[data-testid=import-done], [data-testid=import-error]', { timeout: 600_000 });
const importMs = Date.now() - t0;
const status = await page.locator('[data-testid=import-status]').innerText();
const longTasks: number[] = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
console.log(`import: ${status.trim()} in ${(importMs / 1000).toFixed(1)} s`);
if (await page.locator('[data-testid=import-error]').count()) throw new Error(`import failed: ${status}`);

// Lookups through the background, as content scripts make them.
const presentKeys = Array.from({ length: BATCHES * BATCH_KEYS }, (_, i) => keyOf((i * 104_729) % ROWS));
const durations: number[] = await page.evaluate(
  async ({ presentKeys, batches, size }) => {
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage;
    const out: number[] = [];
    for (let b = -10; b < batches; b++) {
      const keys: string[] = [];
      for (let i = 0; i < size; i++) {
        keys.push(i % 2 === 0 ? presentKeys[(Math.max(b, 0) * size + i) % presentKeys.length]! : `+8619${String(b * size + i + 5_000_000).padStart(9, '0')}`);
      }
      const t = performance.now();
      const r = await send({ type: 'lookup', keys });
      const dt = performance.now() - t;
      if (!r.ok) throw new Error('lookup failed');
      if (b >= 0) out.push(dt); // the first 10 are warm-up
    }
    return out;
  },
  { presentKeys, batches: BATCHES, size: BATCH_KEYS },
);
// Check the answers are real: a present key carries the imported verdict.
const check = await page.evaluate(
  (key) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { results: Record<string, { verdict: string }> } }> } } }).chrome.runtime.sendMessage({ type: 'lookup', keys: [key] }),
  keyOf(1),
);
clearInterval(sampler);
await session.close();

const result = {
  rows: ROWS,
  csv_mb: Number(sizeMb.toFixed(1)),
  import_s: Number((importMs / 1000).toFixed(2)),
  import_rows_per_s: Math.round(ROWS / (importMs / 1000)),
  lookup_batches: durations.length,
  lookup_batch_keys: BATCH_KEYS,
  lookup_p50_ms: Number(pct(durations, 50).toFixed(2)),
  lookup_p95_ms: Number(pct(durations, 95).toFixed(2)),
  lookup_max_ms: Number(Math.max(...durations).toFixed(2)),
  peak_options_js_heap_mb: Math.round(peakHeapMb),
  import_long_tasks: longTasks.length,
  import_longest_task_ms: Math.round(Math.max(0, ...longTasks)),
  peak_chromium_rss_mb: Math.round(peakRssMb),
  verdict_check: check.value.results[keyOf(1)]?.verdict,
};
console.log(`lookups of ${BATCH_KEYS} keys: p50 ${result.lookup_p50_ms} ms, p95 ${result.lookup_p95_ms} ms`);
console.log(JSON.stringify(result));
