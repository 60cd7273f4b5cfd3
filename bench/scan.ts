/**
 * `npx tsx bench/scan.ts` (npm run bench:scan): scanText against libphonenumber-js
 * findNumbers on the same corpus in the same process — throughput on a ≥5 MiB
 * generated corpus, precision/recall on the unit-test table. The last line is
 * one JSON object for machines.
 *
 * Throughput counts UTF-8 bytes (what a page weighs), scanning message by message
 * as the content script scans text nodes. Each engine is warmed up, then timed
 * over several full passes, median taken.
 */
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import { scanText } from '../core/detect/index';
import { DETECT_CASES } from '../tests/unit/detect/cases';
import { buildCorpus } from './scan-corpus';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 5;

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

function throughput(engine: (text: string, region: string) => Hit[], corpus: string[], mib: number): { mbPerS: number; found: number } {
  let found = 0;
  for (let w = 0; w < 2; w++) for (let i = 0; i < corpus.length; i += 7) engine(corpus[i]!, 'CN');
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let n = 0;
    const t0 = performance.now();
    for (const msg of corpus) n += engine(msg, 'CN').length;
    times.push(performance.now() - t0);
    found = n;
  }
  return { mbPerS: mib / (median(times) / 1000), found };
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

const corpus = buildCorpus(TARGET_BYTES);
const bytes = corpus.reduce((n, m) => n + Buffer.byteLength(m, 'utf8'), 0);
const mib = bytes / (1024 * 1024);
console.log(`corpus: ${corpus.length} messages, ${mib.toFixed(2)} MiB UTF-8, ${corpus.reduce((n, m) => n + m.length, 0)} UTF-16 units`);

const scan = throughput(engines.scan, corpus, mib);
const base = throughput(engines.baseline, corpus, mib);
console.log(`scanText:            ${scan.mbPerS.toFixed(2)} MiB/s, ${scan.found} detections`);
console.log(`findNumbers (CN,v2): ${base.mbPerS.toFixed(2)} MiB/s, ${base.found} detections`);

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
    precision: round(q.precision),
    recall: round(q.recall),
    baseline_precision: round(qb.precision),
    baseline_recall: round(qb.recall),
    corpus_mib: round(mib, 2),
    messages: corpus.length,
    cases: DETECT_CASES.length,
  }),
);
