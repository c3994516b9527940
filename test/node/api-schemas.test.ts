import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { indexSchema, metaSchema, titlesSchema } from '../../src/data/api.ts';
import { validateWith } from '../../src/data/contract.ts';

const read = (f: string) => JSON.parse(readFileSync(`demo/sample-data/v1/${f}`, 'utf8'));

test('the committed sample API (written by the data build) matches the schemas of index, titles and meta', () => {
  for (const [file, schema] of [
    ['index.json', indexSchema],
    ['titles.json', titlesSchema],
    ['meta.json', metaSchema],
  ] as const) {
    const r = validateWith(schema, read(file));
    assert.ok(r.ok, `${file}: ${r.ok ? '' : `${r.path}: ${r.message}`}`);
  }
});

test('a bad entry is refused, naming the field', () => {
  const index = read('index.json');
  index.occupations[2].code = '../../etc';
  assert.deepEqual(validateWith(indexSchema, index), {
    ok: false,
    path: 'occupations[2].code',
    message: 'must be an O*NET-SOC code like 15-2051.00 or an id like ai-ml-engineers',
  });
  const titles = read('titles.json');
  titles.titles[0].codes = [];
  assert.deepEqual(validateWith(titlesSchema, titles), {
    ok: false,
    path: 'titles[0].codes',
    message: 'must name at least one occupation',
  });
  const meta = read('meta.json');
  delete meta.sources[0].license;
  assert.equal(validateWith(metaSchema, meta).ok, false);
});
