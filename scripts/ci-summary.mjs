// Prints the CI's last line, "N passed, N failed", from Vitest's JSON reports
// plus one check per CI step that has no report of its own (build, store-check, lint, zip).
// A step that failed, or a report that should exist and does not, counts as failed.
// Usage: node scripts/ci-summary.mjs test=0 build=0 lint=1 ...
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const notes = [];

for (const report of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(report)) {
    failed += 1;
    notes.push(`${report}: missing (its stage did not run to the end)`);
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that failed to load has no tests but is still a failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  failed += brokenFiles.length;
  if (r.numTotalTests === 0) {
    failed += 1;
    notes.push(`${report}: ran no test`);
  }
  notes.push(`${report}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${brokenFiles.length} files failed to load`);
}

let exitCode = 0;
for (const arg of process.argv.slice(2)) {
  const [step, code] = arg.split('=');
  if (step === 'test') {
    // npm test's own status: typecheck has no JSON report, so a non-zero exit
    // with all reported tests green means typecheck (or a crash) failed.
    if (code !== '0') exitCode = 1;
    continue;
  }
  if (code === '0') passed += 1;
  else {
    failed += 1;
    notes.push(`step ${step}: exit ${code}`);
  }
}
if (exitCode && failed === 0) {
  failed += 1;
  notes.push('npm test failed outside the test reports (typecheck?)');
}
for (const n of notes) console.log(`  ${n}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || exitCode ? 1 : 0);
