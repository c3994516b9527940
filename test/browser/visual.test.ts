import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/i18n/es.js';
import { cardWith, fullDoc } from './helpers.js';

/**
 * Visual regression against committed baselines, one set per engine (test/visual/<browser>/baseline). A change that
 * moves more than 0.5% of a card's pixels fails; failed shots land in test/visual/…/failed.
 */
describe('visual regression', function () {
  this.timeout(30000);
  const shoot = async (name: string, attrs: Record<string, string> = {}, style = '') => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="width:720px;font:16px/1.4 'DejaVu Sans', sans-serif;padding:8px;background:#fff"></div>`,
    );
    const el = await cardWith(await fullDoc(), attrs);
    if (style) el.setAttribute('style', style);
    host.append(el);
    await el.updateComplete;
    await document.fonts.ready;
    await visualDiff(el, name);
  };

  it('light', () => shoot('light', { theme: 'light' }));
  it('dark', () => shoot('dark', { theme: 'dark' }));
  it('compact', () => shoot('compact', { theme: 'light', variant: 'compact' }));
  it('rtl', () => shoot('rtl', { theme: 'light', dir: 'rtl', lang: 'es' }));
  it('custom theme', () =>
    shoot(
      'custom',
      { theme: 'light' },
      '--ai-risk-card-accent:#7c3aed;--ai-risk-card-radius:0;--ai-risk-card-border-color:#7c3aed;--ai-risk-card-background:#faf7ff;--ai-risk-card-level-very-high:#6d28d9',
    ));
  it('the host page font size scales the card (200% zoom stays inside 360px)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:360px;font-size:200%"></div>`);
    const el = await cardWith(await fullDoc());
    host.append(el);
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
    expect(card.getBoundingClientRect().width).to.be.at.most(360.5);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });
});
