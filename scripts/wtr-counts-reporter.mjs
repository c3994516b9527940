// web-test-runner's own summary shares its line with other text; CI wants a plain
// `N passed, N failed` line. This reporter counts the tests of the last run over every browser
// (each engine, and each extra instance such as "Firefox (dark OS)"), prints one line per browser
// with its skipped tests, and writes the totals to WTR_COUNTS_FILE (for scripts/test.mjs to add
// to the Node tests) or prints the line itself. A skipped test is never counted as passed.
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

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

export function countsReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const s of sessions) {
        const acc = { passed: 0, failed: 0, skipped: 0 };
        if (s.testResults) count(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) acc.failed++;
        const b = byBrowser.get(s.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const k of Object.keys(acc)) {
          b[k] += acc[k];
          total[k] += acc[k];
        }
        byBrowser.set(s.browser.name, b);
      }
      last = { ...total, browsers: Object.fromEntries(byBrowser) };
    },
    stop() {
      if (!last) return;
      for (const [name, c] of Object.entries(last.browsers)) console.log(`${name}: ${line(c)}`);
      if (process.env.WTR_COUNTS_FILE) writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify(last));
      else console.log(`${last.passed} passed, ${last.failed} failed`);
    },
  };
}
