// A tiny static server for the benchmark: the bundle, the data API and pages held in memory.
// No dependency, so the bench measures the card and not a dev server's transforms.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` (URL prefix → directory) and `pages` (path → HTML string, may be changed while
 * running). Every answer is `Cache-Control: no-cache` with an ETag, so a cold browser context
 * downloads everything and repeated requests (one per iframe) are revalidated, as on a real host.
 * Resolves to { url, close }.
 */
export function serve({ mounts, pages }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, type, body, etag) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(etag && { ETag: etag }) });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, TYPES['.txt'], 'Method not allowed');

    const page = pages.get(path);
    if (page != null) {
      const etag = `"${createHash('sha1').update(page).digest('base64url')}"`;
      if (req.headers['if-none-match'] === etag) return send(304, TYPES['.html'], undefined, etag);
      return send(200, TYPES['.html'], req.method === 'HEAD' ? undefined : page, etag);
    }

    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) break; // no ../ escapes
      let st;
      try {
        st = statSync(file);
      } catch {
        break;
      }
      if (!st.isFile()) break;
      const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (req.headers['if-none-match'] === etag) return send(304, type, undefined, etag);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-cache', ETag: etag });
      if (req.method === 'HEAD') return res.end();
      return createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    }
    send(404, TYPES['.txt'], 'Not found');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
