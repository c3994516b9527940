/**
 * Property-based fuzzing of the loader and renderer with fast-check: valid documents, near-valid ones (the fixture or a generated document with a few
 * mutations: fields dropped, replaced, retyped, arrays resized, extra and prototype-polluting keys,
 * deep nesting), and arbitrary values. Whatever comes in, the card ends rendered or in its error
 * state, fires exactly one event, throws nothing at the page and leaves Object.prototype alone.
 *
 * On failure fast-check prints the seed and the shrunk counterexample; rerun with that seed by
 * passing `{ seed, path }` to fc.assert.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz-runs.js';
import type { AiRiskCard } from '../../src/ai-risk-card.js';
import { validateOccupation } from '../../src/data/contract.js';
import { $, cardWith, fullDoc } from './helpers.js';
import { VECTORS } from './vectors.js';

type Doc = Record<string, any>;

// ---- arbitraries ---------------------------------------------------------------------------------

const anyString = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...VECTORS.filter((v) => v.value.length < 500).map((v) => v.value)) },
);
/** Not blank: the contract's `text()`. */
const text = anyString.map((s) => (/\S/.test(s) ? s : `${s}x`));
const score = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 50, 100));
const level = fc.constantFrom('low', 'moderate', 'high', 'very-high');
const int = fc.oneof(fc.integer({ min: -1e6, max: 1e7 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER, 1e21));
const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -100, max: 100, noNaN: true }));
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const date = fc
  .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const code = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
  .map(([a, b, c]) => `${pad(a, 2)}-${pad(b, 4)}.${pad(c, 2)}`);
const httpUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constant('https://www.onetcenter.org/database.html'),
);

/** Documents the contract accepts: every optional field present or not, values anywhere in range. */
const validDoc: fc.Arbitrary<Doc> = fc.record(
  {
    schemaVersion: fc.constant(1),
    occupation: fc.record(
      { code, title: text, slug: text, description: anyString, altTitles: fc.array(text, { maxLength: 5 }), socCode: anyString },
      { requiredKeys: ['code', 'title', 'slug'] },
    ),
    exposure: fc.record(
      {
        score,
        level,
        signals: fc.array(
          fc.record(
            { id: text, label: text, kind: fc.constantFrom('rated', 'observed'), score, note: anyString },
            { requiredKeys: ['id', 'label', 'kind', 'score'] },
          ),
          { maxLength: 6 },
        ),
      },
      { requiredKeys: ['score', 'level'] },
    ),
    augmentation: fc.record({ level, score, note: anyString }, { requiredKeys: ['level'] }),
    demand: fc.record(
      { trend: fc.constantFrom('growing', 'stable', 'declining'), changePct: finite, period: anyString, note: anyString },
      { requiredKeys: ['trend'] },
    ),
    wage: fc.record(
      {
        median: fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 1e12, noNaN: true }), fc.constantFrom(0.01, 18.5, 239200)),
        currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'JPY', 'BHD'), fc.stringMatching(/^[A-Z]{3}$/)),
        period: fc.constantFrom('year', 'hour'),
        changePct: finite,
        year: int,
        topCoded: fc.boolean(),
        note: anyString,
      },
      { requiredKeys: ['median', 'currency', 'period'] },
    ),
    employment: fc.record(
      { count: int.map(Math.abs), year: int, source: anyString, note: anyString },
      { requiredKeys: ['count'] },
    ),
    overview: fc.array(anyString, { maxLength: 4 }),
    tasks: fc.array(
      fc.record(
        {
          id: anyString,
          statement: text,
          coverage: score,
          note: anyString,
          scores: fc.array(fc.record({ rater: text, label: text, score }), { maxLength: 4 }),
        },
        { requiredKeys: ['statement', 'coverage'] },
      ),
      { maxLength: 30 },
    ),
    skills: fc.array(fc.record({ name: text, importance: score }), { maxLength: 12 }),
    tools: fc.array(fc.record({ name: text, inDemand: fc.boolean() }, { requiredKeys: ['name'] }), { maxLength: 12 }),
    risks: fc.array(text, { maxLength: 5 }),
    aiTools: fc.array(text, { maxLength: 5 }),
    futureSkills: fc.array(text, { maxLength: 5 }),
    faq: fc.array(fc.record({ question: text, answer: text }), { maxLength: 5 }),
    sources: fc.array(fc.record({ label: text, url: httpUrl, license: anyString }, { requiredKeys: ['label'] }), {
      maxLength: 4,
    }),
    updated: date,
  },
  { requiredKeys: ['schemaVersion', 'occupation', 'exposure', 'tasks', 'sources', 'updated'] },
);

const POLLUTE = '{"polluted":"yes","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  'extra',
];

/** Values a field should never have: wrong types, out of range, non-finite, exotic objects. */
const weird = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      NaN,
      Infinity,
      -Infinity,
      -0,
      1e308,
      -1e308,
      Number.MIN_VALUE,
      -1,
      100.0000001,
      101,
      2 ** 53 + 1,
      0.1 + 0.2,
      '',
      ' ',
      '\u200B',
      '\u2028',
      'NaN',
      '100',
      'low',
      null,
      undefined,
      true,
      false,
      [],
      {},
      [[]],
      [{}],
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withBigInt: true,
    }),
  },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.string()) },
);

interface Mutation {
  op: 'delete' | 'replace' | 'retype' | 'resize' | 'extra-key' | 'nest';
  at: number;
  value: unknown;
  key: string;
  size: number;
  depth: number;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'replace', 'retype', 'resize', 'extra-key', 'nest'),
  at: fc.nat(),
  value: weird,
  key: fc.constantFrom(...KEYS),
  size: fc.oneof(fc.constantFrom(0, 1, 2, 199, 200, 201, 1000, 3000), fc.nat({ max: 50 })),
  depth: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(100, 1000, 5000)),
});

type Loc = { parent: any; key: string | number };
/** Every (container, key) in a value, depth-first; iterative, since `nest` makes very deep values. */
function locations(root: unknown): Loc[] {
  const out: Loc[] = [];
  const plain = (v: unknown): v is object =>
    !!v && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (!plain(v)) continue;
    const keys = Object.keys(v);
    for (const k of keys) out.push({ parent: v, key: Array.isArray(v) ? Number(k) : k });
    for (let i = keys.length - 1; i >= 0; i--) stack.push((v as any)[keys[i]]);
  }
  return out;
}

/** A copy, so that a constant from an arbitrary is never changed by a later mutation. */
function copy(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

const defineOwn = (o: object, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

function retype(x: unknown): unknown {
  if (typeof x === 'string') return x === '' ? 0 : Number.isNaN(Number(x)) ? [x] : Number(x);
  if (typeof x === 'number') return String(x);
  if (typeof x === 'boolean') return x ? 1 : 'false';
  if (Array.isArray(x)) return { ...x };
  if (x && typeof x === 'object') return Object.values(x);
  return x === null ? 0 : null;
}

function nest(value: unknown, depth: number, arrays: boolean): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { v };
  return v;
}

/** Apply mutations to a fresh copy of a document (the copy is what is returned). */
function mutate(doc: Doc, muts: Mutation[]): Doc {
  const root = structuredClone(doc);
  for (const m of muts) {
    const locs = locations(root);
    if (!locs.length) break;
    const { parent, key } = locs[m.at % locs.length];
    const cur = parent[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = copy(m.value);
        break;
      case 'retype':
        parent[key] = retype(cur);
        break;
      case 'resize': {
        // The nearest array: the value itself, or the array it sits in.
        const arr: unknown[] | undefined = Array.isArray(cur) ? cur : Array.isArray(parent) ? parent : undefined;
        if (!arr) break;
        const fill = arr.length ? arr : [copy(m.value)];
        const n = arr.length;
        arr.length = m.size;
        for (let i = n; i < m.size; i++) arr[i] = fill[i % fill.length];
        break;
      }
      case 'extra-key': {
        // JSON.parse makes "__proto__" an own property, as a fetched document would have it.
        const target = cur && typeof cur === 'object' ? cur : parent;
        defineOwn(target, m.key, JSON.parse(POLLUTE));
        break;
      }
      case 'nest':
        parent[key] = nest(cur, m.depth, m.depth % 2 === 0);
        break;
    }
  }
  return root;
}

/**
 * JSON text for a value, with prototype-polluting members written into the n-th object (what
 * JSON.stringify cannot produce: `"__proto__"` as a literal key).
 */
function toJson(value: unknown, injectAt = -1): string {
  const MARK = '\u0000inject\u0000';
  let n = 0;
  const text =
    JSON.stringify(value, (_k, v) => {
      if (typeof v === 'bigint') return null;
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && n++ === injectAt)
        return { [MARK]: 0, ...v };
      return v;
    }) ?? 'null';
  return text.replace(
    `${JSON.stringify(MARK)}:0`,
    '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}',
  );
}

// ---- the page's view -----------------------------------------------------------------------------

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(e.reason)}`);
const PROTOS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
const snapshot = () => PROTOS.map(([, p]) => Object.entries(Object.getOwnPropertyDescriptors(p)));
let protoBefore: ReturnType<typeof snapshot>;

function expectPageUntouched(label: string) {
  expect(pageErrors, `${label}: exception on the page`).to.deep.equal([]);
  expect(({} as any).polluted, `${label}: ({}).polluted`).to.be.undefined;
  expect(([] as any).polluted, `${label}: [].polluted`).to.be.undefined;
  const now = snapshot();
  PROTOS.forEach(([name], i) => {
    const a = protoBefore[i];
    const b = now[i];
    expect(
      b.map(([k]) => k),
      `${label}: own keys of ${name}`,
    ).to.deep.equal(a.map(([k]) => k));
    b.forEach(
      ([k, d], j) =>
        expect(d.value === a[j][1].value && d.get === a[j][1].get && d.set === a[j][1].set, `${label}: ${name}.${k} replaced`).to
          .be.true,
    );
  });
}

const runs = { valid: 0, nearData: 0, randomData: 0, json: 0, jsonViaMock: 0, jsonViaBlob: 0 };
/** How runs ended, per kind of input: [rendered, error state]. */
const ends: Record<string, [number, number]> = { near: [0, 0], random: [0, 0], json: [0, 0] };
const tally = (k: string, r: 'load' | 'error') => ends[k][r === 'load' ? 0 : 1]++;

/** One card element reused across runs; counts its events. */
class Harness {
  seen: string[] = [];
  constructor(readonly el: AiRiskCard) {
    el.addEventListener('ai-risk-card-load', () => this.seen.push('load'));
    el.addEventListener('ai-risk-card-error', () => this.seen.push('error'));
  }

  /** Change something (via `set`), wait for the card's one event, check it ends in one clean state. */
  async run(set: () => void, label: string): Promise<'load' | 'error'> {
    expect(this.seen.length, `${label}: a late event from the previous run`).to.be.at.most(1);
    this.seen = [];
    const done = Promise.race([oneEvent(this.el, 'ai-risk-card-load'), oneEvent(this.el, 'ai-risk-card-error')]);
    set();
    await done;
    await this.el.updateComplete;
    await Promise.resolve();
    expect(this.seen, `${label}: events`).to.have.length(1);
    const loaded = !!$(this.el, 'h2') && !!$(this.el, '[part=gauge]');
    const failed = !!$(this.el, '[role=alert][part=error]');
    expect(loaded !== failed, `${label}: rendered ${loaded}, error state ${failed}`).to.be.true;
    expect(loaded ? 'load' : 'error', `${label}: state vs event`).to.equal(this.seen[0]);
    expectPageUntouched(label);
    return this.seen[0] as 'load' | 'error';
  }

  /** Assign `el.data`; a value equal to the current one would not be a change, so step aside first. */
  async assign(value: unknown, label: string) {
    if (Object.is(this.el.data, value)) await this.run(() => (this.el.data = { step: 'aside' }), `${label} (step aside)`);
    return this.run(() => (this.el.data = value), label);
  }
}

describe('fuzzing the loader and renderer', function () {
  this.timeout(300_000);
  let fixtureDoc: Doc;
  let h: Harness;

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    protoBefore = snapshot();
    fixtureDoc = await fullDoc();
    const el = await cardWith(fixtureDoc);
    el.parentElement!.style.width = '400px';
    el.setAttribute('loading', 'eager'); // `data = undefined` falls back to fetching: do it at once
    h = new Harness(el);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    const data = runs.valid + runs.nearData + runs.randomData;
    console.log(
      `fuzz: ${data + runs.json} generated payloads: ${data} through the data property ` +
        `(${runs.valid} valid, ${runs.nearData} near-valid, ${runs.randomData} arbitrary values), ` +
        `${runs.json} through fetch and JSON.parse (${runs.jsonViaMock} via /mock/text, ${runs.jsonViaBlob} via blob:); ` +
        `rendered/refused: near-valid ${ends.near.join('/')}, arbitrary ${ends.random.join('/')}, JSON ${ends.json.join('/')}`,
    );
  });

  it('valid documents always pass the validator and always render', async () => {
    await fc.assert(
      fc.asyncProperty(validDoc, async (doc) => {
        const r = validateOccupation(doc);
        expect(r.ok, r.ok ? '' : `${r.path}: ${r.message}`).to.be.true;
        expect(await h.assign(doc, 'valid document')).to.equal('load');
        runs.valid++;
      }),
      { numRuns: FUZZ_RUNS.valid },
    );
  });

  it('near-valid documents (mutated fixture or generated document) end rendered or in the error state', async () => {
    const base = fc.oneof(fc.constant(null), validDoc);
    await fc.assert(
      fc.asyncProperty(base, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (b, muts) => {
        const doc = mutate(b ?? fixtureDoc, muts);
        const expected = validateOccupation(doc).ok ? 'load' : 'error';
        expect(await h.assign(doc, `mutations ${muts.map((m) => m.op).join(', ')}`)).to.equal(expected);
        tally('near', expected);
        runs.nearData++;
      }),
      { numRuns: FUZZ_RUNS.near },
    );
  });

  it('arbitrary values (JSON values, exotic objects, NaN, primitives) end in the error state', async () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.anything({
        withNullPrototype: true,
        withMap: true,
        withSet: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        withBoxedValues: true,
        withBigInt: true,
      }),
      weird,
      fc.constantFrom(...KEYS).map((k) => defineOwn({ schemaVersion: 1 }, k, JSON.parse(POLLUTE))),
    );
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const expected = validateOccupation(v).ok ? 'load' : 'error';
        expect(await h.assign(v, 'arbitrary value')).to.equal(expected);
        tally('random', expected);
        runs.randomData++;
      }),
      { numRuns: FUZZ_RUNS.arbitrary },
    );
  });

  it('JSON text through fetch (/mock/text): parsed, validated, rendered or refused', async () => {
    const el = document.createElement('ai-risk-card');
    el.setAttribute('loading', 'eager');
    el.timeout = 5000;
    (await fixture(html`<div style="width: 400px"></div>`)).append(el);
    const j = new Harness(el);
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.oneof(fc.constant(null), validDoc), fc.array(mutation, { maxLength: 2 }), fc.integer({ min: -3, max: 40 }))
          .map(([b, muts, at]) =>
            // Deeper nesting than 1,000 is covered by the constant texts below (the serializer's replacer recurses).
            toJson(
              mutate(
                b ?? fixtureDoc,
                muts.map((m) => ({ ...m, depth: Math.min(m.depth, 1000) })),
              ),
              at,
            ),
          ),
      },
      { weight: 2, arbitrary: validDoc.map((d) => JSON.stringify(d)) },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
      // Truncated or with garbage appended.
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            validDoc.map((d) => JSON.stringify(d)),
            fc.nat(),
            anyString,
          )
          .map(([s, i, junk]) => s.slice(0, i % (s.length + 1)) + junk),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '',
          'null',
          '[]',
          '{}',
          '"text"',
          'NaN',
          '1e999',
          '{"schemaVersion":1e999}',
          '\uFEFF{}',
          '<!doctype html><p>hi',
          '{"__proto__":{"polluted":"yes"}}',
          '{"constructor":{"prototype":{"polluted":"yes"}}}',
          '['.repeat(20_000) + ']'.repeat(20_000),
          '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000),
        ),
      },
    );
    const type = fc.constantFrom(
      'application/json',
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'text/html',
    );
    const bytes = (s: string) => new TextEncoder().encode(s);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(body, type, async (text, ct) => {
        // What the card will read: the UTF-8 round trip (lone surrogates become U+FFFD).
        const served = new TextDecoder().decode(bytes(text));
        let expected: 'load' | 'error' = 'error';
        if (!/html/.test(ct)) {
          try {
            expected = validateOccupation(JSON.parse(served)).ok ? 'load' : 'error';
          } catch {
            /* not JSON */
          }
        }
        let bin = '';
        for (const b of bytes(text)) bin += String.fromCharCode(b);
        const b64 = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        // A query makes every run a new URL (the route ignores it), so each run is a change and a fetch.
        let url = `/mock/text/${encodeURIComponent(ct)}/${b64}?run=${++n}`;
        if (url.length > 12_000) {
          url = URL.createObjectURL(new Blob([text], { type: ct }));
          runs.jsonViaBlob++;
        } else runs.jsonViaMock++;
        try {
          expect(await j.run(() => (el.src = url), `JSON ${JSON.stringify(text.slice(0, 80))} as ${ct}`)).to.equal(expected);
          tally('json', expected);
        } finally {
          if (url.startsWith('blob:')) URL.revokeObjectURL(url);
        }
        runs.json++;
      }),
      { numRuns: FUZZ_RUNS.json },
    );
  });

  it('no late events, exceptions or pollution after the last run', async () => {
    // An absence: nothing announces that no late event will come, so give it a moment.
    await new Promise((r) => setTimeout(r, 100));
    expect(h.seen).to.have.length(1);
    expectPageUntouched('after all runs');
    expect(runs.valid + runs.nearData + runs.randomData + runs.json).to.be.at.least(1000);
  });

  it('with the data property, ai-risk-card-load fires after the card has rendered', async () => {
    const el = await cardWith({});
    let seen: boolean | undefined;
    const ev = oneEvent(el, 'ai-risk-card-load');
    el.addEventListener('ai-risk-card-load', () => (seen = !!$(el, 'h2')), { once: true });
    el.data = structuredClone(fixtureDoc);
    await ev;
    expect(seen).to.be.true;
  });

  it('data set from an ai-risk-card-load listener is shown', async () => {
    const el = await cardWith(structuredClone(fixtureDoc));
    const second = structuredClone(fixtureDoc);
    second.occupation.title = 'Second';
    el.addEventListener('ai-risk-card-load', () => (el.data = second), { once: true });
    el.data = structuredClone(fixtureDoc);
    await waitUntil(() => $(el, 'h2')?.textContent === 'Will AI replace Second?', 'the data set by the listener is shown');
  });

  // Every array in the contract has a length limit, and spreads are never used on data arrays
  // (Math.max(...scores) with 200,000 scores overflows the call stack).
  it('a huge array through the data property is refused or rendered, never thrown', async () => {
    const doc = structuredClone(fixtureDoc);
    doc.tasks[0].scores = Array.from({ length: 200_000 }, (_, i) => ({ rater: `r${i}`, label: `Rater ${i}`, score: i % 101 }));
    pageErrors.length = 0;
    const el = await cardWith({});
    const ev = Promise.race([oneEvent(el, 'ai-risk-card-load'), oneEvent(el, 'ai-risk-card-error')]);
    el.data = doc;
    const e = await ev;
    let threw: unknown;
    await el.updateComplete.catch((x) => (threw = x));
    await waitUntil(
      () => (e.type === 'ai-risk-card-load' ? $(el, '[part=tasks]') : $(el, '[role=alert]')),
      'the state the event announced',
    );
    expect(String(threw ?? '')).to.equal('');
    expect(pageErrors).to.deep.equal([]);
    if (e.type === 'ai-risk-card-load') expect($(el, '[part=tasks]')).to.exist;
    else expect($(el, '[role=alert]')).to.exist;
  });

  // Date.UTC reads years 0-99 as 1900-1999, so the contract takes 19xx/20xx years only; an
  // impossible day is shown as written rather than rolled over to another date.
  it('dates: implausible years are refused, impossible days shown as written', async () => {
    const old = structuredClone(fixtureDoc);
    old.updated = '0050-03-01';
    const bad = await cardWith(old);
    // The specific detail follows the error message once the error details table has loaded.
    await waitUntil(() => $(bad, '[role=alert] .detail')?.textContent?.includes('updated'), 'detail names the field');
    const feb = structuredClone(fixtureDoc);
    feb.updated = '2026-02-31';
    expect($(await cardWith(feb), 'time')!.textContent).to.contain('2026-02-31');
  });
});
