import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Occupation } from '../../src/data/contract.js';
import { $, $$, cardWith, DATA, fetchedCard, fullDoc, minimalDoc, text } from './helpers.js';

/** The full fixture with the method-1.1 career fields. */
async function careerDoc(): Promise<Occupation> {
  return {
    ...(await fullDoc()),
    blsGroup: { code: '15-2051', title: 'Data scientists', occupations: 3 },
    entry: { education: "Bachelor's degree", experience: 'None', training: 'None', source: 'BLS Employment Projections 2024–34' },
    openings: { annual: 23400, period: '2024–34' },
    jobZone: { zone: 4, label: 'Considerable preparation needed' },
    related: [
      { code: '41-2011.00', title: 'Cashiers', slug: 'cashiers', score: 31, level: 'moderate' },
      { code: '15-2041.00', title: 'Statisticians', slug: 'statisticians', score: 67, level: 'very-high' },
    ],
  };
}

describe('career sections', () => {
  it('shows entry requirements, openings and Job Zone', async () => {
    const el = await cardWith(await careerDoc());
    const facts = $$(el, '.sec-entry .facts > div').map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
    expect(text($(el, '.sec-entry h3'))).to.equal('How people get this job');
    expect(facts).to.deep.equal([
      "Typical entry education: Bachelor's degree",
      'Work experience in a related job: None',
      'On-the-job training: None',
      'O*NET Job Zone: 4 of 5 (Considerable preparation needed)',
      'Openings per year: 23,400 on average, 2024–34',
    ]);
  });

  it('lists related jobs with their exposure, switching the card without related-href', async () => {
    const el = await cardWith(await careerDoc(), { 'data-source': DATA, loading: 'eager' });
    expect(text($(el, '.sec-related h3'))).to.equal('Related jobs and their exposure');
    expect($$(el, '.related li').map(text)).to.deep.equal(['Cashiers 31/100, moderate', 'Statisticians 67/100, very high']);
    const loaded = oneEvent(el, 'ai-risk-card-load');
    ($(el, '.related button') as HTMLButtonElement).click();
    await loaded;
    await el.updateComplete;
    expect(el.occupation).to.equal('41-2011.00');
    expect(text($(el, 'h2'))).to.equal('Will AI replace Cashiers?');
    // The button that had focus is gone: focus moves to the new title, not to <body>.
    expect(el.shadowRoot!.activeElement === $(el, 'h2')).to.equal(true);
  });

  it('links related jobs through the related-href template, refusing script URLs', async () => {
    const el = await cardWith(await careerDoc(), { 'related-href': '/careers/{slug}?soc={code}' });
    const links = $$(el, '.related a') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/careers/cashiers?soc=41-2011.00',
      '/careers/statisticians?soc=15-2041.00',
    ]);
    el.relatedHref = 'javascript:alert({code})';
    await el.updateComplete;
    expect($$(el, '.related a')).to.have.length(0);
    expect($$(el, '.related button')).to.have.length(2);
  });

  it('labels group figures as the group’s, in the compact variant too', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await cardWith(await careerDoc(), { variant });
      expect(text($(el, '.group-note')), variant).to.contain('whole BLS group “Data scientists” (SOC 15-2051)');
    }
    const residual = await careerDoc();
    residual.blsGroup = { code: '11-9199', title: 'Managers, all other', residual: true };
    const el = await cardWith(residual, { variant: 'compact' });
    expect(text($(el, '.group-note')))
      .to.contain('residual group “Managers, all other”')
      .and.contain('not for this occupation alone');
  });

  it('states the one definition of "Tasks AI can do" under the task summary that counts them', async () => {
    const el = await cardWith(await careerDoc());
    expect(text($(el, '.tile'))).to.contain('Tasks AI can do');
    expect(text($(el, '.task-summary .intro'))).to.contain('Counted when GPT-4 and human raters both see exposure');
  });

  it('is absent cleanly when the document has none of it', async () => {
    const el = await cardWith(minimalDoc());
    await waitUntil(() => $(el, 'h2'));
    for (const sel of ['.sec-entry', '.sec-related', '.group-note']) expect($(el, sel), sel).to.equal(null);
    const full = await cardWith(await fullDoc());
    for (const sel of ['.sec-entry', '.sec-related', '.group-note']) expect($(full, sel), sel).to.equal(null);
  });

  it('passes axe in the full and the compact variant', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await cardWith(await careerDoc(), { variant });
      await expect(el).to.be.accessible();
    }
  });

  it('hides them when `sections` leaves them out', async () => {
    const el = await cardWith(await careerDoc(), { sections: 'gauge,stats' });
    expect($(el, '.sec-entry')).to.equal(null);
    expect($(el, '.sec-related')).to.equal(null);
  });
});

describe('occupations O*NET does not have', () => {
  it('loads a composite by its publisher id and by job title', async () => {
    for (const attrs of [{ occupation: 'ai-ml-engineers' }, { 'job-title': 'AI/ML Engineer' }] as Record<string, string>[]) {
      const { el, event } = await fetchedCard({ ...attrs, 'data-source': DATA, loading: 'eager' });
      expect(event.type, JSON.stringify(attrs)).to.equal('ai-risk-card-load');
      expect(text($(el, 'h2'))).to.equal('Will AI replace AI/ML Engineers?');
      // A publisher id is not called an O*NET-SOC code.
      expect(text($(el, '[part=header] .meta')))
        .to.contain('ai-ml-engineers')
        .and.not.contain('O*NET-SOC');
      expect(text($(el, '.sec-signals'))).to.contain('composite occupation');
    }
  });

  it('renders a hand-written document with a publisher id from `data`', async () => {
    const doc = { ...minimalDoc(), occupation: { code: 'prompt-writers', title: 'Prompt Writers', slug: 'prompt-writers' } };
    const el = await cardWith(doc);
    expect(text($(el, 'h2'))).to.equal('Will AI replace Prompt Writers?');
    const bad = await cardWith({ ...doc, occupation: { ...doc.occupation, code: 'Prompt Writers' } });
    expect($(bad, 'h2')).to.equal(null);
  });
});
