/**
 * `npm run pages [-- --out <dir> --base-url <url> --data <dir> --script <url>|--no-script --workers <n>]`
 *
 * A static site with one page per occupation (`<out>/<slug>/index.html`: the card pre-rendered by
 * renderCard, a title and description written from the data, canonical URL, Open Graph tags with
 * the occupation's badge, Occupation and FAQPage JSON-LD, links to related occupations), an index
 * page with a search over titles, `sitemap.xml` and `robots.txt`. Pages are rendered by worker
 * threads; each page depends only on its document, so the output is byte-identical for the same
 * inputs. Written to a temporary folder and moved into place at the end: a failure leaves the
 * previous site as it was.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { validateWith } from '../../src/data/contract.js';
import { indexSchema } from '../../src/data/api.js';
import { SCRIPT_URL } from '../../demo/snippet.js';
import { indexPage, robots, sitemap, type Entry, type SiteOptions } from './site.js';

class PagesError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist/pages' },
      'base-url': { type: 'string', default: 'http://localhost:4173/' },
      data: { type: 'string' },
      script: { type: 'string', default: SCRIPT_URL },
      'no-script': { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  });
  let base: URL;
  try {
    base = new URL(values['base-url']!);
  } catch {
    throw new PagesError(`--base-url must be an absolute http(s) URL, not ${JSON.stringify(values['base-url'])}`);
  }
  if (!/^https?:$/.test(base.protocol)) throw new PagesError(`--base-url must be http(s), not ${base.protocol}`);
  const baseUrl = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const data = resolve(values.data ?? (existsSync('dist/data/v1/index.json') ? 'dist/data' : 'demo/sample-data'));
  if (!existsSync(join(data, 'v1/index.json')))
    throw new PagesError(`no data API in ${data} (v1/index.json): run npm run data:build, or pass --data <dir>`);
  const workers = Math.max(1, Number(values.workers) || Math.min(4, availableParallelism()));
  return {
    out: resolve(values.out!),
    data,
    workers,
    site: { baseUrl, script: values['no-script'] ? '' : values.script! } satisfies SiteOptions,
  };
}

export async function buildPages() {
  const t0 = performance.now();
  const o = options();
  const v1 = join(o.data, 'v1');
  const index = validateWith(indexSchema, JSON.parse(readFileSync(join(v1, 'index.json'), 'utf8')));
  if (!index.ok) throw new PagesError(`${v1}/index.json is not a valid index: ${index.path} ${index.message}`);
  const entries = index.data.occupations as Entry[];
  const known = new Map(entries.map((e) => [e.slug, e]));
  const tmp = `${o.out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    // Pages, split across worker threads in fixed slices (output does not depend on the split).
    const slices = Array.from({ length: o.workers }, (_, i) => entries.filter((_, j) => j % o.workers === i));
    const results = await Promise.all(
      slices.map(
        (slice) =>
          new Promise<{ alt: [string, string[]][]; updated: [string, string][] }>((res, rej) => {
            const w = new Worker(new URL('./worker.mjs', import.meta.url), {
              workerData: { entries: slice, known: [...known], v1, out: tmp, site: o.site },
            });
            w.once('message', res);
            w.once('error', rej);
            w.once('exit', (code) => code && rej(new PagesError(`a page worker exited with code ${code}`)));
          }),
      ),
    );
    const alt = new Map(results.flatMap((r) => r.alt));
    const updated = new Map(results.flatMap((r) => r.updated));
    writeFileSync(join(tmp, 'index.html'), indexPage(entries, alt, o.site, index.data.updated));
    writeFileSync(join(tmp, 'sitemap.xml'), sitemap(entries, updated, o.site));
    writeFileSync(join(tmp, 'robots.txt'), robots(o.site));
    // The data's licence notice travels with pages made from it.
    if (existsSync(join(o.data, 'NOTICE'))) cpSync(join(o.data, 'NOTICE'), join(tmp, 'NOTICE'));
    mkdirSync(dirname(o.out), { recursive: true });
    rmSync(o.out, { recursive: true, force: true });
    renameSync(tmp, o.out);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`pages: ${entries.length} occupations + index, sitemap.xml, robots.txt in ${o.out} (${s} s, ${o.workers} workers)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildPages().catch((e) => {
    console.error(e instanceof PagesError ? `pages: ${e.message}` : e);
    process.exit(1);
  });
}
