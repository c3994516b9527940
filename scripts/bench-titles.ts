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
 *
 * --browser also loads the built bundle (npm run build) in headless Chromium (CHROME_PATH, default
 * /usr/bin/chromium) from a local server and reports the longest main-thread task (PerformanceObserver
 * 'longtask', >= 50 ms) for a page with one job-title card, and for a page with 100 job-title cards
 * over the 50 titles, with the lookup files each page requested.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUCKET, unpack, type LookupIndex } from '../src/lookup/format.ts';
import { answer, rank } from '../src/lookup/match.ts';
import { isVague, queryWords, shardOf } from '../src/lookup/text.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, titles: { type: 'string' }, browser: { type: 'boolean', default: false } },
});
const root = path.resolve(values.data ?? 'dist/data');
const v1 = path.join(root, 'v1');
if (!existsSync(path.join(v1, 'lookup', 'index.json'))) {
  console.error(
    `error: no job-title index at ${path.join(v1, 'lookup')}\nfix: run npm run data:build first, or pass --data <dir> (the folder holding v1/).`,
  );
  process.exit(2);
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
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
  const lists = new Map(
    q.map((w) => {
      const table = parsed[files.indexOf(`lookup/p/${shardOf(w.word, idx.shards)}.json`)].words;
      return [w.word, Object.hasOwn(table, w.word) ? unpack(table[w.word]) : []];
    }),
  );
  const best = answer(rank(q, (w) => lists.get(w) ?? [], idx));
  const ms = performance.now() - t0;
  if (best) files.push(`lookup/t/${Math.floor(best.entry / BUCKET)}.json`);
  return { files, ms, code: best?.code };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const sum = (files: Iterable<string>, k: 'raw' | 'gz6' | 'gz9') => [...files].reduce((a, f) => a + size(f)[k], 0);

const runs = titles.map((t) => ({ title: t, ...lookup(t) }));
const first = runs
  .map((r) => ({ title: r.title, gz6: sum(r.files, 'gz6'), gz9: sum(r.files, 'gz9'), n: r.files.length }))
  .sort((a, b) => a.gz6 - b.gz6);
const median = first[first.length >> 1];
const worst = first.at(-1)!;
const all = new Set(runs.flatMap((r) => r.files));
const slowest = [...runs].sort((a, b) => b.ms - a.ms)[0];

console.log(
  `job-title lookups from ${v1} (${index.entries} title entries, ${index.shards} shards, ${titles.length} distinct titles)`,
);
console.log(`  index.json                 ${kb(size('lookup/index.json').gz6)} gzip (${kb(size('lookup/index.json').raw)} raw)`);
console.log(
  `  first lookup on a page     median ${kb(median.gz6)} gzip, largest ${kb(worst.gz6)} ("${worst.title}", ${worst.n} files); target <= 120 kB`,
);
console.log(
  `  100 cards, ${titles.length} distinct titles  ${kb(sum(all, 'gz6'))} gzip in ${all.size} files (${kb(sum(all, 'gz9'))} at -9); target <= 400 kB`,
);
console.log(
  `  slowest lookup's work       ${slowest.ms.toFixed(1)} ms in Node (parse + rank, "${slowest.title}"); long-task budget 50 ms`,
);
if (values.browser) await browser();

if (worst.gz6 > 120_000 || sum(all, 'gz6') > 400_000) {
  console.log('  OVER TARGET');
  process.exitCode = 1;
}

async function browser() {
  // @ts-expect-error: the bench's server is plain JavaScript without type declarations
  const { serve } = await import('../bench/server.mjs');
  const puppeteer = (await import('puppeteer-core')).default;
  if (!existsSync('dist/ai-risk-card.js')) throw new Error('dist/ai-risk-card.js is missing: run npm run build first.');
  const esc = (t: string) => t.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const page = (list: string[], attr = 'job-title') => `<!doctype html><meta charset="utf-8"><script>
window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
</script><script type="module" src="/ai-risk-card.js"></script>
${list.map((t) => `<ai-risk-card variant="compact" loading="eager" data-source="/data/" ${attr}="${esc(t)}"></ai-risk-card>`).join('\n')}`;
  const code = runs.find((r) => r.title === worst.title)?.code ?? '15-1252.00';
  const pages = new Map([
    ['/code.html', page([code], 'occupation')],
    ['/one.html', page([worst.title])],
    ['/board.html', page([...titles, ...titles])],
    [
      '/board-code.html',
      page(
        [...runs, ...runs].map((r) => r.code ?? '15-1252.00'),
        'occupation',
      ),
    ],
  ]);
  const server = await serve({ mounts: { '/data/': root, '/': path.resolve('dist') }, pages });
  const b = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  try {
    for (const name of ['code', 'one', 'board-code', 'board']) {
      const ctx = await b.createBrowserContext();
      const tab = await ctx.newPage();
      const lookups = new Set<string>();
      tab.on('request', (r) => r.url().includes('/data/v1/lookup/') && lookups.add(r.url()));
      await tab.goto(`${server.url}/${name}.html`);
      await tab.waitForFunction(
        () => [...document.querySelectorAll('ai-risk-card')].every((c) => c.shadowRoot?.querySelector('h2, [role=alert]')),
        { timeout: 60_000 },
      );
      await new Promise((r) => setTimeout(r, 300));
      const long: number[] = await tab.evaluate(() => (window as any).__long);
      const what: string = (
        {
          code: `1 card by code (${code}), for comparison`,
          one: `1 job-title card ("${worst.title}")`,
          board: `${titles.length * 2} job-title cards`,
          'board-code': `${titles.length * 2} cards by code (the same answers), for comparison`,
        } as Record<string, string>
      )[name];
      console.log(
        `  browser, ${what}: ${lookups.size} lookup files requested; long tasks: ${long.length ? long.join(', ') + ' ms' : 'none'}`,
      );
      await ctx.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
}
