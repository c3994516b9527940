// `npm run size`: gzip -9 (and brotli) size of the CDN bundle and each chunk beside it, against
// their budgets, with a per-module breakdown of the core so any growth has a name. Exits 1 when
// anything is over budget (npm test runs it after the build). Reads dist/ as `vite build` left it
// (dist/size-report.json: each chunk's modules, written by vite.config.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets in bytes, gzip -9. The core is what a card given an O*NET-SOC code needs to render fully. */
export const BUDGETS = {
  // The 20,480 B target is not reachable with zod/mini in the bundle (the fixed stack): this is
  // what the card reaches, enforced so it cannot grow unnoticed (README: Size budget).
  core: 28928,
  lookup: 4096,
  locale: 3328,
  /** English error details, loaded when a card first shows an error. */
  errors: 1024,
  /** variant="mini": its line, dialog and styles, loaded by the first mini card on a page. */
  mini: 2560,
  /**
   * The job-title matcher and its index reader (src/lookup/), loaded by the first job-title card.
   * Mostly the curated synonym list and chain names (src/lookup/synonyms.ts): each rule costs
   * bytes, so it grows only with rules that a check set showed to help (README, Job titles).
   */
  titles: 10240,
};

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** What each chunk is, from its modules. */
function kind(modules) {
  if (modules.some((m) => m.endsWith('src/define.ts'))) return 'core';
  if (modules.some((m) => m.endsWith('src/data/resolve.ts'))) return 'lookup';
  if (modules.some((m) => /src\/i18n\/locales\/[\w-]+\.ts$/.test(m))) return 'locale';
  if (modules.some((m) => m.endsWith('src/i18n/details.ts'))) return 'errors';
  if (modules.some((m) => m.endsWith('src/views/mini.ts'))) return 'mini';
  if (modules.some((m) => /src\/lookup\//.test(m))) return 'titles';
  return 'other';
}

/** The breakdown's groups: libraries, the contract, each view, styles, and the rest by folder. */
function group(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\/|oxc-project/.test(id)) return 'Lit';
  if (/node_modules\/zod\//.test(id)) return 'zod';
  if (/src\/data\/(contract|constants)\.ts$/.test(id)) return 'contract (zod/mini schema)';
  if (/src\/views\/([\w-]+)\.ts$/.test(id)) return `view: ${id.match(/src\/views\/([\w-]+)\.ts$/)[1]}`;
  if (/src\/styles\//.test(id)) return 'styles';
  if (/src\/i18n\//.test(id)) return 'i18n (English, formatters, locale loading)';
  if (/src\/(data|controllers)\//.test(id)) return 'loading (controllers, fetch, cache)';
  if (/src\/(ai-risk-card|define|version|types)\.ts$/.test(id)) return 'element';
  return id;
}

export function measure(dir = 'dist') {
  const report = JSON.parse(readFileSync(`${dir}/size-report.json`, 'utf8'));
  const chunks = Object.entries(report).map(([file, { modules }]) => {
    const buf = readFileSync(`${dir}/${file}`);
    return { file, kind: kind(Object.keys(modules)), bytes: buf.length, gzip: gz(buf), brotli: br(buf), modules };
  });
  return chunks.map((c) => ({ ...c, budget: BUDGETS[c.kind] }));
}

/** Minified bytes and gzip share of each group: gzip of the chunk without the group, subtracted. */
export function breakdown(modules) {
  const min = Object.entries(modules).map(([id, code]) => [
    id,
    transformSync(code, { minify: true, format: 'esm', target: 'es2022' }).code,
  ]);
  const all = gz(min.map(([, c]) => c).join('\n'));
  const groups = new Map();
  for (const [id, code] of min) {
    const g = groups.get(group(id)) ?? { min: 0, ids: [] };
    g.min += code.length;
    g.ids.push(id);
    groups.set(group(id), g);
  }
  return [...groups]
    .map(([name, g]) => ({
      name,
      min: g.min,
      gzip:
        all -
        gz(
          min
            .filter(([id]) => !g.ids.includes(id))
            .map(([, c]) => c)
            .join('\n'),
        ),
    }))
    .sort((a, b) => b.gzip - a.gzip);
}

const WHEN = {
  core: 'always',
  lookup: '`occupation` as SOC code, slug or `auto`; `job-title`',
  titles: '`job-title` (and `auto` without a code): the matcher and index reader',
  locale: "a card's `lang` needs it; once per page",
  errors: 'a card first shows an error (its specific cause)',
  mini: 'the first `variant="mini"` card on a page',
};
const n = (x) => x.toLocaleString('en-US');

/**
 * `npm run size -- --readme`: rewrites the README's size table and breakdown (between the
 * `<!-- size:start -->` and `<!-- size:end -->` markers) from this run, so the figures there are
 * measured, never retyped.
 */
function writeReadme(chunks) {
  const byKind = new Map();
  for (const c of chunks) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const rows = [...byKind].map(([k, list]) => {
    const sizes = list.map((c) => c.gzip);
    const lo = Math.min(...sizes);
    const hi = Math.max(...sizes);
    const name =
      k === 'core'
        ? '`ai-risk-card.js`'
        : k === 'locale'
          ? '`ai-risk-card-<lang>-*.js` (es, de, fr, pt-BR)'
          : `\`ai-risk-card-${k === 'errors' ? 'details' : k}-*.js\``;
    return `| ${name} | ${WHEN[k] ?? ''} | ${lo === hi ? `${n(lo)} B` : `${n(lo)}–${n(hi)} B`} | ${n(BUDGETS[k])} B${list.length > 1 ? ' each' : ''} |`;
  });
  const core = chunks.find((c) => c.kind === 'core');
  const parts = breakdown(core.modules)
    .map((g) => `${g.name} ${n(g.gzip)} B (${n(g.min)})`)
    .join('; ');
  const block = [
    '<!-- size:start (written by npm run size -- --readme) -->',
    '| file | loaded | gzip -9 | budget |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Where the core's ${n(core.gzip)} B go (what removing each part would save, gzip; minified bytes in brackets): ${parts}. The parts compress together, so they add up to a little more than the total.`,
    '<!-- size:end -->',
  ].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(/<!-- size:start[\s\S]*?<!-- size:end -->/, block);
  if (next === readme && !readme.includes('<!-- size:start')) throw new Error('README.md has no <!-- size:start --> block');
  writeFileSync('README.md', next);
  console.log('wrote the size block of README.md');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.on('error', (e) => e.code === 'EPIPE' || Promise.reject(e)); // piped into head
  let over = 0;
  const chunks = measure();
  for (const c of chunks.sort((a, b) => (a.kind === 'core' ? -1 : b.kind === 'core' ? 1 : a.file < b.file ? -1 : 1))) {
    const verdict = c.budget
      ? c.gzip <= c.budget
        ? `within ${c.budget}`
        : `OVER ${c.budget} by ${c.gzip - c.budget}`
      : 'no budget';
    if (c.budget && c.gzip > c.budget) over++;
    console.log(`dist/${c.file} (${c.kind}): ${c.bytes} B, ${c.gzip} B gzip -9, ${c.brotli} B brotli; ${verdict}`);
    if (c.kind === 'core') {
      console.log('  where the core goes (esbuild-minified bytes; gzip: what removing the group would save):');
      for (const g of breakdown(c.modules))
        console.log(`  ${String(g.gzip).padStart(7)} gz ${String(g.min).padStart(7)} min  ${g.name}`);
    }
  }
  // Every chunk has a budget: a new kind of chunk must be given one here.
  for (const c of chunks.filter((c) => c.kind === 'other')) {
    over++;
    console.log(`${c.file}: a chunk of no known kind (give it a budget in scripts/size.mjs)`);
  }
  if (!chunks.some((c) => c.kind === 'core')) {
    over++;
    console.log('no core bundle in dist/: run npm run build first');
  }
  if (process.argv.includes('--readme')) writeReadme(chunks);
  if (over) {
    console.log(`${over} over budget`);
    process.exit(1);
  }
}
