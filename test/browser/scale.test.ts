import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { waitingCount } from '../../src/data/visible.js';
import { $, $$, DATA, fetchedCard, requests, text } from './helpers.js';

const COUNT = 'test/fixtures/data/v1/occupations/15-2051.00.json';

describe('lazy loading', () => {
  it('loading="lazy" (default) fetches only when the card nears the viewport', async () => {
    const url = `${COUNT}?lazy=${Math.random()}`;
    const host = await fixture<HTMLDivElement>(html`<div style="height:300px;overflow:auto"><div style="height:3000px"></div></div>`);
    const el = document.createElement('ai-risk-card');
    el.setAttribute('src', `/mock/count/${url}`);
    host.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(await requests(url)).to.equal(0);
    expect($(el, '.skeleton')).to.exist;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.scrollTop = 3000;
    await loaded;
    expect(await requests(url)).to.equal(1);
  });

  it('one shared IntersectionObserver entry per waiting card, released on removal', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`);
    const base = waitingCount();
    const cards = Array.from({ length: 5 }, () => {
      const el = document.createElement('ai-risk-card');
      el.src = `/mock/count/${COUNT}?wait=${Math.random()}`;
      host.append(el);
      return el;
    });
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(waitingCount()).to.equal(base + 5);
    cards.forEach((c) => c.remove());
    expect(waitingCount()).to.equal(base);
  });

  it('loading="eager" fetches at once, even off screen', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`);
    const el = document.createElement('ai-risk-card');
    el.loading = 'eager';
    el.setAttribute('occupation', '41-2011.00');
    el.setAttribute('data-source', DATA);
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.append(el);
    expect((await loaded).detail.occupation).to.equal('41-2011.00');
  });
});

describe('variants and sections', () => {
  it('variant="compact": gauge, three key stats, top three tasks, sources and an expand button', async () => {
    const { el } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, variant: 'compact', loading: 'eager' });
    expect($(el, '[part=gauge]')).to.exist;
    expect($$(el, '.tile dt').map(text)).to.deep.equal(['Tasks AI can do', 'Demand trend', 'Median salary']);
    expect($$(el, '.task')).to.have.length(3);
    expect($(el, 'button.more')).to.exist;
    expect($(el, '.sec-overview')).to.be.null;
    expect($(el, '[part=sources]')).to.exist;
    const compactHeight = el.getBoundingClientRect().height;
    $(el, 'button.more')!.click();
    await el.updateComplete;
    expect(el.variant).to.equal('full');
    expect($$(el, '.task')).to.have.length(8);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(compactHeight * 2);
  });

  it('sections="gauge,stats,tasks,faq" shows only those (plus header and sources)', async () => {
    const { el } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, sections: 'gauge, stats,tasks,faq', loading: 'eager' });
    for (const sel of ['[part=gauge]', '[part=stats]', '[part=tasks]', '[part=faq]', '[part=sources]', 'h2']) expect($(el, sel), sel).to.exist;
    for (const sel of ['.signals', '.sec-overview', '.sec-skills', '.sec-tools', '.sec-risks', '.sec-ai-tools', '.sec-future']) expect($(el, sel), sel).to.be.null;
  });

  it('with sections, the skeleton reserves the listed sections only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:720px"></div>`);
    const el = document.createElement('ai-risk-card');
    el.sections = 'gauge,stats';
    el.loading = 'eager';
    el.src = `/mock/delay/5000/${COUNT}?u=sections`;
    host.append(el);
    await el.updateComplete;
    // Real cards with only gauge and stats: ~750-970px at 720px wide.
    expect(el.getBoundingClientRect().height).to.be.within(750, 1000);
  });

  it('reserves space before data arrives, close to a typical loaded card, for both variants', async () => {
    const sizes: Record<string, number> = {};
    for (const variant of ['full', 'compact']) {
      const host = await fixture<HTMLDivElement>(html`<div style="width:720px"></div>`);
      const el = document.createElement('ai-risk-card');
      el.variant = variant as 'full' | 'compact';
      el.src = `/mock/delay/5000/${COUNT}?u=${variant}`;
      el.loading = 'eager';
      host.append(el);
      await el.updateComplete;
      sizes[variant] = el.getBoundingClientRect().height;
      el.remove();
    }
    // Medians of real cards at 720px: full ~3,000px, compact ~750px (see styles/card.ts).
    expect(sizes.full).to.be.within(2600, 3500);
    expect(sizes.compact).to.be.within(600, 900);
  });
});

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
    expect(confidence).to.be.within(0.9, 1);
    expect(text($(el, '.match'))).to.contain('“Senior ML Scientist (Remote)” matched to “Machine Learning Scientist”').and.contain(`${Math.round(confidence * 100)}% match`);
    // Nothing else in the fixture data comes close: no other occupation to offer.
    expect(event.detail.match.alternatives).to.deep.equal([]);
  });

  it('job-title reads the precomputed index: its own words\' shards, never the raw title list', async () => {
    const token = `~${Math.random()}~`;
    const { event } = await load({ 'data-source': `/mock/count/${token}/test/fixtures/data/`, 'job-title': 'Cashier - $15/hr - Weekends' });
    expect(event.detail.occupation).to.equal('41-2011.00');
    expect(await requests(`${token}/test/fixtures/data/v1/lookup/index.json`)).to.equal(1);
    expect(await requests(`${token}/test/fixtures/data/v1/titles.json`)).to.equal(0);
    // "cashier" lives in one shard; pay and schedule words are never looked up.
    const shards = await Promise.all([...Array(8).keys()].map((s) => requests(`${token}/test/fixtures/data/v1/lookup/p/${s}.json`)));
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
      posting({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Cashier', occupationalCategory: '15-2051.00 Data Scientists' });
      expect((await load({ occupation: 'auto' })).event.detail.occupation).to.equal('15-2051.00');
    });

    it('else the title, inside an @graph', async () => {
      posting({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization' }, { '@type': 'JobPosting', title: 'Checkout Clerk' }] });
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
});

describe('shared loading', () => {
  it('one card going away never cancels another card\'s request', async () => {
    const path = `test/fixtures/data/v1/occupations/15-2051.00.json`;
    const src = `/mock/delay/300/${path}?shared=${Math.random()}`;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const [a, b] = [0, 1].map(() => {
      const el = document.createElement('ai-risk-card');
      el.loading = 'eager';
      el.src = src;
      host.append(el);
      return el;
    });
    await a.updateComplete;
    a.remove();
    await oneEvent(b, 'ai-risk-card-load');
    expect(text($(b, 'h2'))).to.equal('Will AI replace Data Scientists?');
  });
});
