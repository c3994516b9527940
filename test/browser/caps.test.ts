import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/data/load.js';
import { $, DATA, fetchedCard, text } from './helpers.js';

/**
 * Each kind of data file has its own size cap (src/data/load.ts LIMITS): a bigger file is
 * refused as invalid-data naming the file and the cap, never truncated. The fixture data is
 * served with one file padded by trailing spaces (the same JSON).
 */
const padded = (file: string, bytes: number) => `/mock/pad/${file}/${bytes}${DATA}`;

describe('size caps per kind of file', () => {
  it('a job-title card matches through index files just under their cap', async () => {
    const { el, event } = await fetchedCard({
      'job-title': 'Machine Learning Scientist',
      'data-source': padded('index.json', LIMITS.lookup - 10),
    });
    expect(event.type, event.detail?.message).to.equal('ai-risk-card-load');
    expect(text($(el, 'h2'))).to.contain('Data Scientists');
  });

  it('refuses a job-title index file over its cap, naming the file and the cap', async () => {
    const { el, event } = await fetchedCard({
      'job-title': 'Machine Learning Scientist',
      'data-source': padded('index.json', LIMITS.lookup + 10),
    });
    expect(event.type).to.equal('ai-risk-card-error');
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal(
      `v1/lookup/index.json is larger than ${LIMITS.lookup / (1 << 20)} MB, the most a card accepts.`,
    );
    expect(text($(el, '[role=alert]'))).to.contain('larger than');
  });

  it('refuses an occupation document over its cap', async () => {
    const { event } = await fetchedCard({
      occupation: '15-2051.00',
      'data-source': padded('15-2051.00.json', LIMITS.occupation + 10),
    });
    expect(event.type).to.equal('ai-risk-card-error');
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal(
      `The document is larger than ${LIMITS.occupation / (1 << 20)} MB, the most a card accepts.`,
    );
  });
});
