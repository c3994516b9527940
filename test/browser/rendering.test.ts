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
    // The verdict, composed from the figures, right under the title.
    expect(text($(el, '[part=verdict]'))).to.equal(
      'Reshaped more than replaced: AI could speed up 5 of its 10 tasks. Jobs are projected to grow 34% (2024–34).',
    );
    const tiles = $$(el, '.tile').map(text);
    expect(tiles).to.have.length(4);
    // 5 of the 10 fixture tasks have a mean coverage over 50 (two sit at exactly 50: not counted).
    expect(tiles[0]).to.contain('Tasks AI can do').and.contain('5 of 10');
    expect(tiles[1]).to.contain('Augmentation potential').and.contain('High');
    expect(tiles[2]).to.contain('Projected jobs 2024–34').and.contain('+34%').and.contain('Growing');
    expect(tiles[3]).to.contain('Median salary').and.contain('$113K').and.contain('per year');
    // Employment and the wage change as a footnote line; the sources' caveats behind a disclosure.
    expect(text($(el, '.foot')))
      .to.contain('233,440 workers')
      .and.contain('BLS OEWS May 2024')
      .and.contain('+4.2% YoY');
    expect(text($(el, '.notes')))
      .to.contain('Much faster than average')
      .and.contain('covers all of SOC 15-2051');
    // The full figures stay in the screen-reader sentence.
    expect(text($(el, '[part=header] .sr')))
      .to.contain('$112,590')
      .and.contain('+33.5%');
    // What exposure means, directly under the gauge.
    expect(text($(el, '.gauge-box .means'))).to.contain('not a forecast of job loss');
    // How the score is built: rated signals as bars, observed use in words, the overview.
    expect($$(el, '.sec-signals .ov').map(text)).to.deep.equal([
      'First overview paragraph about the fixture.',
      'Second overview paragraph.',
    ]);
    expect($$(el, '.signal').length + $$(el, '.observed').length).to.equal(4);
    expect($$(el, '.observed .bar')).to.have.length(0);
    // Detail is in labelled disclosures, closed by default.
    expect($$(el, 'details.fold').map((d) => [d.querySelector('h3')!.textContent, (d as HTMLDetailsElement).open])).to.deep.equal(
      [
        ['How the score is built', false],
        ['Skills, tools and risks', false],
        ['Frequently asked questions', false],
        ['Sources and licences', false],
      ],
    );
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
    expect(text($(el, '[part=sources]'))).to.contain('CC BY 4.0');
  });

  it('shows the 4 most and 3 least exposed tasks until "Show all", with a summary bar first', async () => {
    const d = await fullDoc();
    const el = await cardWith(d);
    const values = () => $$(el, '.task-value').map((v) => parseInt(text(v), 10));
    const all = d.tasks.map((t) => Math.round(t.coverage)).sort((a, b) => b - a);
    expect(values()).to.deep.equal([...all.slice(0, 4), ...all.slice(-3)]);
    // The two groups are visibly apart.
    expect($$(el, '.task.gap')).to.have.length(1);
    expect(text($(el, '.sum-text'))).to.equal(
      `${all.filter((v) => v > 50).length} tasks mostly doable by AI · ${all.filter((v) => v > 0 && v <= 50).length} partly · ${all.filter((v) => !v).length} not`,
    );
    expect(text($(el, '.legend'))).to.equal('● directly exposed · ◐ with extra software · ○ not exposed');
    const more = $(el, 'button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(text(more)).to.equal('Show all 10 tasks');
    more.click();
    await el.updateComplete;
    expect(values()).to.deep.equal(all);
    expect($$(el, '.task.gap')).to.have.length(0);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('offers "Show all" only when it reveals at least 3 more tasks', async () => {
    const d = await fullDoc();
    d.tasks = d.tasks.slice(0, 9);
    const el = await cardWith(d);
    expect($$(el, '.task')).to.have.length(9);
    expect($(el, '.tasks-section button.more')).to.be.null;
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
    expect(tiles).to.have.length(2);
    expect(tiles.join()).not.to.contain('Median salary');
    expect(tiles.join()).not.to.contain('Augmentation');
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
    expect(text($$(el, '.tile')[3])).to.contain('$239K or more');
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
    // Ticks at the three level bands; no median marker or rank without those figures.
    expect($(el, '.ticks')!.getAttribute('d')!.match(/M/g)).to.have.length(3);
    expect($(el, '.median')).to.be.null;
    expect($(el, '.rank')).to.be.null;
  });

  it('places the occupation among US occupations: rank line, median marker, spoken rank', async () => {
    const d = await fullDoc();
    d.exposure.percentile = 94;
    d.exposure.median = 33;
    const el = await cardWith(d);
    expect(text($(el, '.rank'))).to.equal('More exposed than 94% of US occupations');
    expect(text($(el, '.median-key'))).to.equal('Median of all US occupations: 33');
    expect($(el, '[part=gauge]')!.getAttribute('aria-valuetext')).to.equal(
      '62 out of 100, very high exposure. More exposed than 94% of US occupations',
    );
    // The marker sits at 33 on the half circle: left of the top, above the centre line.
    const [x, y] = $(el, '.median')!.getAttribute('d')!.slice(1).split(/[ L]/).map(Number);
    expect(x).to.be.below(60);
    expect(y).to.be.below(60);
    d.exposure.percentile = 0;
    const low = await cardWith(d);
    expect(text($(low, '.rank'))).to.equal('Among the least exposed US occupations');
  });

  it('draws the level in text colour and the arc in one hue that deepens with the level', async () => {
    const d = await fullDoc();
    const arcs: string[] = [];
    for (const [score, level] of [
      [10, 'low'],
      [30, 'moderate'],
      [50, 'high'],
      [80, 'very-high'],
    ] as const) {
      d.exposure = { score, level };
      const el = await cardWith(d, { theme: 'light' });
      expect(getComputedStyle($(el, '.gauge-level')!).color).to.equal('rgb(26, 29, 35)');
      arcs.push(getComputedStyle($(el, '.arc')!).stroke);
    }
    // Lighter to darker: each step's luminance below the previous one.
    const lum = (c: string) =>
      c
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((a, v) => a + Number(v), 0);
    expect(arcs.map(lum)).to.deep.equal([...arcs.map(lum)].sort((a, b) => b - a));
    expect(new Set(arcs).size).to.equal(4);
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
  it('show as labelled marks beside the bar, with one legend, and no second hover version', async () => {
    const el = await cardWith(await fullDoc());
    const row = $(el, '.task')!;
    const marks = [...row.querySelectorAll('.mk')].map(text);
    expect(marks).to.have.length.greaterThan(1);
    for (const m of marks)
      expect(m).to.match(
        /^(GPT-4|Human annotators|GPT-4 \(alternative rubric\)) [●◐○](directly exposed|with extra software|not exposed)$/,
      );
    // The bar stays visible next to the marks, on hover and focus alike.
    const btn = row.querySelector<HTMLElement>('.task-btn')!;
    btn.focus();
    await sendKeys({ press: 'Shift' });
    expect(row.querySelector('.bar')!.getBoundingClientRect().width).to.be.greaterThan(30);
    expect(row.querySelector('[role=tooltip]')).to.be.null;
    expect($$(el, '.legend')).to.have.length(1);
  });

  it('keep every row inside itself, rows 44–56px tall for one-line tasks', async () => {
    const d = await fullDoc();
    for (const t of d.tasks) t.statement = 'Short task.';
    const el = await cardWith(d);
    const rows = $$(el, '.task-btn').map((b) => b.getBoundingClientRect().height);
    for (const h of rows) expect(h).to.be.within(44, 56);
    const [first, second] = $$(el, '.task');
    expect(first.getBoundingClientRect().bottom).to.be.at.most(second.getBoundingClientRect().top + 0.5);
  });

  it('toggle a disclosure on tap/click; Esc closes it', async () => {
    const el = await cardWith(await fullDoc());
    const btn = $$(el, '.task-btn')[1];
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.getElementById(btn.getAttribute('aria-controls')!)!;
    expect(text(detail)).to.contain('Scores by rater').and.contain('GPT-4 (alternative rubric)');
    expect(text(detail)).to.match(/(directly exposed|with extra software|not exposed)/);
    expect(getComputedStyle(detail).display).to.equal('block');
    // The row above stays as it was: one version of the scores at a time, never two.
    expect(btn.querySelector('.bar')!.getBoundingClientRect().width).to.be.greaterThan(30);
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.detail')).to.be.null;
    btn.click();
    await el.updateComplete;
    btn.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
  });

  it('word strong disagreement, naming the rater who says not exposed', async () => {
    const d = await fullDoc();
    const el = await cardWith(d, { theme: 'light' });
    (($(el, 'button.more') as HTMLButtonElement) ?? { click() {} }).click();
    await el.updateComplete;
    const rows = $$(el, '.task');
    const consult = rows.find((r) => text(r).includes('Identify business problems'))!; // scores 50, 0, 100
    const low = d.tasks.find((t) => t.statement.includes('Identify business problems'))!.scores!.find((s) => s.score === 0)!;
    expect(text(consult.querySelector('.flag'))).to.equal(`Raters disagree: ${low.label} says not exposed`);
    consult.querySelector<HTMLElement>('.task-btn')!.click();
    await el.updateComplete;
    expect(text(consult)).to.contain('Raters differ by 100 points');
    const clean = rows.find((r) => text(r).includes('Clean and validate'))!; // 100, 100, 100
    expect(text(clean)).not.to.contain('Raters');
  });
});

describe('variants and sections', () => {
  it('variant="compact": score badge, verdict, one line of three stats, the most exposed task, sources and "Full breakdown"', async () => {
    const { el } = await fetchedCard({ occupation: '15-2051.00', 'data-source': DATA, variant: 'compact', loading: 'eager' });
    const badge = $(el, '[part=gauge]')!;
    expect(badge.getAttribute('role')).to.equal('meter');
    // Beside the title, on the same row.
    const b = badge.getBoundingClientRect();
    const h = $(el, 'h2')!.getBoundingClientRect();
    expect(b.right).to.be.at.most(h.left + 1);
    expect(b.bottom).to.be.above(h.top);
    expect(text($(el, '[part=verdict]'))).to.match(/AI could/);
    const line = $(el, '.stats-line')!;
    expect(text(line).split(' · ')).to.have.length(3);
    expect(text(line)).to.contain('Tasks AI can do').and.contain('Projected jobs').and.contain('Median salary');
    expect(line.getBoundingClientRect().height).to.be.below(2 * parseFloat(getComputedStyle(line).lineHeight) + 1);
    expect($$(el, '.task')).to.have.length(1);
    expect($(el, 'button.more')).to.exist;
    expect(text($(el, 'button.more'))).to.equal('Full breakdown');
    expect($(el, '.sec-overview')).to.be.null;
    expect($(el, '[part=sources]')).to.exist;
    const compactHeight = el.getBoundingClientRect().height;
    expect(compactHeight).to.be.at.most(300);
    $(el, 'button.more')!.click();
    await el.updateComplete;
    expect(el.variant).to.equal('full');
    expect($$(el, '.task')).to.have.length(7);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(compactHeight * 2);
  });

  it('keeps its own type scale: a 19px serif article changes neither the compact height nor the task rows', async () => {
    const heights: number[] = [];
    const rows: number[] = [];
    for (const font of ['', '19px/1.7 Georgia, serif']) {
      const el = await cardWith(await fullDoc(), { variant: 'compact' });
      el.parentElement!.style.cssText = `width:480px;font:${font}`;
      await el.updateComplete;
      heights.push(el.getBoundingClientRect().height);
      rows.push($(el, '.task-btn')!.getBoundingClientRect().height);
    }
    expect(Math.max(...heights)).to.be.at.most(300);
    // The host paragraph's size does not reach the card: only the family may differ.
    expect(Math.abs(heights[0] - heights[1])).to.be.below(48);
    for (const h of rows) expect(h).to.be.at.most(56 * 1.5);
  });

  it('compact stays under 300px with the longest title, group label and task, the text kept whole', async () => {
    const d = await fullDoc();
    const title = 'Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education';
    d.occupation.title = title;
    d.blsGroup = {
      code: '25-9042',
      title: 'Teaching assistants, except postsecondary, and other educational workers',
      residual: true,
    };
    const long =
      'Examine gem surfaces and internal structures, using polariscopes, refractometers, microscopes, and other optical instruments, to differentiate between stones.';
    for (const t of d.tasks) t.statement = long;
    d.tasks[0].coverage = 100;
    d.tasks[0].scores = [
      { rater: 'gpt4', label: 'GPT-4', score: 100 },
      { rater: 'human', label: 'Human annotators', score: 0 },
    ];
    // A wide sans-serif host font wraps the most.
    const host = await fixture<HTMLDivElement>(html`<div style="width:480px;font:16px/1.4 'DejaVu Sans', sans-serif"></div>`);
    const el = document.createElement('ai-risk-card');
    el.variant = 'compact';
    const loaded = new Promise((r, j) => {
      el.addEventListener('ai-risk-card-load', r, { once: true });
      el.addEventListener('ai-risk-card-error', (e) => j(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
    });
    el.data = d;
    host.append(el);
    await loaded;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.at.most(296);
    // Clamped on screen only: the accessible name and the DOM keep the whole text.
    const h2 = $(el, 'h2')!;
    expect(text(h2)).to.equal(`Will AI replace ${title}?`);
    expect(h2.title).to.equal(title);
    expect($(el, '.group-note')!.textContent).to.contain(d.blsGroup.title);
    const task = $(el, '.task-text')!;
    expect(text(task)).to.equal(long);
    const line = parseFloat(getComputedStyle(task).lineHeight);
    expect(task.getBoundingClientRect().height).to.be.below(line * 1.5);
    // Opening the task shows its statement in full.
    ($(el, '.task-btn') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.task-text')!.getBoundingClientRect().height).to.be.above(line * 1.5);
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
    // Sections the host asked for by name are open.
    expect(($(el, '[part=faq]') as HTMLDetailsElement).open).to.be.true;
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
    // Real cards with only gauge and stats: ~500-600px at 720px wide.
    expect(el.getBoundingClientRect().height).to.be.within(450, 700);
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
    // Medians of real cards at 720px (npm run bench): full ~1,290px, compact ~215px in Chromium, more in Firefox and WebKit (see styles/states.ts).
    expect(sizes.full).to.be.within(1150, 1450);
    expect(sizes.compact).to.be.within(210, 280);
  });
});
