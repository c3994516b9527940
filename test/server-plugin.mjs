// A tiny fault-injecting test server: Koa middleware in web-test-runner's dev server.
//   /mock/status/<code>[/...]          answers with that HTTP status
//   /mock/text/<content-type>/<base64> answers 200 with that body
//   /mock/delay/<ms>/<real path>       serves <real path> after a delay
//   /mock/count/<real path>            serves <real path> and counts requests
//   /mock/counts?path=<real path>      how often /mock/count/<path> was requested
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const root = process.cwd();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
      ctx.body = `status ${rest[0]}`;
    } else if (kind === 'text') {
      ctx.type = decodeURIComponent(rest[0]);
      ctx.body = Buffer.from(decodeURIComponent(rest.slice(1).join('/')), 'base64').toString('utf8');
    } else if (kind === 'delay') {
      await sleep(Number(rest[0]));
      await serveFile(ctx, rest.slice(1).join('/'));
    } else if (kind === 'count') {
      const p = rest.join('/');
      counts.set(p, (counts.get(p) ?? 0) + 1);
      await serveFile(ctx, p);
    } else if (kind === 'counts') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(String(ctx.query.path).replace(/^\//, '')) ?? 0);
    } else return next();
  };
}
