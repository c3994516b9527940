// `npm run bench`: how <ai-risk-card> does on a real page, against the two other ways to put the
// same content there. Builds the bundle, makes sure the data API exists, serves both from
// 127.0.0.1 and drives headless Chromium (puppeteer-core). Prints a table and writes
// bench/results.json. Exits non-zero only when the harness itself fails, never on a missed target.
// Also pastes the README's first snippet (read from README.md) and the embed generator's output
// into a blog post and measures their layout shift, with and without the reserving <style> rule.
//
//   BENCH_RUNS=5          runs per figure (each figure is the median; ratios are per run, then median)
//   BENCH_LATENCY=0       round-trip latency in ms added to every request (e.g. 40, a CDN RTT)
//   BENCH_VARIANT=compact card variant on the job board (compact is what a job board embeds);
//                         the board is also measured with variant="mini" rows (one line a card)
//   CHROME_PATH           Chromium or Chrome binary (default /usr/bin/chromium, as the tests)
//   AI_RISK_CARD_SOURCES  public sources for the data build (default ../shared/data)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import * as pages from '../bench/pages.mjs';
import { onCdn, pastedBlog, readmeSnippet } from '../bench/snippet-pages.mjs';
import { CDN_RANGE, cardSnippet } from '../demo/snippet.ts';
import { dataPlan } from './data-location.mjs';
import { BUDGETS } from './size.mjs';
import { serve } from '../bench/server.mjs';
import { heightsPage, measureHeights } from '../bench/heights.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
// Round-trip latency added to every request (ms). On bare localhost a request costs nothing, so
// the one-iframe-per-card page's 300 requests look almost free; try 40 (a typical CDN RTT).
const LATENCY = Number(process.env.BENCH_LATENCY ?? 0);
const HEAP_RUNS = Math.min(RUNS, 3); // 1,000 renders per run; three runs already agree to a few kB
const VARIANT = process.env.BENCH_VARIANT || 'compact';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// The core budget npm run size enforces: one number, in scripts/size.mjs.
const BUDGET = BUDGETS.core;
const CARDS = 100;
const DISTINCT = 20;
const MOUNTS = 1000;
const VIEWPORT = { width: 1280, height: 800 };
const STEP_TIMEOUT = 60_000; // one page load, one scroll-through, one mount loop
const WATCHDOG = 10 * 60_000; // the whole bench; normally under 3 minutes
const BUNDLE = 'dist/ai-risk-card.js';

/** A failure of the bench itself (as opposed to a missed target): exit code 1. */
class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------
// Build and data

function npm(args, what) {
  // Through the npm that runs us when there is one, so PATH does not matter.
  const [cmd, pre] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const r = spawnSync(cmd, [...pre, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0)
    throw new HarnessError(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? r.error ?? ''}`);
}

/** The data API to serve: built from the public sources when present, else the sample set. */
function ensureData() {
  const { sources, out, sample, hasSources, stale } = dataPlan();
  if (!hasSources) return { dir: sample, sample: true, from: `sample data (no sources at ${sources})` };
  if (stale) {
    log(`Building the data API from ${sources} …`);
    npm(['run', 'data:build', '--', '--sources', sources, '--out', out, '--custom', 'demo/custom'], 'npm run data:build');
  }
  return { dir: out, sample: false, from: `built from ${sources}` };
}

/** Well-known occupations a job board lists; filled up from the index when some are missing. */
const PREFERRED = [
  '15-1252.00',
  '15-2051.00',
  '13-2011.00',
  '29-1141.00',
  '41-2011.00',
  '43-4051.00',
  '47-2111.00',
  '27-3042.00',
  '11-2021.00',
  '13-1111.00',
  '15-1211.00',
  '15-1212.00',
  '11-1021.00',
  '13-1071.00',
  '43-6014.00',
  '53-3032.00',
  '35-2014.00',
  '29-1123.00',
  '25-2021.00',
  '23-2011.00',
];

function pickOccupations(index, n) {
  const byCode = new Map(index.map((o) => [o.code, o]));
  const picked = PREFERRED.filter((c) => byCode.has(c)).slice(0, n);
  const rest = index.filter((o) => !picked.includes(o.code));
  // Evenly spaced through the rest, so the fill is deterministic and spans occupation groups.
  for (let i = 0; picked.length < n && i < rest.length; i++) {
    const o = rest[Math.floor((i * rest.length) / Math.max(1, n - picked.length + i))];
    if (o && !picked.includes(o.code)) picked.push(o.code);
  }
  for (const o of rest) if (picked.length < n && !picked.includes(o.code)) picked.push(o.code);
  return picked.map((c) => byCode.get(c));
}

function bundleSize() {
  const buf = readFileSync(BUNDLE);
  const gzip = gzipSync(buf, { level: 9 }).length;
  const brotli = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: buf.length, gzip, brotli, budget: BUDGET };
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

const log = (s) => console.log(s);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const frames = (page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise((r) => {
        const f = (k) => (k ? requestAnimationFrame(() => f(k - 1)) : r());
        f(n);
      }),
    n,
  );

/** Rejects with a message saying what did not happen in time. */
function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new HarnessError(`Timed out after ${ms / 1000} s: ${what}`)), ms)),
  );
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

/**
 * A fresh incognito context per measurement: cold HTTP cache, its own renderer, so one page's
 * garbage never lands in another's heap figure.
 */
async function fresh(browser, { viewport = VIEWPORT, latency = LATENCY } = {}) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  if (latency > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  return { ctx, page, cdp, errors };
}

/** JS heap in use after a full GC; the lowest of `n` readings (GC is not always complete). */
async function heapAfterGc(cdp, n = 3) {
  let low = Infinity;
  for (let i = 0; i < n; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    low = Math.min(low, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return low;
}

/** Nodes in the document, every shadow root and every same-origin iframe document. */
const countNodes = () => {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    if (node.localName === 'iframe' && node.contentDocument) walk(node.contentDocument);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(document);
  return n;
};

// ---------------------------------------------------------------------------------------------
// Measurements

/**
 * Renders each distinct card once, eager, in the board's column, and captures what the static
 * and iframe variants copy: shadow markup (minus Lit's marker comments), stylesheet text, size.
 */
async function capture(browser, base) {
  const { ctx, page, errors } = await fresh(browser);
  try {
    await page.goto(`${base}/pages/prep.html`, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT });
    await withTimeout(
      page
        .waitForFunction(
          () => {
            const cards = [...document.querySelectorAll('ai-risk-card')];
            const failed = cards.find((c) => c.shadowRoot?.querySelector('[role=alert]'));
            if (failed)
              return `error: ${failed.getAttribute('occupation')}: ${failed.shadowRoot.textContent.trim().slice(0, 200)}`;
            // Should `loading="eager"` not be honoured, bring lazy ones into view.
            const waiting = cards.find((c) => !c.shadowRoot?.querySelector('h2'));
            if (waiting) waiting.scrollIntoView();
            return !waiting && 'ok';
          },
          { polling: 50, timeout: 0 },
        )
        .then((h) => h.jsonValue()),
      STEP_TIMEOUT,
      'rendering each distinct card once (prep page)',
    ).then((state) => {
      if (state !== 'ok') throw new HarnessError(`A card failed to render on the prep page: ${state}`);
    });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('ai-risk-card')].map((c) => {
        const root = c.shadowRoot;
        const sheets = [...document.adoptedStyleSheets, ...root.adoptedStyleSheets];
        const r = c.getBoundingClientRect();
        return {
          code: c.getAttribute('occupation'),
          html: root.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
          css: sheets.flatMap((s) => [...s.cssRules].map((x) => x.cssText)).join('\n'),
          attrs: ['variant', 'theme']
            .filter((a) => c.hasAttribute(a))
            .map((a) => `${a}="${c.getAttribute(a)}"`)
            .join(' '),
          width: Math.ceil(r.width),
          height: Math.ceil(r.height),
        };
      }),
    );
    if (errors.length) throw new HarnessError(`Script errors on the prep page: ${errors.join('; ')}`);
    return new Map(cards.map((c) => [c.code, c]));
  } finally {
    await ctx.close().catch(() => {});
  }
}

/** One job-board load: first viewport, all rendered while scrolling, requests, heap, nodes. */
async function runBoard(browser, url, label, { hydrate = false } = {}) {
  const { ctx, page, cdp, errors } = await fresh(browser);
  await cdp.send('Performance.enable');
  let occupationRequests = 0;
  let requests = 0;
  page.on('request', (r) => {
    requests++;
    if (/\/v1\/occupations\//.test(r.url())) occupationRequests++;
  });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT });
    try {
      await withTimeout(
        page.evaluate(() => window.__bench.done),
        STEP_TIMEOUT,
        `job board (${label}): all ${CARDS} cards rendered`,
      );
    } catch (e) {
      const s = await withTimeout(
        page.evaluate(() => ({
          firstViewport: window.__bench.firstViewport,
          rendered: window.__bench.count(),
          errors: window.__bench.errors,
        })),
        5000,
        'reading the page state',
      ).catch(() => ({}));
      throw new HarnessError(
        `${e.message}; ${s.rendered ?? '?'} of ${CARDS} rendered, first viewport ${s.firstViewport == null ? 'not done' : 'done'}` +
          `${s.errors?.length ? `; card errors: ${JSON.stringify(s.errors.slice(0, 3))}` : ''}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
      );
    }
    // Pre-rendered cards read as rendered from the start. The script takes each over lazily, as
    // it nears the viewport, and the fling may pass the first ones before the script arrives:
    // count those taken over during the fling, then visit the rest (as a reader scrolling back
    // would) so the main-thread figure covers all of them.
    let takenInFling = null;
    if (hydrate) {
      takenInFling = await page.evaluate(
        () => [...document.getElementsByClassName('bench-card')].filter((c) => c.hasUpdated).length,
      );
      await withTimeout(
        page.evaluate(async () => {
          for (const c of document.getElementsByClassName('bench-card'))
            while (!c.hasUpdated) {
              c.scrollIntoView();
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
          return window.__bench.hydrated ?? new Promise((r) => requestAnimationFrame(r));
        }),
        STEP_TIMEOUT,
        `job board (${label}): every card taken over by the script`,
      );
    }
    const { firstViewport, total, hydrated, breakdown, cardErrors } = await page.evaluate(() => ({
      firstViewport: window.__bench.firstViewport,
      total: window.__bench.total,
      hydrated: window.__bench.hydrated ?? null,
      breakdown: window.__bench.breakdown(),
      cardErrors: window.__bench.errors,
    }));
    if (hydrate && cardErrors.length)
      throw new HarnessError(`job board (${label}): card errors ${JSON.stringify(cardErrors.slice(0, 3))}`);
    // Main-thread time of the whole load (parse, style, layout, script), from the DevTools protocol.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskMs = 1000 * (metrics.find((x) => x.name === 'TaskDuration')?.value ?? NaN);
    const nodes = await page.evaluate(countNodes);
    // Height of a card as laid out on the board (median), what a listing row has to make room for.
    const cardHeight = await page.evaluate(() => {
      const h = [...document.getElementsByClassName('bench-card')]
        .map((c) => c.getBoundingClientRect().height)
        .sort((a, b) => a - b);
      return h[h.length >> 1];
    });
    const heap = await heapAfterGc(cdp);
    return {
      firstViewport,
      total,
      hydrated,
      takenInFling,
      taskMs,
      occupationRequests,
      requests,
      heap,
      nodes,
      cardHeight,
      breakdown,
    };
  } finally {
    await ctx.close().catch(() => {});
  }
}

/** Blog page: cumulative layout shift over the load, the scroll to the card and its render. */
async function runBlog(browser, url) {
  const { ctx, page } = await fresh(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    await frames(page);
    // A reader jumping to the card: it becomes visible while still a skeleton (the hard case).
    await page.evaluate(() => document.getElementById('card').scrollIntoView());
    await withTimeout(
      page.waitForFunction(() => window.__bench.loaded || window.__bench.error, { polling: 20, timeout: 0 }),
      STEP_TIMEOUT,
      'blog page: the card loaded',
    );
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new HarnessError(`blog page: the card failed: ${JSON.stringify(error)}`);
    // Layout shifts are reported after the frame that paints them; let a few frames and
    // late-arriving fonts or images settle before reading.
    await frames(page, 3);
    await new Promise((r) => setTimeout(r, 300));
    await frames(page, 2);
    return await page.evaluate(() => ({ cls: window.__bench.cls, shifts: window.__bench.shifts }));
  } finally {
    await ctx.close().catch(() => {});
  }
}

/**
 * A snippet pasted into a blog post, the card in the first viewport (bench/snippet-pages.mjs):
 * cumulative layout shift from navigation until the card has loaded. At least PASTE_LATENCY ms
 * round trip, as from a public CDN; on bare localhost the module could run before the first paint,
 * which no reader sees.
 */
const PASTE_LATENCY = Math.max(LATENCY, 40);
const PHONE = { width: 390, height: 844 };
async function runPasted(browser, url, viewport = VIEWPORT) {
  const { ctx, page } = await fresh(browser, { viewport, latency: PASTE_LATENCY });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    await withTimeout(
      page.waitForFunction(() => window.__paste.loaded || window.__paste.errors.length, { polling: 20, timeout: 0 }),
      STEP_TIMEOUT,
      `${url}: the card loaded`,
    );
    const errors = await page.evaluate(() => window.__paste.errors);
    if (errors.length) throw new HarnessError(`${url}: the card failed: ${JSON.stringify(errors)}`);
    await frames(page, 3);
    await new Promise((r) => setTimeout(r, 300));
    await frames(page, 2);
    return await page.evaluate(() => ({ cls: window.__paste.cls, shifts: window.__paste.shifts }));
  } finally {
    await ctx.close().catch(() => {});
  }
}

/** Heap growth over mounting and removing 1,000 cards with `data` set (no network meanwhile). */
async function runHeap(browser, url) {
  const { ctx, page, cdp, errors } = await fresh(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    await withTimeout(
      page.waitForFunction(() => window.__heap, { timeout: 0 }),
      10_000,
      'heap page: the bundle loaded',
    );
    await page.evaluate(() => window.__heap.fetchDoc());
    // One card first, so one-time costs (template preparation, the shared stylesheet, formatters)
    // count as setup, not as growth.
    await page.evaluate(() => window.__heap.mountRemove(1, 1));
    const before = await heapAfterGc(cdp);
    const t0 = Date.now();
    await withTimeout(
      page.evaluate((n) => window.__heap.mountRemove(n, 100), MOUNTS),
      STEP_TIMEOUT,
      `mounting and removing ${MOUNTS} cards`,
    );
    const ms = Date.now() - t0;
    const after = await heapAfterGc(cdp);
    // A second round tells a leak (grows again) from one-time warm-up (optimised code, caches).
    await withTimeout(
      page.evaluate((n) => window.__heap.mountRemove(n, 100), MOUNTS),
      STEP_TIMEOUT,
      `mounting and removing ${MOUNTS} more cards`,
    );
    const again = await heapAfterGc(cdp);
    if (errors.length) throw new HarnessError(`Script errors on the heap page: ${errors.join('; ')}`);
    return { before, after, growth: after - before, secondGrowth: again - after, msPerCard: ms / MOUNTS };
  } finally {
    await ctx.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const ms = (n) => `${int(n)} ms`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const x = (n) => `${Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '—'}×`;

function table(rows) {
  const head = ['measure', 'result', 'target', 'verdict'];
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(head), `| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  log('Building the bundle (npm run build) …');
  npm(['run', 'build'], 'npm run build');
  const bundle = bundleSize();
  const data = ensureData();
  const index = JSON.parse(readFileSync(join(data.dir, 'v1', 'index.json'), 'utf8')).occupations;
  const occupations = pickOccupations(index, DISTINCT);
  if (occupations.length < DISTINCT)
    log(
      `Note: only ${occupations.length} occupations available (${data.from}); the job board uses ${occupations.length} distinct occupations, not ${DISTINCT}.`,
    );
  log(
    `Data: ${data.from}; job board: ${CARDS} cards over ${occupations.length} occupations, variant "${VARIANT}", ${RUNS} runs.`,
  );
  const slots = Array.from({ length: CARDS }, (_, i) => occupations[i % occupations.length]);
  const opts = { variant: VARIANT };

  // What users paste: the README's first snippet (as README.md has it now; also without its
  // <style> rule, the page before this fix) and the embed generator's output, with the public
  // CDN mapped to this server at the same paths.
  const readmeTop = readmeSnippet(readFileSync('README.md', 'utf8'), 'top');
  const pkgPath = `/npm/ai-risk-card@${CDN_RANGE}/dist/`;
  const local = (snippet) => pastedBlog(onCdn(snippet, `/npm/`));
  const generated = (variant) =>
    cardSnippet({
      code: '15-2051.00',
      title: 'Data Scientists',
      variant,
      href: 'https://www.onetonline.org/link/summary/15-2051.00',
    });
  const pasted = {
    readme: local(readmeTop),
    readmeBare: local(readmeTop.replace(/<style>[\s\S]*?<\/style>\n?/, '')),
    generatorFull: local(generated('full')),
    generatorCompact: local(generated('compact')),
  };

  const served = new Map([
    ...Object.entries(pasted).map(([k, html]) => [`/pages/paste-${k}.html`, html]),
    ['/pages/cards.html', pages.boardCards(slots, opts)],
    ['/pages/mini.html', pages.boardCards(slots, { variant: 'mini' })],
    [
      '/pages/prep.html',
      pages.prep(
        occupations.map((o) => o.code),
        opts,
      ),
    ],
    ['/pages/blog.html', pages.blog(occupations.find((o) => o.code === '15-1252.00')?.code ?? occupations[0].code)],
    ['/pages/heap.html', pages.heap(occupations[0].code)],
    ['/pages/heights.html', heightsPage(720)],
    ...occupations.map((o) => [`/embed/${o.code}.html`, pages.embed(o.code, opts)]),
  ]);

  server = await serve({
    mounts: { [`${pkgPath}data/`]: data.dir, [pkgPath]: resolve('dist'), '/data/': data.dir, '/': resolve('dist') },
    pages: served,
  });
  const base = server.url;
  browser = await withTimeout(
    puppeteer.launch({
      executablePath: CHROME,
      headless: true,
      // Our own handlers close the browser and the server together (see the end of the file).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      defaultViewport: VIEWPORT,
      protocolTimeout: STEP_TIMEOUT + 30_000,
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
    }),
    30_000,
    `launching ${CHROME}`,
  ).catch((e) => {
    throw new HarnessError(
      `Could not launch ${CHROME}: ${e.message.split('\n')[0]} (set CHROME_PATH to a Chrome or Chromium binary)`,
    );
  });
  const chromium = await browser.version();
  log(`Browser: ${chromium}; serving on ${base}`);

  // The pre-rendered board: renderCard's markup for each distinct occupation (bench/prerender.ts).
  const pre = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/prerender.ts', data.dir, VARIANT, ...occupations.map((o) => o.code)],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (pre.status !== 0) throw new HarnessError(`renderCard for the pre-rendered board failed:\n${pre.stderr}`);
  served.set('/pages/prerendered.html', pages.boardPrerendered(slots, new Map(Object.entries(JSON.parse(pre.stdout)))));

  const rendered = await capture(browser, base);
  served.set('/pages/static.html', pages.boardStatic(slots, rendered));
  served.set('/pages/iframes.html', pages.boardIframes(slots, rendered));
  const heights = [...rendered.values()].map((c) => c.height);
  log(
    `Card size: ${rendered.values().next().value.width} px wide, ${Math.min(...heights)}–${Math.max(...heights)} px tall (median ${median(heights)})`,
  );

  // Card heights over every document (full at 720px and on a 390px phone, compact at 480px).
  const cardHeights = await withTimeout(
    measureHeights(
      browser,
      base,
      '/pages/heights.html',
      index.map((o) => o.code),
    ),
    WATCHDOG / 2,
    'measuring card heights',
  );
  for (const [name, h] of Object.entries(cardHeights))
    log(`Card heights, ${name}, ${h.n} documents: min ${h.min} · median ${h.median} · max ${h.max} px (tallest ${h.maxCode})`);

  const variants = { cards: 'ai-risk-card', static: 'static HTML', iframes: 'iframes', prerendered: 'pre-rendered + script' };
  const keys = Object.keys(variants);
  // One unmeasured pass: the OS file cache and Chromium's own first-use costs. (Not iframes: at
  // ~15 s a load they would not fit the time budget, and the median absorbs one cold run.)
  for (const k of ['cards', 'static', 'prerendered'])
    await runBoard(browser, `${base}/pages/${k}.html`, variants[k], { hydrate: k === 'prerendered' });

  const board = { cards: [], static: [], iframes: [], prerendered: [] };
  const mini = [];
  const blog = [];
  const paste = { readme: [], readmePhone: [], readmeBare: [], readmeBarePhone: [], generatorFull: [], generatorCompact: [] };
  for (let run = 0; run < RUNS; run++) {
    paste.readme.push(await runPasted(browser, `${base}/pages/paste-readme.html`));
    paste.readmePhone.push(await runPasted(browser, `${base}/pages/paste-readme.html`, PHONE));
    paste.readmeBare.push(await runPasted(browser, `${base}/pages/paste-readmeBare.html`));
    paste.readmeBarePhone.push(await runPasted(browser, `${base}/pages/paste-readmeBare.html`, PHONE));
    paste.generatorFull.push(await runPasted(browser, `${base}/pages/paste-generatorFull.html`));
    paste.generatorCompact.push(await runPasted(browser, `${base}/pages/paste-generatorCompact.html`));
  }
  const pasteCls = Object.fromEntries(Object.entries(paste).map(([k, runs]) => [k, median(runs.map((r) => r.cls))]));
  log(
    `pasted snippets, CLS: README ${pasteCls.readme.toFixed(4)} (phone ${pasteCls.readmePhone.toFixed(4)}), without its <style> rule ${pasteCls.readmeBare.toFixed(4)} ` +
      `(phone ${pasteCls.readmeBarePhone.toFixed(4)}); generator full ${pasteCls.generatorFull.toFixed(4)}, compact ${pasteCls.generatorCompact.toFixed(4)}`,
  );
  for (let run = 0; run < RUNS; run++) {
    // Rotating the order keeps a drift (thermal, background work) from favouring one variant.
    for (const k of [...keys.slice(run % keys.length), ...keys.slice(0, run % keys.length)])
      board[k].push(await runBoard(browser, `${base}/pages/${k}.html`, variants[k], { hydrate: k === 'prerendered' }));
    blog.push(await runBlog(browser, `${base}/pages/blog.html`));
    mini.push(await runBoard(browser, `${base}/pages/mini.html`, 'mini rows'));
    const [c, s, f, p] = keys.map((k) => board[k][run]);
    log(
      `run ${run + 1}/${RUNS}: first viewport ${ms(c.firstViewport)} / static ${ms(s.firstViewport)} / iframes ${ms(f.firstViewport)} / pre-rendered ${ms(p.firstViewport)}; ` +
        `all ${ms(c.total)} / ${ms(s.total)} / ${ms(f.total)} / ${ms(p.total)}; taken over during the fling ${p.takenInFling}; CLS ${blog[run].cls.toFixed(4)}; ` +
        `mini rows: first viewport ${ms(mini[run].firstViewport)}, ${mini[run].cardHeight.toFixed(1)} px a card`,
    );
  }
  const heap = [];
  for (let run = 0; run < HEAP_RUNS; run++) heap.push(await runHeap(browser, `${base}/pages/heap.html`));

  // Ratios within a run (same machine state), then the median across runs.
  const perRun = (f) => median(board.cards.map((_, i) => f(board.cards[i], board.static[i], board.iframes[i])));
  const m = (k, f) => median(board[k].map((r) => r[f]));
  const r = {
    fvVsStatic: perRun((c, s) => c.firstViewport / s.firstViewport),
    totalVsStatic: perRun((c, s) => c.total / s.total),
    iframeFvSpeedup: perRun((c, _, f) => f.firstViewport / c.firstViewport),
    iframeTotalSpeedup: perRun((c, _, f) => f.total / c.total),
    prerenderedFvVsStatic: median(board.prerendered.map((p, i) => p.firstViewport / board.static[i].firstViewport)),
    // Main-thread time the script adds to a pre-rendered board, per card (against the same board without it).
    hydrationMsPerCard: median(board.prerendered.map((p, i) => (p.taskMs - board.static[i].taskMs) / CARDS)),
  };
  const preRequests = Math.max(...board.prerendered.map((b) => b.occupationRequests));
  const gzipKb = (k) => (gzipSync(served.get(`/pages/${k}.html`), { level: 9 }).length / 1024).toFixed(0);
  const rawKb = (k) => (Buffer.byteLength(served.get(`/pages/${k}.html`)) / 1024).toFixed(0);
  // Not a median: one run with an extra request is a dedupe bug, so every run must match.
  const reqCounts = [...new Set(board.cards.map((b) => b.occupationRequests))];
  const requests = reqCounts.length === 1 ? reqCounts[0] : Math.max(...reqCounts);
  const cls = median(blog.map((b) => b.cls));
  const mm = (f) => median(mini.map((r) => r[f]));
  const miniHeight = Math.max(...mini.map((r) => r.cardHeight)); // every run, not a median
  const miniReqs = [...new Set(mini.map((b) => b.occupationRequests))];
  const growth = median(heap.map((h) => h.growth));
  const pass = (ok) => (ok ? 'pass' : 'FAIL');
  const overBy = bundle.gzip - BUDGET;

  const targets = {
    bundle: { value: bundle.gzip, target: `≤ ${BUDGET} B gzip -9`, pass: overBy <= 0 },
    firstViewportVsStatic: { value: r.fvVsStatic, target: '≤ 2×', pass: r.fvVsStatic <= 2 },
    totalVsStatic: { value: r.totalVsStatic, target: '≤ 2×', pass: r.totalVsStatic <= 2 },
    firstViewportIframesSlower: { value: r.iframeFvSpeedup, target: '≥ 5×', pass: r.iframeFvSpeedup >= 5 },
    totalIframesSlower: { value: r.iframeTotalSpeedup, target: '≥ 5×', pass: r.iframeTotalSpeedup >= 5 },
    occupationRequests: {
      value: requests,
      perRun: board.cards.map((b) => b.occupationRequests),
      target: `= ${occupations.length}`,
      pass: reqCounts.length === 1 && requests === occupations.length,
    },
    layoutShift: { value: cls, target: '≤ 0.01', pass: cls <= 0.01 },
    readmeSnippetShift: {
      value: Math.max(pasteCls.readme, pasteCls.readmePhone),
      target: '≤ 0.01',
      pass: Math.max(pasteCls.readme, pasteCls.readmePhone) <= 0.01,
    },
    generatorShift: {
      value: Math.max(pasteCls.generatorFull, pasteCls.generatorCompact),
      target: '≤ 0.01',
      pass: Math.max(pasteCls.generatorFull, pasteCls.generatorCompact) <= 0.01,
    },
    heapGrowth: { value: growth, target: '≤ 1 MB', pass: growth <= 1048576 },
    miniCardHeight: { value: miniHeight, target: '≤ 64 px', pass: miniHeight <= 64 },
    miniOccupationRequests: {
      value: Math.max(...miniReqs),
      perRun: mini.map((b) => b.occupationRequests),
      target: `= ${occupations.length}`,
      pass: miniReqs.length === 1 && miniReqs[0] === occupations.length,
    },
    prerenderedFirstViewportVsStatic: { value: r.prerenderedFvVsStatic, target: '≤ 1.2×', pass: r.prerenderedFvVsStatic <= 1.2 },
    prerenderedRequests: { value: preRequests, target: '= 0', pass: preRequests === 0 },
  };

  const rows = [
    [
      'Bundle, gzip -9 (brotli q11)',
      `${int(bundle.gzip)} B (${int(bundle.brotli)} B)`,
      `≤ ${int(BUDGET)} B gzip`,
      overBy <= 0 ? `pass (${int(-overBy)} B under)` : `FAIL (${int(overBy)} B over)`,
    ],
    [
      'Job board, first viewport rendered: card · static · iframes',
      `${ms(m('cards', 'firstViewport'))} · ${ms(m('static', 'firstViewport'))} · ${ms(m('iframes', 'firstViewport'))}`,
      '',
      '',
    ],
    ['  first viewport, card ÷ static HTML', x(r.fvVsStatic), '≤ 2×', pass(targets.firstViewportVsStatic.pass)],
    ['  first viewport, iframes ÷ card', x(r.iframeFvSpeedup), '≥ 5×', pass(targets.firstViewportIframesSlower.pass)],
    [
      `Job board, all ${CARDS} rendered, scrolled: card · static · iframes`,
      `${ms(m('cards', 'total'))} · ${ms(m('static', 'total'))} · ${ms(m('iframes', 'total'))}`,
      '',
      '',
    ],
    ['  all rendered, card ÷ static HTML', x(r.totalVsStatic), '≤ 2×', pass(targets.totalVsStatic.pass)],
    ['  all rendered, iframes ÷ card', x(r.iframeTotalSpeedup), '≥ 5×', pass(targets.totalIframesSlower.pass)],
    [
      'Occupation requests: card (iframes)',
      `${reqCounts.length === 1 ? int(requests) : `${reqCounts.join('/')} (varies)`} (${int(m('iframes', 'occupationRequests'))})`,
      `= ${occupations.length} distinct`,
      pass(targets.occupationRequests.pass),
    ],
    [
      'All requests: card · static · iframes',
      `${int(m('cards', 'requests'))} · ${int(m('static', 'requests'))} · ${int(m('iframes', 'requests'))}`,
      '',
      '',
    ],
    [
      'JS heap after GC: card · static · iframes',
      `${mb(m('cards', 'heap'))} · ${mb(m('static', 'heap'))} · ${mb(m('iframes', 'heap'))}`,
      '',
      '',
    ],
    [
      'DOM nodes: card · static · iframes',
      `${int(m('cards', 'nodes'))} · ${int(m('static', 'nodes'))} · ${int(m('iframes', 'nodes'))}`,
      '',
      '',
    ],
    [
      'Job board, mini rows (variant="mini"): first viewport · all rendered',
      `${ms(mm('firstViewport'))} · ${ms(mm('total'))}`,
      '',
      '',
    ],
    [
      '  height per card: mini (compact)',
      `${miniHeight.toFixed(1)} px (${m('cards', 'cardHeight').toFixed(0)} px)`,
      '≤ 64 px',
      pass(targets.miniCardHeight.pass),
    ],
    [
      '  occupation requests, mini rows',
      `${miniReqs.length === 1 ? int(miniReqs[0]) : `${miniReqs.join('/')} (varies)`}`,
      `= ${occupations.length} distinct`,
      pass(targets.miniOccupationRequests.pass),
    ],
    [
      'Pre-rendered board (renderCard + script): first viewport · all rendered',
      `${ms(m('prerendered', 'firstViewport'))} · ${ms(m('prerendered', 'total'))}`,
      '',
      '',
    ],
    [
      '  first viewport, pre-rendered ÷ static HTML',
      x(r.prerenderedFvVsStatic),
      '≤ 1.2×',
      pass(targets.prerenderedFirstViewportVsStatic.pass),
    ],
    [
      `  takeover: main-thread time per card · cards taken over during the fling (lazy)`,
      `${r.hydrationMsPerCard.toFixed(2)} ms · ${int(m('prerendered', 'takenInFling'))} of ${CARDS}`,
      '',
      '',
    ],
    ['  occupation requests', int(preRequests), '= 0', pass(targets.prerenderedRequests.pass)],
    [
      '  JS heap after GC · DOM nodes (static: ' + `${mb(m('static', 'heap'))} · ${int(m('static', 'nodes'))})`,
      `${mb(m('prerendered', 'heap'))} · ${int(m('prerendered', 'nodes'))}`,
      '',
      '',
    ],
    [
      '  page HTML, kB raw (gzip -9): pre-rendered · static · card',
      `${rawKb('prerendered')} (${gzipKb('prerendered')}) · ${rawKb('static')} (${gzipKb('static')}) · ${rawKb('cards')} (${gzipKb('cards')})`,
      '',
      '',
    ],
    ['Blog page, cumulative layout shift', cls.toFixed(4), '≤ 0.01', pass(targets.layoutShift.pass)],
    [
      'README snippet pasted in a blog post, CLS: desktop · phone',
      `${pasteCls.readme.toFixed(4)} · ${pasteCls.readmePhone.toFixed(4)}`,
      '≤ 0.01',
      pass(targets.readmeSnippetShift.pass),
    ],
    [
      '  the same without its <style> rule: desktop · phone',
      `${pasteCls.readmeBare.toFixed(4)} · ${pasteCls.readmeBarePhone.toFixed(4)}`,
      '',
      '',
    ],
    [
      'Embed generator output pasted, CLS: full · compact',
      `${pasteCls.generatorFull.toFixed(4)} · ${pasteCls.generatorCompact.toFixed(4)}`,
      '≤ 0.01',
      pass(targets.generatorShift.pass),
    ],
    [
      `Heap growth, ${int(MOUNTS)} cards mounted and removed`,
      `${int(growth / 1024)} kB (${median(heap.map((h) => h.msPerCard)).toFixed(2)} ms per card)`,
      '≤ 1 MB',
      pass(targets.heapGrowth.pass),
    ],
    [`  the next ${int(MOUNTS)} (a leak grows again)`, `${int(median(heap.map((h) => h.secondGrowth / 1024)))} kB`, '', ''],
    ...Object.entries(cardHeights).map(([name, h]) => {
      // Issue 15: the full card's median, every compact card.
      const target = { 'full, 720 px': 1400, 'full, 390 px phone': 2400 }[name];
      const every = name === 'compact, 480 px' ? 300 : undefined;
      return [
        `Card height, ${name} (${int(h.n)} documents): min · median · max`,
        `${int(h.min)} · ${int(h.median)} · ${int(h.max)} px`,
        target ? `median ≤ ${int(target)} px` : every ? `≤ ${int(every)} px` : '',
        target ? pass(h.median <= target) : every ? pass(h.max <= every) : '',
      ];
    }),
  ];

  const environment = {
    chromium,
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    os: `${platform()} ${release()}`,
  };
  log('');
  log(
    `ai-risk-card bench: ${chromium}, ${environment.cpus} CPUs, ${data.sample ? 'SAMPLE data' : 'real data'} (${occupations.length} occupations on the board), ` +
      `${VIEWPORT.width}×${VIEWPORT.height}, ${LATENCY} ms added latency, median of ${RUNS} runs (heap: ${HEAP_RUNS})`,
  );
  log(table(rows));
  if (data.sample)
    log(
      `Note: sample data (${index.length} occupations); the job board has ${occupations.length} distinct occupations, not ${DISTINCT}.`,
    );

  const results = {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    environment,
    config: {
      runs: RUNS,
      heapRuns: HEAP_RUNS,
      latencyMs: LATENCY,
      variant: VARIANT,
      cards: CARDS,
      viewport: VIEWPORT,
      mounts: MOUNTS,
      pageBytes: Object.fromEntries(
        ['cards', 'static', 'iframes', 'mini', 'prerendered'].map((k) => [k, Buffer.byteLength(served.get(`/pages/${k}.html`))]),
      ),
    },
    data: { from: data.from, sample: data.sample, indexSize: index.length, occupations: occupations.map((o) => o.code) },
    bundle,
    targets,
    medians: {
      board: Object.fromEntries(
        keys.map((k) => [
          k,
          Object.fromEntries(
            [
              'firstViewport',
              'total',
              'takenInFling',
              'taskMs',
              'occupationRequests',
              'requests',
              'heap',
              'nodes',
              'cardHeight',
            ].map((f) => [f, m(k, f)]),
          ),
        ]),
      ),
      mini: Object.fromEntries(
        ['firstViewport', 'total', 'occupationRequests', 'requests', 'heap', 'nodes', 'cardHeight'].map((f) => [f, mm(f)]),
      ),
      cardsBreakdown: Object.fromEntries(
        Object.keys(board.cards[0].breakdown).map((f) => [f, median(board.cards.map((b) => b.breakdown[f]))]),
      ),
      ratios: r,
      blogCls: cls,
      pastedCls: pasteCls,
      heapGrowth: growth,
      heapSecondGrowth: median(heap.map((h) => h.secondGrowth)),
      cardHeights,
    },
    runs: { board, mini, blog, paste, heap },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote bench/results.json (${results.seconds} s).`);
}

let server;
let browser;
/** Close the browser and the server, whatever state they are in, in bounded time. */
async function cleanup() {
  const b = browser;
  const srv = server;
  browser = server = undefined;
  await withTimeout(b?.close() ?? Promise.resolve(), 10_000, 'closing the browser').catch(() => b?.process()?.kill('SIGKILL'));
  await withTimeout(srv?.close() ?? Promise.resolve(), 5_000, 'closing the server').catch(() => {});
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    console.error(`bench: ${sig}, closing the browser and the server`);
    await cleanup();
    process.exit(130);
  });
}

// The watchdog ends a hung run (each step has its own, shorter timeout; this is the backstop).
let watchdog;
const gaveUp = new Promise((_, reject) => {
  watchdog = setTimeout(
    () => reject(new HarnessError(`The bench took longer than ${WATCHDOG / 60000} minutes; giving up.`)),
    WATCHDOG,
  );
});
let code = 0;
try {
  await Promise.race([main(), gaveUp]);
} catch (e) {
  console.error(`bench failed: ${e instanceof HarnessError ? e.message : (e?.stack ?? e)}`);
  code = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exit(code);
