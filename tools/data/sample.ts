/**
 * `npm run data:sample [-- --sources <dir>]`
 *
 * Builds from the real sources exactly as `data:build` does, then keeps a few diverse occupations
 * and writes them to demo/sample-data/v1, which is committed so the demo works without the
 * sources. Each document's sources list starts with an entry saying it is sample data.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { defaultIo, reportError, type Io } from './cli.ts';
import { renderFiles, subset } from './output.ts';
import { writeOutput } from './write.ts';

export const SAMPLE_CODES = [
  '13-2011.00', // Accountants and Auditors
  '15-1252.00', // Software Developers
  '15-2051.00', // Data Scientists
  '27-3042.00', // Technical Writers
  '29-1141.00', // Registered Nurses
  '41-2011.00', // Cashiers
  '43-4051.00', // Customer Service Representatives
  '47-2111.00', // Electricians
  'ai-ml-engineers', // composite (demo/custom/ai-ml-engineers.json)
];

/** Composite occupations of the sample set (and the demo). */
export const SAMPLE_CUSTOM = 'demo/custom';

export const sampleLabel = (total: number) =>
  `Sample data: a snapshot of the ai-risk-card data build for ${SAMPLE_CODES.length} occupations; run npm run data:build for all ${total}`;

export function run(argv: readonly string[], io: Io = defaultIo): number {
  let values: { sources?: string; out?: string; date?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { sources: { type: 'string' }, out: { type: 'string' }, date: { type: 'string' } },
      strict: true,
    }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\nUsage: npm run data:sample -- [--sources <dir>] [--out <dir>] [--date YYYY-MM-DD]`);
    return 2;
  }
  const sources = path.resolve(values.sources ?? io.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
  const out = path.resolve(values.out ?? 'demo/sample-data');
  try {
    const result = build({ sources, custom: path.resolve(SAMPLE_CUSTOM), date: values.date, onProgress: (line) => io.out(line) });
    const files = renderFiles(subset(result, SAMPLE_CODES), {
      sample: { label: sampleLabel(result.docs.length), totalOccupations: result.docs.length },
    });
    writeOutput(out, files);
    io.out(`Wrote ${files.size} files (${SAMPLE_CODES.length} occupations) to ${path.join(out, 'v1')}`);
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2));
}
