/**
 * Cards pre-rendered by renderCard (src/ssr.ts; served by test/ssr-plugin.mjs), on a page first
 * without the script, then with it. Without: the whole card is there and readable, FAQ and source
 * disclosures open natively. With: the bundle takes each card over without requesting its
 * document, nothing moves (layout-shift entries where the engine reports them; every element's
 * box in every engine), the pixels are the same before and after (visual suite), the markup is the
 * one the browser renders itself, and every interaction works.
 *
 * This file does not import the element until the "with the script" part: the page starts as a
 * reader without scripts sees it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { AiRiskCard } from '../../src/ai-risk-card.js';

const STYLE = "width:720px;font:16px/1.4 'DejaVu Sans', sans-serif;padding:8px;background:#fff";
const cards: Record<string, AiRiskCard> = {};
const seen: Record<string, { dom: string; boxes: Boxes }> = {};
const shifts: number[] = [];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const documentRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('15-2051.00.json')).length;

/** Put pre-rendered markup on the page the way the HTML parser does (declarative shadow roots included). */
async function place(name: string) {
  const markup = await (await fetch(`/ssr/${name}.html`)).text();
  const host = document.createElement('div');
  host.setAttribute('style', STYLE);
  document.body.append(host);
  (host as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(markup);
  return (cards[name] = host.querySelector('ai-risk-card') as AiRiskCard);
}

/**
 * The shadow root as a reader and assistive tech get it: elements with their attributes (sorted;
 * style declarations without spaces), and their text with whitespace collapsed. Comments and the
 * <style> sheets (adopted in the browser, inline on the server: the same CSS) are left out.
 */
function dom(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return (n.textContent ?? '').replace(/\s+/g, ' ');
  if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const e = n as Element;
  if (e.localName === 'style') return '';
  const kids = [...n.childNodes].map(dom).join('').replace(/\s+/g, ' ');
  if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return kids.trim();
  const attrs = [...e.attributes]
    .map((a) => `${a.name}="${a.name === 'style' ? a.value.replace(/[\s;]+/g, '') : a.value}"`)
    .sort()
    .join(' ');
  return `<${e.localName} ${attrs}>${kids.trim()}</${e.localName}>`;
}
/** Every element's box, relative to the card (the page scrolls between the two readings). */
const boxes = (el: Element) => {
  const o = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((e) => e.localName !== 'style')
    .map((e) => {
      const r = e.getBoundingClientRect();
      // display: none sits at the viewport's origin, wherever the page is scrolled
      const box = !r.width && !r.height ? [] : [r.x - o.x, r.y - o.y, r.width, r.height];
      return { name: `${e.localName}#${e.id}`, box };
    });
};
type Boxes = ReturnType<typeof boxes>;
/** Boxes that moved by half a pixel or more (engines place a subpixel box a hair apart after a scroll). */
const moved = (a: Boxes, b: Boxes) =>
  a.length !== b.length
    ? [`${a.length} elements, then ${b.length}`]
    : a.flatMap((x, i) =>
        x.name !== b[i].name || x.box.length !== b[i].box.length || x.box.some((v, j) => Math.abs(v - b[i].box[j]) >= 0.5)
          ? [`${x.name} ${x.box.map((v) => v.toFixed(1))} → ${b[i].name} ${b[i].box.map((v) => v.toFixed(1))}`]
          : [],
      );

describe('pre-rendered card, page without the script', () => {
  before(async () => {
    if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)),
      ).observe({
        type: 'layout-shift',
        buffered: true,
      });
    for (const name of ['full', 'compact', 'es', 'fetching']) await place(name);
    await document.fonts.ready;
    await frame();
  });

  it('shows the whole card: title, gauge, every section, the sources; nothing is an upgraded element', () => {
    expect(customElements.get('ai-risk-card')).to.equal(undefined);
    const el = cards.full;
    expect(el.shadowRoot, 'a declarative shadow root').to.exist;
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect($(el, '[role=meter]')!.getAttribute('aria-valuenow')).to.match(/^\d+$/);
    expect($$(el, '[part=task]').length).to.be.greaterThan(3);
    // Bars have their widths (set by element directives in the browser, by style on the server).
    const fills = $$(el, '.task .fill');
    expect(fills.length).to.be.greaterThan(0);
    expect(
      fills
        .filter((b) => parseFloat(getComputedStyle(b).getPropertyValue('--v')) > 0)
        .every((b) => b.getBoundingClientRect().width > 0),
    ).to.equal(true);
    expect(text($(el, '[part=sources]'))).to.contain('O*NET');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(600);
    expect(text($(cards.es, 'h2'))).to.match(/^¿Reemplazará la IA a/);
    expect($(cards.es, 'h2')!.getAttribute('aria-level')).to.equal('3');
  });

  it('its FAQ and the compact sources open without script (native disclosures)', async () => {
    const fold = $(cards.full, 'details[part=faq]') as HTMLDetailsElement;
    fold.querySelector('summary')!.click();
    expect(fold.open).to.equal(true);
    const faq = fold.querySelector('details') as HTMLDetailsElement;
    faq.querySelector('summary')!.click();
    expect(faq.open).to.equal(true);
    faq.open = false;
    fold.open = false;
    const src = $(cards.compact, 'details[part=sources]') as HTMLDetailsElement;
    src.querySelector('summary')!.click();
    expect(src.open).to.equal(true);
    src.open = false;
    await frame();
  });

  it('looks as the browser draws it (visual baselines, before the script)', async () => {
    for (const name of ['full', 'compact']) {
      seen[name] = { dom: dom(cards[name].shadowRoot!), boxes: boxes(cards[name]) };
      await visualDiff(cards[name], `ssr-${name}`);
    }
    seen.es = { dom: dom(cards.es.shadowRoot!), boxes: boxes(cards.es) };
    seen.fetching = { dom: dom(cards.fetching.shadowRoot!), boxes: boxes(cards.fetching) };
  });
});

describe('pre-rendered card, then the script', function () {
  this.timeout(20000);
  const loads: string[] = [];

  const taken = (name: string) => cards[name].hasUpdated; // Lit's first render: the takeover
  let atStart: Record<string, { top: number; taken: boolean }> = {};
  before(async () => {
    document.addEventListener('ai-risk-card-load', (e) => loads.push((e.target as Element).id));
    for (const [name, el] of Object.entries(cards)) el.id = name;
    scrollTo(0, 0);
    await frame();
    await import('../../src/define.js');
    for (let i = 0; i < 20 && !taken('full'); i++) await new Promise((r) => setTimeout(r, 50));
    await frame();
    atStart = Object.fromEntries(
      Object.keys(cards).map((n) => [n, { top: cards[n].getBoundingClientRect().top, taken: taken(n) }]),
    );
    // Cards are lazy: each is taken over as it nears the viewport (the one without its document
    // inline fetches it first).
    for (const name of Object.keys(cards)) {
      cards[name].scrollIntoView();
      for (let i = 0; i < 100 && !taken(name); i++) await new Promise((r) => setTimeout(r, 50));
    }
    for (let i = 0; i < 20 && loads.length < 4; i++) await new Promise((r) => setTimeout(r, 50));
    await frame();
  });

  it('takes a lazy card over only as it nears the viewport', () => {
    const info = JSON.stringify(atStart);
    for (const b of Object.values(atStart)) {
      if (b.top < innerHeight) expect(b.taken, info).to.equal(true);
      if (b.top > innerHeight + 400) expect(b.taken, info).to.equal(false);
    }
    expect(
      Object.values(atStart).some((b) => !b.taken),
      info,
    ).to.equal(true);
  });

  it('takes every card over (a load event each) without requesting the documents carried inline', () => {
    expect(Object.keys(cards).filter(taken)).to.deep.equal(Object.keys(cards));
    expect([...loads].sort()).to.deep.equal(['compact', 'es', 'fetching', 'full']);
    // Only the card rendered with inlineData: false fetched its document, once.
    expect(documentRequests()).to.equal(1);
  });

  it('changes nothing a reader sees: the same markup as the browser renders, every box where it was, no layout shift', () => {
    for (const name of ['full', 'compact', 'es', 'fetching']) {
      expect(dom(cards[name].shadowRoot!), `${name}: markup`).to.equal(seen[name].dom);
      expect(moved(seen[name].boxes, boxes(cards[name])), `${name}: boxes`).to.deep.equal([]);
      expect($$(cards[name], 'style').length, `${name}: the inline sheets were replaced by adopted ones`).to.equal(0);
    }
    expect(
      shifts.reduce((a, b) => a + b, 0),
      'cumulative layout shift',
    ).to.equal(0);
  });

  it('the same pixels after the takeover', async () => {
    for (const name of ['full', 'compact']) await visualDiff(cards[name], `ssr-${name}`);
  });

  it('task details open on tap or click and close on Esc', async () => {
    const el = cards.full;
    const btn = $(el, '.task-btn')!;
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(btn.getAttribute('aria-controls')!))).to.contain('GPT-4');
    btn.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
  });

  it('"Show all" shows every task; the FAQ opens', async () => {
    const el = cards.full;
    const shown = $$(el, '[part=task]').length;
    const more = $$(el, 'button.more').find((b) => b.hasAttribute('aria-expanded'))!;
    more.click();
    await el.updateComplete;
    expect($$(el, '[part=task]').length).to.be.greaterThan(shown);
    const fold = $(el, 'details[part=faq]') as HTMLDetailsElement;
    fold.querySelector('summary')!.click();
    expect(fold.open).to.equal(true);
  });

  it('the compact card expands to the full card, still without a request', async () => {
    const el = cards.compact;
    const requests = documentRequests();
    $(el, 'button.more')!.click();
    await el.updateComplete;
    expect(el.variant).to.equal('full');
    expect($(el, '[part=faq]')).to.exist;
    expect(documentRequests()).to.equal(requests);
  });
});
