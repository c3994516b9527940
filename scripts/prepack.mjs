// `prepack` (npm pack, npm publish): the package carries its data. Builds the code and the static
// data API from the public sources into dist/data, where the CDN bundle looks by default (data/
// beside dist/ai-risk-card.js), and checks it is complete. Refuses to go on without the sources:
// a package without data gives every card an error.
//
//   AI_RISK_CARD_SOURCES  the public sources (default ../shared/data; see README, Data build)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One file per source the build cannot do without; enough to tell "no sources" from "wrong folder". */
const REQUIRED = [
  'gpts-are-gpts/full_labelset.tsv',
  'onet-30.1/Occupation Data.csv',
  'bls-oews',
  'bls-ep',
  'crosswalks',
  'working-with-ai',
  'aei-2025-02-10',
];

const sources = resolve(process.env.AI_RISK_CARD_SOURCES || '../shared/data');
const out = resolve('dist/data');

function fail(message) {
  console.error(`\nprepack: ${message}\n`);
  process.exit(1);
}

const missing = REQUIRED.filter((f) => !existsSync(join(sources, f)));
if (missing.length)
  fail(
    `refusing to pack: the package must carry its data, and the public data sources are not in ${sources}\n` +
      `(missing: ${missing.join(', ')}).\n` +
      `Put them there, or set AI_RISK_CARD_SOURCES=/path/to/sources (layout: README, "Data build"), then pack again.`,
  );

function step(args, what) {
  console.error(`prepack: ${what}`);
  const [cmd, pre] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  // Everything on stderr, so `npm pack --json` prints only its JSON.
  const r = spawnSync(cmd, [...pre, ...args], { stdio: ['inherit', process.stderr, 'inherit'] });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status ?? r.signal}); nothing was packed.`);
}

step(['run', 'build'], 'npm run build');
step(['run', 'check:manifest'], 'npm run check:manifest');
// Always rebuilt: a package must never carry data older than its sources or its build code.
step(['run', 'data:build', '--', '--sources', sources, '--out', out], `npm run data:build from ${sources}`);

// Complete or nothing: every document the index lists, with its badge, and the lookup files.
const v1 = join(out, 'v1');
for (const f of ['index.json', 'titles.json', 'meta.json'])
  if (!existsSync(join(v1, f))) fail(`dist/data/v1/${f} is missing after the data build.`);
const index = JSON.parse(readFileSync(join(v1, 'index.json'), 'utf8')).occupations;
const docs = new Set(readdirSync(join(v1, 'occupations')));
const badges = new Set(readdirSync(join(v1, 'badges')));
const absent = index.filter((o) => !docs.has(`${o.code}.json`) || !badges.has(`${o.code}.svg`)).map((o) => o.code);
if (!index.length || absent.length)
  fail(
    `the data build is incomplete: ${index.length} occupations indexed, missing documents or badges for ${absent.slice(0, 5).join(', ') || 'all'}.`,
  );
// The attribution travels with the data folder when someone copies it to their own host.
copyFileSync('NOTICE', join(out, 'NOTICE'));
console.error(`prepack: ${index.length} occupations in dist/data/v1, ready to pack.`);
