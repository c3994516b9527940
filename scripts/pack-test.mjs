// Packs the package as `npm publish` would (prepack builds the code and the full data set) and
// unpacks it where the tests serve it as an npm CDN does: dist/test-pack/npm/ai-risk-card@<version>/.
// Also writes dist/test-pack/pack.json (tarball, packed and unpacked bytes, file count).
// test/node/pack.test.ts checks the contents; test/browser/cdn.test.ts loads it from another
// origin; test/browser/full-data.test.ts renders every document of dist/data.
// Without the public sources prepack refuses to pack, so this prints why and exits 0 (those
// tests then report themselves skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sources = resolve(process.env.AI_RISK_CARD_SOURCES || '../shared/data');
const out = resolve('dist/test-pack');
rmSync(out, { recursive: true, force: true });
if (!existsSync(join(sources, 'gpts-are-gpts'))) {
  console.log(`pack-test: skipped, no public sources at ${sources} (npm pack refuses without them).`);
  process.exit(0);
}
mkdirSync(out, { recursive: true });

const [cmd, pre] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
const pack = spawnSync(cmd, [...pre, 'pack', '--json', '--pack-destination', out], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 1 << 28,
});
if (pack.status !== 0) {
  console.error(`pack-test: npm pack failed (exit ${pack.status ?? pack.signal})`);
  process.exit(1);
}
const [info] = JSON.parse(pack.stdout);
const tarball = join(out, info.filename);
const dir = join(out, 'npm', `${info.name}@${info.version}`);
mkdirSync(dir, { recursive: true });
const tar = spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], { stdio: 'inherit' });
if (tar.status !== 0) process.exit(1);

const summary = {
  name: info.name,
  version: info.version,
  tarball: info.filename,
  packedBytes: statSync(tarball).size,
  unpackedBytes: info.unpackedSize,
  files: info.files.map((f) => f.path),
};
writeFileSync(join(out, 'pack.json'), JSON.stringify(summary, null, 1));
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `pack-test: ${info.filename}: ${mb(summary.packedBytes)} packed, ${mb(summary.unpackedBytes)} unpacked, ${summary.files.length} files; unpacked in ${dir}`,
);
// The version in package.json is what the tests expect in the URL.
if (JSON.parse(readFileSync('package.json', 'utf8')).version !== info.version) process.exit(1);
