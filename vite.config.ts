import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/** Lit's html`` and css`` strings keep their indentation unless minified; it is bytes of budget. */
function minifyLiterals(): Plugin {
  return {
    name: 'ai-risk-card-minify-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const r = await minifyHTMLLiterals(code, { fileName: id });
      return r && { code: r.code, map: r.map?.toString() };
    },
  };
}

/**
 * Serves the occupation data API at /data/ in the demo: the directory in AI_RISK_CARD_DATA
 * (set by `npm start`: built data when the sources were found, else the committed sample set).
 */
function dataApi(): Plugin {
  const root = resolve(process.env.AI_RISK_CARD_DATA || 'demo/sample-data');
  return {
    name: 'ai-risk-card-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res) => {
        const path = normalize(join(root, decodeURIComponent((req.url || '/').split('?')[0])));
        if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
          // A real 404, not Vite's index.html fallback, so the card shows "not found".
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : path.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [dataApi(), minifyLiterals()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: {
    outDir: '../dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/define.ts'),
      formats: ['es'],
      fileName: () => 'ai-risk-card.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
