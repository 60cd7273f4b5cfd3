/** Prints every table case whose detections differ from the expectation (development aid). */
import { scanText } from '../core/detect/index';
import { DETECT_CASES } from '../tests/unit/detect/cases';

let bad = 0;
for (const c of DETECT_CASES) {
  const got = scanText(c.text, c.region ? { region: c.region } : undefined);
  const g = JSON.stringify(got.map((d) => [d.start, d.end, d.number, d.kind]));
  const e = JSON.stringify(c.expected.map((d) => [d.start, d.end, d.number, d.kind]));
  if (g !== e) {
    bad++;
    console.log(`${c.id} ${JSON.stringify(c.text)}\n  expected ${e}\n  got      ${g} ${JSON.stringify(got.map((d) => c.text.slice(d.start, d.end)))}`);
  }
}
console.log(`${bad} of ${DETECT_CASES.length} cases differ`);
