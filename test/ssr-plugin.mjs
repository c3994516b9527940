// `/ssr/<name>.html`: a card pre-rendered by renderCard (test/ssr-fixtures.ts), for
// test/browser/ssr.test.ts. Rendered in a child process (the DOM shim @lit-labs/ssr installs must
// not reach the test runner's own globals), once per run, on first request.
// `/ssr-site/…`: the static site of `npm run pages`, built from the sample data once per run.
// `/data/v1/…`: the committed sample data, where the demo pages expect their data API.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { promisify } from 'node:util';

const SITE = 'dist/test-site';
let rendered;
let site;
export function ssrMiddleware() {
  return async (ctx, next) => {
    const p = ctx.path.match(/^\/ssr-site\/(.*)$/);
    if (p) {
      site ??= promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        'tools/pages/cli.ts',
        '--out',
        SITE,
        '--data',
        'demo/sample-data',
        '--no-script',
      ]);
      await site;
      const file = normalize(join(SITE, p[1].endsWith('/') || !p[1] ? `${p[1]}index.html` : p[1]));
      if (!file.startsWith(`${SITE}/`)) return next();
      try {
        ctx.body = await readFile(file);
        ctx.type = file.split('.').pop();
      } catch {
        return next();
      }
      return;
    }
    // The demo's data API (vite.config.ts serves it at /data/ in npm start), for demo pages under test.
    const d = ctx.path.match(/^\/data\/(v1\/[\w./-]+)$/);
    if (d) {
      const file = normalize(join('demo/sample-data', d[1]));
      if (!file.startsWith('demo/sample-data/')) return next();
      try {
        ctx.body = await readFile(file);
        ctx.type = file.split('.').pop();
      } catch {
        return next();
      }
      return;
    }
    const m = ctx.path.match(/^\/ssr\/([\w-]+)\.html$/);
    if (!m) return next();
    rendered ??= promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/ssr-fixtures.ts'], {
      maxBuffer: 64 << 20,
    }).then(({ stdout }) => JSON.parse(stdout));
    const markup = (await rendered)[m[1]];
    if (markup === undefined) return next();
    ctx.type = 'text/html';
    ctx.body = markup;
  };
}
