// Pre-rendered cards for test/browser/ssr.test.ts, made by renderCard in Node (run by
// test/ssr-plugin.mjs): prints { name: markup } as JSON.
import { readFileSync } from 'node:fs';
import { renderCard, type RenderOptions } from '../src/ssr.ts';

const doc = JSON.parse(readFileSync('test/fixtures/data/v1/occupations/15-2051.00.json', 'utf8'));
const cases: Record<string, RenderOptions> = {
  full: { theme: 'light' },
  compact: { theme: 'light', variant: 'compact' },
  es: { theme: 'light', lang: 'es', headingLevel: 3 },
  fetching: { theme: 'light', variant: 'compact', inlineData: false, dataSource: '/test/fixtures/data/' },
};
const out: Record<string, string> = {};
for (const [name, o] of Object.entries(cases)) out[name] = await renderCard(doc, o);
process.stdout.write(JSON.stringify(out));
