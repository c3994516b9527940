/**
 * The npm package carries its data. Checks the tarball `node scripts/pack-test.mjs` made with the
 * real `npm pack` (prepack builds the full data set; `npm test` runs it first when the public
 * sources are present; skipped without it), that prepack refuses to pack without the sources,
 * and that NOTICE names every source with its licence.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LIMITS } from '../../src/data/load.ts';
import { SOURCES } from '../../tools/data/meta.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PACK = path.join(ROOT, 'dist/test-pack/pack.json');
const packed = existsSync(PACK);
const skip = packed ? false : 'no packed package: run `node scripts/pack-test.mjs` (needs the public sources)';
const info = packed ? JSON.parse(readFileSync(PACK, 'utf8')) : undefined;
const pkgDir = info ? path.join(ROOT, 'dist/test-pack/npm', `${info.name}@${info.version}`) : '';
const MB = 1e6;

describe('the packed package', { skip }, () => {
  const files = new Set<string>(info?.files);
  const v1 = () => path.join(pkgDir, 'dist/data/v1');

  it('holds the CDN bundle and, beside it in data/, the whole static API', () => {
    for (const f of [
      'dist/ai-risk-card.js',
      'dist/data/v1/index.json',
      'dist/data/v1/titles.json',
      'dist/data/v1/meta.json',
      'NOTICE',
      'dist/data/NOTICE',
      'LICENSE',
      'README.md',
    ])
      assert.ok(files.has(f), `${f} is in the package`);
    const index = JSON.parse(readFileSync(path.join(v1(), 'index.json'), 'utf8')).occupations as { code: string }[];
    assert.equal(index.length, 923);
    for (const { code } of index) {
      assert.ok(files.has(`dist/data/v1/occupations/${code}.json`), `document ${code}`);
      assert.ok(files.has(`dist/data/v1/badges/${code}.svg`), `badge ${code}`);
    }
    const meta = JSON.parse(readFileSync(path.join(v1(), 'meta.json'), 'utf8'));
    assert.equal(meta.counts.occupations, 923);
  });

  it('ships nothing from the repository beyond the package (no sources, tests or demo)', () => {
    const outside = [...files].filter(
      (f) =>
        !/^(dist\/(lib|schema|data)\/|dist\/ai-risk-card(-[\w-]+)?\.js|custom-elements\.json$|README\.md$|LICENSE$|NOTICE$|package\.json$)/.test(
          f,
        ),
    );
    assert.deepEqual(outside, []);
  });

  it(`is at most 30 MB unpacked (${(info?.unpackedBytes / MB).toFixed(1)} MB; ${(info?.packedBytes / MB).toFixed(1)} MB packed)`, () => {
    assert.ok(info.unpackedBytes <= 30 * MB, `${info.unpackedBytes} bytes unpacked`);
  });

  it('every data file is within the cap the card applies to its kind (src/data/load.ts LIMITS)', () => {
    const size = (p: string) => statSync(path.join(v1(), p)).size;
    assert.ok(size('index.json') <= LIMITS.index, `index.json ${size('index.json')} B`);
    // The job-title index (v1/lookup/): the card fetches its files; v1/titles.json is for publishers.
    const lookup = (dir: string): string[] =>
      readdirSync(path.join(v1(), dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? lookup(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
      );
    const files = lookup('lookup');
    assert.ok(files.length > 100, `${files.length} lookup files`);
    const biggest = Math.max(...files.map(size));
    assert.ok(biggest <= LIMITS.lookup, `largest lookup file ${biggest} B`);
    const largest = Math.max(...readdirSync(path.join(v1(), 'occupations')).map((f) => size(`occupations/${f}`)));
    assert.ok(largest <= LIMITS.occupation, `largest document ${largest} B`);
  });
});

describe('prepack', () => {
  it('refuses to pack without the sources, with a clear message, and writes no tarball', () => {
    const dest = mkdtempSync(path.join(tmpdir(), 'pack-'));
    try {
      const r = spawnSync('npm', ['pack', '--pack-destination', dest], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, AI_RISK_CARD_SOURCES: path.join(dest, 'no-sources-here') },
      });
      assert.notEqual(r.status, 0);
      assert.match(
        r.stderr,
        /refusing to pack: the package must carry its data, and the public data sources are not in .*no-sources-here/,
      );
      assert.match(r.stderr, /set AI_RISK_CARD_SOURCES=/);
      assert.deepEqual(readdirSync(dest), []);
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  });
});

describe('NOTICE', () => {
  const notice = readFileSync(path.join(ROOT, 'NOTICE'), 'utf8').replace(/\s+/g, ' ');
  it('names every source of the data build with its licence and URL', () => {
    for (const s of Object.values(SOURCES)) {
      const at = notice.indexOf(`id: ${s.id}`);
      assert.ok(at > 0, `${s.id} is listed`);
      const entry = notice.slice(at, notice.indexOf(' id: ', at + 1) > 0 ? notice.indexOf(' id: ', at + 1) : undefined);
      assert.ok(entry.includes(s.url), `${s.id}: ${s.url}`);
      assert.ok(entry.includes(`Licence: ${s.license}`), `${s.id}: ${s.license}`);
    }
  });
  it('carries the O*NET attribution sentence (onetcenter.org/license_db.html)', () => {
    assert.ok(
      notice.includes(
        'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
      ),
    );
    assert.ok(notice.includes('USDOL/ETA has not approved, endorsed, or tested these modifications.'));
  });
  it('is in the package files', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.files.includes('NOTICE'));
  });
});
