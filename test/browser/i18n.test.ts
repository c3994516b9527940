import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/i18n/es.js';
import '../../src/i18n/de.js';
import { $, $$, cardWith, fullDoc, text } from './helpers.js';

describe('languages', () => {
  it('lang on the card picks the Spanish table and Intl formats numbers, money and dates', async () => {
    const el = await cardWith(await fullDoc(), { lang: 'es' });
    expect(text($(el, 'h2'))).to.equal('¿Reemplazará la IA a Data Scientists?');
    const tiles = $$(el, '.tile').map(text).join(' | ');
    // Compact currency where the locale has it ("113 mil US$"); the full sum in the sentence for screen readers.
    expect(tiles).to.contain('113').and.contain('mil').and.contain('US$').and.contain('+34 %');
    expect(text($(el, '.foot'))).to.contain('233.440 trabajadores');
    expect(text($(el, '[part=header] .sr'))).to.contain('112.590');
    expect(text($(el, '[part=verdict]'))).to.equal(
      'Más transformado que reemplazado: la IA podría acelerar 5 de sus 10 tareas. Se proyecta que el empleo crezca un 34 % (2024–34).',
    );
    expect(text($(el, 'time')))
      .to.contain('2026')
      .and.contain('ene');
    expect($(el, '[part=gauge]')!.getAttribute('aria-valuetext')).to.equal('62 de 100, exposición muy alta');
  });

  it('falls back from the nearest ancestor to the document, and from "de-AT" to "de"', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de-AT"></div>`);
    const el = document.createElement('ai-risk-card');
    el.data = await fullDoc();
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.append(el);
    await loaded;
    expect(text($(el, 'h2'))).to.equal('Wird KI Data Scientists ersetzen?');
    expect(text($(el, '.tile'))).to.contain('Aufgaben, die KI erledigen kann');
  });

  it('follows lang changes after render: on an ancestor, on the card, and on <html>', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('ai-risk-card');
    el.data = await fullDoc();
    host.append(el);
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    host.lang = 'de';
    await waitUntil(() => text($(el, 'h2')) === 'Wird KI Data Scientists ersetzen?', 'German after the ancestor changed');
    el.lang = 'es';
    await waitUntil(() => text($(el, 'h2')) === '¿Reemplazará la IA a Data Scientists?', 'Spanish after the card changed');
    el.removeAttribute('lang');
    host.removeAttribute('lang');
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de';
      await waitUntil(() => text($(el, 'h2')) === 'Wird KI Data Scientists ersetzen?', 'German from <html>');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it("an unknown language falls back to English, with that locale's number format", async () => {
    const el = await cardWith(await fullDoc(), { lang: 'fi' });
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect(text($$(el, '.tile')[3])).to.match(/113\s(t\.|tuhatta)/);
    expect(text($(el, '[part=header] .sr'))).to.match(/112\s590/);
  });

  it('the strings property overrides any message, nested ones one key at a time', async () => {
    const el = await cardWith(await fullDoc());
    el.strings = {
      retry: 'Try again',
      level: { 'very-high': 'Extreme' },
      heading: (t: string) => html`Is AI coming for ${t}?`,
    } as never;
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Is AI coming for Data Scientists?');
    expect(text($(el, '.gauge-level'))).to.equal('Extreme exposure');
    expect(text($$(el, '.tile')[1])).to.contain('High'); // other level words kept
  });

  it('right-to-left: bars and the gauge fill from the right', async () => {
    const el = await cardWith(await fullDoc(), { dir: 'rtl' });
    const bar = $(el, '.task-btn .bar')!.getBoundingClientRect();
    const fill = $(el, '.task-btn .fill')!.getBoundingClientRect();
    expect(Math.abs(fill.right - bar.right)).to.be.below(1);
    expect(getComputedStyle($(el, '.gauge svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

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
    expect(text(el.shadowRoot!.querySelectorAll('.tile')[3])).to.contain('$113K');
    expect(text($(el, '[part=header] .sr'))).to.contain('$112,590');
  });
});
