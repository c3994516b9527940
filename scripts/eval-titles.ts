/**
 * `npm run eval:titles [-- --data <dir>] [--set dev|holdout|fresh|check|check2|…|check10|all] [--fit] [--errors]`
 *
 * Accuracy of the job-title matcher on the labelled sets in test/fixtures/titles-<set>.tsv, read
 * from a built index (default dist/data, from `npm run data:build`), with the same ranking and
 * threshold as the card (src/lookup). The sets, in the order they were written (README, Job titles):
 * dev (development set), holdout (written with it), fresh (written independently before the second
 * round), check … check10 (each written blind by a separate session that never saw the matcher
 * or the other sets; check … check9 were each scored once, then used for the next round of
 * rules; check10 was only scored).
 *
 *   top-1      answer's 6-digit SOC code = label (or one of "a|b", codes a coder accepts equally),
 *              over labelled titles (no match counts as wrong)
 *   no match   labelled titles that got no answer
 *   vague      "none" titles that got an answer (should be none)
 *   precision  share of answers that are right, per confidence band and at >= 0.8
 *
 * --fit prints confidence calibration constants fitted (logistic regression) on the held-out set
 * and the titles of the third to sixth check sets that no earlier set has (see the comment there).
 * DUMP=<file> also writes one JSON line per title of all sets with the top answer's features
 * (score, margin, single, coded, own-title share, runner-up score), for calibration analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unpack, type LookupIndex, type Posting } from '../src/lookup/format.ts';
import { answer, CALIBRATION, CAUTION, MARGIN_CAP, MIN_CONFIDENCE, MIN_SCORE, rank, type Ranking } from '../src/lookup/match.ts';
import { queryWords, shardOf } from '../src/lookup/text.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    set: { type: 'string', default: 'all' },
    fit: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.data ?? 'dist/data', 'v1/lookup');
if (!existsSync(path.join(root, 'index.json'))) {
  console.error(
    `error: no job-title index at ${root}\nfix: run npm run data:build first, or pass --data <dir> (the folder holding v1/).`,
  );
  process.exit(2);
}
const index: LookupIndex = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const shards = new Map<number, Record<string, number[][]>>();
const cache = new Map<string, Posting[]>();
function postings(word: string): Posting[] {
  let list = cache.get(word);
  if (!list) {
    const s = shardOf(word, index.shards);
    if (!shards.has(s)) shards.set(s, JSON.parse(readFileSync(path.join(root, 'p', `${s}.json`), 'utf8')).words);
    const t = shards.get(s)!;
    list = Object.hasOwn(t, word) ? unpack(t[word]) : [];
    cache.set(word, list);
  }
  return list;
}

/** The labelled sets, in the order they were written (test/fixtures/titles-<set>.tsv). */
const SETS: Record<string, string> = {
  dev: 'development set',
  holdout: 'held-out set',
  fresh: 'fresh set',
  check: 'check set',
  check2: 'second check set',
  check3: 'third check set',
  check4: 'fourth check set',
  check5: 'fifth check set',
  check6: 'sixth check set',
  check7: 'seventh check set',
  check8: 'eighth check set',
  check9: 'ninth check set',
  check10: 'tenth check set',
};

interface Row {
  title: string;
  label: string;
  r: Ranking;
}
function load(file: string): Row[] {
  return readFileSync(path.join('test/fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [title, label] = l.split('\t');
      return { title, label: label.trim(), r: rank(queryWords(title), postings, index) };
    });
}

/** The answer's 6-digit SOC code is the label, or one of a label's accepted codes ("a|b"). */
const accepts = (x: Row, code: string | undefined) => !!code && x.label.split('|').includes(code.slice(0, 7));

function report(name: string, rows: Row[]) {
  const labelled = rows.filter((x) => x.label !== 'none');
  const vague = rows.filter((x) => x.label === 'none');
  const right = labelled.filter((x) => accepts(x, answer(x.r)?.code)).length;
  const none = labelled.filter((x) => !answer(x.r)).length;
  const vagueHit = vague.filter((x) => answer(x.r)).length;
  console.log(`\n${name}: ${rows.length} titles (${labelled.length} labelled, ${vague.length} vague or nonsense)`);
  console.log(`  top-1      ${right}/${labelled.length} = ${pct(right / labelled.length)}`);
  console.log(`  no match   ${none}/${labelled.length} = ${pct(none / labelled.length)}`);
  console.log(`  vague      ${vagueHit}/${vague.length} matched (should be 0)`);
  const answered = rows.filter((x) => answer(x.r));
  const ok = (x: Row) => accepts(x, answer(x.r)!.code);
  console.log('  precision by confidence (answers; a vague title answered counts as wrong):');
  for (const [lo, hi] of [
    [0.9, 1.01],
    [0.8, 0.9],
    [0.6, 0.8],
    [0.4, 0.6],
    [MIN_CONFIDENCE, 0.4],
  ]) {
    const band = answered.filter((x) => answer(x.r)!.confidence >= lo && answer(x.r)!.confidence < hi);
    console.log(
      `    ${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)}  ${String(band.length).padStart(4)} answers, ${band.length ? pct(band.filter(ok).length / band.length) : '   –'} right`,
    );
  }
  const hi = answered.filter((x) => answer(x.r)!.confidence >= 0.8);
  console.log(
    `    >= 0.80     ${String(hi.length).padStart(4)} answers, ${hi.length ? pct(hi.filter(ok).length / hi.length) : '–'} right`,
  );
  if (values.errors) {
    for (const x of rows) {
      const a = answer(x.r);
      if (a ? accepts(x, a.code) : x.label === 'none') continue;
      const alt = x.r.ranked
        .slice(0, 3)
        .map((s) => `${s.code} ${s.occupation.slice(0, 28)} ${s.score}/${s.confidence}`)
        .join(' | ');
      console.log(
        `  ✗ ${x.title.padEnd(48)} want ${x.label}  got ${a ? a.code : 'none'}   [${x.r.words.map((w) => w.word).join(' ')}]  ${alt}`,
      );
    }
  }
}

if (process.env.DUMP) {
  const { writeFileSync } = await import('node:fs');
  const lines: string[] = [];
  for (const set of Object.keys(SETS)) {
    for (const x of load(`titles-${set}.tsv`)) {
      const [a, b] = x.r.ranked;
      lines.push(
        JSON.stringify({
          set,
          title: x.title,
          label: x.label,
          ans: answer(x.r)?.code ?? null,
          code: a?.code,
          dice: a?.score,
          margin: a?.margin,
          single: a?.single,
          coded: a?.coded,
          residual: a?.code[6] === '9',
          own: a?.own,
          own2: b?.own,
          cover: a?.cover,
          conf: a?.confidence,
          dice2: b?.score ?? 0,
          n: x.r.words.length,
          nhead: x.r.words.filter((w) => w.weight === 1).length,
        }),
      );
    }
  }
  writeFileSync(process.env.DUMP, lines.join('\n') + '\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const dev = load('titles-dev.tsv');
const sets = values.set === 'all' ? Object.keys(SETS) : [values.set];
for (const set of sets) {
  if (!(set in SETS)) {
    console.error(`error: no set "${set}"\nfix: pass --set ${Object.keys(SETS).join('|')}|all`);
    process.exit(2);
  }
  report(`${SETS[set]} (titles-${set}.tsv)`, set === 'dev' ? dev : load(`titles-${set}.tsv`));
}
console.log(
  `\nconfidence = logistic(${CALIBRATION.A}·score + ${CALIBRATION.B}·m + ${CALIBRATION.C}·single + ${CALIBRATION.E}·m·single + ${CALIBRATION.F}·coded + ${CALIBRATION.D.toFixed(2)}), m = min(margin, ${MARGIN_CAP}); no match below confidence ${MIN_CONFIDENCE} or score ${MIN_SCORE}`,
);

if (values.fit) {
  // Logistic regression of "top answer right" on (capped margin, single, margin × single, coded),
  // over the held-out set and the titles of the third to sixth check sets that no earlier set
  // has word for word (titles new to the matcher when those sets were first run); vague titles
  // count as wrong answers, so a confident answer to "Manager" is penalised. The shipped
  // constants were fitted this way on the answers given while those sets were still unseen
  // (commits a8cfb77, 7599cfd, 9ea8820 and e2ead20); on the current matcher, which has since been
  // tuned on them, the fit comes out somewhat more confident. The printed D is the fitted
  // intercept; the card uses D − CAUTION.
  // The score's weight A is not fitted: answers' scores are nearly all 1, so a fitted A is noise
  // (it even comes out negative); B, C, E, F, D are fitted around it.
  const A = CALIBRATION.A;
  const order = Object.keys(SETS);
  const before = (set: string) =>
    new Set(order.slice(0, order.indexOf(set)).flatMap((s) => load(`titles-${s}.tsv`).map((x) => x.title.trim().toLowerCase())));
  const fresh = (set: string) => {
    const seen = before(set);
    return load(`titles-${set}.tsv`).filter((x) => !seen.has(x.title.trim().toLowerCase()));
  };
  const rows = [...load('titles-holdout.tsv'), ...['check3', 'check4', 'check5', 'check6'].flatMap(fresh)];
  const xs = rows
    .filter((x) => x.r.ranked[0])
    .map((x) => {
      const [a] = x.r.ranked;
      const m = Math.min(a.margin, MARGIN_CAP);
      const single = a.single ? 1 : 0;
      return { o: A * Math.min(a.score, 1), f: [m, single, m * single, a.coded ? 1 : 0, 1], y: accepts(x, a.code) ? 1 : 0 };
    });
  // Newton's method (iteratively reweighted least squares) with a small ridge for stability.
  const n = 5;
  let w = [CALIBRATION.B, CALIBRATION.C, CALIBRATION.E, CALIBRATION.F, CALIBRATION.D + CAUTION];
  for (let it = 0; it < 50; it++) {
    const g = new Array(n).fill(0);
    const h = [...Array(n)].map(() => new Array(n).fill(0));
    for (const { o, f, y } of xs) {
      const p = 1 / (1 + Math.exp(-(o + f.reduce((s, v, k) => s + v * w[k], 0))));
      for (let i = 0; i < n; i++) {
        g[i] += (p - y) * f[i];
        for (let j = 0; j < n; j++) h[i][j] += p * (1 - p) * f[i] * f[j];
      }
    }
    for (let i = 0; i < n; i++) h[i][i] += 1e-2;
    w = w.map((v, i) => v - solve(h, g)[i]);
  }
  const [B, C, E, F, D] = w.map((v) => v.toFixed(2));
  console.log(
    `fitted on ${xs.length} answers (held-out set, new titles of the third to sixth check sets) with A ${A}: B ${B}, C ${C}, E ${E}, F ${F}, D ${D} (the card uses D − ${CAUTION})`,
  );
}

/** Solve h·x = g (Gaussian elimination with partial pivoting). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i]]);
  for (let c = 0; c < n; c++) {
    const p = m.slice(c).reduce((b, r, k) => (Math.abs(r[c]) > Math.abs(m[b][c]) ? k + c : b), c);
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r][n] - m[r].slice(r + 1, n).reduce((a, v, k) => a + v * x[r + 1 + k], 0)) / m[r][r];
  return x;
}
