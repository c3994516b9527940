// Where the demo and the bench get their data: the public sources (AI_RISK_CARD_SOURCES, else
// ../shared/data) built into dist/data when present, else the committed sample set. One rule
// for both, so `npm start` and `npm run bench` never disagree about staleness.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Newest modification time of any file below dir. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function dataPlan() {
  const sources = resolve(process.env.AI_RISK_CARD_SOURCES || '../shared/data');
  const out = resolve('dist/data');
  const sample = resolve('demo/sample-data');
  const hasSources = existsSync(join(sources, 'gpts-are-gpts'));
  const stamp = join(out, 'v1', 'index.json');
  // Stale when missing or older than the sources or the code that builds and validates it
  // (src/lookup tokenises titles for the job-title index; the card refuses an index from other rules).
  const stale =
    hasSources &&
    (!existsSync(stamp) ||
      statSync(stamp).mtimeMs <
        Math.max(newest(sources), newest('tools/data'), newest('src/data'), newest('src/lookup'), newest('demo/custom')));
  return { sources, out, sample, hasSources, stale };
}
