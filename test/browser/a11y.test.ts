import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, cardWith, DATA, fetchedCard, fullDoc, text } from './helpers.js';

describe('accessibility (axe)', function () {
  // axe walks the whole shadow tree; give it room on a loaded 2-core machine.
  this.timeout(60000);
  for (const theme of ['light', 'dark']) {
    it(`a full card is accessible in the ${theme} theme`, async () => {
      const el = await cardWith(await fullDoc(), { theme });
      await expect(el).to.be.accessible();
    });
  }

  it('the error state is accessible', async () => {
    const { el } = await fetchedCard({ src: '/mock/status/500' });
    expect($(el, '[role=alert]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a card with every task shown and a tooltip open is accessible', async () => {
    const el = await cardWith(await fullDoc());
    $(el, 'button.more')!.click();
    await el.updateComplete;
    $(el, '.task-btn')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('axe: compact, loading, Spanish and heading-level variants are accessible', async function () {
    this.timeout(60000);
    const compact = (
      await fetchedCard({ occupation: '15-2051.00', 'data-source': '/test/fixtures/data/', variant: 'compact', loading: 'eager' })
    ).el;
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

describe('screen readers, outline and keyboard', () => {
  it('a screen-reader summary sentence carries the figures', async () => {
    const el = await cardWith(await fullDoc());
    const s = text($(el, 'header .sr'));
    expect(s).to.equal(
      'Data Scientists: AI exposure 62 out of 100, very high. Tasks AI can do: 5 of 10 tasks rated more than half exposed. Demand trend: Growing (+33.5%). Median salary: $112,590 per year.',
    );
  });

  it("an accessible table holds every task's scores by rater", async () => {
    const el = await cardWith(await fullDoc());
    const table = $(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Task scores by rater, 0–100');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Task',
      'Average',
      'GPT-4',
      'GPT-4 (alternative rubric)',
      'Human annotators',
    ]);
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
    host.innerHTML =
      '<ai-risk-card loading="eager" src="/mock/delay/400/test/fixtures/data/v1/occupations/15-2051.00.json?u=slot"><a href="https://example.com/ds">AI exposure for Data Scientists</a></ai-risk-card>';
    const el = host.firstElementChild as HTMLElementTagNameMap['ai-risk-card'];
    const link = el.querySelector('a')!;
    await el.updateComplete;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    await oneEvent(el, 'ai-risk-card-load');
    expect(link.getClientRects().length).to.equal(0);
  });

  it('the screen-reader summary says "or more" for a top-coded wage', async () => {
    const d = await fullDoc();
    d.wage = { median: 239200, currency: 'USD', period: 'year', topCoded: true };
    const el = await cardWith(d);
    expect(text($(el, 'header .sr'))).to.contain('$239,200 or more per year');
  });

  it('"Show the full card" moves focus to the title, not to <body>', async () => {
    const { el } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, variant: 'compact', loading: 'eager' });
    $(el, 'button.more')!.focus();
    $(el, 'button.more')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'h2', 'focus on the title');
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

  it("Esc that closes a task's scores does not also close a host <dialog>", async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog></dialog>`);
    const el = await cardWith(await fullDoc());
    dialog.append(el);
    dialog.showModal();
    try {
      const btn = $(el, '.task-btn')!;
      btn.click();
      await el.updateComplete;
      expect(btn.getAttribute('aria-expanded')).to.equal('true');
      btn.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(btn.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog.open).to.be.true;
      // With nothing of ours open, Esc is the dialog's again.
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.be.false;
    } finally {
      dialog.close();
    }
  });
});
