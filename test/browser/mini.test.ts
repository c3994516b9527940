import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AiRiskCard } from '../../src/ai-risk-card.js';
import { $, cardWith, DATA, fetchedCard, fullDoc, requests, text } from './helpers.js';

/** A loaded mini card in a host of the given width, with a 19px serif page font. */
async function miniIn(width: number, attrs: Record<string, string> = {}) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: 19px/1.6 serif"></div>`);
  const el = await cardWith(await fullDoc(), { variant: 'mini', ...attrs });
  host.append(el);
  // The line comes with its chunk (views/mini.ts), loaded by the first mini card on the page.
  await waitUntil(() => $(el, 'button.mini'), 'the mini line renders', { timeout: 5000 });
  return el;
}

const dialogOf = (el: AiRiskCard) => $(el, 'dialog') as HTMLDialogElement | null;
/** The focused element inside the card's shadow root, if any. */
const focused = (el: AiRiskCard) => el.shadowRoot!.activeElement as HTMLElement | null;
const isOpen = (el: AiRiskCard) => !!dialogOf(el)?.open;

async function opened(el: AiRiskCard) {
  await waitUntil(() => isOpen(el), 'the dialog opens', { timeout: 3000 });
}
async function closed(el: AiRiskCard) {
  await waitUntil(() => !$(el, 'dialog'), 'the dialog closes', { timeout: 3000 });
}

/** A real mouse click in the middle of an element (not a synthetic click()). */
async function clickOn(node: Element) {
  const r = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('variant="mini"', function () {
  this.timeout(20000);

  afterEach(async () => {
    // Never leave the page locked by a dialog a failed test left open.
    await sendMouse({ type: 'move', position: [0, 0] }).catch(() => {});
    document.documentElement.style.overflow = '';
  });

  for (const width of [320, 400, 480]) {
    it(`is one line at most 64px tall at ${width}px wide with a 19px serif page font`, async () => {
      const el = await miniIn(width);
      const r = el.getBoundingClientRect();
      expect(r.height).to.be.at.most(64);
      expect(r.height).to.be.at.least(40); // still a comfortable target
      expect(r.width).to.equal(width);
      // Every piece sits on the one line (same vertical centre), none wraps.
      const mids = ['.mini-score', '.mini-level', '.mini-title'].map((s) => {
        const b = $(el, s)!.getBoundingClientRect();
        expect(b.height, s).to.be.below(40);
        return b.top + b.height / 2;
      });
      expect(Math.max(...mids) - Math.min(...mids)).to.be.below(3);
      // The level is never cut; the title keeps a readable start (it ends in an ellipsis if long).
      expect($(el, '.mini-level')!.scrollWidth).to.be.at.most($(el, '.mini-level')!.clientWidth);
      expect($(el, '.mini-title')!.getBoundingClientRect().width).to.be.above(50);
    });
  }

  it('is also one line when the row is wider (900px)', async () => {
    const el = await miniIn(900);
    expect(el.getBoundingClientRect().height).to.be.at.most(64);
  });

  it('shows the score out of 100, the level in words and the title; its name says all of it', async () => {
    const el = await miniIn(480);
    const button = $(el, 'button.mini')!;
    const seen = (s: string) =>
      text($(el, s))
        .replace(text($(el, `${s} .sr`)), '')
        .trim();
    expect(seen('.mini-score')).to.equal('62/100');
    expect(text($(el, '.mini-level'))).to.equal('Very high');
    expect(text($(el, '.mini-title'))).to.equal('Data Scientists');
    // Its name is its text (every visible word in it) plus hidden words that make a sentence.
    expect(button.hasAttribute('aria-label')).to.be.false;
    expect(text(button)).to.equal('AI exposure score: 62/100, Very high, Data Scientists');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    // The only control: one tab stop per row.
    expect(el.shadowRoot!.querySelectorAll('button, a, [tabindex]').length).to.equal(1);
  });

  it('shows the matched title when a job title was matched (the load event\u2019s match)', async () => {
    const { el, event } = await fetchedCard({
      'data-source': DATA,
      loading: 'eager',
      variant: 'mini',
      'job-title': 'Senior ML Scientist (Remote)',
    });
    expect(event.type).to.equal('ai-risk-card-load');
    expect(event.detail.match.title).to.equal('Machine Learning Scientist');
    await waitUntil(() => $(el, 'button.mini'), 'the mini line renders', { timeout: 5000 });
    expect(text($(el, '.mini-title'))).to.equal('Machine Learning Scientist');
    expect(text($(el, 'button.mini'))).to.match(
      /^AI exposure score: \d+\/100, (Low|Moderate|High|Very high), Machine Learning Scientist$/,
    );
  });

  it('the skeleton reserves the loaded height (no layout shift)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 400px; font: 19px/1.6 serif"></div>`);
    const el = document.createElement('ai-risk-card');
    el.variant = 'mini';
    el.loading = 'eager';
    el.src = `/mock/delay/400/test/fixtures/data/v1/occupations/15-2051.00.json?u=${Math.random()}`;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    host.append(el);
    await el.updateComplete;
    expect($(el, '[aria-busy=true]')).to.exist;
    const before = el.getBoundingClientRect().height;
    await loaded;
    expect($(el, 'button.mini')).to.exist;
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('opens the full card in a modal dialog on a mouse click; the close button closes it', async () => {
    const el = await miniIn(400);
    const button = $(el, 'button.mini')!;
    await clickOn(button);
    await opened(el);
    const dialog = dialogOf(el)!;
    expect(dialog.matches(':modal')).to.be.true;
    expect(text(dialog.querySelector('h2'))).to.equal('Will AI replace Data Scientists?');
    expect(dialog.querySelector('[part=gauge]')).to.exist;
    expect(dialog.querySelector('table')).to.exist; // the full card, not the compact one
    const close = dialog.querySelector<HTMLElement>('.mini-close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(close.getBoundingClientRect().height).to.be.above(20); // visible
    await clickOn(close);
    await closed(el);
    expect(focused(el) === button).to.be.true;
  });

  for (const [name, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ]) {
    it(`opens by keyboard (${name}); focus moves in, Esc closes it and focus returns`, async () => {
      const el = await miniIn(400);
      const button = $(el, 'button.mini')!;
      button.focus();
      await sendKeys({ press: key });
      await opened(el);
      const dialog = dialogOf(el)!;
      await waitUntil(() => !!focused(el) && dialog.contains(focused(el)), 'focus moves into the dialog', { timeout: 2000 });
      await sendKeys({ press: 'Escape' });
      await closed(el);
      expect(focused(el) === button).to.be.true;
    });
  }

  it('the page behind does not scroll while open, and keeps its scroll position', async () => {
    const tall = await fixture<HTMLDivElement>(html`<div style="height: 3000px"></div>`);
    const el = await miniIn(400);
    tall.prepend(el);
    window.scrollTo(0, 0);
    el.scrollIntoView();
    const y = window.scrollY;
    expect(y).to.be.above(0);
    const scroller = document.scrollingElement as HTMLElement;
    expect(getComputedStyle(scroller).overflowY).to.not.equal('hidden');
    $(el, 'button.mini')!.focus();
    await sendKeys({ press: 'Enter' });
    await opened(el);
    expect(getComputedStyle(document.documentElement).overflowY).to.equal('hidden');
    expect(window.scrollY).to.equal(y);
    await sendKeys({ press: 'Escape' });
    await closed(el);
    expect(getComputedStyle(scroller).overflowY).to.not.equal('hidden');
    expect(window.scrollY).to.equal(y);
    window.scrollTo(0, 0);
  });

  it('the full card in the dialog uses the same document: no second request', async () => {
    const token = `~${Math.random()}~`;
    const { el } = await fetchedCard({
      'data-source': `/mock/count/${token}/test/fixtures/data/`,
      occupation: '15-2051.00',
      loading: 'eager',
      variant: 'mini',
    });
    const url = `${token}/test/fixtures/data/v1/occupations/15-2051.00.json`;
    expect(await requests(url)).to.equal(1);
    await waitUntil(() => $(el, 'button.mini'), 'the mini line renders', { timeout: 5000 });
    $(el, 'button.mini')!.click();
    await opened(el);
    expect(text(dialogOf(el)!.querySelector('h2'))).to.equal('Will AI replace Data Scientists?');
    // A full card for the same occupation elsewhere on the page shares the request too.
    await fetchedCard({ 'data-source': `/mock/count/${token}/test/fixtures/data/`, occupation: '15-2051.00', loading: 'eager' });
    expect(await requests(url)).to.equal(1);
    dialogOf(el)!.close();
    await closed(el);
  });

  it('the dialog carries the theme and the language over', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es" style="width: 400px"></div>`);
    const el = document.createElement('ai-risk-card');
    el.variant = 'mini';
    el.theme = 'dark';
    el.data = await fullDoc();
    host.append(el);
    // Spanish words load on demand; the line shows once they are here.
    await waitUntil(() => $(el, 'button.mini'), 'the line renders in Spanish', { timeout: 5000 });
    expect(text($(el, 'button.mini .sr'))).to.not.contain('AI exposure');
    expect(text($(el, 'button.mini')))
      .to.contain('62/100')
      .and.contain('Data Scientists');
    $(el, 'button.mini')!.click();
    await opened(el);
    const dialog = dialogOf(el)!;
    expect(text(dialog.querySelector('h2')))
      .to.contain('Data Scientists')
      .and.not.contain('Will AI replace');
    expect(dialog.querySelector('.mini-close')!.getAttribute('aria-label')).to.equal('Cerrar');
    expect(getComputedStyle(dialog.querySelector('.card')!).backgroundColor).to.equal('rgb(22, 25, 31)'); // #16191f
    dialog.close();
    await closed(el);
  });

  it('a failed load is one line too, with Retry', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px; font: 19px/1.6 serif"></div>`);
    const el = document.createElement('ai-risk-card');
    el.variant = 'mini';
    el.loading = 'eager';
    el.src = '/mock/status/500';
    const failed = oneEvent(el, 'ai-risk-card-error');
    host.append(el);
    await failed;
    await waitUntil(() => $(el, '[role=alert] button'), 'Retry shows', { timeout: 5000 });
    expect(el.getBoundingClientRect().height).to.be.at.most(64);
  });

  it('Retry after a failed load puts focus on the loaded line, not on <body>', async () => {
    const el = document.createElement('ai-risk-card');
    el.variant = 'mini';
    el.loading = 'eager';
    el.src = `/mock/flaky/1/test/fixtures/data/v1/occupations/15-2051.00.json?key=${Math.random()}`;
    const failed = oneEvent(el, 'ai-risk-card-error');
    (await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`)).append(el);
    await failed;
    await waitUntil(() => $(el, '[role=alert] button'), 'Retry shows', { timeout: 5000 });
    $(el, '[role=alert] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === $(el, 'button.mini') && focused(el) !== null, 'focus on the line', { timeout: 5000 });
  });

  it('choosing a related job inside the dialog keeps focus in the dialog, on the new title', async () => {
    const doc = await fullDoc();
    doc.related = [{ code: '41-2011.00', title: 'Cashiers', slug: 'cashiers', score: 31, level: 'moderate' }];
    const el = await cardWith(doc, { variant: 'mini', 'data-source': DATA, loading: 'eager' });
    await waitUntil(() => $(el, 'button.mini'), 'the mini line renders', { timeout: 5000 });
    $(el, 'button.mini')!.click();
    await opened(el);
    const loaded = oneEvent(el, 'ai-risk-card-load');
    dialogOf(el)!.querySelector<HTMLElement>('.related button')!.click();
    await loaded;
    await waitUntil(() => focused(el)?.localName === 'h2', 'focus on the new title', { timeout: 5000 });
    expect(dialogOf(el)!.contains(focused(el))).to.be.true;
    expect(text(focused(el))).to.equal('Will AI replace Cashiers?');
    expect(text($(el, 'button.mini .mini-title'))).to.equal('Cashiers');
    dialogOf(el)!.close();
    await closed(el);
  });

  it('is accessible (axe), closed and open', async function () {
    this.timeout(60000);
    const el = await miniIn(400);
    await expect(el).to.be.accessible();
    $(el, 'button.mini')!.click();
    await opened(el);
    await expect(el).to.be.accessible();
    dialogOf(el)!.close();
    await closed(el);
  });

  it('removing an open card unlocks the page', async () => {
    const el = await miniIn(400);
    $(el, 'button.mini')!.click();
    await opened(el);
    expect(getComputedStyle(document.documentElement).overflowY).to.equal('hidden');
    el.remove();
    expect(getComputedStyle(document.documentElement).overflowY).to.not.equal('hidden');
  });
});
