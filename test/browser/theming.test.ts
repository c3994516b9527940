import { expect } from '@open-wc/testing';
import { $, cardWith, fullDoc } from './helpers.js';

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string) {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('theming', () => {
  it('public custom properties change computed styles', async () => {
    const el = await cardWith(await fullDoc());
    el.style.setProperty('--ai-risk-card-accent', 'rgb(1, 2, 3)');
    el.style.setProperty('--ai-risk-card-level-very-high', 'rgb(4, 5, 6)');
    el.style.setProperty('--ai-risk-card-background', 'rgb(7, 8, 9)');
    el.style.setProperty('--ai-risk-card-radius', '3px');
    el.style.setProperty('--ai-risk-card-font-family', 'monospace');
    expect(getComputedStyle($(el, '[part=sources] a')!).color).to.equal('rgb(1, 2, 3)');
    // The level colour is the gauge's arc; the level word stays in text colour.
    expect(getComputedStyle($(el, '.arc')!).stroke).to.equal('rgb(4, 5, 6)');
    const card = $(el, '[part=card]')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(card).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(card).fontFamily).to.equal('monospace');
  });

  it('inherits the page font by default', async () => {
    const el = await cardWith(await fullDoc());
    el.parentElement!.style.fontFamily = 'serif';
    expect(getComputedStyle($(el, 'h2')!).fontFamily).to.equal('serif');
  });

  it('has a light and a dark theme: dark text on a light card, light text on a dark one', async () => {
    const el = await cardWith(await fullDoc(), { theme: 'light' });
    const colours = () => {
      const card = getComputedStyle($(el, '[part=card]')!);
      return { bg: luminance(card.backgroundColor), fg: luminance(getComputedStyle($(el, 'h2')!).color) };
    };
    const light = colours();
    expect(light.bg, 'light background vs text').to.be.greaterThan(light.fg);
    el.theme = 'dark';
    await el.updateComplete;
    const dark = colours();
    expect(dark.bg, 'dark background vs text').to.be.lessThan(dark.fg);
    expect(dark.bg).to.be.lessThan(light.bg);
  });
});
