import { expect } from '@open-wc/testing';
import { dataRoot } from '../../src/data/target.js';
import { matchTitle, resolveCode } from '../../src/data/resolve.js';
import '../../src/define.js';

/**
 * The full data set, as built from the public sources into dist/data (prepack does it; `npm test`
 * packs when the sources are present): every document renders in a card without an error, and
 * lookups by SOC code, slug and job title work through the real index files. Skipped (reported
 * as skipped) when dist/data has not been built. The fixtures cover the edge cases elsewhere.
 */
const DS = '/dist/data/';
const BATCH = 50;

interface Entry {
  code: string;
  slug: string;
  title: string;
  score: number;
}
const meta = await fetch(`${DS}v1/meta.json`, { cache: 'no-store' }).then(
  (r) => (r.ok ? r.json() : undefined),
  () => undefined,
);
const index: Entry[] = meta ? (await (await fetch(`${DS}v1/index.json`)).json()).occupations : [];
const root = () => dataRoot(DS, location.href, location.href);

/** Job titles as a job board has them, and the occupation each must land on in the real data. */
const TITLES: [string, string][] = [
  ['Senior Data Scientist', '15-2051.00'],
  ['Registered Nurse', '29-1141.00'],
  ['RN', '29-1141.00'],
  ['Cashier', '41-2011.00'],
  ['Electrician', '47-2111.00'],
  ['Customer Service Rep', '43-4051.00'],
];

/** Adds cards, resolves once each has fired load or error, with what each one shows. */
async function render(attrs: Record<string, string>[]) {
  const box = document.createElement('div');
  const cards = attrs.map((a) => {
    const el = document.createElement('ai-risk-card');
    for (const [k, v] of Object.entries({ loading: 'eager', 'data-source': DS, ...a })) el.setAttribute(k, v);
    return el;
  });
  const events = cards.map(
    (el) =>
      new Promise<CustomEvent>((r) =>
        ['ai-risk-card-load', 'ai-risk-card-error'].forEach((n) =>
          el.addEventListener(n, (e) => r(e as CustomEvent), { once: true }),
        ),
      ),
  );
  box.append(...cards);
  document.body.append(box);
  const done = await Promise.all(events);
  await Promise.all(cards.map((c) => c.updateComplete));
  const out = cards.map((el, i) => ({
    event: done[i],
    title: (el.shadowRoot!.querySelector('h2')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    score: Number(el.shadowRoot!.querySelector('[role=meter]')?.getAttribute('aria-valuenow')),
  }));
  box.remove();
  return out;
}

describe('full data set (dist/data built from the public sources)', function () {
  this.timeout(120_000);
  if (!meta) {
    it('every document renders; lookups by SOC code, slug and job title', function () {
      this.skip(); // no dist/data: run `npm pack` or `npm run data:build` with the sources
    });
    return;
  }

  it('has all 923 O*NET occupations (plus any composites, as npm start builds), as meta.json counts them', () => {
    expect(index.filter((o) => /^\d\d-\d{4}\.\d\d$/.test(o.code)).length).to.equal(923);
    expect(meta.counts.occupations).to.equal(index.length);
  });

  for (let i = 0; i < index.length; i += BATCH) {
    const batch = index.slice(i, i + BATCH);
    it(`renders documents ${i + 1}–${i + batch.length} (${batch[0].code} … ${batch.at(-1)!.code}) without an error`, async () => {
      const shown = await render(batch.map((o) => ({ occupation: o.code })));
      const bad = shown
        .map((s, j) => ({ ...s, o: batch[j] }))
        .filter((s) => s.event.type !== 'ai-risk-card-load' || !s.title.includes(s.o.title) || s.score !== s.o.score)
        .map(
          (s) =>
            `${s.o.code}: ${s.event.type === 'ai-risk-card-load' ? `shows "${s.title}" ${s.score}` : s.event.detail.message}`,
        );
      expect(bad).to.deep.equal([]);
    });
  }

  it('resolves every slug and every 6-digit SOC code through the real v1/index.json', async () => {
    const bad: string[] = [];
    for (const o of index) {
      if ((await resolveCode(o.slug, root())) !== o.code) bad.push(`slug ${o.slug}`);
      const soc = o.code.slice(0, 7);
      const hit = await resolveCode(soc, root());
      // A SOC code is its ".00" occupation, else the first one in the group.
      const expected = index.find((x) => x.code === `${soc}.00`)?.code ?? index.find((x) => x.code.startsWith(soc))!.code;
      if (hit !== expected) bad.push(`SOC ${soc} → ${hit}, expected ${expected}`);
    }
    expect(bad).to.deep.equal([]);
  });

  it('matches job titles through the real job-title index (v1/lookup/)', async () => {
    const got = await Promise.all(TITLES.map(async ([t]) => (await matchTitle(t, root()))?.code));
    expect(got).to.deep.equal(TITLES.map(([, c]) => c));
  });

  it('cards by SOC code, slug and job title show the real occupation', async () => {
    const shown = await render([
      { occupation: '29-1141' },
      { occupation: 'registered-nurses' },
      { 'job-title': 'Registered Nurse' },
      { 'job-title': 'Senior Data Scientist' },
    ]);
    const byCode = new Map(index.map((o) => [o.code, o]));
    const rn = byCode.get('29-1141.00')!;
    const ds = byCode.get('15-2051.00')!;
    expect(shown.map((s) => s.event.type)).to.deep.equal(Array(4).fill('ai-risk-card-load'));
    expect(shown.map((s) => [s.title.includes(rn.title) || s.title.includes(ds.title), s.score])).to.deep.equal([
      [true, rn.score],
      [true, rn.score],
      [true, rn.score],
      [true, ds.score],
    ]);
  });
});
