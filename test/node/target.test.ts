import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoadError } from '../../src/data/errors.ts';
import { details } from '../../src/i18n/details.ts';
import { resolveTarget, type TargetInput } from '../../src/data/target.ts';

const base = 'https://cdn.example/ai-risk-card/data/';
const page = 'https://blog.example/posts/1';
const t = (a: Partial<TargetInput>) => resolveTarget({ base, baseURI: page, ...a });
const href = (a: Partial<TargetInput>) => {
  const r = t(a);
  assert.equal(r.kind, 'url');
  return r.kind === 'url' ? r.url.href : '';
};
const refused = (a: Partial<TargetInput>, pattern: RegExp) =>
  assert.throws(
    () => t(a),
    (e: unknown) => {
      if (!(e instanceof LoadError) || e.kind !== 'not-found') return false;
      const [key, ...args] = e.detail;
      return pattern.test((details[key] as (...a: unknown[]) => string)(...args));
    },
  );

test('an O*NET-SOC code is one document under the data root, beside the script by default', () => {
  assert.equal(href({ occupation: '15-2051.00' }), `${base}v1/occupations/15-2051.00.json`);
  assert.equal(href({ occupation: ' 15-2051.00 ' }), `${base}v1/occupations/15-2051.00.json`);
});

test('data-source: relative to the page, a trailing slash added', () => {
  assert.equal(href({ occupation: '15-2051.00', dataSource: '/api' }), 'https://blog.example/api/v1/occupations/15-2051.00.json');
  assert.equal(
    href({ occupation: '15-2051.00', dataSource: 'https://data.example/x/' }),
    'https://data.example/x/v1/occupations/15-2051.00.json',
  );
});

test('precedence: data > src > occupation > job-title', () => {
  const data = { any: 1 };
  assert.deepEqual(t({ data, src: '/a.json', occupation: '15-2051.00', jobTitle: 'Nurse' }), { kind: 'data', data });
  assert.equal(href({ src: '/a.json', occupation: '15-2051.00', jobTitle: 'Nurse' }), 'https://blog.example/a.json');
  assert.equal(href({ occupation: '15-2051.00', jobTitle: 'Nurse' }), `${base}v1/occupations/15-2051.00.json`);
  const r = t({ jobTitle: '  Senior ML Engineer ' });
  assert.equal(r.kind, 'title');
  assert.equal(r.kind === 'title' && r.title, 'Senior ML Engineer');
});

test('SOC codes and slugs need the index; auto needs the page', () => {
  for (const value of ['15-2051', 'data-scientists', 'Data-Scientists']) {
    const r = t({ occupation: value });
    assert.equal(r.kind, 'lookup');
    assert.equal(r.kind === 'lookup' && r.value, value);
    assert.equal(r.kind === 'lookup' && r.root.href, base);
  }
  assert.equal(t({ occupation: 'auto' }).kind, 'auto');
});

test('blob: only for src; other schemes are refused, naming the attribute', () => {
  assert.equal(href({ src: 'blob:https://blog.example/1234' }), 'blob:https://blog.example/1234');
  refused({ src: 'javascript:alert(1)' }, /^The src attribute/);
  refused({ occupation: '15-2051.00', dataSource: 'blob:https://blog.example/1234' }, /^The data-source attribute/);
  refused({ occupation: '15-2051.00', dataSource: 'ftp://data.example/' }, /^The data-source attribute/);
  refused({ src: 'http://[bad' }, /not an http\(s\) URL/);
});

test('values that cannot be a code, SOC code or slug are refused before any request', () => {
  refused({ occupation: '../../secrets' }, /is not an O\*NET-SOC code/);
  refused({ occupation: '15-2051.00/../x' }, /is not an O\*NET-SOC code/);
  refused({}, /^No occupation given/);
  refused({ occupation: '  ', jobTitle: ' ' }, /^No occupation given/);
});
