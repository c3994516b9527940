import { expect } from '@open-wc/testing';
import { $, cardWith, fullDoc } from '../helpers.js';
import { resetOs, underOs } from './os.js';

describe('forced colours (Windows high contrast)', () => {
  afterEach(resetOs);

  it('keep the task bars visible', async function () {
    if (!(await underOs([{ name: 'forced-colors', value: 'active' }]))) {
      // WebKitGTK has no forced-colours mode to turn on, at runtime or at launch.
      this.skip();
    }
    const el = await cardWith(await fullDoc());
    const fill = getComputedStyle($(el, '.task-btn .fill')!);
    expect(fill.forcedColorAdjust).to.equal('none');
    expect(fill.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, '.task-btn .bar')!).borderTopStyle).to.equal('solid');
  });
});
