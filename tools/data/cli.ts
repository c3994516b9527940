/**
 * `npm run data:build -- --sources <dir> --out <dir> [--overlay <dir>] [--custom <dir>] [--date YYYY-MM-DD]`
 *
 * Builds the static JSON API from the public source files: prints progress while it works and a
 * summary at the end. Any problem ends with a message naming the file, line and column, a
 * non-zero exit code, and no change to the output folder.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { BuildError } from './errors.ts';
import { DATA_DATE, METHOD_VERSION } from './meta.ts';
import { coverage, renderFiles } from './output.ts';
import { writeOutput } from './write.ts';

export const USAGE = `Usage: npm run data:build -- [options]

Options:
  --sources <dir>   source files (default: $AI_RISK_CARD_SOURCES, else ../shared/data)
  --out <dir>       output folder; the API is written to <dir>/v1 (default: dist/data)
  --overlay <dir>   optional <code>.json files that add or replace editorial text
  --custom <dir>    optional <id>.json specs of composite occupations (tools/data/custom.ts)
  --date <date>     "updated" date of the documents, YYYY-MM-DD (default: ${DATA_DATE})
  -h, --help        show this help`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Run the build; returns the exit code (0 ok, 1 build error, 2 usage error). */
export function run(argv: readonly string[], io: Io = defaultIo): number {
  let values: { sources?: string; out?: string; overlay?: string; custom?: string; date?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sources: { type: 'string' },
        out: { type: 'string' },
        overlay: { type: 'string' },
        custom: { type: 'string' },
        date: { type: 'string' },
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

  const sources = path.resolve(values.sources ?? io.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
  const out = path.resolve(values.out ?? 'dist/data');
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  io.out(`ai-risk-card data build (method ${METHOD_VERSION})`);
  io.out(`  sources: ${sources}`);
  io.out(`  output:  ${path.join(out, 'v1')}`);
  try {
    const result = build({
      sources,
      overlay: values.overlay && path.resolve(values.overlay),
      custom: values.custom && path.resolve(values.custom),
      date: values.date,
      onProgress: (line) => io.out(line.startsWith(' ') ? line : `[${elapsed()}] ${line}`),
    });
    const files = renderFiles(result);
    io.out(`[${elapsed()}] Writing ${files.size} files`);
    writeOutput(out, files);

    const total = result.docs.length;
    const sections = Object.entries(coverage(result.docs)).map(([k, n]) => `${k} ${n}/${total}`);
    io.out('');
    io.out(`Done in ${elapsed()}: ${total} occupations written to ${path.join(out, 'v1')}`);
    io.out(`  updated:  ${result.updated}`);
    io.out(`  tasks:    ${result.docs.reduce((n, d) => n + d.tasks.length, 0)}`);
    io.out(`  titles:   ${result.titles.length}`);
    if (result.overlays) io.out(`  overlays: ${result.overlays}`);
    io.out(`  sections: ${sections.join(', ')}`);
    io.out(`  warnings: ${result.warnings.length}${result.warnings.length ? ' (all listed in v1/meta.json)' : ''}`);
    for (const w of result.warnings.slice(0, 5)) io.out(`    - ${w}`);
    if (result.warnings.length > 5) io.out(`    … and ${result.warnings.length - 5} more`);
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}

/** Print a failure the way users need it and return the exit code. */
export function reportError(e: unknown, io: Io): number {
  if (e instanceof BuildError) io.err(`\nerror: ${e.message}`);
  else io.err(`\ninternal error (a bug in tools/data): ${(e as Error).stack ?? e}`);
  io.err('The output folder was not changed.');
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2));
}
