import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, DATA, fetchedCard, requests, text } from './helpers.js';

describe('occupation lookup', () => {
  const load = (attrs: Record<string, string>) => fetchedCard({ 'data-source': DATA, loading: 'eager', ...attrs });

  it('accepts a 6-digit SOC code (its .00 occupation)', async () => {
    const { event } = await load({ occupation: '15-2051' });
    expect(event.detail.occupation).to.equal('15-2051.00');
  });

  it('accepts a slug', async () => {
    const { event } = await load({ occupation: 'cashiers' });
    expect(event.detail.occupation).to.equal('41-2011.00');
  });

  it('fetches index.json once for many cards', async () => {
    const token = `~${Math.random()}~`;
    const src = `/mock/count/${token}/test/fixtures/data/`;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = ['15-2051', 'cashiers', '41-2011', 'data-scientists'].map((occ) => {
      const el = document.createElement('ai-risk-card');
      el.loading = 'eager';
      el.setAttribute('data-source', src);
      el.setAttribute('occupation', occ);
      host.append(el);
      return el;
    });
    await waitUntil(() => cards.every((c) => $(c, 'h2') || $(c, '[role=alert]')), 'all settle', { timeout: 5000 });
    expect(cards.every((c) => $(c, 'h2'))).to.be.true;
    expect(await requests(`${token}/test/fixtures/data/v1/index.json`)).to.equal(1);
  });

  it('job-title picks the best match, shows it, and reports it with a confidence', async () => {
    const { el, event } = await load({ 'job-title': 'Senior ML Scientist (Remote)' });
    expect(event.detail.occupation).to.equal('15-2051.00');
    expect(event.detail.match.title).to.equal('Machine Learning Scientist');
    const confidence = event.detail.match.confidence;
    // one O*NET alternate title that no coding index lists, with a clear lead: likely, not certain
    // (on new titles such answers are right about three times in four)
    expect(confidence).to.be.within(0.7, 0.8);
    expect(text($(el, '.match')))
      .to.contain('“Senior ML Scientist (Remote)” matched to “Machine Learning Scientist”')
      .and.contain(`${Math.round(confidence * 100)}% match`);
    // The fixture's AI/ML Engineers shares "ML" but has no chance (confidence 0): not offered.
    expect(event.detail.match.alternatives).to.deep.equal([]);
  });

  it("job-title reads the precomputed index: its own words' shards, never the raw title list", async () => {
    const token = `~${Math.random()}~`;
    const { event } = await load({
      'data-source': `/mock/count/${token}/test/fixtures/data/`,
      'job-title': 'Cashier - $15/hr - Weekends',
    });
    expect(event.detail.occupation).to.equal('41-2011.00');
    expect(await requests(`${token}/test/fixtures/data/v1/lookup/index.json`)).to.equal(1);
    expect(await requests(`${token}/test/fixtures/data/v1/titles.json`)).to.equal(0);
    // "cashier" lives in one shard; pay and schedule words are never looked up.
    const shards = await Promise.all(
      [...Array(8).keys()].map((s) => requests(`${token}/test/fixtures/data/v1/lookup/p/${s}.json`)),
    );
    expect(shards.reduce((a, b) => a + b, 0)).to.equal(1);
  });

  it('job-title: a vague one-word title is not-found without any download', async () => {
    const token = `~${Math.random()}~`;
    const { event } = await load({ 'data-source': `/mock/count/${token}/test/fixtures/data/`, 'job-title': 'Analyst' });
    expect(event.detail.kind).to.equal('not-found');
    expect(await requests(`${token}/test/fixtures/data/v1/lookup/index.json`)).to.equal(0);
  });

  it('job-title matches official titles and plurals, and is not fooled by prototype words', async () => {
    expect((await load({ 'job-title': 'Cashier' })).event.detail.occupation).to.equal('41-2011.00');
    expect((await load({ 'job-title': 'Constructor' })).event.detail.occupation).to.equal('41-2011.00');
    expect((await load({ 'job-title': 'toString' })).event.detail.kind).to.equal('not-found');
  });

  it('rare words count for more than common ones: "iOS Engineer" is not any "Staff Engineer"', async () => {
    const { event } = await load({ 'job-title': 'iOS Engineer' });
    expect(event.detail.match.title).to.equal('iOS Developer');
    expect(event.detail.occupation).to.equal('15-2051.00');
  });

  it('an ambiguous title picks the occupation whose own title shares most words', async () => {
    const { event } = await load({ 'job-title': 'Data Analytics Scientist' });
    expect(event.detail.occupation).to.equal('15-2051.00');
    expect(event.detail.match.confidence).to.be.below(1);
  });

  it('no match: a clear not-found state', async () => {
    const { el, event } = await load({ 'job-title': 'Underwater Basket Weaver' });
    expect(event.detail.kind).to.equal('not-found');
    expect(text($(el, '[role=alert]'))).to.contain('No occupation matches the job title "Underwater Basket Weaver"');
  });

  it('an unknown SOC code or slug is not-found, naming the accepted forms', async () => {
    const { event } = await load({ occupation: 'astronaut' });
    expect(event.detail.kind).to.equal('not-found');
    expect(event.detail.message).to.contain('No occupation "astronaut"');
  });

  describe('occupation="auto" reads the page\'s JobPosting', () => {
    let script: HTMLScriptElement;
    const posting = (json: object) => {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify(json);
      document.head.append(script);
    };
    afterEach(() => script?.remove());

    it('uses occupationalCategory when it holds an O*NET-SOC code', async () => {
      posting({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Cashier',
        occupationalCategory: '15-2051.00 Data Scientists',
      });
      expect((await load({ occupation: 'auto' })).event.detail.occupation).to.equal('15-2051.00');
    });

    it('else the title, inside an @graph', async () => {
      posting({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'Organization' }, { '@type': 'JobPosting', title: 'Checkout Clerk' }],
      });
      const { event } = await load({ occupation: 'auto' });
      expect(event.detail.occupation).to.equal('41-2011.00');
      expect(event.detail.match.title).to.equal('Checkout Clerk');
    });

    it('no JobPosting on the page: not-found', async () => {
      const { event } = await load({ occupation: 'auto' });
      expect(event.detail.kind).to.equal('not-found');
      expect(event.detail.message).to.contain('JobPosting');
    });
  });

  it('a slow v1/index.json times out instead of leaving a skeleton forever', async () => {
    const { event } = await fetchedCard({
      occupation: 'cashiers',
      'data-source': `/mock/delay/3000/test/fixtures/data/?u=${Math.random()}`,
      timeout: '200',
      loading: 'eager',
    });
    expect(event.detail.kind).to.equal('timeout');
  });

  it('a missing v1/index.json is not-found, naming the file', async () => {
    const { event } = await fetchedCard({ occupation: 'cashiers', 'data-source': '/mock/status/404/', loading: 'eager' });
    expect(event.detail.kind).to.equal('not-found');
    expect(event.detail.message).to.contain('v1/index.json');
  });

  it('an index entry whose code is not an O*NET-SOC code is never put into a URL', async () => {
    const index = { schemaVersion: 1, updated: '2026-01-15', occupations: [{ code: '../../x', slug: 'evil', title: 'Evil' }] };
    const ds = `/mock/text/application%2Fjson/${btoa(JSON.stringify(index))}#`; // any path ends in the same body
    const { event } = await fetchedCard({ occupation: 'evil', 'data-source': ds, loading: 'eager' });
    // The index is checked against its schema (src/data/api.ts) before any entry is used.
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal(
      'Invalid data in v1/index.json at occupations[0].code: must be an O*NET-SOC code like 15-2051.00 or an id like ai-ml-engineers.',
    );
  });

  it('JobPosting with a full @type URL and a single-object @graph is found', async () => {
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': { '@type': 'https://schema.org/JobPosting', title: 'Checkout Clerk' },
    });
    document.head.append(s);
    try {
      const { event } = await fetchedCard({ occupation: 'auto', 'data-source': DATA, loading: 'eager' });
      expect(event.detail.occupation).to.equal('41-2011.00');
    } finally {
      s.remove();
    }
  });
});
