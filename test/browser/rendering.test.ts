import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, cardWith, DATA, DS, fetchedCard, fullDoc, minimalDoc, text } from './helpers.js';

describe('rendering from data', () => {
  it('renders every section of a full document', async () => {
    const el = await cardWith(await fullDoc());
    const h2 = $(el, 'h2')!;
    expect(text(h2)).to.equal('Will AI replace Data Scientists?');
    expect(text($(el, '[part=header]')))
      .to.contain('15-2051.00')
      .and.contain('Jan 15, 2026');
    expect($(el, '[part=gauge]')).to.exist;
    const tiles = $$(el, '.tile').map(text);
    expect(tiles).to.have.length(5);
    // 5 of the 10 fixture tasks have a mean coverage over 50 (two sit at exactly 50: not counted).
    expect(tiles[0]).to.contain('Tasks AI can do').and.contain('50%').and.contain('5 of 10 tasks rated more than half exposed');
    expect(tiles[1]).to.contain('Augmentation potential').and.contain('High');
    expect(tiles[2]).to.contain('Growing').and.contain('+33.5%').and.contain('2024–34').and.contain('Much faster than average');
    expect(tiles[3]).to.contain('$112,590').and.contain('+4.2% YoY').and.contain('per year');
    expect(tiles[4]).to.contain('233,440 workers').and.contain('BLS OEWS May 2024').and.contain('covers all of SOC 15-2051');
    expect($$(el, '.sec-overview p').map(text)).to.deep.equal([
      'First overview paragraph about the fixture.',
      'Second overview paragraph.',
    ]);
    expect($$(el, '.signal')).to.have.length(4);
    expect(text($(el, '.sec-skills'))).to.contain('Mathematics');
    // Skills ranked by importance.
    expect($$(el, '.skills li > span:first-child').map(text)).to.deep.equal(['Mathematics', 'Critical Thinking', 'Programming']);
    const hot = $$(el, '.sec-tools li.hot').map(text);
    expect(hot).to.deep.equal(['Pythonin demand', 'SQLin demand']);
    expect(text($(el, '.sec-risks'))).to.contain('Routine analysis');
    expect(text($(el, '.sec-ai-tools'))).to.contain('Code assistants');
    expect(text($(el, '.sec-future'))).to.contain('Problem framing');
    expect($$(el, '[part=faq] details')).to.have.length(2);
    const link = $(el, '[part=sources] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.onetcenter.org/database.html');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(text($(el, '[part=sources]')))
      .to.contain('CC BY 4.0')
      .and.contain('not a forecast of job loss');
  });

  it('sorts tasks by coverage and shows the first 8 until "Show all"', async () => {
    const el = await cardWith(await fullDoc());
    const values = () => $$(el, '.task-value').map((v) => parseInt(text(v), 10));
    expect(values()).to.have.length(8);
    expect(values()).to.deep.equal([...values()].sort((a, b) => b - a));
    const more = $(el, 'button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(text(more)).to.equal('Show all 10 tasks');
    more.click();
    await el.updateComplete;
    expect(values()).to.have.length(10);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('leaves out every optional section the data lacks', async () => {
    const el = await cardWith(minimalDoc());
    expect(text($(el, 'h2'))).to.equal('Will AI replace Chief Executives?');
    for (const sel of [
      '[part=stats]',
      '.signals',
      '.sec-overview',
      '[part=tasks]',
      '.sec-skills',
      '.sec-tools',
      '.sec-risks',
      '.sec-ai-tools',
      '.sec-future',
      '[part=faq]',
    ])
      expect($(el, sel), sel).to.be.null;
    expect($(el, '[part=gauge]')).to.exist;
    expect($(el, '[part=sources]')).to.exist;
  });

  it('shows only the tiles whose data exists', async () => {
    const d = await fullDoc();
    delete d.wage;
    delete d.augmentation;
    const el = await cardWith(d);
    const tiles = $$(el, '.tile').map(text);
    expect(tiles).to.have.length(3);
    expect(tiles.join()).not.to.contain('Median salary');
  });

  it('does not paint augmentation in exposure-level colours (high augmentation is good news)', async () => {
    const d = await fullDoc();
    d.augmentation = { level: 'very-high' };
    const el = await cardWith(d, { theme: 'light' });
    const value = $$(el, '.tile')[1].querySelector('.tile-value')!;
    expect(text(value)).to.equal('Very high');
    expect(getComputedStyle(value).color).to.equal('rgb(26, 29, 35)');
  });

  it('marks top-coded wages "or more" and formats hourly wages', async () => {
    const d = await fullDoc();
    d.wage = { median: 239200, currency: 'USD', period: 'year', topCoded: true };
    let el = await cardWith(d);
    expect(text($$(el, '.tile')[3])).to.contain('$239,200 or more');
    d.wage = { median: 18.5, currency: 'USD', period: 'hour' };
    el = await cardWith(d);
    expect(text($$(el, '.tile')[3]))
      .to.contain('$18.50')
      .and.contain('per hour');
  });

  it('gives the gauge meter semantics with a spoken value', async () => {
    const el = await cardWith(await fullDoc());
    const g = $(el, '[part=gauge]')!;
    expect(g.getAttribute('role')).to.equal('meter');
    expect(g.getAttribute('aria-valuemin')).to.equal('0');
    expect(g.getAttribute('aria-valuemax')).to.equal('100');
    expect(g.getAttribute('aria-valuenow')).to.equal('62');
    expect(g.getAttribute('aria-valuetext')).to.equal('62 out of 100, very high exposure');
    expect(text(g)).to.contain('62').and.contain('/100').and.contain('Very high exposure');
    expect($(el, '.arc')!.getAttribute('stroke-dasharray')).to.equal('62 100');
  });

  it('renders strings from data as text, never as markup', async () => {
    const d = await fullDoc();
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    d.occupation.title = evil;
    d.tasks[0].statement = evil;
    d.overview = [evil];
    d.faq = [{ question: evil, answer: evil }];
    const el = await cardWith(d);
    expect(
      $$(el, 'img, b:not(.gauge-value b, .signal b, .tip b)').filter((n) => n.tagName === 'IMG' || text(n) === 'bold'),
    ).to.have.length(0);
    expect(text($(el, 'h2'))).to.contain('<img src=x');
    expect((window as any).__pwned).to.be.undefined;
  });
});

describe('per-rater scores', () => {
  it("open on keyboard focus, are the button's description, and close on Esc", async () => {
    const el = await cardWith(await fullDoc());
    const btn = $(el, '.task-btn')!;
    const tip = el.shadowRoot!.getElementById(btn.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(text(tip)).to.contain('GPT-4').and.contain('Human annotators');
    expect(getComputedStyle(tip).display).to.equal('none');
    btn.focus();
    await sendKeys({ press: 'Shift' }); // real keyboard focus, so :focus-visible applies
    expect(getComputedStyle(tip).display).to.equal('flex');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(tip).display).to.equal('none');
  });

  it('stay inside their own row, so they never cover or block the next task', async () => {
    const el = await cardWith(await fullDoc());
    const [first, second] = $$(el, '.task');
    const btn = first.querySelector<HTMLElement>('.task-btn')!;
    btn.focus();
    await sendKeys({ press: 'Shift' });
    const tip = first.querySelector('.tip')!.getBoundingClientRect();
    expect(tip.height).to.be.greaterThan(0);
    expect(tip.bottom).to.be.at.most(second.getBoundingClientRect().top);
    const next = second.querySelector('.task-btn')!.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(next.left + next.width / 2, next.top + next.height / 2)?.closest('.task')).to.equal(
      second,
    );
  });

  it('toggle a disclosure on tap/click, also after Esc', async () => {
    const el = await cardWith(await fullDoc());
    const btn = $$(el, '.task-btn')[1];
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    btn.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.getElementById(btn.getAttribute('aria-controls')!)!;
    expect(text(detail)).to.contain('Scores by rater').and.contain('GPT-4 (alternative rubric)');
    expect(getComputedStyle(detail).display).to.equal('block');
    expect($$(el, '.detail li .bar').every((b) => b.getBoundingClientRect().width > 30)).to.be.true;
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.detail')).to.be.null;
  });

  it('show the spread and flag tasks where raters disagree', async () => {
    const el = await cardWith(await fullDoc());
    const rows = $$(el, '.task');
    const consult = rows.find((r) => text(r).includes('Identify business problems'))!; // scores 50, 0, 100
    expect(text(consult)).to.contain('Raters disagree').and.contain('Raters differ by 100 points');
    const clean = rows.find((r) => text(r).includes('Clean and validate'))!; // 100, 100, 100
    expect(text(clean)).not.to.contain('Raters');
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
    const { el } = await fetchedCard({
      occupation: '15-2051.00',
      'data-source': DATA,
      sections: 'gauge, stats,tasks,faq',
      loading: 'eager',
    });
    for (const sel of ['[part=gauge]', '[part=stats]', '[part=tasks]', '[part=faq]', '[part=sources]', 'h2'])
      expect($(el, sel), sel).to.exist;
    for (const sel of ['.signals', '.sec-overview', '.sec-skills', '.sec-tools', '.sec-risks', '.sec-ai-tools', '.sec-future'])
      expect($(el, sel), sel).to.be.null;
  });

  it('with sections, the skeleton reserves the listed sections only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:720px"></div>`);
    const el = document.createElement('ai-risk-card');
    el.sections = 'gauge,stats';
    el.loading = 'eager';
    el.src = `/mock/delay/5000${DS}?u=sections`;
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
      el.src = `/mock/delay/5000${DS}?u=${variant}`;
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
