/**
 * Adversarial inputs for the scanner's linear-time guarantee, shared by the unit
 * test (tests/unit/detect/linear.test.ts) and `npx tsx bench/scan-adversarial.ts`.
 */
import { scanText } from '../core/detect/index';

export interface Adversary {
  name: string;
  /** Builds an input of about `size` UTF-16 code units. */
  make(size: number): string;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export const ADVERSARIES: readonly Adversary[] = [
  { name: "'1 ' repeated", make: (n) => repeatTo('1 ', n) },
  { name: "'+86-' repeated", make: (n) => repeatTo('+86-', n) },
  { name: 'all digits', make: (n) => repeatTo('1380013800', n) },
  { name: 'all full-width digits', make: (n) => repeatTo('１３８００１３８０００', n) },
  { name: 'digits and zero-width', make: (n) => repeatTo('1\u200b', n) },
  { name: 'zero-width then digit', make: (n) => repeatTo('\u200b'.repeat(63) + '1', n) },
  { name: 'mobiles separated by spaces', make: (n) => repeatTo('13800138000 ', n) },
  { name: 'mobiles glued to letters', make: (n) => repeatTo('13800138000a', n) },
  { name: 'mobiles in one URL token', make: (n) => repeatTo('13800138000/', n) },
  { name: "'(0' repeated", make: (n) => repeatTo('(0', n) },
  { name: "'1-' repeated", make: (n) => repeatTo('1-', n) },
  { name: "'12 ' repeated", make: (n) => repeatTo('12 ', n) },
  { name: 'distinct mobiles', make: (n) => distinctMobiles(n) },
  { name: 'cue words and short numbers', make: (n) => repeatTo('拨打95188 ', n) },
  { name: 'spaces', make: (n) => ' '.repeat(n - 1) + '1' },
  { name: "'.1' repeated", make: (n) => repeatTo('.1', n) },
];

function distinctMobiles(size: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const s = `139${String(10000000 + ((i * 7919) % 90000000))} `;
    parts.push(s);
    len += s.length;
  }
  return parts.join('');
}

/** Median wall time of `runs` scans of `text`, in ms. */
export function timeScan(text: string, runs = 3): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    scanText(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const a of ADVERSARIES) {
    const small = a.make(256 * 1024);
    const big = a.make(1024 * 1024);
    timeScan(small, 1);
    const ts = timeScan(small);
    const tb = timeScan(big);
    console.log(`${a.name.padEnd(32)} 256KB ${ts.toFixed(1).padStart(7)} ms  1MB ${tb.toFixed(1).padStart(7)} ms  ratio ${(tb / ts).toFixed(2)}  found ${scanText(big).length}`);
  }
}
