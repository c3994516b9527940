import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { generate, FILE } from '../../scripts/gen-shapes.ts';
import { indexSchema, titlesSchema } from '../../src/data/api.ts';
import { occupationSchema, validateOccupation, validateWith } from '../../src/data/contract.ts';
import { validateShape, type Shape } from '../../src/data/shapes.ts';
import { INDEX, OCCUPATION, TITLES } from '../../src/data/shapes.gen.ts';

test(`${FILE} is what scripts/gen-shapes.ts makes of the contract (npm run gen:shapes)`, () => {
  assert.equal(readFileSync(FILE, 'utf8'), generate());
});

const doc = JSON.parse(readFileSync('test/fixtures/data/v1/occupations/15-2051.00.json', 'utf8'));
const read = (f: string) => JSON.parse(readFileSync(`demo/sample-data/v1/${f}`, 'utf8'));

/** Every path to a value inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, Array.isArray(v) ? Number(k) : k]));
  return out;
}

/** Values that probe each rule: wrong types, bounds, non-finite numbers, blanks, long lists. */
const probe = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0,
    100,
    100.5,
    1.5,
    1e21,
    0.1 + 0.2,
    2.03,
    1e-7,
    '',
    ' ',
    '\n',
    null,
    undefined,
    true,
    [],
    {},
    '15-2051.00',
    '2026-02-31',
    'http://x',
    'javascript:x',
    'USD',
    'usd',
    'low',
    'hour',
  ),
  fc.array(fc.constantFrom('a', ' ', 1), { maxLength: 260 }),
);

type Op = { path: number; kind: 'set' | 'delete' | 'extra'; value: unknown };
const ops = fc.array(
  fc.record({ path: fc.nat(), kind: fc.constantFrom('set', 'delete', 'extra'), value: probe }) as fc.Arbitrary<Op>,
  { minLength: 1, maxLength: 3 },
);

function mutate(base: unknown, list: Op[]) {
  let v: any = structuredClone(base);
  for (const op of list) {
    const all = paths(v);
    const p = all[op.path % all.length];
    if (!p.length) {
      v = op.kind === 'set' ? op.value : v;
      continue;
    }
    const parent = p.slice(0, -1).reduce((o: any, k) => o[k], v);
    const key = p[p.length - 1];
    if (op.kind === 'delete' && !Array.isArray(parent)) delete parent[key];
    else if (op.kind === 'extra' && !Array.isArray(parent)) parent[`x-${String(key)}`] = op.value;
    else parent[key] = op.value;
  }
  return v;
}

function same(shape: Shape, zod: (v: unknown) => unknown, value: unknown) {
  const a = zod(value) as any;
  const b = validateShape(shape, value) as any;
  assert.deepEqual(b, a);
}

test('the card validator answers exactly as zod on the contract (output, first bad field, words)', () => {
  same(OCCUPATION, validateOccupation, doc);
  fc.assert(
    fc.property(ops, (list) => same(OCCUPATION, validateOccupation, mutate(doc, list))),
    { numRuns: 3000, seed: 20261201 },
  );
});

test('... and on index.json and titles.json', () => {
  const index = read('index.json');
  const titles = read('titles.json');
  titles.titles = titles.titles.slice(0, 30);
  same(INDEX, (v) => validateWith(indexSchema, v), index);
  fc.assert(
    fc.property(ops, (list) => same(INDEX, (v) => validateWith(indexSchema, v), mutate(index, list))),
    { numRuns: 1000, seed: 7 },
  );
  fc.assert(
    fc.property(ops, (list) => same(TITLES, (v) => validateWith(titlesSchema, v), mutate(titles, list))),
    { numRuns: 1000, seed: 8 },
  );
});

test('unknown keys are dropped, as zod does, and the schema version is checked', () => {
  const r = validateShape<Record<string, unknown>>(OCCUPATION, { ...doc, extra: 1 });
  assert.ok(r.ok && !('extra' in r.data));
  assert.deepEqual(validateShape(OCCUPATION, { ...doc, schemaVersion: 2 }), {
    ok: false,
    path: 'schemaVersion',
    message: 'expected 1',
  });
  assert.equal(occupationSchema.shape.schemaVersion._zod.def.type, 'literal');
});
