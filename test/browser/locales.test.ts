// Languages loaded on demand (src/i18n/locales/ beside the bundle) and message overrides.
// This file imports no locale table itself: every language here is fetched by the card.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { $, cardWith, fetchedCard, fullDoc, text } from './helpers.js';

const localeRequests = (tag: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith(`/i18n/locales/${tag}.ts`)).length;

describe('languages loaded on demand', () => {
  it('a pt-BR page gets Portuguese words: skeleton until they are here, never English, load event after', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="pt-BR"></div>`);
    const el = document.createElement('ai-risk-card');
    el.data = await fullDoc();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text($(el, 'h2'))));
    let headingAtLoad = '';
    el.addEventListener('ai-risk-card-load', () => (headingAtLoad = text($(el, 'h2'))));
    host.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    expect($(el, '.skeleton'), 'skeleton while the words load').to.exist;
    expect($(el, 'h2')).to.equal(null);
    await waitUntil(() => headingAtLoad, 'load event');
    observer.disconnect();
    expect(headingAtLoad).to.equal('A IA vai substituir Data Scientists?');
    expect(seen.filter((h) => h.includes('Will AI'))).to.deep.equal([]);
    expect(text($(el, 'time'))).to.contain('2026');
    expect(localeRequests('pt-BR')).to.equal(1);
  });

  it('one request per page per language, however many cards; "fr-CA" uses fr', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr-CA"></div>`);
    const doc = await fullDoc();
    const cards = Array.from({ length: 6 }, () => {
      const el = document.createElement('ai-risk-card');
      el.data = doc;
      host.append(el);
      return el;
    });
    await waitUntil(
      () => cards.every((el) => text($(el, 'h2')) === 'L’IA va-t-elle remplacer Data Scientists ?'),
      'French on every card',
    );
    expect(localeRequests('fr')).to.equal(1);
  });

  it('lang changed after render to a language not loaded yet: the card follows once its words are here', async () => {
    const el = await cardWith(await fullDoc(), { lang: 'en' });
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    el.lang = 'de';
    await waitUntil(() => text($(el, 'h2')) === 'Wird KI Data Scientists ersetzen?', 'German after lang changed');
    expect(localeRequests('de')).to.equal(1);
  });

  it('error messages and their details are translated', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('ai-risk-card');
    el.setAttribute('occupation', 'not a code!');
    const ev = oneEvent(el, 'ai-risk-card-error');
    host.append(el);
    const { detail } = await ev;
    expect(detail.message, 'events keep the English detail').to.match(/^"not a code!" is not an O\*NET-SOC code/);
    expect(text($(el, '[role=alert]')))
      .to.contain('No encontramos esta ocupación.')
      .and.contain('no es un código O*NET-SOC');
  });
});

describe('message overrides', () => {
  it('strings with named placeholders, data kept in <bdi>; unknown placeholders stay as written', async () => {
    const el = await cardWith(await fullDoc());
    el.strings = {
      heading: 'Custom heading for {title}',
      workers: '{n} people',
      level: { 'very-high': 'Extreme' },
      showAll: 'All {n} ({nope})',
    };
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Custom heading for Data Scientists');
    expect(text($(el, 'h2 bdi'))).to.equal('Data Scientists');
    expect(text($(el, '.gauge-level'))).to.equal('Extreme exposure');
    expect(text($(el, '.foot'))).to.contain('233,440 people');
    expect(text($(el, 'button.more'))).to.match(/^All \d+ \(\{nope\}\)$/);
  });

  it('functions from script still work', async () => {
    const el = await cardWith(await fullDoc());
    el.strings = { heading: (t: string) => litHtml`Is AI coming for ${t}?` };
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Is AI coming for Data Scientists?');
  });

  it('the strings attribute takes the same object as JSON, for pages without script', async () => {
    const { el } = await fetchedCard({
      occupation: '15-2051.00',
      'data-source': '/test/fixtures/data/',
      loading: 'eager',
      strings: JSON.stringify({ heading: 'Is AI coming for {title}?', errors: { timeout: 'Too slow' } }),
    });
    expect(text($(el, 'h2'))).to.equal('Is AI coming for Data Scientists?');
  });

  it('a strings attribute that is not a JSON object is ignored with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
    try {
      const { el } = await fetchedCard({
        occupation: '15-2051.00',
        'data-source': '/test/fixtures/data/',
        loading: 'eager',
        strings: '{heading: nope',
      });
      expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).to.contain('strings attribute is not a JSON object');
  });
});
