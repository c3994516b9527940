// `/ssr/<name>.html`: a card pre-rendered by renderCard (test/ssr-fixtures.ts), for
// test/browser/ssr.test.ts. Rendered in a child process (the DOM shim @lit-labs/ssr installs must
// not reach the test runner's own globals), once per run, on first request.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

let rendered;
export function ssrMiddleware() {
  return async (ctx, next) => {
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
