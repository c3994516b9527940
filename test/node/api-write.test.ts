import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexSchema, metaSchema } from '../../src/data/api.ts';
import { checked } from '../../tools/data/output.ts';

// The data build writes index.json and meta.json only when they pass the schemas the card reads
// them with (tools/data/output.ts), so a build can never publish a file the card refuses.
test('an index entry the card would refuse stops the build, naming the file and field', () => {
  const index = { schemaVersion: 1, updated: '2025-12-01', occupations: [{ code: '../x', slug: 'x', title: 'X' }] };
  assert.throws(
    () => checked(indexSchema, 'v1/index.json', index),
    /v1\/index\.json fails its schema \(src\/data\/api\.ts\) at occupations\[0\]\.code/,
  );
  const ok = { ...index, occupations: [{ code: 'ai-ml-engineers', slug: 'ai-ml-engineers', title: 'AI/ML Engineers' }] };
  assert.doesNotThrow(() => checked(indexSchema, 'v1/index.json', ok));
});

test('a meta.json without its counts stops the build', () => {
  assert.throws(() => checked(metaSchema, 'v1/meta.json', { schemaVersion: 1 }), /v1\/meta\.json fails its schema/);
});
