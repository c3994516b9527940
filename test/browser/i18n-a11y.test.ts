import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/i18n/es.js';
import '../../src/i18n/de.js';
import { $, $$, cardWith, fetchedCard, fullDoc, text } from './helpers.js';

describe('languages', () => {
  it('lang on the card picks the Spanish table and Intl formats numbers, money and dates', async () => {
    const el = await cardWith(await fullDoc(), { lang: 'es' });
    expect(text($(el, 'h2'))).to.equal('¿Reemplazará la IA a Data Scientists?');
    const tiles = $$(el, '.tile').map(text).join(' | ');
    expect(tiles).to.contain('112.590').and.contain('US$').and.contain('233.440 trabajadores');
    expect(text($(el, 'time'))).to.contain('2026').and.contain('ene');
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

  it('an unknown language falls back to English, with that locale\'s number format', async () => {
    const el = await cardWith(await fullDoc(), { lang: 'fi' });
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect(text($$(el, '.tile')[3])).to.match(/112\s590/);
  });

  it('the strings property overrides any message, nested ones one key at a time', async () => {
    const el = await cardWith(await fullDoc());
    el.strings = { retry: 'Try again', level: { 'very-high': 'Extreme' }, heading: (t: string) => html`Is AI coming for ${t}?` } as never;
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Is AI coming for Data Scientists?');
    expect(text($(el, '.gauge-level'))).to.equal('Extreme exposure');
    expect(text($$(el, '.tile')[1])).to.contain('High'); // other level words kept
  });
});

describe('accessibility extras', () => {
  it('a screen-reader summary sentence carries the figures', async () => {
    const el = await cardWith(await fullDoc());
    const s = text($(el, 'header .sr'));
    expect(s).to.equal(
      'Data Scientists: AI exposure 62 out of 100, very high. Tasks AI can do: 5 of 10 tasks rated more than half exposed. Demand trend: Growing (+33.5%). Median salary: $112,590 per year.',
    );
  });

  it('an accessible table holds every task\'s scores by rater', async () => {
    const el = await cardWith(await fullDoc());
    const table = $(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Task scores by rater, 0–100');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Task', 'Average', 'GPT-4', 'GPT-4 (alternative rubric)', 'Human annotators']);
    expect(table.querySelectorAll('tbody tr')).to.have.length(10); // all tasks, not just the 8 shown
    const row = [...table.querySelectorAll('tbody tr')].find((r) => text(r).includes('Identify business problems'))!;
    expect([...row.querySelectorAll('td')].map(text)).to.deep.equal(['50', '50', '0', '100']);
  });

  it('heading-level moves the card in the host outline', async () => {
    const el = await cardWith(await fullDoc(), { 'heading-level': '3' });
    expect($(el, 'h2')!.getAttribute('aria-level')).to.equal('3');
    expect($$(el, 'h3').every((h) => h.getAttribute('aria-level') === '4')).to.be.true;
    el.headingLevel = 2;
    await el.updateComplete;
    expect($(el, 'h2')!.hasAttribute('aria-level')).to.be.false;
  });

  it('content inside the tag shows while loading, and not once the card renders', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<ai-risk-card loading="eager" src="/mock/delay/400/test/fixtures/data/v1/occupations/15-2051.00.json?u=slot"><a href="https://example.com/ds">AI exposure for Data Scientists</a></ai-risk-card>';
    const el = host.firstElementChild as HTMLElementTagNameMap['ai-risk-card'];
    const link = el.querySelector('a')!;
    await el.updateComplete;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    await oneEvent(el, 'ai-risk-card-load');
    expect(link.getClientRects().length).to.equal(0);
  });

  it('right-to-left: bars and the gauge fill from the right', async () => {
    const el = await cardWith(await fullDoc(), { dir: 'rtl' });
    const bar = $(el, '.task-btn .bar')!.getBoundingClientRect();
    const fill = $(el, '.task-btn .fill')!.getBoundingClientRect();
    expect(Math.abs(fill.right - bar.right)).to.be.below(1);
    expect(getComputedStyle($(el, '.gauge svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('forced colours (Windows high contrast) keep bars and the arc visible', async () => {
    await executeServerCommand('media', [{ name: 'forced-colors', value: 'active' }]);
    try {
      await new Promise((r) => requestAnimationFrame(r));
      expect(matchMedia('(forced-colors: active)').matches, 'emulation').to.be.true;
      const el = await cardWith(await fullDoc());
      const fill = getComputedStyle($(el, '.task-btn .fill')!);
      expect(fill.forcedColorAdjust).to.equal('none');
      expect(fill.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, '.task-btn .bar')!).borderTopStyle).to.equal('solid');
    } finally {
      await executeServerCommand('media', []);
    }
  });

  it('theme="auto" (the default) follows the OS colour scheme', async () => {
    const el = await cardWith(await fullDoc());
    const bg = () => getComputedStyle($(el, '[part=card]')!).backgroundColor;
    await executeServerCommand('media', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      expect(bg()).to.equal('rgb(22, 25, 31)');
      el.theme = 'light';
      await el.updateComplete;
      expect(bg()).to.equal('rgb(255, 255, 255)');
    } finally {
      await executeServerCommand('media', [{ name: 'prefers-color-scheme', value: 'light' }]);
    }
    el.theme = 'auto';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(255, 255, 255)');
  });

  it('axe: compact, loading, Spanish and heading-level variants are accessible', async function () {
    this.timeout(60000);
    const compact = (await fetchedCard({ occupation: '15-2051.00', 'data-source': '/test/fixtures/data/', variant: 'compact', loading: 'eager' })).el;
    await expect(compact).to.be.accessible();
    const es = await cardWith(await fullDoc(), { lang: 'es', 'heading-level': '4' });
    await expect(es).to.be.accessible();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const loading = document.createElement('ai-risk-card');
    loading.loading = 'eager';
    loading.src = `/mock/delay/3000/test/fixtures/data/v1/occupations/15-2051.00.json?u=${Math.random()}`;
    host.append(loading);
    await loading.updateComplete;
    await expect(loading).to.be.accessible();
  });
});
