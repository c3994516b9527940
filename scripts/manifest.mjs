// `npm run manifest`: writes custom-elements.json from the JSDoc of src/ai-risk-card.ts
// (@custom-elements-manifest/analyzer --litelement, configured in
// custom-elements-manifest.config.mjs), then rewrites README.md between <!-- API:START --> and
// <!-- API:END --> with tables made from that manifest. To change the API docs, edit the JSDoc.
// scripts/check-manifest.mjs (run by npm test) fails when either file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST = 'custom-elements.json';
export const README = 'README.md';
const START = '<!-- API:START -->';
const END = '<!-- API:END -->';

/**
 * The `kind` of an ai-risk-card-error event: the manifest has no place for the members of a
 * type, so they are described here, and generate() fails when this list and the ErrorKind union
 * in src/data/errors.ts differ.
 */
const ERROR_KINDS = {
  'not-found': 'HTTP 404/410, no occupation given, or an `occupation` that is not an O*NET-SOC code',
  network: 'the data server could not be reached',
  http: 'any other non-2xx answer',
  'invalid-json': 'the response is not JSON (e.g. an HTML error page) or is truncated',
  'invalid-data':
    'the JSON does not match the v1 contract; the message names the first bad field, e.g. `Invalid data at tasks[3].coverage: must be at most 100.`',
  timeout: 'no complete answer within `timeout` ms',
};

/** The manifest as the analyzer makes it, without writing anything. */
export async function analyze() {
  return cli({ argv: ['analyze'], cwd: ROOT, noWrite: true });
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
const code = (s) => `\`${s}\``;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

/** `'a' | 'b' | undefined` → `a` \| `b`; other types as code, without `| undefined`. */
function type(text) {
  if (!text) return '—';
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.every((p) => /^'[^']*'$/.test(p))) return parts.map((p) => code(p.slice(1, -1))).join(' | ');
  return code(parts.join(' | '));
}
const value = (v) => (v === undefined ? '—' : code(/^'[^']*'$/.test(v) ? v.slice(1, -1) : v));

/** The element's declaration in the manifest (the one class with a tag name). */
export function element(manifest) {
  const els = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  if (els.length !== 1) throw new Error(`expected one custom element with a @tagname in the manifest, found ${els.length}`);
  return els[0];
}

/** Markdown for the README block, from the manifest only (plus ERROR_KINDS). */
export function apiMarkdown(manifest) {
  const el = element(manifest);
  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const methods = members.filter((m) => m.kind === 'method' && m.description);
  const signature = (m) =>
    `${m.static ? `${el.name}.` : ''}${m.name}(${(m.parameters ?? []).map((p) => (p.default ? `${p.name} = ${p.default}` : p.name)).join(', ')})`;
  const dark = (d = '') => d.match(/\(dark: ([^)]+)\)/)?.[1];
  return [
    '<!-- Generated from custom-elements.json by `npm run manifest`: edit the JSDoc in src/ai-risk-card.ts, not this block. -->',
    '### Attributes and properties',
    '',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      fields.map((f) => [
        f.attribute ? code(f.attribute) : '—',
        code(f.name),
        type(f.type?.text),
        value(f.default),
        `${f.description ?? ''}${f.reflects ? ' Reflected.' : ''}`,
      ]),
    ),
    '',
    table(
      ['method', 'description'],
      methods.map((m) => [code(signature(m)), m.description]),
    ),
    '',
    '### Events',
    '',
    'Both bubble and are composed (they cross shadow roots).',
    '',
    table(
      ['event', 'type', 'description'],
      (el.events ?? []).map((e) => [code(e.name), e.type ? code(e.type.text) : '—', e.description]),
    ),
    '',
    'Error `kind`s, each with its own plain-language message in the card, a `role="alert"` and a Retry',
    'button:',
    '',
    table(
      ['kind', 'cause'],
      Object.entries(ERROR_KINDS).map(([k, v]) => [code(k), v]),
    ),
    '',
    'A bad payload never shows a half card, and nothing the card does throws into the host page.',
    '',
    '### CSS custom properties',
    '',
    'Set them on the element or any ancestor. Dark defaults apply with `theme="dark"` or, with',
    '`theme="auto"`, when the OS prefers dark.',
    '',
    table(
      ['property', 'light default', 'dark default', 'description'],
      (el.cssProperties ?? []).map((p) => [
        code(p.name),
        value(p.default),
        dark(p.description) ? code(dark(p.description)) : '',
        (p.description ?? '').replace(/\s*\(dark: [^)]+\)/, ''),
      ]),
    ),
    '',
    '### Parts',
    '',
    `Style with \`${el.tagName}::part(name)\`.`,
    '',
    table(
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
  ].join('\n');
}

/** README text with the block between the markers replaced. */
export function withApiBlock(readme, block) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${README} has no ${START} … ${END} block to write the API tables into`);
  return `${readme.slice(0, a + START.length)}\n${block}\n${readme.slice(b)}`;
}

/** Fails when ERROR_KINDS and the ErrorKind union in src/data/errors.ts name different kinds. */
function checkErrorKinds() {
  const src = readFileSync(join(ROOT, 'src/data/errors.ts'), 'utf8');
  const union = src.match(/export type ErrorKind\s*=([^;]+);/)?.[1];
  if (!union) throw new Error('src/data/errors.ts: no `export type ErrorKind = …;` found');
  const kinds = [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
  const documented = Object.keys(ERROR_KINDS).sort();
  if (kinds.join() !== documented.join())
    throw new Error(
      `ErrorKind in src/data/errors.ts is ${kinds.join(', ')}; scripts/manifest.mjs ERROR_KINDS documents ${documented.join(', ')}`,
    );
}

/** Both files as they should be: { manifest, readme } (text). */
export async function generate() {
  checkErrorKinds();
  const manifest = await analyze();
  const readme = withApiBlock(readFileSync(join(ROOT, README), 'utf8'), apiMarkdown(manifest));
  return { manifest: `${JSON.stringify(manifest, null, 2)}\n`, readme };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await generate();
  writeFileSync(join(ROOT, MANIFEST), out.manifest);
  writeFileSync(join(ROOT, README), out.readme);
  console.log(`wrote ${MANIFEST} and the API block of ${README}`);
}
