import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * The minified bundle (dist/ai-risk-card.js, built by `npm test` first) must render what the
 * source renders: template minification once unclosed the gauge's SVG paths and ate spaces.
 */
describe('the built bundle', () => {
  it('renders the gauge arc and keeps the spaces between inline parts', async () => {
    const head = await fetch('/dist/ai-risk-card.js', { method: 'HEAD' });
    if (!head.ok) throw new Error('dist/ai-risk-card.js is missing: run `npm run build` (npm test does it first).');
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/pages/bundle.html" style="width:800px;height:600px"></iframe>`,
    );
    await waitUntil(() => frame.contentDocument?.getElementById('a')?.shadowRoot?.querySelector('h2'), 'bundle card renders', {
      timeout: 8000,
    });
    const root = frame.contentDocument!.getElementById('a')!.shadowRoot!;
    const arc = root.querySelector<SVGPathElement>('.arc')!;
    expect(arc.parentElement!.tagName.toLowerCase()).to.equal('svg');
    expect(arc.getAttribute('stroke-dasharray')).to.equal('62 100');
    expect(arc.getBoundingClientRect().width).to.be.greaterThan(20);
    const observed = [...root.querySelectorAll('.observed')].map((e) => e.firstChild!.parentElement!.childNodes);
    const copilot = [...root.querySelectorAll('.observed')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())[0];
    expect(observed).to.have.length.greaterThan(0);
    expect(copilot).to.match(/^Microsoft Copilot usage: (top|higher than) \d+% of occupations \(/);
    expect(root.querySelector('[part=verdict]')!.textContent).to.match(/^\S.*: AI could .* tasks\. Jobs /);
    const license = root.querySelector('[part=sources] li:last-child')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(license).to.equal('O*NET 30.1 (CC BY 4.0)');
  });

  it('loads its job-title lookup chunk from beside the bundle and matches a title', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/pages/bundle.html" style="width:800px;height:600px"></iframe>`,
    );
    await waitUntil(
      () => frame.contentDocument?.getElementById('t')?.shadowRoot?.querySelector('h2, [role=alert]'),
      'job-title card settles',
      { timeout: 8000 },
    );
    const root = frame.contentDocument!.getElementById('t')!.shadowRoot!;
    expect(root.querySelector('[role=alert]') === null).to.be.true;
    expect(root.querySelector('h2')!.textContent).to.contain('Cashiers');
    expect(root.querySelector('.match')!.textContent!.replace(/\s+/g, ' ')).to.contain('matched to “Checkout Clerk”');
  });

  it('on a lang="de" page with only the script tag, shows German words (loaded from beside the bundle)', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/pages/bundle-de.html" style="width:800px;height:600px"></iframe>`,
    );
    await waitUntil(() => frame.contentDocument?.getElementById('a')?.shadowRoot?.querySelector('h2'), 'bundle card renders', {
      timeout: 8000,
    });
    const root = frame.contentDocument!.getElementById('a')!.shadowRoot!;
    expect(root.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Wird KI Data Scientists ersetzen?');
    const chunks = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'));
    expect(chunks.filter((p) => /^\/dist\/ai-risk-card-de-[\w-]+\.js$/.test(p)).length, chunks.join()).to.equal(1);
    expect(
      chunks.some((p) => p.includes('lookup')),
      'a card with a code loads no lookup chunk',
    ).to.equal(false);
    expect(
      chunks.some((p) => p.includes('mini')),
      'a page without mini cards loads no mini chunk',
    ).to.equal(false);
  });

  it('a mini card loads its chunk from beside the bundle, then opens the full card in its dialog', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/pages/bundle-mini.html" style="width:400px;height:600px"></iframe>`,
    );
    await waitUntil(
      () => frame.contentDocument?.getElementById('m')?.shadowRoot?.querySelector('button.mini'),
      'mini line renders',
      {
        timeout: 8000,
      },
    );
    const card = frame.contentDocument!.getElementById('m')!;
    const root = card.shadowRoot!;
    expect(card.getBoundingClientRect().height).to.be.at.most(64);
    // Styled by the chunk's sheet: the score badge has the level's colour behind it.
    expect(frame.contentWindow!.getComputedStyle(root.querySelector('.mini-score')!).backgroundColor).to.not.equal(
      'rgba(0, 0, 0, 0)',
    );
    root.querySelector<HTMLElement>('button.mini')!.click();
    await waitUntil(() => root.querySelector('dialog')?.open, 'dialog opens', { timeout: 3000 });
    expect(root.querySelector('dialog h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Will AI replace Data Scientists?',
    );
    const chunks = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'));
    expect(chunks.filter((p) => /^\/dist\/ai-risk-card-mini-[\w-]+\.js$/.test(p)).length, chunks.join()).to.equal(1);
    root.querySelector('dialog')!.close();
  });
});
