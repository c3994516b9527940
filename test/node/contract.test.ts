import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { toJSONSchema } from 'zod/mini';
import { formatPath, levelOf, occupationSchema, validateOccupation } from '../../src/data/contract.ts';
import { VERSION } from '../../src/version.ts';

const fixture = () => JSON.parse(readFileSync('test/fixtures/data/v1/occupations/15-2051.00.json', 'utf8'));

test('src/version.ts matches package.json (double-load warnings name it)', () => {
  assert.equal(VERSION, JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('levels: low < 20, moderate < 40, high < 60, very-high >= 60', () => {
  assert.deepEqual([0, 19.9, 20, 39.9, 40, 59.9, 60, 100].map(levelOf), [
    'low',
    'low',
    'moderate',
    'moderate',
    'high',
    'high',
    'very-high',
    'very-high',
  ]);
});

test('paths read the way people write them', () => {
  assert.equal(formatPath(['tasks', 3, 'coverage']), 'tasks[3].coverage');
  assert.equal(formatPath([]), '(root)');
});

test('validation names the first bad field in plain words', () => {
  const cases: [(d: any) => void, string, string][] = [
    [(d) => (d.tasks[3].coverage = 140), 'tasks[3].coverage', 'must be at most 100'],
    [(d) => (d.sources[0].url = 'javascript:alert(1)'), 'sources[0].url', 'must be an http(s) URL'],
    [(d) => (d.exposure.level = 'extreme'), 'exposure.level', 'expected "low" or "moderate" or "high" or "very-high"'],
    [(d) => (d.updated = '2026-13-01'), 'updated', 'must be a YYYY-MM-DD date'],
    [(d) => (d.occupation.title = '   '), 'occupation.title', 'must not be blank'],
    [(d) => (d.employment.count = 1.5), 'employment.count', 'must be a whole number'],
    [(d) => (d.wage.median = 0), 'wage.median', 'must be more than 0'],
    [(d) => delete d.tasks, 'tasks', 'expected array'],
    [
      (d) => (d.occupation.code = '15-2051'),
      'occupation.code',
      'must be an O*NET-SOC code like 15-2051.00 or an id like ai-ml-engineers',
    ],
    [(d) => (d.wage.currency = 'usd'), 'wage.currency', 'must be an ISO 4217 code like USD'],
  ];
  for (const [mutate, path, message] of cases) {
    const d = fixture();
    mutate(d);
    const r = validateOccupation(d);
    assert.equal(r.ok, false, path);
    if (!r.ok) assert.deepEqual({ path: r.path, message: r.message }, { path, message });
  }
});

test('unknown extra fields are ignored, not rejected', () => {
  const d = { ...fixture(), publisherExtra: { anything: true } };
  const r = validateOccupation(d);
  assert.ok(r.ok);
  if (r.ok) assert.equal('publisherExtra' in r.data, false);
});

test('the JSON Schema export allows extra fields and keeps the constraints', () => {
  const s = toJSONSchema(occupationSchema, { io: 'input' }) as any;
  assert.deepEqual(s.required.sort(), ['exposure', 'occupation', 'schemaVersion', 'sources', 'tasks', 'updated']);
  assert.equal(s.additionalProperties, undefined);
  assert.equal(s.properties.occupation.properties.code.pattern, '^(?:\\d\\d-\\d{4}\\.\\d\\d|[a-z][a-z0-9-]{2,63})$');
  assert.equal(s.properties.tasks.items.properties.coverage.maximum, 100);
});
