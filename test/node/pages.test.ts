/**
 * `npm run pages` (tools/pages/): a page per occupation with the pre-rendered card and what search
 * engines and link previews read, the index, the sitemap; the same bytes for the same inputs; bad
 * options fail clearly and leave the previous site in place.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from './helpers.ts';

const DATA = 'demo/sample-data';
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/pages/cli.ts', ...args], { encoding: 'utf8' });
const index = JSON.parse(readFileSync(join(DATA, 'v1/index.json'), 'utf8')).occupations as {
  code: string;
  slug: string;
  title: string;
}[];
const files = (dir: string, p = ''): string[] =>
  readdirSync(join(dir, p), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, join(p, e.name)) : [join(p, e.name)]))
    .sort();

describe('npm run pages', () => {
  const out = join(tempDir(), 'site');
  const base = 'https://jobs.example.org/ai/';
  const built = run(['--out', out, '--data', DATA, '--base-url', base, '--no-script', '--workers', '2']);

  it('builds a page per occupation, the index, sitemap.xml and robots.txt', () => {
    assert.equal(built.status, 0, built.stderr);
    const all = files(out);
    for (const o of index) {
      assert.ok(all.includes(`${o.slug}/index.html`), o.slug);
      assert.ok(all.includes(`${o.slug}/badge.svg`), o.slug);
    }
    for (const f of ['index.html', 'sitemap.xml', 'robots.txt']) assert.ok(all.includes(f), f);
  });

  it('each page: the card pre-rendered, title and description from the data, canonical URL, Open Graph, JSON-LD', () => {
    for (const o of index) {
      const html = readFileSync(join(out, o.slug, 'index.html'), 'utf8');
      const doc = JSON.parse(readFileSync(join(DATA, 'v1/occupations', `${o.code}.json`), 'utf8'));
      const url = `${base}${o.slug}/`;
      assert.match(html, new RegExp(`<title>Will AI replace [^<]+\\? AI exposure ${Math.round(doc.exposure.score)}/100</title>`));
      assert.ok(html.includes(`<link rel="canonical" href="${url}">`), o.slug);
      assert.ok(html.includes(`<meta property="og:url" content="${url}">`), o.slug);
      assert.ok(html.includes(`<meta property="og:image" content="${url}badge.svg">`), o.slug);
      const description = html.match(/<meta name="description" content="([^"]+)">/)![1];
      assert.ok(description.includes(`AI exposure ${Math.round(doc.exposure.score)} out of 100`), description);
      assert.match(html, /<ai-risk-card [^>]*heading-level="1"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
      const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
      assert.equal(ld[0]['@type'], 'Occupation');
      assert.equal(ld[0].url, url);
      if (doc.faq?.length) assert.equal(ld[1]['@type'], 'FAQPage');
      assert.doesNotMatch(html, /<script type="module"/, '--no-script');
      // Related occupations: links to pages that exist.
      for (const [, slug] of html.slice(html.indexOf('<nav')).matchAll(/<a href="\.\.\/([^"/]+)\/"/g))
        assert.ok(
          index.some((x) => x.slug === slug),
          `${o.slug} → ${slug}`,
        );
    }
  });

  it('the index lists every title for its search; the sitemap every page', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const o of index) assert.ok(html.includes(`<a href="${o.slug}/">`), o.slug);
    const locs = [...readFileSync(join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.deepEqual(locs.sort(), [base, ...index.map((o) => `${base}${o.slug}/`)].sort());
  });

  it('the same inputs give the same bytes (with another number of workers too)', () => {
    const again = join(tempDir(), 'site');
    const r = run(['--out', again, '--data', DATA, '--base-url', base, '--no-script', '--workers', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(again), files(out));
    for (const f of files(out)) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(again, f))), f);
  });

  it('bad options: a clear error, and the previous site left as it was', () => {
    writeFileSync(join(out, 'marker'), 'x');
    const bad = run(['--out', out, '--data', DATA, '--base-url', 'ftp://x/']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--base-url must be http\(s\)/);
    const none = run(['--out', out, '--data', tempDir()]);
    assert.match(none.stderr, /no data API in .*v1\/index\.json.*npm run data:build/);
    assert.equal(readFileSync(join(out, 'marker'), 'utf8'), 'x');
  });
});
