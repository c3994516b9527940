import { expect } from '@open-wc/testing';
import { $, cardWith, fullDoc } from '../helpers.js';
import { resetOs, underOs } from './os.js';

describe('a dark OS colour scheme', () => {
  afterEach(resetOs);

  it('theme="auto" (the default) follows it; theme="light" overrides it', async function () {
    // Firefox and WebKit cannot emulate it at runtime: there this runs in the instances the config
    // starts with a dark OS scheme (group os-dark), and skips in the others.
    if (!(await underOs([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    const bg = (el: Element) => getComputedStyle($(el, '[part=card]')!).backgroundColor;
    const auto = await cardWith(await fullDoc());
    const dark = await cardWith(await fullDoc(), { theme: 'dark' });
    const light = await cardWith(await fullDoc(), { theme: 'light' });
    expect(bg(dark)).not.to.equal(bg(light));
    expect(bg(auto)).to.equal(bg(dark));
    auto.theme = 'light';
    await auto.updateComplete;
    expect(bg(auto)).to.equal(bg(light));
  });
});
