/**
 * `npm run bench:titles [-- --data <dir>] [--titles <file>]`
 *
 * What job-title lookups transfer, from a built index (default dist/data, from npm run
 * data:build): the files each lookup requests (v1/lookup/index.json, the posting shards of its
 * words, the display-title bucket of its answer), each counted once per page as the card's
 * shared cache does, at gzip level 6 (a typical server setting) and -9.
 *
 *   first lookup   one title on a page: everything it downloads (target <= 120 kB gzip)
 *   job board      100 job-title cards over 50 distinct titles on one page (target <= 400 kB)
 *
 * Titles: every 12th line of test/fixtures/titles-dev.tsv (50 posting titles across sectors), or
 * one per line from --titles. Also reports the main-thread work of the slowest lookup (JSON parse
 * of its files + ranking) measured in Node, as a guide to the browser's long-task budget (50 ms).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUCKET, unpack, type LookupIndex } from '../src/lookup/format.ts';
import { answer, rank } from '../src/lookup/match.ts';
import { isVague, queryWords, shardOf } from '../src/lookup/text.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, titles: { type: 'string' } } });
const root = path.resolve(values.data ?? 'dist/data');
const v1 = path.join(root, 'v1');
if (!existsSync(path.join(v1, 'lookup', 'index.json'))) {
  console.error(`error: no job-title index at ${path.join(v1, 'lookup')}\nfix: run npm run data:build first, or pass --data <dir> (the folder holding v1/).`);
  process.exit(2);
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const titles = values.titles
  ? lines(values.titles)
  : lines('test/fixtures/titles-dev.tsv')
      .map((l) => l.split('\t')[0])
      .filter((_, i) => i % 12 === 0)
      .slice(0, 50);

const sizes = new Map<string, { raw: number; gz6: number; gz9: number }>();
function size(rel: string) {
  let s = sizes.get(rel);
  if (!s) {
    const buf = readFileSync(path.join(v1, rel));
    s = { raw: buf.length, gz6: gzipSync(buf, { level: 6 }).length, gz9: gzipSync(buf, { level: 9 }).length };
    sizes.set(rel, s);
  }
  return s;
}

const index: LookupIndex = JSON.parse(readFileSync(path.join(v1, 'lookup', 'index.json'), 'utf8'));

/** The files one lookup requests, as src/lookup/reader.ts does, and its main-thread work in ms. */
function lookup(title: string): { files: string[]; ms: number; code?: string } {
  const q = queryWords(title);
  if (isVague(q)) return { files: [], ms: 0 };
  const files = ['lookup/index.json', ...new Set(q.map((w) => `lookup/p/${shardOf(w.word, index.shards)}.json`))];
  const texts = files.map((f) => readFileSync(path.join(v1, f), 'utf8'));
  const t0 = performance.now();
  const parsed = texts.map((t) => JSON.parse(t));
  const idx = parsed[0] as LookupIndex;
  const lists = new Map(q.map((w) => {
    const table = parsed[files.indexOf(`lookup/p/${shardOf(w.word, idx.shards)}.json`)].words;
    return [w.word, Object.hasOwn(table, w.word) ? unpack(table[w.word]) : []];
  }));
  const best = answer(rank(q, (w) => lists.get(w) ?? [], idx));
  const ms = performance.now() - t0;
  if (best) files.push(`lookup/t/${Math.floor(best.entry / BUCKET)}.json`);
  return { files, ms, code: best?.code };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const sum = (files: Iterable<string>, k: 'raw' | 'gz6' | 'gz9') => [...files].reduce((a, f) => a + size(f)[k], 0);

const runs = titles.map((t) => ({ title: t, ...lookup(t) }));
const first = runs.map((r) => ({ title: r.title, gz6: sum(r.files, 'gz6'), gz9: sum(r.files, 'gz9'), n: r.files.length })).sort((a, b) => a.gz6 - b.gz6);
const median = first[first.length >> 1];
const worst = first.at(-1)!;
const all = new Set(runs.flatMap((r) => r.files));
const slowest = [...runs].sort((a, b) => b.ms - a.ms)[0];

console.log(`job-title lookups from ${v1} (${index.entries} title entries, ${index.shards} shards, ${titles.length} distinct titles)`);
console.log(`  index.json                 ${kb(size('lookup/index.json').gz6)} gzip (${kb(size('lookup/index.json').raw)} raw)`);
console.log(`  first lookup on a page     median ${kb(median.gz6)} gzip, largest ${kb(worst.gz6)} ("${worst.title}", ${worst.n} files); target <= 120 kB`);
console.log(`  100 cards, ${titles.length} distinct titles  ${kb(sum(all, 'gz6'))} gzip in ${all.size} files (${kb(sum(all, 'gz9'))} at -9); target <= 400 kB`);
console.log(`  slowest lookup's work       ${slowest.ms.toFixed(1)} ms in Node (parse + rank, "${slowest.title}"); long-task budget 50 ms`);
if (worst.gz6 > 120_000 || sum(all, 'gz6') > 400_000) {
  console.log('  OVER TARGET');
  process.exitCode = 1;
}
