import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitingCount } from '../../src/data/visible.js';
import { $, DATA, intersectionReported, requests, text } from './helpers.js';

const COUNT = 'test/fixtures/data/v1/occupations/15-2051.00.json';

describe('lazy loading', () => {
  it('loading="lazy" (default) fetches only when the card nears the viewport', async () => {
    const url = `${COUNT}?lazy=${Math.random()}`;
    const host = await fixture<HTMLDivElement>(
      html`<div style="height:300px;overflow:auto"><div style="height:3000px"></div></div>`,
    );
    const el = document.createElement('ai-risk-card');
    el.setAttribute('src', `/mock/count/${url}`);
    host.append(el);
    await intersectionReported(el);
    expect(await requests(url)).to.equal(0);
    expect($(el, '.skeleton')).to.exist;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.scrollTop = 3000;
    await loaded;
    expect(await requests(url)).to.equal(1);
  });

  it('one shared IntersectionObserver entry per waiting card, released on removal', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`,
    );
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
    const host = await fixture<HTMLDivElement>(
      html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`,
    );
    const el = document.createElement('ai-risk-card');
    el.loading = 'eager';
    el.setAttribute('occupation', '41-2011.00');
    el.setAttribute('data-source', DATA);
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.append(el);
    expect((await loaded).detail.occupation).to.equal('41-2011.00');
  });

  it('switching loading from lazy to eager loads a card still waiting for the viewport', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`,
    );
    const el = document.createElement('ai-risk-card');
    el.setAttribute('occupation', '41-2011.00');
    el.setAttribute('data-source', DATA);
    host.append(el);
    await el.updateComplete;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    el.loading = 'eager';
    expect((await loaded).detail.occupation).to.equal('41-2011.00');
  });
});

describe('shared loading', () => {
  it("one card going away never cancels another card's request", async () => {
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
