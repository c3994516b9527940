import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, cardWith, DATA, fetchedCard, fullDoc, text } from './helpers.js';

/** Regression tests for findings of a code review (each failed before its fix). */
describe('lookups share the document fetch rules', () => {
  it('a slow v1/index.json times out instead of leaving a skeleton forever', async () => {
    const { event } = await fetchedCard({ occupation: 'cashiers', 'data-source': `/mock/delay/3000/test/fixtures/data/?u=${Math.random()}`, timeout: '200', loading: 'eager' });
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
    expect(event.detail.message).to.equal('Invalid data in v1/index.json at occupations[0].code: must be an O*NET-SOC code like 15-2051.00.');
  });
});

describe('robust properties', () => {
  it('a strings override of the wrong kind is ignored, not a broken card', async () => {
    const el = document.createElement('ai-risk-card');
    el.strings = { heading: 42, level: 'Extreme', retry: () => 'x', __proto__: { heading: 'polluted' } } as never;
    el.data = await fullDoc();
    const ev = Promise.race([oneEvent(el, 'ai-risk-card-load'), oneEvent(el, 'ai-risk-card-error')]);
    (await fixture(html`<div></div>`)).append(el);
    expect((await ev).type).to.equal('ai-risk-card-load');
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect(text($(el, '.gauge-level'))).to.equal('Very high exposure');
  });

  it('a malformed lang ("en_US") keeps the currency', async () => {
    const el = await cardWith(await fullDoc(), { lang: 'en_US' });
    expect(text(el.shadowRoot!.querySelectorAll('.tile')[3])).to.contain('$112,590');
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

  it('switching loading from lazy to eager loads a card still waiting for the viewport', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`);
    const el = document.createElement('ai-risk-card');
    el.setAttribute('occupation', '41-2011.00');
    el.setAttribute('data-source', DATA);
    host.append(el);
    await el.updateComplete;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    el.loading = 'eager';
    expect((await loaded).detail.occupation).to.equal('41-2011.00');
  });

  it('the screen-reader summary says "or more" for a top-coded wage', async () => {
    const d = await fullDoc();
    d.wage = { median: 239200, currency: 'USD', period: 'year', topCoded: true };
    const el = await cardWith(d);
    expect(text($(el, 'header .sr'))).to.contain('$239,200 or more per year');
  });

  it('JobPosting with a full @type URL and a single-object @graph is found', async () => {
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify({ '@context': 'https://schema.org', '@graph': { '@type': 'https://schema.org/JobPosting', title: 'Checkout Clerk' } });
    document.head.append(s);
    try {
      const { event } = await fetchedCard({ occupation: 'auto', 'data-source': DATA, loading: 'eager' });
      expect(event.detail.occupation).to.equal('41-2011.00');
    } finally {
      s.remove();
    }
  });
});

describe('focus and keys', () => {
  it('"Show the full card" moves focus to the title, not to <body>', async () => {
    const { el } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, variant: 'compact', loading: 'eager' });
    $(el, 'button.more')!.focus();
    $(el, 'button.more')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.activeElement?.localName).to.equal('h2');
  });

  it('after Retry, focus lands in the card again', async () => {
    const { el } = await fetchedCard({ src: '/mock/status/500', loading: 'eager' });
    const retry = $(el, '[role=alert] button')!;
    retry.focus();
    const again = oneEvent(el, 'ai-risk-card-error');
    retry.click();
    await again;
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Retry');
  });

  it('Esc that closes a task\'s scores does not also close a host <dialog>', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog></dialog>`);
    const el = await cardWith(await fullDoc());
    dialog.append(el);
    dialog.showModal();
    try {
      $(el, '.task-btn')!.focus();
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.be.true;
    } finally {
      dialog.close();
    }
  });
});
