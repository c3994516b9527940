// Fails (exit 1) when custom-elements.json or the README's API block is not what
// `npm run manifest` would write from the current JSDoc. Run by npm test (scripts/test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, MANIFEST, README, ROOT } from './manifest.mjs';

const read = (f) => {
  try {
    return readFileSync(join(ROOT, f), 'utf8');
  } catch {
    return '';
  }
};
/** First line that differs, to show what changed. */
function firstDiff(have, want) {
  const a = have.split('\n');
  const b = want.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const n = i < 0 ? a.length : i;
  return `  line ${n + 1}\n  committed: ${a[n] ?? '(end of file)'}\n  generated: ${b[n] ?? '(end of file)'}`;
}

const want = await generate();
let stale = 0;
for (const [file, text, what] of [
  [MANIFEST, want.manifest, MANIFEST],
  [README, want.readme, `the API block of ${README}`],
]) {
  const have = read(file);
  if (have === text) continue;
  stale++;
  console.log(`${what} is stale: run npm run manifest\n${firstDiff(have, text)}`);
}
if (stale) process.exit(1);
console.log(`${MANIFEST} and the API block of ${README} are up to date`);
