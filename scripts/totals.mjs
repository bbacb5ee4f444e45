// Prints the suite totals as the one line CI reads: "N passed, N failed".
// Lint and type-check failures count as failed checks too, so a red check is
// never hidden behind green tests. Exits 1 when anything failed or nothing ran.
import { existsSync, readFileSync } from 'node:fs';

const [file, failedChecksArg = '0'] = process.argv.slice(2);
const failedChecks = Number(failedChecksArg);
let passed = 0;
let failed = failedChecks;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that failed to load has no test results but is a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
