import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, cardWith, fullDoc } from './helpers.js';

/**
 * Host pages we do not control style everything. Outer rules beat :host rules, and inherited
 * properties cross the shadow boundary, so the card must pin what it depends on inside.
 */
const HOSTILE = `
  * { all: revert; }
  div { display: inline !important; }
  body, * {
    line-height: 0 !important; letter-spacing: 12px !important; word-spacing: 40px !important;
    text-align: right !important; text-transform: uppercase !important; white-space: pre !important;
    text-indent: -999px !important; font-style: italic !important; font-weight: 900 !important;
    visibility: hidden !important; text-shadow: 0 0 4px red !important; cursor: wait !important;
  }
  ai-risk-card { display: inline; max-width: none; }
`;

function addSheet(cssText: string) {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

async function addLink(href: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((r) => (link.onload = r));
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** What must hold whatever the page's CSS: readable text, a real gauge, bars inside the card. */
async function expectIntact(el: HTMLElement) {
  const card = $(el, '[part=card]')!;
  const cs = getComputedStyle(card);
  expect(cs.display).to.equal('block');
  expect(cs.visibility).to.equal('visible');
  expect(parseFloat(cs.lineHeight)).to.be.greaterThan(10);
  expect(cs.letterSpacing).to.equal('normal');
  expect(cs.textTransform).to.equal('none');
  expect(cs.whiteSpace).to.equal('normal');
  expect(cs.textIndent).to.equal('0px');
  const h2 = $(el, 'h2')!;
  expect(h2.getBoundingClientRect().height).to.be.within(15, 120);
  expect(getComputedStyle($(el, '.stats')!).display).to.equal('flex');
  // The four tiles stay one row (two pairs side by side) at 720px, whatever the page's CSS.
  const tops = $$(el, '.tile').map((t) => Math.round(t.getBoundingClientRect().top));
  if (card.getBoundingClientRect().width >= 700) expect(new Set(tops).size).to.equal(1);
  const box = card.getBoundingClientRect();
  for (const bar of $$(el, '.task-btn .bar')) {
    const r = bar.getBoundingClientRect();
    expect(r.width).to.be.greaterThan(50);
    expect(r.left).to.be.at.least(box.left);
    expect(r.right).to.be.at.most(box.right);
  }
  expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
}

describe('hostile host CSS', () => {
  it('aggressive global rules leave the rendering intact', async () => {
    const remove = addSheet(HOSTILE);
    try {
      const el = await cardWith(await fullDoc());
      await expectIntact(el);
    } finally {
      remove();
    }
  });

  it('Bootstrap 5 on the page leaves the rendering intact', async () => {
    const remove = await addLink('/node_modules/bootstrap/dist/css/bootstrap.min.css');
    try {
      const host = await fixture<HTMLDivElement>(
        html`<div class="container"><div class="row"><div class="col-6"></div></div></div>`,
      );
      const el = await cardWith(await fullDoc());
      host.querySelector('.col-6')!.append(el);
      await el.updateComplete;
      await expectIntact(el);
    } finally {
      remove();
    }
  });
});
