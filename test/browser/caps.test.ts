import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/data/load.js';
import { $, DATA, fetchedCard, text } from './helpers.js';

/**
 * Each kind of data file has its own size cap (src/data/load.ts LIMITS). The real
 * v1/titles.json is 2.9 MB (44,121 titles), so a job-title lookup must accept a titles file far
 * over the 1 MiB cap of an occupation document, and still refuse one over its own cap.
 * The fixture data served with v1/titles.json padded by trailing spaces (the same JSON).
 */
const padded = (bytes: number) => `/mock/pad/titles.json/${bytes}${DATA}`;

describe('size caps per kind of file', () => {
  it('states a cap for each kind, with titles above the real 2.9 MB file', () => {
    expect(LIMITS.occupation).to.equal(1 << 20);
    expect(LIMITS.index).to.equal(1 << 20);
    expect(LIMITS.titles).to.be.above(2_900_000);
  });

  it('a job-title card matches through a 3 MB titles file (the real one is 2.9 MB)', async () => {
    const { el, event } = await fetchedCard({ 'job-title': 'Machine Learning Scientist', 'data-source': padded(3_000_000) });
    expect(event.type, event.detail?.message).to.equal('ai-risk-card-load');
    expect(text($(el, 'h2'))).to.contain('Data Scientists');
  });

  it('refuses a titles file over its cap, naming the file and the cap', async () => {
    const { el, event } = await fetchedCard({ 'job-title': 'Machine Learning Scientist', 'data-source': padded(LIMITS.titles + 10) });
    expect(event.type).to.equal('ai-risk-card-error');
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal('v1/titles.json is larger than 8 MB, the most a card accepts.');
    expect(text($(el, '[role=alert]'))).to.contain('larger than 8 MB');
  });
});
