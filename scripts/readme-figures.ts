// Figures in the README that describe what the tests run (vector counts, fuzz runs) are written by
// this script from the tests' own definitions, never typed by hand. In README.md a figure is marked
// `<!--fig:name-->1,234<!--/fig-->`.
//   npm run readme:figures            rewrites the marked figures in README.md
//   tsx scripts/readme-figures.ts --check   exits 1 (naming each stale figure) when one is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostileBase, hostileCases } from '../test/browser/hostile-cases.js';
import { FUZZ_RUNS } from '../test/browser/fuzz-runs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = `${root}README.md`;
const FIXTURE = `${root}test/fixtures/data/v1/occupations/15-2051.00.json`;

export function figures(): Record<string, number> {
  const hostile = hostileCases(hostileBase(JSON.parse(readFileSync(FIXTURE, 'utf8'))));
  return {
    'hostile.vectors': hostile.vectors,
    'hostile.fields': hostile.fields,
    'hostile.pairs': hostile.pairs,
    'hostile.urlVectors': hostile.urlVectors,
    'hostile.attrCases': hostile.attrCases,
    'fuzz.total': FUZZ_RUNS.valid + FUZZ_RUNS.near + FUZZ_RUNS.arbitrary + FUZZ_RUNS.json,
    'fuzz.valid': FUZZ_RUNS.valid,
    'fuzz.near': FUZZ_RUNS.near,
    'fuzz.arbitrary': FUZZ_RUNS.arbitrary,
    'fuzz.json': FUZZ_RUNS.json,
  };
}

const MARK = /<!--fig:([\w.]+)-->(.*?)<!--\/fig-->/g;

/** The README with every marked figure set, and the figures that changed or are unknown. */
export function withFigures(text: string, values = figures()) {
  const stale: string[] = [];
  const unknown: string[] = [];
  const out = text.replace(MARK, (all, name: string, shown: string) => {
    if (!(name in values)) {
      unknown.push(name);
      return all;
    }
    const want = values[name].toLocaleString('en-US');
    if (shown !== want) stale.push(`${name}: README says ${shown || '(nothing)'}, the tests make ${want}`);
    return `<!--fig:${name}-->${want}<!--/fig-->`;
  });
  const used = new Set([...text.matchAll(MARK)].map((m) => m[1]));
  const unused = Object.keys(values).filter((k) => !used.has(k));
  return { text: out, stale, unknown, unused };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = withFigures(readFileSync(README, 'utf8'));
  const problems = [
    ...r.unknown.map((n) => `unknown figure "${n}"`),
    ...r.unused.map((n) => `figure "${n}" is not in the README`),
  ];
  if (process.argv.includes('--check')) {
    problems.push(...r.stale);
    if (problems.length) {
      console.error(`README.md figures are stale (run \`npm run readme:figures\`):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('README.md figures match the tests');
  } else {
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
    writeFileSync(README, r.text);
    console.log(r.stale.length ? `updated ${r.stale.length} figure(s) in README.md` : 'README.md figures were current');
  }
}
