import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AiRiskCard } from '../../src/ai-risk-card.js';
import { $, answered, DATA, fetchedCard, fullDoc, requests, text } from './helpers.js';

const b64 = (s: string) => btoa(s);
const FIX = 'test/fixtures/data/v1/occupations/15-2051.00.json';

describe('loading', () => {
  it('fetches <data-source>v1/occupations/<code>.json and fires load', async () => {
    const { el, event } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA });
    expect(event.type).to.equal('ai-risk-card-load');
    expect(event.detail.occupation).to.equal('15-2051.00');
    expect(event.detail.data.occupation.title).to.equal('Data Scientists');
    expect(event.bubbles && event.composed).to.be.true;
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
  });

  it('accepts a data-source without a trailing slash', async () => {
    const { event } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA.slice(0, -1) });
    expect(event.type).to.equal('ai-risk-card-load');
  });

  it('src overrides occupation and data-source', async () => {
    const { event } = await fetchedCard({ occupation: '99-9999.99', 'data-source': '/nowhere/', src: `/${FIX}` });
    expect(event.type).to.equal('ai-risk-card-load');
  });

  it('the data property skips fetching', async () => {
    const path = 'test/fixtures/data/v1/occupations/41-2011.00.json';
    const el = document.createElement('ai-risk-card');
    el.data = await fullDoc();
    el.setAttribute('src', `/mock/count/${path}?skip`);
    const loaded = oneEvent(el, 'ai-risk-card-load');
    (await fixture(html`<div></div>`)).append(el);
    expect((await loaded).detail.occupation).to.equal('15-2051.00');
    await el.updateComplete;
    expect(await requests(`${path}?skip`)).to.equal(0);
  });

  it('changing occupation mid-fetch shows the latest, never the stale response', async () => {
    const el = document.createElement('ai-risk-card');
    const stale = `/mock/delay/400/${FIX}?u=latest`;
    el.src = stale;
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    el.src = `/test/fixtures/data/v1/occupations/41-2011.00.json`;
    const ev = await oneEvent(el, 'ai-risk-card-load');
    expect(ev.detail.occupation).to.equal('41-2011.00');
    const loads: string[] = [];
    el.addEventListener('ai-risk-card-load', (e) => loads.push(e.detail.occupation));
    await answered(stale);
    await el.updateComplete;
    expect(loads).to.deep.equal([]);
    expect(text($(el, 'h2'))).to.equal('Will AI replace Cashiers?');
  });

  it('shows a skeleton that reserves space while loading', async () => {
    const el = document.createElement('ai-risk-card');
    el.src = `/mock/delay/300/${FIX}?u=skeleton`;
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const skeleton = $(el, '.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    const h = el.getBoundingClientRect().height;
    expect(h).to.be.greaterThan(300);
    await oneEvent(el, 'ai-risk-card-load');
  });

  it('timeout="10s" (not a number) falls back to the default instead of failing at once', async () => {
    const { event } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, timeout: '10s', loading: 'eager' });
    expect(event.type).to.equal('ai-risk-card-load');
  });

  it('the shared document is frozen: one listener cannot change another card', async () => {
    const { event } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, loading: 'eager' });
    expect(Object.isFrozen(event.detail.data.tasks)).to.be.true;
    expect(() => event.detail.data.tasks.pop()).to.throw(TypeError);
  });
});

describe('errors', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['not-found', { occupation: '99-9999.00', 'data-source': DATA }, /no data for this occupation/i],
    ['not-found', { occupation: 'data scientist', 'data-source': DATA }, /not an O\*NET-SOC code \(15-2051\.00\), a SOC code/],
    ['not-found', {}, /No occupation given/],
    ['http', { src: '/mock/status/500' }, /HTTP 500/],
    ['invalid-json', { src: `/mock/text/text%2Fhtml/${b64('<!doctype html><p>Oops')}` }, /not JSON/],
    ['invalid-json', { src: `/mock/text/application%2Fjson/${b64('{"schemaVersion":1,"occ')}` }, /not JSON/],
    ['invalid-data', { src: `/mock/text/application%2Fjson/${b64('{"schemaVersion":2}')}` }, /schemaVersion/],
    ['timeout', { src: `/mock/delay/3000/${FIX}?u=timeout`, timeout: '200' }, /0\.2 s/],
    ['network', { src: 'http://127.0.0.1:9/x.json' }, /could not be reached/],
  ];
  for (const [kind, attrs, detail] of cases) {
    it(`${kind}: ${JSON.stringify(attrs).slice(0, 70)}`, async () => {
      const { el, event } = await fetchedCard(attrs);
      expect(event.type).to.equal('ai-risk-card-error');
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.match(detail);
      const alert = $(el, '[role=alert]')!;
      expect(alert.getAttribute('part')).to.equal('error');
      expect(text(alert)).to.match(detail);
      expect(alert.querySelector('button')!.textContent).to.equal('Retry');
      expect($(el, 'h2')).to.be.null;
    });
  }

  it('an invalid payload names the first bad field and shows no half card', async () => {
    const d = await fullDoc();
    (d.tasks[3] as any).coverage = 140;
    // eslint-disable-next-line no-control-regex -- keep ASCII only (btoa), NUL included
    const enc = b64(JSON.stringify(d).replace(/[^\x00-\x7f]/g, ''));
    const { el, event } = await fetchedCard({ src: `/mock/text/application%2Fjson/${enc}` });
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal('Invalid data at tasks[3].coverage: must be at most 100.');
    expect($(el, '[part=gauge]')).to.be.null;
    expect($(el, '[part=tasks]')).to.be.null;
  });

  it('the data property is validated too', async () => {
    const el = document.createElement('ai-risk-card');
    const d: any = await fullDoc();
    d.sources[1].url = 'javascript:alert(1)';
    el.data = d;
    const err = oneEvent(el, 'ai-risk-card-error');
    (await fixture(html`<div></div>`)).append(el);
    expect((await err).detail.message).to.contain('sources[1].url');
  });

  it('Retry refetches: failures are not cached', async () => {
    // A fresh query per run: the server's counts outlive a page, and every engine runs this test.
    const path = `test/fixtures/data/v1/occupations/00-0000.00.json?retry=${Math.random()}`;
    const { el } = await fetchedCard({ src: `/mock/count/${path}` });
    expect(await requests(path)).to.equal(1);
    const again = oneEvent(el, 'ai-risk-card-error');
    $(el, '[role=alert] button')!.click();
    await again;
    expect(await requests(path)).to.equal(2);
  });

  it('one request per URL for many cards on a page', async () => {
    const path = 'test/fixtures/data/v1/occupations/41-2011.00.json';
    const key = Math.random();
    const host = await fixture(html`<div></div>`);
    const cards = Array.from({ length: 12 }, () => {
      const el = document.createElement('ai-risk-card');
      el.loading = 'eager';
      el.src = `/mock/count/${path}?dedupe=${key}`;
      host.append(el);
      return el;
    });
    await waitUntil(() => cards.every((c) => $(c, 'h2')), 'all cards render', { timeout: 5000 });
    expect(await requests(`${path}?dedupe=${key}`)).to.equal(1);
  });
});

describe('registration', () => {
  it('defining twice with the same version is a no-op', () => {
    expect(() => AiRiskCard.define()).not.to.throw();
  });

  it('loading the script a second time (another copy of the same version) neither throws nor warns', async () => {
    const warn = console.warn;
    const seen: unknown[] = [];
    console.warn = (...a: unknown[]) => seen.push(a);
    try {
      await import(/* @vite-ignore */ `/src/define.ts?again=${Math.random()}`); // the entry runs again
      class SecondCopy extends AiRiskCard {} // a second bundle's class: same version, other constructor
      SecondCopy.define();
      expect(customElements.get('ai-risk-card')).to.equal(AiRiskCard);
    } finally {
      console.warn = warn;
    }
    expect(seen).to.deep.equal([]);
  });

  it('another version already registered: warns with both versions, never throws', () => {
    class Other extends HTMLElement {
      static version = '9.9.9';
    }
    customElements.define('ai-risk-card-vtest', Other);
    const warn = console.warn;
    const seen: string[] = [];
    console.warn = (...a: unknown[]) => seen.push(a.join(' '));
    try {
      expect(() => AiRiskCard.define('ai-risk-card-vtest')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(seen.join()).to.contain('9.9.9').and.contain(AiRiskCard.version);
  });
});
