// web-test-runner's own summary shares its line with other text; CI wants a plain
// `N passed, N failed` line. This reporter counts the tests of the last run and writes the counts
// to WTR_COUNTS_FILE (for scripts/test.mjs to add to the Node tests), or prints the line itself.
import { writeFileSync } from 'node:fs';

function count(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function countsReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        if (s.testResults) count(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) acc.failed++;
      }
      last = acc;
    },
    stop() {
      if (!last) return;
      if (process.env.WTR_COUNTS_FILE) writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify(last));
      else console.log(`${last.passed} passed, ${last.failed} failed`);
    },
  };
}
