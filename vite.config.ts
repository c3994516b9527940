import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/** Lit's html`` and css`` strings keep their indentation unless minified; it is bytes of budget. */
function minifyLiterals(): Plugin {
  return {
    name: 'ai-risk-card-minify-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      // Only modules with templates (a file that only composes sheets has nothing to minify).
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      // keepClosingSlash: svg`<path/>` must stay self-closed or the arc nests inside the track
      // and is never drawn. conservativeCollapse: whitespace between inline parts is a space
      // the reader sees ("usage (observed use)"), so collapse it to one, never to none.
      const r = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { keepClosingSlash: true, conservativeCollapse: true },
      });
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
        res.setHeader(
          'Content-Type',
          path.endsWith('.json') ? 'application/json' : path.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream',
        );
        createReadStream(path).pipe(res);
      });
    },
  };
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const banner = `/*! ai-risk-card ${version} (MIT) | bundles Lit (BSD-3-Clause, Google LLC): see ai-risk-card.js.LICENSES.txt */`;

/**
 * Comments are stripped from the bundle (pure annotations alone were ~150 dead markers), so the
 * bundled libraries' licence texts ship beside it and a one-line banner points to them. zod is
 * not bundled: the card validates with the contract compiled to data (src/data/shapes.ts).
 */
function licences(): Plugin {
  const texts = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map(
    (p) => `== ${p} ==\n${readFileSync(`node_modules/${p}/LICENSE`, 'utf8')}`,
  );
  return {
    name: 'ai-risk-card-licences',
    apply: 'build',
    generateBundle(_, bundle) {
      // Added after minification: comments: false would strip an output.banner.
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `${banner}\n${chunk.code}`;
      this.emitFile({ type: 'asset', fileName: 'ai-risk-card.js.LICENSES.txt', source: texts.join('\n') });
    },
  };
}

/**
 * Writes dist/size-report.json: for each output chunk, each module's code as it went into the
 * chunk (after tree-shaking, before minification). scripts/size.mjs minifies and compresses each
 * to name where the bytes go.
 */
function sizeReport(): Plugin {
  return {
    name: 'ai-risk-card-size-report',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks: Record<string, { entry: boolean; modules: Record<string, string> }> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules: Record<string, string> = {};
        for (const [id, m] of Object.entries(chunk.modules))
          if (m.code) modules[id.replace(/^.*?node_modules\//, 'node_modules/').replace(`${import.meta.dirname}/`, '')] = m.code;
        chunks[chunk.fileName] = { entry: chunk.isEntry, modules };
      }
      this.emitFile({ type: 'asset', fileName: 'size-report.json', source: JSON.stringify(chunks) });
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [dataApi(), minifyLiterals(), licences(), sizeReport()],
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
    // A library bundle is consumed as is: pure annotations and comments are dead bytes here.
    // Chunks loaded on demand (lookups, languages) sit beside the bundle and import what they share
    // from it: 'allow-extension' lets the bundle export to them instead of splitting a third,
    // shared chunk off the core (which a card with a code would then always load too).
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        chunkFileNames: (c) =>
          `ai-risk-card-${c.name === 'resolve' ? 'lookup' : c.name === 'reader' ? 'titles' : c.name}-[hash].js`,
      },
    },
  },
});
