/** One worker of `npm run pages` (tools/pages/cli.ts): renders a slice of the occupation pages. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { validateOccupation } from '../../src/data/contract.js';
import { occupationPage, type Entry, type SiteOptions } from './site.js';

const { entries, known, v1, out, site } = workerData as {
  entries: Entry[];
  known: [string, Entry][];
  v1: string;
  out: string;
  site: SiteOptions;
};
const slugs = new Map(known);
const alt: [string, string[]][] = [];
const updated: [string, string][] = [];
for (const e of entries) {
  const file = join(v1, 'occupations', `${e.code}.json`);
  const v = validateOccupation(JSON.parse(readFileSync(file, 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${v.path} ${v.message}`);
  const dir = join(out, e.slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), await occupationPage(v.data, slugs, site));
  const badge = join(v1, 'badges', `${e.code}.svg`);
  if (existsSync(badge)) copyFileSync(badge, join(dir, 'badge.svg'));
  alt.push([e.code, (v.data.occupation.altTitles ?? []).slice(0, 8)]);
  updated.push([e.code, v.data.updated]);
}
parentPort!.postMessage({ alt, updated });
