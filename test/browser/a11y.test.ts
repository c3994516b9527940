import { expect } from '@open-wc/testing';
import { $, cardWith, fetchedCard, fullDoc } from './helpers.js';

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
});
