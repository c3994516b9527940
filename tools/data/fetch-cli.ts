/**
 * `npm run data:fetch -- [--out <dir>] [--update-manifest]`
 *
 * Downloads every source file of the data build from its publisher into the folder data:build
 * reads, checked against tools/data/sources.manifest.json. Prints progress while it works; any
 * problem ends with a message naming the file, the URL, what was wrong and how to fix it, a
 * non-zero exit code, and no change to the output folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultIo, reportError, type Io } from './cli.ts';
import { fetchSources } from './fetch.ts';
import { MANIFEST_PATH, readManifest, writeManifest } from './fetch-manifest.ts';

const VERSION: string = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')).version;

export const DEFAULT_USER_AGENT = `ai-risk-card/${VERSION} data:fetch (Node.js ${process.version}; +https://www.npmjs.com/package/ai-risk-card)`;

export const USAGE = `Usage: npm run data:fetch -- [options]

Downloads the public source files into the folder that data:build reads.

Options:
  --out <dir>           sources folder to create or replace (default: $AI_RISK_CARD_SOURCES,
                        else ../shared/data, as data:build). Only a new or empty folder, or one
                        written by data:fetch before, is replaced.
  --manifest <file>     list of downloads and checksums (default: tools/data/sources.manifest.json)
  --update-manifest     record the size and SHA-256 of every download in the manifest (for
                        maintainers: after a new release, or to fill checksums not yet recorded)
  --user-agent <text>   User-Agent header (default: $AI_RISK_CARD_USER_AGENT, else
                        "${DEFAULT_USER_AGENT}")
  --retries <n>         retries per file after a network error, timeout, 429 or 5xx (default 4)
  --timeout <seconds>   give up on a connection silent for this long (default 60)
  -h, --help            show this help`;

/** Run the download; resolves to the exit code (0 ok, 1 fetch error, 2 usage error). */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let values: {
    out?: string;
    manifest?: string;
    'update-manifest'?: boolean;
    'user-agent'?: string;
    retries?: string;
    timeout?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        manifest: { type: 'string' },
        'update-manifest': { type: 'boolean' },
        'user-agent': { type: 'string' },
        retries: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const retries = values.retries === undefined ? 4 : Number(values.retries);
  const timeout = values.timeout === undefined ? 60 : Number(values.timeout);
  if (!Number.isInteger(retries) || retries < 0 || !(timeout > 0)) {
    io.err(`error: --retries takes a whole number ≥ 0 and --timeout a number of seconds > 0\n\n${USAGE}`);
    return 2;
  }

  const out = path.resolve(values.out ?? io.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
  const manifestFile = path.resolve(values.manifest ?? MANIFEST_PATH);
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const manifest = readManifest(manifestFile);
    io.out('ai-risk-card data fetch');
    io.out(`  manifest: ${manifestFile}`);
    io.out(`  output:   ${out}`);
    const result = await fetchSources({
      manifest,
      out,
      updateManifest: values['update-manifest'],
      userAgent: values['user-agent'] ?? io.env.AI_RISK_CARD_USER_AGENT ?? DEFAULT_USER_AGENT,
      retries,
      timeoutMs: timeout * 1000,
      onProgress: (line) => io.out(line.startsWith(' ') ? line : `[${elapsed()}] ${line}`),
    });
    if (values['update-manifest']) {
      writeManifest(manifestFile, result.manifest);
      io.out(`[${elapsed()}] Manifest: ${result.changes.length ? `${result.changes.length} values recorded` : 'unchanged'}`);
      for (const c of result.changes) io.out(`  ${c}`);
      if (result.changes.length) io.out('  Check the new files, then commit the manifest.');
    }
    const bytes = result.files.reduce((n, f) => n + f.size, 0);
    io.out('');
    io.out(`Done in ${elapsed()}: ${result.files.length} files (${bytes.toLocaleString('en-US')} bytes) in ${out}`);
    io.out(`  next: npm run data:build${values.out ? ` -- --sources ${values.out}` : ''}`);
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await run(process.argv.slice(2));
}
