// `npm run bench`: the pre-rendered job board's cards, rendered by renderCard in a process of their
// own (the DOM shim @lit-labs/ssr installs stays out of the bench's process).
//   node --import tsx bench/prerender.ts <data dir> <variant> <code>…  → { code: markup } on stdout
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard } from '../src/ssr.ts';

const [dir, variant, ...codes] = process.argv.slice(2);
const out: Record<string, string> = {};
for (const code of codes) {
  const doc = JSON.parse(readFileSync(join(dir, 'v1', 'occupations', `${code}.json`), 'utf8'));
  out[code] = await renderCard(doc, { variant: variant as never, dataSource: '/data/' });
}
process.stdout.write(JSON.stringify(out));
