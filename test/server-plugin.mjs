// A tiny fault-injecting test server: Koa middleware in web-test-runner's dev server.
//   /mock/status/<code>[/...]          answers with that HTTP status
//   /mock/text/<content-type>/<base64> answers 200 with that body
//   /mock/delay/<ms>/<real path>       serves <real path> after a delay
//   /mock/count/[~key~/]<real path>    serves <real path> and counts requests (by path and query)
//   /mock/counts?path=<path?query>     how often /mock/count/<path?query> was requested
//   /mock/status/503?retryAfter=5      adds a Retry-After header
//   /mock/reset                        destroys the connection without an answer
//   /mock/flaky/<n>/<real path>?key=k  answers 503 to the first n requests for key k, then serves
//   /mock/big/<bytes>[?stream=1]       a JSON document of about that size (streamed: no Content-Length)
//   /mock/trickle/<ms>/<real path>     sends the headers at once and the body after <ms>
//   /mock/page/<name>?src=<url>        test/pages/<name>.html, with <name>'s headers (e.g. a strict CSP)
//   /mock/pad/<file>/<bytes>/<real path> serves <real path>; a file named <file> is padded with
//                                      trailing spaces (still the same JSON) to <bytes>
//   /mock/cdn                          {origin, packed, version} of a local npm CDN on another
//                                      origin (second port, started on first use), see cdnServer()
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { PassThrough } from 'node:stream';
import { join, normalize } from 'node:path';

const root = process.cwd();

/** The strict policy of issue 5. Lit creates one Trusted Types policy, named "lit-html". */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const pageHeaders = { csp: { 'Content-Security-Policy': STRICT_CSP } };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A local stand-in for a public npm CDN (jsDelivr, unpkg) on its own port, so pages served by the
 * test server load the package from a different origin. Like those CDNs it serves
 * `/npm/ai-risk-card@<version or range>/<file>` with `Access-Control-Allow-Origin: *` (module
 * scripts and fetches across origins need it) and resolves a range (`0`, `0.1`) to the version it
 * has. `/rtt/<ms>/npm/…` answers after <ms>, like a CDN far away.
 * What it serves: the package `npm pack` made (scripts/pack-test.mjs, dist/test-pack) when it
 * exists; else the built bundle (dist/ai-risk-card.js) with the committed sample data as its data/.
 */
let cdn;
function cdnServer() {
  if (cdn) return cdn;
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const packedDir = join(root, 'dist/test-pack/npm', `ai-risk-card@${version}`);
  const packed = existsSync(join(packedDir, 'package.json'));
  const TYPES = { js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml', txt: 'text/plain' };
  /** File on disk for a path inside the package, or undefined. */
  const inside = (dir, p) => {
    const f = normalize(join(dir, p));
    return f.startsWith(`${dir}/`) ? f : undefined; // no ../ out of the package
  };
  const file = (p) => {
    if (packed) return inside(packedDir, p);
    if (p === 'dist/ai-risk-card.js') return join(root, 'dist/ai-risk-card.js');
    if (p.startsWith('dist/data/')) return inside(join(root, 'demo/sample-data'), p.slice('dist/data/'.length));
    return undefined;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const m = /^(?:\/rtt\/(\d+))?\/npm\/ai-risk-card@([^/]+)\/(.+)$/.exec(decodeURIComponent(url.pathname));
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    if (m?.[1]) await sleep(Number(m[1]));
    // jsDelivr resolves a partial version ("0.1") to the newest matching release.
    const spec = m?.[2] ?? '';
    const f = m && (spec === version || version.startsWith(`${spec}.`)) ? file(m[3]) : undefined;
    if (!f) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return res.end('Not found');
    }
    try {
      const body = await readFile(f);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[f.split('.').pop()] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  // Ends with the test run (unref: it never keeps the process alive).
  cdn = new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, packed, version });
    }),
  );
  return cdn;
}

export function testServerMiddleware() {
  const counts = new Map();
  const serveFile = async (ctx, p) => {
    const full = normalize(join(root, p));
    try {
      if (!full.startsWith(root)) throw new Error('outside');
      ctx.body = await readFile(full, 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
      ctx.body = 'not found';
    }
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/mock/')) return next();
    const [, , kind, ...rest] = ctx.path.split('/');
    ctx.set('Cache-Control', 'no-store');
    if (kind === 'status') {
      ctx.status = Number(rest[0]);
      if (ctx.query.retryAfter) ctx.set('Retry-After', String(ctx.query.retryAfter));
      ctx.body = `status ${rest[0]}`;
    } else if (kind === 'page') {
      const name = rest[0].replace(/[^a-z-]/g, '');
      for (const [k, v] of Object.entries(pageHeaders[name] ?? {})) ctx.set(k, v);
      ctx.type = 'text/html';
      ctx.body = await readFile(join(root, 'test/pages', `${name}.html`), 'utf8');
    } else if (kind === 'reset') {
      ctx.req.socket.destroy();
      ctx.respond = false;
    } else if (kind === 'flaky') {
      const key = String(ctx.query.key);
      const n = (counts.get(`flaky:${key}`) ?? 0) + 1;
      counts.set(`flaky:${key}`, n);
      if (n <= Number(rest[0])) {
        ctx.status = 503;
        ctx.body = 'try later';
      } else await serveFile(ctx, rest.slice(1).join('/'));
    } else if (kind === 'big') {
      const body = `{"schemaVersion":1,"pad":"${'x'.repeat(Math.max(0, Number(rest[0]) - 30))}"}`;
      ctx.type = 'application/json';
      if (ctx.query.stream) {
        const s = new PassThrough();
        ctx.body = s;
        s.end(body);
      } else ctx.body = body;
    } else if (kind === 'trickle') {
      const s = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = s;
      s.write(' ');
      setTimeout(async () => {
        try {
          s.end(await readFile(normalize(join(root, rest.slice(1).join('/'))), 'utf8'));
        } catch {
          s.end();
        }
      }, Number(rest[0]));
    } else if (kind === 'cdn') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(await cdnServer());
    } else if (kind === 'pad') {
      const p = rest.slice(2).join('/');
      await serveFile(ctx, p);
      if (ctx.status === 200 && p.split('/').pop() === rest[0]) ctx.body = ctx.body.padEnd(Number(rest[1]), ' ');
    } else if (kind === 'text') {
      ctx.type = decodeURIComponent(rest[0]);
      ctx.body = Buffer.from(decodeURIComponent(rest.slice(1).join('/')), 'base64').toString('utf8');
    } else if (kind === 'delay') {
      await sleep(Number(rest[0]));
      await serveFile(ctx, rest.slice(1).join('/'));
    } else if (kind === 'count') {
      // Counted by path and query, so each test can count its own requests; a leading
      // "~token~/" segment is part of the key but not of the file served.
      const p = rest.join('/');
      const key = p + (ctx.querystring ? `?${ctx.querystring}` : '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      await serveFile(ctx, p.replace(/^~[^/]*~\//, ''));
    } else if (kind === 'counts') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(String(ctx.query.path).replace(/^\//, '')) ?? 0);
    } else return next();
  };
}
