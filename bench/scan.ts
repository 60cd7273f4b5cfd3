/**
 * `npx tsx bench/scan.ts` (npm run bench:scan): scanText against libphonenumber-js
 * findNumbers on the same corpus — throughput on a ≥5 MiB generated corpus,
 * precision/recall on the unit-test table. The last line is one JSON object for
 * machines.
 *
 * Throughput counts UTF-8 bytes (what a page weighs), scanning message by message
 * as the content script scans text nodes. Three ways, each a median:
 * - warm (`ratio`): each engine is warmed up, then timed over several full passes;
 * - cold (`ratio_cold`): the same, with scanText's caches (memoised validations,
 *   compiled patterns) emptied before each pass; findNumbers keeps no cache
 *   between calls, so its passes are the warm ones. Warm, cold and baseline
 *   passes alternate, so a burst of load from elsewhere hits all of them;
 * - first (`ratio_first`): the first pass of a fresh process, one child process
 *   per engine and run (modules loaded and the corpus built before the clock
 *   starts), engines alternating.
 */
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import { resetDetectCaches, scanText } from '../core/detect/index';
import { DETECT_CASES } from '../tests/unit/detect/cases';
import { buildCorpus } from './scan-corpus';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 5;
/** Fresh processes per engine for the first-pass figure. */
const FIRST_RUNS = Number(process.env.BENCH_SCAN_FIRST_RUNS ?? 5);

interface Hit {
  start: number;
  end: number;
  number: string;
}

const engines: Record<'scan' | 'baseline', (text: string, region: string) => Hit[]> = {
  scan: (text, region) => scanText(text, { region }),
  // The baseline only knows full numbers; its E.164 is already our canonical key.
  baseline: (text, region) =>
    findNumbers(text, { defaultCountry: region as CountryCode, v2: true }).map((f) => ({
      start: f.startsAt,
      end: f.endsAt,
      number: f.number.number as string,
    })),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

type EngineName = keyof typeof engines;

/** A full garbage collection, so no pass pays for the garbage of the one before (findNumbers leaves much). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** One full pass over the corpus: milliseconds and detections. */
function pass(engine: (text: string, region: string) => Hit[], corpus: string[]): { ms: number; found: number } {
  collectGarbage();
  let found = 0;
  const t0 = performance.now();
  for (const msg of corpus) found += engine(msg, 'CN').length;
  return { ms: performance.now() - t0, found };
}

/**
 * Warm and cold passes of scanText and passes of findNumbers, interleaved round
 * by round so that load from other processes falls on all three alike.
 */
function throughputs(corpus: string[], mib: number): Record<'scan' | 'scanCold' | 'base', { mbPerS: number; found: number }> {
  for (const name of ['scan', 'baseline'] as const) {
    for (let w = 0; w < 2; w++) for (let i = 0; i < corpus.length; i += 7) engines[name](corpus[i]!, 'CN');
  }
  const times = { scan: [] as number[], scanCold: [] as number[], base: [] as number[] };
  const found = { scan: 0, scanCold: 0, base: 0 };
  for (let r = 0; r < RUNS; r++) {
    const b = pass(engines.baseline, corpus);
    const w = pass(engines.scan, corpus);
    resetDetectCaches();
    const c = pass(engines.scan, corpus);
    times.base.push(b.ms);
    times.scan.push(w.ms);
    times.scanCold.push(c.ms);
    found.base = b.found;
    found.scan = w.found;
    found.scanCold = c.found;
  }
  const out = (k: keyof typeof times) => ({ mbPerS: mib / (median(times[k]) / 1000), found: found[k] });
  return { scan: out('scan'), scanCold: out('scanCold'), base: out('base') };
}

/** Child process: time the first pass of `name` in this fresh process, print it as JSON. */
function firstPassChild(name: EngineName): void {
  const corpus = buildCorpus(TARGET_BYTES);
  const p = pass(engines[name], corpus);
  console.log(JSON.stringify(p));
}

function firstPass(name: EngineName): { ms: number; found: number } {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--first', name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`first-pass child for ${name} failed: ${child.stderr}`);
  return JSON.parse(last) as { ms: number; found: number };
}

function quality(engine: (text: string, region: string) => Hit[]): { precision: number; recall: number; tp: number; reported: number; expected: number } {
  let tp = 0;
  let reported = 0;
  let expected = 0;
  for (const c of DETECT_CASES) {
    const got = engine(c.text, c.region ?? 'CN');
    reported += got.length;
    expected += c.expected.length;
    for (const g of got) {
      if (c.expected.some((e) => e.start === g.start && e.end === g.end && e.number === g.number)) tp++;
    }
  }
  return { precision: reported ? tp / reported : 1, recall: expected ? tp / expected : 1, tp, reported, expected };
}

const firstArg = process.argv.indexOf('--first');
if (firstArg >= 0) {
  firstPassChild(process.argv[firstArg + 1] as EngineName);
  process.exit(0);
}

const corpus = buildCorpus(TARGET_BYTES);
const bytes = corpus.reduce((n, m) => n + Buffer.byteLength(m, 'utf8'), 0);
const mib = bytes / (1024 * 1024);
console.log(`corpus: ${corpus.length} messages, ${mib.toFixed(2)} MiB UTF-8, ${corpus.reduce((n, m) => n + m.length, 0)} UTF-16 units`);

const { scan, scanCold, base } = throughputs(corpus, mib);
const firsts: Record<EngineName, number[]> = { scan: [], baseline: [] };
for (let r = 0; r < FIRST_RUNS; r++) {
  for (const name of ['scan', 'baseline'] as const) firsts[name].push(firstPass(name).ms);
}
const scanFirst = mib / (median(firsts.scan) / 1000);
const baseFirst = mib / (median(firsts.baseline) / 1000);

const f2 = (x: number) => x.toFixed(2).padStart(6);
console.log(`MiB/s                 warm   cold  first  (first: median of ${FIRST_RUNS} fresh processes)`);
console.log(`scanText            ${f2(scan.mbPerS)} ${f2(scanCold.mbPerS)} ${f2(scanFirst)}  ${scan.found} detections`);
console.log(`findNumbers (CN,v2) ${f2(base.mbPerS)} ${f2(base.mbPerS)} ${f2(baseFirst)}  ${base.found} detections`);
console.log(`ratio               ${f2(scan.mbPerS / base.mbPerS)} ${f2(scanCold.mbPerS / base.mbPerS)} ${f2(scanFirst / baseFirst)}`);

const q = quality(engines.scan);
const qb = quality(engines.baseline);
console.log(`table (${DETECT_CASES.length} cases, ${q.expected} expected detections):`);
console.log(`  scanText    precision ${q.precision.toFixed(4)} recall ${q.recall.toFixed(4)} (${q.tp}/${q.reported} reported correct)`);
console.log(`  findNumbers precision ${qb.precision.toFixed(4)} recall ${qb.recall.toFixed(4)} (${qb.tp}/${qb.reported} reported correct)`);

const round = (x: number, d = 4) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    scan_mb_per_s: round(scan.mbPerS, 2),
    baseline_mb_per_s: round(base.mbPerS, 2),
    ratio: round(scan.mbPerS / base.mbPerS, 2),
    scan_cold_mb_per_s: round(scanCold.mbPerS, 2),
    ratio_cold: round(scanCold.mbPerS / base.mbPerS, 2),
    scan_first_mb_per_s: round(scanFirst, 2),
    baseline_first_mb_per_s: round(baseFirst, 2),
    ratio_first: round(scanFirst / baseFirst, 2),
    precision: round(q.precision),
    recall: round(q.recall),
    baseline_precision: round(qb.precision),
    baseline_recall: round(qb.recall),
    corpus_mib: round(mib, 2),
    messages: corpus.length,
    cases: DETECT_CASES.length,
  }),
);
