// `npm test`: type-check, manifest and README-figures checks, build, Node tests (data build, package), then browser
// tests in Chromium, Firefox and WebKit (BROWSERS=chromium,… picks fewer; see
// web-test-runner.config.mjs).
// Ends with one line `N passed, N failed` over both suites (CI reads it); skipped tests are
// counted apart, on the line before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });

let passed = 0;
let failed = 0;
let skipped = 0;

console.log('> tsc --noEmit');
const tsc = run(bin('tsc'), ['--noEmit']);
process.stdout.write(tsc.stdout);
if (tsc.status !== 0) failed++;

// custom-elements.json and the README's API block must match the JSDoc.
// Style is part of the build: ESLint (typescript-eslint, lit, wc) and Prettier.
console.log('> eslint .');
const lint = run(bin('eslint'), ['.']);
process.stdout.write(lint.stdout);
if (lint.status !== 0) failed++;
console.log('> prettier --check .');
const format = run(bin('prettier'), ['--check', '.', '--log-level=warn']);
process.stdout.write(format.stdout);
if (format.status !== 0) failed++;

console.log('> check-manifest');
const manifest = run(process.execPath, ['scripts/check-manifest.mjs']);
process.stdout.write(manifest.stdout);
if (manifest.status !== 0) failed++;

// The README's figures about the tests (vector and fuzz counts) must match the tests' definitions.
console.log('> readme-figures --check');
const figures = run(bin('tsx'), ['scripts/readme-figures.ts', '--check']);
process.stdout.write(figures.stdout);
if (figures.status !== 0) failed++;

// Everything the package ships (CDN bundle, schema, dist/lib): the Node tests check the package
// and the browser tests load the minified bundle (test/browser/bundle.test.ts).
console.log('> npm run build');
const build = run('npm', ['run', 'build', '--silent']);
process.stdout.write(build.stdout);
if (build.status !== 0) failed++;

// The size budgets (scripts/size.mjs): the core bundle and each chunk beside it, gzip -9.
console.log('> npm run size');
const size = run('npm', ['run', 'size', '--silent']);
process.stdout.write(size.stdout);
if (size.status !== 0) failed++;

// With the public sources: `npm pack` as for publishing (prepack builds the full data set into
// dist/data) and unpack it, for test/node/pack.test.ts and the CDN and full-data browser tests.
// Without them it says so, and those tests report themselves skipped.
console.log('> node scripts/pack-test.mjs');
const packed = run(process.execPath, ['scripts/pack-test.mjs']);
process.stdout.write(packed.stdout);
if (packed.status !== 0) failed++;

const nodeTests = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test/node', f));
if (nodeTests.length) {
  console.log('> node --test test/node');
  const nt = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]);
  process.stdout.write(nt.stdout);
  const num = (k) => Number(nt.stdout.match(new RegExp(`^\\S*\\s*${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  passed += num('pass');
  failed += num('fail') + (nt.status !== 0 && !num('fail') ? 1 : 0);
  skipped += num('skipped') + num('todo');
}

// React 19 is CommonJS: bundle the framework runtimes once for the framework-usage tests.
console.log('> bundle React 19 and Vue 3 for test/browser/frameworks.test.ts');
const vendor = run(bin('esbuild'), [
  'test/frameworks/vendor.mjs',
  '--bundle',
  '--format=esm',
  '--minify',
  '--log-level=warning',
  '--define:process.env.NODE_ENV="production"',
  '--define:__VUE_OPTIONS_API__=true',
  '--define:__VUE_PROD_DEVTOOLS__=false',
  '--define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false',
  '--outfile=dist/test-vendor/frameworks.js',
]);
process.stdout.write(vendor.stdout);
if (vendor.status !== 0) failed++;

console.log('> web-test-runner');
const countsFile = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'counts.json');
const wtr = run(bin('web-test-runner'), [], { WTR_COUNTS_FILE: countsFile, CI: 'true' });
process.stdout.write(wtr.stdout);
try {
  const c = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed += c.passed;
  failed += c.failed + (wtr.status !== 0 && !c.failed ? 1 : 0);
  skipped += c.skipped;
} catch {
  console.log('web-test-runner did not report its counts (it failed to start?)');
  failed++;
}

console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
