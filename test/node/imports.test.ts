import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';

/** Every module under src/ and the relative modules it imports (type-only imports too). */
function graph(dir = 'src'): Map<string, string[]> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
  const g = new Map<string, string[]>();
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const deps = [
      ...src.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"](\.[^'"]+)['"]|import\(\s*(?:\/\*.*?\*\/\s*)?['"](\.[^'"]+)['"]\s*\)/g,
      ),
    ].map((m) => join(dirname(f), (m[1] ?? m[2]).replace(/\.js$/, '.ts')));
    g.set(f, deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') return void found.push([...stack.slice(stack.indexOf(f)), f]);
    state.set(f, 'open');
    stack.push(f);
    for (const d of g.get(f) ?? []) visit(d);
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) visit(f);
  return found;
}

test('no import cycles in src/', () => {
  const g = graph();
  assert.ok(g.size > 10, 'the scan found the modules');
  assert.deepEqual(
    cycles(g).map((c) => c.map((f) => relative('src', f)).join(' -> ')),
    [],
  );
});

test('the cycle check sees a cycle', () => {
  const g = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(cycles(g), [['a', 'b', 'c', 'a']]);
});

test('every relative import in src/ names a module that exists', () => {
  const g = graph();
  for (const [f, deps] of g) for (const d of deps) assert.ok(g.has(d), `${f} imports ${d}`);
});
