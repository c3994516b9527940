/**
 * Hostile data: injection strings in every free-text field of a v1 document and in every attribute. Whatever the data says, nothing runs, no markup appears, only
 * http(s) links render, the host page sees no exception, and the card keeps to its container.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AiRiskCard } from '../../src/ai-risk-card.js';
import { formatPath, validateOccupation } from '../../src/data/contract.js';
import { MAX_BYTES } from '../../src/data/load.js';
import { $, $$, DATA, fullDoc } from './helpers.js';
import {
  fieldOf,
  hostileBase,
  hostileCases,
  MAY_BE_BLANK,
  setAt,
  stringLeaves,
  SWEEP,
  type Doc,
  type Path,
} from './hostile-cases.js';
import { URL_VECTORS, VECTORS, type Vector } from './vectors.js';

const KINDS = ['not-found', 'network', 'http', 'invalid-json', 'invalid-data', 'timeout'];
/** Elements a payload might smuggle in. The card's template has none of them (one gauge svg aside). */
const FORBIDDEN =
  'script, img, iframe, object, embed, style, link, meta, base, form, input, textarea, video, audio, source, template, math, noscript, xmp, plaintext, body, frame, frameset, image, use, foreignObject, animate, set';

const tagCounts = (root: ParentNode) => {
  const m: Record<string, number> = {};
  for (const n of root.querySelectorAll('*')) m[n.localName] = (m[n.localName] ?? 0) + 1;
  return m;
};
const bytes = (s: string) => new TextEncoder().encode(s);
const b64url = (s: string) => {
  let bin = '';
  for (const b of bytes(s)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
/**
 * An attribute value for src/data-source. Absolute URLs (javascript:, data:, …) are used as they are;
 * a relative one is put under /mock/status/500/ so the card still fetches it and fails, without
 * flooding the runner's log with 404s.
 */
function asUrlAttr(value: string) {
  try {
    new URL(value);
    return value;
  } catch {
    return `/mock/status/500/${value}`;
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Node's HTTP server refuses request lines much over 16 kB; bigger documents go through a blob: URL.
const MAX_MOCK_URL = 12_000;
const blobs: string[] = [];
let viaMock = 0;
let viaBlob = 0;
/** A URL that answers `body` as JSON: the test server's /mock/text route, or a blob: URL if too long. */
function jsonUrl(body: string, type = 'application/json') {
  const url = `/mock/text/${encodeURIComponent(type)}/${b64url(body)}`;
  if (url.length <= MAX_MOCK_URL) {
    viaMock++;
    return url;
  }
  viaBlob++;
  const b = URL.createObjectURL(new Blob([body], { type }));
  blobs.push(b);
  return b;
}

// ---- the host page's view: nothing runs, nothing throws ----------------------------------------
const w = window as any;
const pageErrors: string[] = [];
let dialogs = 0;
const saved: Record<string, unknown> = {};
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(e.reason)}`);
let lightBefore: Record<string, number> = {};
const LIGHT = 'script, img, iframe, object, embed, svg, style, link, meta, base';

// ---- what ran, checked against hostileCases() (the README's figures come from there) ------------
const tried = { dataPairs: 0, jsonPairs: 0, sweepPairs: 0, urlCases: 0, attrCases: 0, cards: 0 };

interface Mounted {
  el: AiRiskCard;
  events: CustomEvent[];
}

/** A fresh card in the 400px-wide box, set up by `setup`, after its one load/error event. */
async function mount(box: HTMLElement, setup: (el: AiRiskCard) => void): Promise<Mounted> {
  box.replaceChildren();
  const el = document.createElement('ai-risk-card');
  el.timeout = 3000;
  el.setAttribute('loading', 'eager'); // fetch at once, whether or not the card is near the viewport
  const events: CustomEvent[] = [];
  el.addEventListener('ai-risk-card-load', (e) => events.push(e));
  el.addEventListener('ai-risk-card-error', (e) => events.push(e));
  const done = Promise.race([oneEvent(el, 'ai-risk-card-load'), oneEvent(el, 'ai-risk-card-error')]);
  setup(el);
  box.append(el);
  await done;
  await el.updateComplete;
  // Show every task and open the first task's per-rater details, so all data is laid out.
  const more = $(el, 'button.more');
  if (more) {
    more.click();
    await el.updateComplete;
  }
  const first = $(el, '.task-btn');
  if (first) {
    first.click();
    await el.updateComplete;
  }
  tried.cards++;
  return { el, events };
}

const STYLE_ATTR = /^(--v: -?\d+(\.\d+)?(e[+-]?\d+)?%;\s*)*$/;

/** Markup, attributes and links: nothing from data is interpreted. Returns the problems found. */
function safetyProblems(el: AiRiskCard, baseline?: Record<string, number>, ignore: string[] = []): string[] {
  const root = el.shadowRoot!;
  const p: string[] = [];
  for (const n of root.querySelectorAll(FORBIDDEN)) p.push(`<${n.localName}> in the shadow root`);
  for (const s of root.querySelectorAll('svg'))
    if (!s.parentElement?.matches('[part=gauge]')) p.push('an <svg> outside the gauge');
  for (const n of root.querySelectorAll('*')) {
    for (const a of n.attributes) {
      if (/^on/i.test(a.name)) p.push(`<${n.localName} ${a.name}>`);
      if (/^(src|srcdoc|action|formaction|xlink:href|data|background|poster)$/i.test(a.name))
        p.push(`<${n.localName} ${a.name}>`);
      if (a.name === 'href' && n.localName !== 'a') p.push(`<${n.localName} href>`);
      if (a.name === 'style' && !STYLE_ATTR.test(a.value)) p.push(`<${n.localName} style="${a.value.slice(0, 60)}">`);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const raw = a.getAttribute('href') ?? '';
    if (!/^https?:/i.test(raw) || !['http:', 'https:'].includes(new URL(a.href).protocol))
      p.push(`<a href="${raw.slice(0, 60)}">`);
  }
  if (baseline) {
    const now = tagCounts(root);
    for (const t of new Set([...Object.keys(now), ...Object.keys(baseline)]))
      if (!ignore.includes(t) && (now[t] ?? 0) !== (baseline[t] ?? 0))
        p.push(`${now[t] ?? 0} <${t}> where the template has ${baseline[t] ?? 0}`);
  }
  return p;
}

/**
 * Layout: the card fits its 400px box, nothing sticks out of the card, bars stay inside it. With
 * `pageOnly`, just the host page's side: the card and its box keep their width.
 */
function layoutProblems(el: AiRiskCard, box: HTMLElement, pageOnly = false): string[] {
  const p: string[] = [];
  const width = el.getBoundingClientRect().width;
  if (width > box.clientWidth + 0.5) p.push(`card ${width}px wide in a ${box.clientWidth}px box`);
  if (box.scrollWidth > box.clientWidth + 1) p.push(`box scrollWidth ${box.scrollWidth} > ${box.clientWidth}`);
  if (pageOnly) return p;
  // Detail sits behind disclosures: open them all, so their content is checked too.
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  const card = $(el, '[part=card]')!;
  // Text no browser can wrap (one grapheme cluster of hundreds of code points) is clipped at the
  // card's edge (overflow-x: clip); anything else must fit.
  const clipped = getComputedStyle(card).overflowX === 'clip';
  if (!clipped && card.scrollWidth > card.clientWidth + 1)
    p.push(`[part=card] scrollWidth ${card.scrollWidth} > clientWidth ${card.clientWidth}`);
  const c = card.getBoundingClientRect();
  for (const n of el.shadowRoot!.querySelectorAll('*')) {
    // Visually hidden content (screen-reader table and sentence) is clipped to 1px by .sr.
    if (n.closest('.sr')) continue;
    if (clipped && n.closest('bdi, .task-text, .tile, .detail, p, li, summary, h2')) continue;
    const b = n.getBoundingClientRect();
    if (!b.width && !b.height) continue;
    if (b.left < c.left - 1 || b.right > c.right + 1)
      p.push(
        `<${n.localName} class="${n.getAttribute('class') ?? ''}"> spans x ${b.left.toFixed(0)}–${b.right.toFixed(0)}, card ${c.left.toFixed(0)}–${c.right.toFixed(0)}`,
      );
  }
  for (const bar of $$(el, '.bar')) {
    const b = bar.getBoundingClientRect();
    if (!b.width && !b.height) continue; // in a closed tooltip
    const f = bar.querySelector('.fill')!.getBoundingClientRect();
    // An open tooltip is an overlay and may reach below the card; bars in the flow may not.
    if (!bar.closest('.tip') && (b.top < c.top - 1 || b.bottom > c.bottom + 1))
      p.push(`a bar spans y ${b.top.toFixed(0)}–${b.bottom.toFixed(0)}, card ${c.top.toFixed(0)}–${c.bottom.toFixed(0)}`);
    if (f.width > b.width + 0.5) p.push(`a fill ${f.width}px in a ${b.width}px bar`);
  }
  return p.slice(0, 5);
}

function expectRendered(m: Mounted, label: string) {
  expect(
    m.events.map((e) => e.type),
    label,
  ).to.deep.equal(['ai-risk-card-load']);
  expect($(m.el, 'h2'), label).to.exist;
  expect($(m.el, '[part=gauge]'), label).to.exist;
  expect($(m.el, '[part=error]'), label).to.be.null;
}

function expectError(m: Mounted, label: string, kind?: string) {
  expect(
    m.events.map((e) => e.type),
    label,
  ).to.deep.equal(['ai-risk-card-error']);
  const d = m.events[0].detail;
  expect(KINDS, label).to.include(d.kind);
  if (kind) expect(d.kind, `${label}: ${d.message}`).to.equal(kind);
  const alert = $(m.el, '[role=alert]')!;
  expect(alert?.getAttribute('part'), label).to.equal('error');
  expect($(m.el, 'h2'), label).to.be.null;
  // The message, with whatever it quotes from the page, is shown as text.
  expect($(m.el, '.detail')!.textContent, label).to.equal(d.message);
}

function expectClean(
  m: Mounted,
  box: HTMLElement,
  label: string,
  baseline?: Record<string, number>,
  ignore?: string[],
  pageOnly = false,
) {
  expect(safetyProblems(m.el, baseline, ignore), `${label}: markup`).to.deep.equal([]);
  expect(layoutProblems(m.el, box, pageOnly), `${label}: layout`).to.deep.equal([]);
}

describe('hostile data', function () {
  this.timeout(180_000);
  let base: Doc;
  let leaves: Path[];
  let fields: string[];
  let rendered: Record<string, number>;
  let errored: Record<string, number>;
  let box: HTMLDivElement;

  before(async () => {
    w.__pwned = 0;
    for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      saved[f] = w[f];
      w[f] = () => {
        dialogs++;
        return null;
      };
    }
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    performance.setResourceTimingBufferSize(100_000);
    lightBefore = tagCounts(document);
    for (const k of Object.keys(lightBefore)) if (!LIGHT.split(', ').includes(k)) delete lightBefore[k];

    base = hostileBase(await fullDoc());
    leaves = stringLeaves(base);
    fields = [...new Set(leaves.map(fieldOf))];

    const b = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    rendered = tagCounts((await mount(b, (el) => (el.data = structuredClone(base)))).el.shadowRoot!);
    errored = tagCounts((await mount(b, (el) => (el.data = {}))).el.shadowRoot!);
  });

  beforeEach(async () => {
    box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  });

  afterEach(() => {
    expect(w.__pwned, 'a payload ran').to.equal(0);
    expect(dialogs, 'a payload opened a dialog').to.equal(0);
    expect(pageErrors, 'the host page saw an exception').to.deep.equal([]);
  });

  after(() => {
    for (const [f, fn] of Object.entries(saved)) w[f] = fn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    for (const b of blobs) URL.revokeObjectURL(b);
    const pairs = tried.dataPairs + tried.jsonPairs + tried.sweepPairs;
    console.log(
      `hostile: ${VECTORS.length} vectors × ${fields.length} free-text fields (${leaves.length} string leaves) = ` +
        `${pairs} vector×field cases (${tried.dataPairs} via data, ${tried.jsonPairs} via fetch+JSON, ${tried.sweepPairs} one field at a time); ` +
        `${URL_VECTORS.length} URL vectors in sources[].url (${tried.urlCases} cases); ` +
        `${tried.attrCases} attribute cases (${VECTORS.length} vectors × occupation, src, data-source, job-title with and without data); ` +
        `${tried.cards} cards rendered (${viaMock} documents via /mock/text, ${viaBlob} via blob:)`,
    );
  });

  it('covers every free-text field of the contract', () => {
    expect(fields).to.have.members([
      'occupation.title',
      'occupation.slug',
      'occupation.description',
      'occupation.altTitles[]',
      'occupation.socCode',
      'exposure.signals[].id',
      'exposure.signals[].label',
      'exposure.signals[].note',
      'augmentation.note',
      'demand.period',
      'demand.note',
      'wage.note',
      'employment.source',
      'employment.note',
      'overview[]',
      'tasks[].id',
      'tasks[].statement',
      'tasks[].note',
      'tasks[].scores[].rater',
      'tasks[].scores[].label',
      'skills[].name',
      'tools[].name',
      'risks[]',
      'aiTools[]',
      'futureSkills[]',
      'faq[].question',
      'faq[].answer',
      'sources[].label',
      'sources[].license',
    ]);
    expect(VECTORS.length).to.be.at.least(40);
  });

  /** The vector in every free-text field at once; the document is valid unless the vector is blank. */
  async function everywhere(vec: Vector, via: 'data' | 'json') {
    const doc = structuredClone(base);
    for (const p of leaves) setAt(doc, p, vec.value);
    const label = `${vec.name} in all fields (${via})`;
    const blank = !/\S/.test(vec.value);
    expect(validateOccupation(doc).ok, label).to.equal(!blank);
    let tooBig = false;
    const m = await mount(box, (el) => {
      if (via === 'data') el.data = doc;
      else {
        const json = JSON.stringify(doc);
        tooBig = bytes(json).length > MAX_BYTES;
        el.src = jsonUrl(json);
      }
    });
    if (tooBig) {
      expectError(m, label, 'invalid-data');
      expect(m.events[0].detail.message).to.match(/larger than/);
    } else if (blank) {
      expectError(m, label, 'invalid-data');
      expect(m.events[0].detail.message, label).to.match(/must not be blank/);
    } else {
      expectRendered(m, label);
      expect($(m.el, 'h2')!.textContent, label).to.equal(`Will AI replace ${vec.value}?`);
      expect($(m.el, 'h2 bdi')!.textContent, label).to.equal(vec.value);
      expect($(m.el, '.signal')!.getAttribute('title'), label).to.equal(vec.value);
      expect($(m.el, '.task-text')!.textContent, label).to.equal(vec.value);
    }
    // Unbreakable clusters: only the page's side here; the card's side is the unbreakable-cluster test below.
    expectClean(m, box, label, tooBig || blank ? errored : rendered, [], vec.unbreakable);
    if (via === 'data') tried.dataPairs += leaves.length;
    else tried.jsonPairs += leaves.length;
  }

  it('renders each vector in all free-text fields at once as text (data property)', async () => {
    for (const vec of VECTORS) await everywhere(vec, 'data');
  });

  it('renders each vector in all free-text fields at once as text (fetch and JSON.parse)', async () => {
    for (const vec of VECTORS) await everywhere(vec, 'json');
  });

  it('sweeps selected vectors through every field, one field per card', async () => {
    for (const name of SWEEP) {
      const vec = VECTORS.find((x) => x.name === name)!;
      for (const path of leaves) {
        const doc = structuredClone(base);
        setAt(doc, path, vec.value);
        const field = fieldOf(path);
        const label = `${vec.name} in ${formatPath(path)}`;
        const valid = /\S/.test(vec.value) || MAY_BE_BLANK.has(field);
        expect(validateOccupation(doc).ok, label).to.equal(valid);
        const m = await mount(box, (c) => (c.data = doc));
        if (valid) expectRendered(m, label);
        else {
          expectError(m, label, 'invalid-data');
          expect(m.events[0].detail.message, label).to.equal(`Invalid data at ${formatPath(path)}: must not be blank.`);
        }
        expectClean(m, box, label, valid ? rendered : errored);
        tried.sweepPairs++;
      }
    }
  });

  it('sources[].url: refuses the document or renders only http(s) links', async () => {
    let refused = 0;
    for (const url of URL_VECTORS) {
      const doc = structuredClone(base);
      doc.sources[0].url = url;
      doc.sources[1].url = url;
      const label = `sources[].url = ${JSON.stringify(url.slice(0, 60))}`;
      const m = await mount(box, (el) => (el.data = doc));
      if (m.events[0].type === 'ai-risk-card-error') {
        refused++;
        expectError(m, label, 'invalid-data');
        expect(m.events[0].detail.message, label).to.contain('sources[0].url');
        expectClean(m, box, label, errored);
      } else {
        expectRendered(m, label);
        const links = $$(m.el, '[part=sources] a');
        expect(links, label).to.have.length(2);
        for (const a of links) expect(a.getAttribute('href'), label).to.equal(url);
        expectClean(m, box, label, rendered, ['a']);
      }
      tried.urlCases += 2;
    }
    // Only real http(s) URLs get through (the vectors that start with http(s):// and have no spaces).
    expect(refused).to.equal(URL_VECTORS.filter((u) => !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(u)).length);
  });

  it('occupation attribute: every vector is refused, and shown only as text', async () => {
    for (const vec of VECTORS) {
      const m = await mount(box, (el) => {
        el.setAttribute('occupation', vec.value);
        el.setAttribute('data-source', DATA);
      });
      // Slug-like values are looked up in v1/index.json, which the fixture data lacks (HTTP 404).
      expectError(m, `occupation=${vec.name}`);
      expect(['not-found', 'http'], `occupation=${vec.name}`).to.include(m.events[0].detail.kind);
      expectClean(m, box, `occupation=${vec.name}`, errored);
      tried.attrCases++;
    }
  });

  it('src attribute: every vector ends in the error state, nothing is fetched as code', async () => {
    for (const vec of VECTORS) {
      const m = await mount(box, (el) => el.setAttribute('src', asUrlAttr(vec.value)));
      expectError(m, `src=${vec.name}`);
      expectClean(m, box, `src=${vec.name}`, errored);
      tried.attrCases++;
    }
  });

  it('data-source attribute: every vector ends in the error state', async () => {
    for (const vec of VECTORS) {
      const m = await mount(box, (el) => {
        el.setAttribute('occupation', '15-2051.00');
        el.setAttribute('data-source', asUrlAttr(vec.value));
      });
      expectError(m, `data-source=${vec.name}`);
      expectClean(m, box, `data-source=${vec.name}`, errored);
      tried.attrCases++;
    }
  });

  it('job-title attribute: ignored beside data; on its own, matched or refused safely', async () => {
    for (const vec of VECTORS) {
      let m = await mount(box, (el) => {
        el.setAttribute('job-title', vec.value);
        el.data = structuredClone(base);
      });
      expectRendered(m, `job-title=${vec.name} with data`);
      expectClean(m, box, `job-title=${vec.name} with data`, rendered);
      m = await mount(box, (el) => {
        el.setAttribute('job-title', vec.value);
        el.setAttribute('data-source', DATA);
      });
      expect(m.events, `job-title=${vec.name}`).to.have.length(1);
      if (m.events[0].type === 'ai-risk-card-error') {
        expectError(m, `job-title=${vec.name}`);
        expectClean(m, box, `job-title=${vec.name}`, errored);
      } else {
        expectRendered(m, `job-title=${vec.name}`);
        expectClean(m, box, `job-title=${vec.name}`);
      }
      tried.attrCases += 2;
    }
  });

  // One grapheme cluster wider than the card (hundreds of combining marks, a ZWJ emoji chain) cannot
  // wrap: text tracks have a zero minimum and the card clips what still overflows (overflow-x: clip,
  // so tooltips keep working and no scroll container appears).
  it('an unbreakable grapheme cluster in any field stays inside [part=card]', async () => {
    const bad: string[] = [];
    for (const vec of VECTORS.filter((x) => x.unbreakable)) {
      for (const path of leaves) {
        const doc = structuredClone(base);
        setAt(doc, path, vec.value);
        const m = await mount(box, (c) => (c.data = doc));
        const p = layoutProblems(m.el, box);
        if (p.length) bad.push(`${vec.name} in ${formatPath(path)}: ${p[0]}`);
      }
    }
    expect(bad).to.deep.equal([]);
  });

  it('a data-source that cannot be a base URL is refused as not-found, not an unexpected error', async () => {
    for (const ds of [
      `javascript:${'window.__pwned=1'}`,
      'data:text/html,<script>window.__pwned=1</script>',
      'mailto:a@b.test',
      'about:blank',
    ]) {
      const m = await mount(box, (el) => {
        el.setAttribute('occupation', '15-2051.00');
        el.setAttribute('data-source', ds);
      });
      expectError(m, `data-source=${ds}`, 'not-found');
      expect(m.events[0].detail.message).to.contain('data-source attribute');
    }
  });

  // Data inside a sentence is isolated in <bdi>, so an RLO in a title cannot reorder the card's "?".
  it("bidi controls in data do not reorder the card's own text", async () => {
    const doc = structuredClone(base);
    doc.occupation.title = '\u202Eabc';
    const m = await mount(box, (el) => (el.data = doc));
    const h2 = $(m.el, 'h2')!;
    const title = h2.querySelector('bdi')!;
    const q = [...h2.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('?'))!;
    const r = document.createRange();
    r.setStart(q, q.textContent!.indexOf('?'));
    r.setEnd(q, q.textContent!.indexOf('?') + 1);
    // The card's "?" stays after (right of, in LTR) the isolated title.
    expect(r.getBoundingClientRect().left).to.be.at.least(title.getBoundingClientRect().right - 0.5);
  });

  it("ran every case hostileCases() counts (the README's figures)", () => {
    const want = hostileCases(base);
    expect({ ...tried, cards: undefined }).to.deep.equal({
      dataPairs: want.dataPairs,
      jsonPairs: want.jsonPairs,
      sweepPairs: want.sweepPairs,
      urlCases: want.urlCases,
      attrCases: want.attrCases,
      cards: undefined,
    });
    expect([VECTORS.length, fields.length, leaves.length]).to.deep.equal([want.vectors, want.fields, want.leaves]);
  });

  it('nothing ran, nothing was requested by a payload, the light DOM is untouched', async () => {
    await sleep(300); // let any late onerror/onload/refresh fire
    const fetched = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'fetch')
      .map((e) => e.name)
      .filter((n) => /evil\.test|\/x$|javascript:/.test(n));
    expect(fetched).to.deep.equal([]);
    const light = tagCounts(document);
    for (const k of Object.keys(lightBefore)) expect(light[k] ?? 0, `<${k}> in the page`).to.equal(lightBefore[k]);
    for (const k of LIGHT.split(', ')) if (!(k in lightBefore)) expect(light[k] ?? 0, `<${k}> in the page`).to.equal(0);
    expect(({} as any).polluted).to.be.undefined;
  });
});
