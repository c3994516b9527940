/**
 * The npm package as a consumer sees it, after `npm run build` (skipped when dist/lib is absent):
 * every `exports` target exists and resolves by the package's own name, the ES modules import in
 * Node without a DOM (server-side rendering, build tools), the schema parses, custom-elements.json
 * describes the element, and the React 19 JSX types accept what the element accepts.
 *
 * No DOM here: Lit's `node` export condition gives its classes a minimal HTMLElement and
 * customElements (@lit-labs/ssr-dom-shim), so importing the element is fine; our modules must
 * not read document or window at their top level (DESIGN.md §2.9).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = path.join(import.meta.dirname, '..', '..');
const at = (p: string) => path.join(ROOT, p);
const json = (p: string) => JSON.parse(readFileSync(at(p), 'utf8'));
const pkg = json('package.json');
/** Imports by the package's own name, as an app would (typed loosely: dist/ may not exist yet). */
const entry = (sub = ''): Promise<any> => import(`${pkg.name}${sub}`);

const built = existsSync(at('dist/lib/index.js'));
const skip = built ? false : 'dist/lib is absent: run `npm run build` first';
const bundle = existsSync(at('dist/ai-risk-card.js'));
const schema = existsSync(at('dist/schema/occupation.v1.json'));

/** Every file an `exports` entry points to, with its subpath and condition. */
function targets(): [subpath: string, condition: string, file: string][] {
  const out: [string, string, string][] = [];
  for (const [sub, t] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>))
    if (typeof t === 'string') out.push([sub, 'default', t]);
    else for (const [cond, file] of Object.entries(t)) out.push([sub, cond, file]);
  return out;
}
const needs = (file: string) => (file.startsWith('./dist/schema/') ? schema : file === './dist/ai-risk-card.js' ? bundle : true);

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : [],
  );
}

describe('package.json', () => {
  it('is an ES module package with lit and zod as dependencies, not bundled into dist/lib', () => {
    assert.equal(pkg.type, 'module');
    assert.ok(pkg.dependencies.lit && pkg.dependencies.zod);
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg.types, './dist/lib/index.d.ts');
  });

  it('marks only the registering modules as having side effects', () => {
    assert.ok(pkg.sideEffects.includes('./dist/lib/define.js'));
    assert.ok(pkg.sideEffects.includes('./dist/ai-risk-card.js'));
    assert.ok(!pkg.sideEffects.includes('./dist/lib/index.js'));
  });

  it('every exports target exists', { skip }, () => {
    for (const [sub, cond, file] of targets()) {
      if (!needs(file)) continue; // the bundle or schema not built in this run: checked below
      assert.ok(existsSync(at(file)), `exports["${sub}"].${cond} → ${file} does not exist`);
    }
  });

  it('every exports target is in `files` (ships in the tarball)', () => {
    const files: string[] = pkg.files;
    for (const [sub, , file] of targets()) {
      const rel = file.replace(/^\.\//, '');
      if (rel === 'package.json') continue;
      assert.ok(
        files.some((f) => rel === f || rel.startsWith(`${f}/`)),
        `exports["${sub}"] → ${file} is not covered by "files"`,
      );
    }
    // The data API ships beside the CDN bundle (issue 11); never all of dist/ (test builds live there).
    assert.ok(!files.includes('dist'), 'not the whole of dist/');
    assert.ok(files.includes('dist/data/v1'), 'the data API ships in dist/data/v1, beside dist/ai-risk-card.js');
  });

  it('resolves by the package name', { skip }, () => {
    assert.equal(import.meta.resolve('ai-risk-card'), pathToFileURL(at('dist/lib/index.js')).href);
    assert.equal(import.meta.resolve('ai-risk-card/define'), pathToFileURL(at('dist/lib/define.js')).href);
    assert.equal(import.meta.resolve('ai-risk-card/ai-risk-card.js'), pathToFileURL(at('dist/ai-risk-card.js')).href);
    assert.equal(
      import.meta.resolve('ai-risk-card/schema/occupation.v1.json'),
      pathToFileURL(at('dist/schema/occupation.v1.json')).href,
    );
  });
});

describe('dist/lib in Node, without a DOM', { skip }, () => {
  it('the entry imports and exports the class, the contract and the version', async () => {
    const m = await entry();
    assert.equal(typeof m.AiRiskCard, 'function');
    assert.equal(m.VERSION, pkg.version);
    assert.equal(m.AiRiskCard.version, pkg.version);
    const doc = json('demo/sample-data/v1/occupations/15-2051.00.json');
    assert.deepEqual(m.validateOccupation(doc).ok, true);
    const bad = m.validateOccupation({ ...doc, tasks: 'none' });
    assert.equal(bad.ok, false);
  });

  it('the entry registers nothing', async () => {
    await entry();
    assert.equal(globalThis.customElements?.get('ai-risk-card'), undefined);
  });

  it('every module imports without touching document or window', async () => {
    // Not ssr.js: the server entry installs Lit's DOM shim on purpose (tested below).
    for (const file of jsFiles(at('dist/lib')).filter((f) => path.basename(f) !== 'ssr.js'))
      await import(pathToFileURL(file).href);
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  });

  it('./define registers the element (in Lit’s server-side registry here)', async () => {
    const { AiRiskCard } = await entry('/define');
    assert.equal(globalThis.customElements.get('ai-risk-card'), AiRiskCard);
  });

  it('lit and zod stay imports (not bundled), with relative imports ending in .js', () => {
    const src = readFileSync(at('dist/lib/ai-risk-card.js'), 'utf8');
    assert.match(src, /from 'lit'/);
    assert.match(readFileSync(at('dist/lib/data/contract.js'), 'utf8'), /from 'zod\/mini'/);
    for (const file of jsFiles(at('dist/lib')))
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g))
        assert.ok(
          spec.endsWith('.js') && existsSync(path.join(path.dirname(file), spec)),
          `${file}: import '${spec}' does not resolve`,
        );
  });

  it('./ssr renders a card by the package name (last: it installs the DOM shim)', async () => {
    const { renderCard } = await entry('/ssr');
    const html = await renderCard(json('demo/sample-data/v1/occupations/15-2051.00.json'), { variant: 'compact' });
    assert.match(html, /^<ai-risk-card [^>]*variant="compact"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(html, /<script type="application\/json" data-ai-risk-card>\{"schemaVersion":1/);
  });

  it('declarations are emitted, with the global tag and event maps', () => {
    assert.ok(existsSync(at('dist/lib/index.d.ts')));
    const define = readFileSync(at('dist/lib/define.d.ts'), 'utf8');
    assert.match(define, /interface HTMLElementTagNameMap/);
    assert.match(define, /'ai-risk-card-load': CustomEvent<LoadDetail>/);
  });
});

describe('CDN bundle and schema', () => {
  it(
    'dist/ai-risk-card.js and its licence texts exist',
    { skip: bundle ? false : 'dist/ai-risk-card.js is absent: run `npm run build`' },
    () => {
      assert.ok(readFileSync(at('dist/ai-risk-card.js'), 'utf8').startsWith('/*! ai-risk-card'));
      assert.ok(existsSync(at('dist/ai-risk-card.js.LICENSES.txt')));
    },
  );

  it(
    'the schema imports by name as JSON',
    { skip: schema && built ? false : 'dist/ is absent: run `npm run build`' },
    async () => {
      const { default: s } = await import(`${pkg.name}/schema/occupation.v1.json`, { with: { type: 'json' } });
      assert.equal(s.title, 'ai-risk-card occupation document, v1');
    },
  );

  it('dist/schema/occupation.v1.json parses', { skip: schema ? false : 'dist/schema is absent: run `npm run build`' }, () => {
    const s = json('dist/schema/occupation.v1.json');
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(s.properties.occupation && s.properties.tasks && s.required.includes('tasks'));
  });
});

describe('custom-elements.json', () => {
  const cem = json('custom-elements.json');
  const el = cem.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'ai-risk-card');
  const names = (xs: { name: string }[] = []) => xs.map((x) => x.name);

  it('declares <ai-risk-card> and its definition in dist/lib/define.js', () => {
    assert.ok(el, 'no declaration with tagName ai-risk-card');
    assert.equal(el.name, 'AiRiskCard');
    const define = cem.modules.find((m: { path: string }) => m.path === 'dist/lib/define.js');
    assert.ok(
      define.exports.some(
        (e: { kind: string; name: string }) => e.kind === 'custom-element-definition' && e.name === 'ai-risk-card',
      ),
    );
  });

  it('lists the attributes, with descriptions', () => {
    for (const a of ['occupation', 'data-source', 'src', 'theme', 'timeout', 'loading', 'variant', 'sections', 'job-title'])
      assert.ok(names(el.attributes).includes(a), `attribute ${a}`);
    for (const a of el.attributes) assert.ok(a.description, `attribute ${a.name} has no description`);
    assert.equal(el.attributes.find((a: { name: string }) => a.name === 'timeout').default, '10000');
  });

  it('lists the public properties only', () => {
    const fields = el.members.filter((m: { kind: string }) => m.kind === 'field');
    assert.ok(names(fields).includes('data'));
    assert.ok(
      !fields.some((m: { name: string; privacy?: string }) => m.name.startsWith('_') || m.name.startsWith('#') || m.privacy),
    );
  });

  it('lists exactly the events the element sends', () => {
    assert.deepEqual(names(el.events).sort(), ['ai-risk-card-error', 'ai-risk-card-load']);
    const src = readFileSync(at('src/ai-risk-card.ts'), 'utf8');
    const sent = new Set([...src.matchAll(/'(ai-risk-card-[a-z-]+)'/g)].map((m) => m[1]));
    assert.deepEqual([...sent].sort(), names(el.events).sort(), 'an event named in src/ai-risk-card.ts has no @fires JSDoc');
  });

  it('lists the CSS custom properties with defaults, and the parts', () => {
    assert.ok(el.cssProperties.length >= 13);
    for (const p of el.cssProperties) {
      assert.match(p.name, /^--ai-risk-card-/);
      assert.ok(p.default, `${p.name} has no default`);
    }
    for (const p of ['card', 'header', 'gauge', 'stats', 'tasks', 'task', 'faq', 'sources', 'error'])
      assert.ok(names(el.cssParts).includes(p), `part ${p}`);
  });

  it('names module paths that the build emits', { skip }, () => {
    for (const m of cem.modules) assert.ok(existsSync(at(m.path)), `${m.path} does not exist`);
  });
});

describe('React 19 JSX types (ai-risk-card/react)', { skip }, () => {
  /** Type-checks TSX files that import the package by name, as an app would; errors by file. */
  function checkAll(sources: string[]): string[][] {
    // Virtual files (never written) inside the package, so `ai-risk-card/…` resolves to itself.
    const files = sources.map((_, i) => at(`test/node/__consumer${i}__.tsx`));
    const text = new Map(files.map((f, i) => [f, sources[i]]));
    const options: ts.CompilerOptions = {
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (f) => text.has(f) || fileExists(f);
    host.readFile = (f) => text.get(f) ?? readFile(f);
    host.getSourceFile = (f, lang, ...rest) =>
      text.has(f) ? ts.createSourceFile(f, text.get(f)!, lang, true) : getSourceFile(f, lang, ...rest);
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(files, options, host));
    return files.map((f) =>
      diagnostics.filter((d) => d.file?.fileName === f).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    );
  }
  const check = (tsx: string) => checkAll([tsx])[0];

  it('accepts the attributes, properties, event props and a typed ref', () => {
    const cem = json('custom-elements.json');
    const el = cem.modules
      .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'ai-risk-card');
    const attrs = el.attributes.map((a: { name: string }) => `'${a.name}': true`).join(', ');
    const errors = check(`
      import type { AiRiskCardAttributes } from 'ai-risk-card/react';
      import type { AiRiskCard } from 'ai-risk-card';
      import { useRef } from 'react';
      // Every attribute in custom-elements.json, no more and no fewer.
      export const attrs: Record<keyof AiRiskCardAttributes, true> = { ${attrs} };
      export function App({ doc }: { doc: unknown }) {
        const ref = useRef<AiRiskCard>(null);
        return (
          <>
            <ai-risk-card occupation="15-2051.00" data-source="https://data.example.com/" theme="dark" variant="compact"
              loading="eager" timeout={5000} sections="gauge,tasks" heading-level={3} className="card" ref={ref}
              onai-risk-card-load={(e) => console.log(e.detail.data.occupation.title, e.detail.match?.confidence)}
              onai-risk-card-error={(e) => console.log(e.detail.kind)} />
            <ai-risk-card data={doc} strings={{ retry: 'Try again' }} />
          </>
        );
      }`);
    assert.deepEqual(errors, []);
  });

  it('type-checks the React examples in docs/frameworks.md', () => {
    const blocks = [...readFileSync(at('docs/frameworks.md'), 'utf8').matchAll(/```tsx\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(blocks.length >= 2, 'no tsx examples found');
    // One program, as in an app: the first example's `import type {}` brings the JSX types.
    const errors = checkAll(blocks);
    errors.forEach((e, i) => assert.deepEqual(e, [], `example ${i + 1}:\n${blocks[i]}`));
  });

  it('rejects wrong values', () => {
    const errors = check(`
      import type {} from 'ai-risk-card/react';
      export const a = <ai-risk-card theme="blue" />;
      export const b = <ai-risk-card onai-risk-card-error={(e: CustomEvent<{ nope: 1 }>) => e} />;`);
    assert.equal(errors.length, 2, errors.join('\n'));
  });
});
