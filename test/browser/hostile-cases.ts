/**
 * What hostile.test.ts tries, as pure functions of the fixture document: the free-text fields, the
 * vector × field cases and the attribute cases. The test counts what it actually ran against these,
 * and `npm run readme:figures` writes the same numbers into the README.
 */
import { URL_VECTORS, VECTORS } from './vectors.js';

export type Path = (string | number)[];
export type Doc = Record<string, any>;

/** Fields the contract constrains to a format or a fixed set of words: not free text. */
export const CONSTRAINED = new Set([
  'occupation.code',
  'updated',
  'wage.currency',
  'sources[].url',
  'exposure.level',
  'exposure.signals[].kind',
  'augmentation.level',
  'demand.trend',
  'wage.period',
]);
/** Free-text fields that may be blank (plain z.string()); every other free-text field must not be. */
export const MAY_BE_BLANK = new Set([
  'occupation.description',
  'occupation.socCode',
  'exposure.signals[].note',
  'augmentation.note',
  'demand.period',
  'demand.note',
  'wage.note',
  'employment.source',
  'employment.note',
  'overview[]',
  'tasks[].id',
  'tasks[].note',
  'sources[].license',
]);
/**
 * Vectors also swept through every field one at a time (every vector already goes into all fields at
 * once): markup, a word that must wrap, bidi and broken UTF-16, and a blank string, which only some
 * fields may hold.
 */
export const SWEEP = ['img onerror', '10,000-char word', 'bidi RLO override', 'lone surrogates', 'whitespace only'];
/** The attributes every vector goes into; job-title twice (with and without the data property). */
export const ATTRIBUTE_CASES = { occupation: 1, src: 1, 'data-source': 1, 'job-title': 2 } as const;

/** `tasks[].scores[].label` for a path like ['tasks', 3, 'scores', 0, 'label']. */
export const fieldOf = (p: Path) => p.map((k, i) => (typeof k === 'number' ? '[]' : (i ? '.' : '') + k)).join('');

export function stringLeaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') {
    if (!CONSTRAINED.has(fieldOf(path))) out.push(path);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

export function setAt(doc: Doc, path: Path, value: unknown) {
  let o: any = doc;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = value;
}

/** The fixture, plus the optional free-text fields it leaves out, so every such field is present. */
export function hostileBase(fixture: Doc): Doc {
  const base = structuredClone(fixture);
  base.occupation.socCode = '15-2051';
  base.wage.note = 'Figure for all of SOC 15-2051';
  base.sources[0].license = 'Public domain';
  return base;
}

/** Every case hostile.test.ts runs for this base document. */
export function hostileCases(base: Doc) {
  const leaves = stringLeaves(base);
  const fields = new Set(leaves.map(fieldOf)).size;
  const dataPairs = VECTORS.length * leaves.length;
  const jsonPairs = VECTORS.length * leaves.length;
  const sweepPairs = SWEEP.length * leaves.length;
  const perVector = Object.values(ATTRIBUTE_CASES).reduce((a, b) => a + b, 0);
  return {
    vectors: VECTORS.length,
    fields,
    leaves: leaves.length,
    dataPairs,
    jsonPairs,
    sweepPairs,
    pairs: dataPairs + jsonPairs + sweepPairs,
    urlVectors: URL_VECTORS.length,
    // Each URL vector goes into two sources of one document.
    urlCases: URL_VECTORS.length * 2,
    attrCases: VECTORS.length * perVector,
  };
}
