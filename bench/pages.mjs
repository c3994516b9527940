// HTML of the benchmark pages. Every variant of the job board shares the same layout and the same
// in-page harness, so the only difference between them is how a card gets onto the page.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Invented companies and places for the listings' text; only the cards are measured. */
const COMPANIES = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Litware',
  'Adatum',
  'Proseware',
  'Wingtip',
  'Lucerne',
  'Fourth Coffee',
];
const PLACES = [
  'Austin, TX',
  'Denver, CO',
  'Remote (US)',
  'Columbus, OH',
  'Raleigh, NC',
  'Portland, OR',
  'Chicago, IL',
  'Phoenix, AZ',
];

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${extra}`;

const BOARD_CSS = `<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1d23; background: #f6f7f9; }
  main { max-width: 760px; margin: 0 auto; padding: 16px; }
  .listing { margin: 0 0 24px; padding: 16px; background: #fff; border: 1px solid #dde1e8; border-radius: 8px; }
  .listing h2 { margin: 0; font-size: 18px; }
  .listing p { margin: 0 0 12px; color: #5b6270; }
  iframe.bench-card { display: block; border: 0; max-width: 100%; }
</style>`;

/**
 * In-page harness, inlined first in <head> so it runs before any card is parsed. Each animation
 * frame it checks whether every card intersecting the viewport has rendered (an h2, or a mini
 * card's line, in its shadow root; for an iframe, in its card's shadow root); times are performance.now(), i.e. ms
 * since navigation start. Once the first viewport is done it scrolls one viewport per frame (a
 * fast fling) and, at the bottom, jumps to any card still waiting. "total" is when the page is
 * scrolled to the bottom and every card has rendered: the same fling for every variant, so the
 * static page's total is the cost of the fling itself (the floor), not a parse time.
 */
const boardHarness = (n) => `<script>
(() => {
  const b = (window.__bench = { firstViewport: null, total: null, defined: null, errors: [] });
  b.done = new Promise((resolve) => (b.resolve = resolve));
  addEventListener('ai-risk-card-error', (e) => b.errors.push(e.detail));
  customElements.whenDefined('ai-risk-card').then(() => (b.defined = performance.now()));
  const rendered = (el) => {
    const host = el.localName === 'iframe' ? el.contentDocument && el.contentDocument.querySelector('ai-risk-card') : el;
    // A card's title, or a mini card's line (variant="mini" shows no title until opened).
    return !!(host && host.shadowRoot && host.shadowRoot.querySelector('h2, [part~=mini]'));
  };
  const cards = document.getElementsByClassName('bench-card');
  // Pre-rendered cards: when the script has taken over the last one (Lit's first render; lazy
  // cards are taken over as they near the viewport).
  const hydrate = () =>
    cards.length === ${n} && [...cards].every((c) => c.hasUpdated) ? (b.hydrated = performance.now()) : requestAnimationFrame(hydrate);
  customElements.whenDefined('ai-risk-card').then(() => requestAnimationFrame(hydrate));
  b.count = () => [...cards].filter(rendered).length;
  // Where the first-viewport time went (for results.json): parse, script, first data.
  b.breakdown = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const end = (part) => Math.min(...res.filter((r) => r.name.includes(part)).map((r) => r.responseEnd));
    return {
      domContentLoaded: nav && nav.domContentLoadedEventEnd,
      scriptLoaded: end('/ai-risk-card.js'),
      defined: b.defined,
      firstOccupationLoaded: end('/v1/occupations/'),
      firstViewport: b.firstViewport,
    };
  };
  const tick = () => {
    const vh = innerHeight;
    if (b.firstViewport == null && cards.length) {
      // Cards are in document order: once one starts below the fold, the viewport is fully parsed.
      const parsed = document.readyState !== 'loading' || cards[cards.length - 1].getBoundingClientRect().top >= vh;
      let seen = 0;
      let ok = parsed;
      for (const el of cards) {
        if (!ok) break;
        const r = el.getBoundingClientRect();
        if (r.top >= vh) break;
        if (r.bottom > 0) (seen++, (ok = rendered(el)));
      }
      if (ok && seen) b.firstViewport = performance.now();
    }
    if (b.firstViewport != null) {
      const se = document.scrollingElement;
      const bottom = se.scrollTop + vh >= se.scrollHeight - 1;
      const waiting = [...cards].find((el) => !rendered(el));
      if (bottom && !waiting && cards.length === ${n} && document.readyState !== 'loading') {
        b.total = performance.now();
        return b.resolve();
      }
      if (!bottom) scrollBy(0, vh);
      else if (waiting) waiting.scrollIntoView();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
</script>`;

/** The listing around each card: identical in every variant. */
function board(title, cards, scriptTag = '') {
  const items = cards
    .map(
      (card, i) => `<section class="listing">
<h2>${esc(card.title)}</h2>
<p>${COMPANIES[i % COMPANIES.length]} · ${PLACES[i % PLACES.length]} · demo listing ${i + 1}</p>
${card.html}
</section>`,
    )
    .join('\n');
  return `${head(title, BOARD_CSS + boardHarness(cards.length) + scriptTag)}
</head>
<body>
<main>
<h1>${esc(title)}</h1>
${items}
</main>
</body>
</html>
`;
}

/** `<ai-risk-card>` with the bundle: what we ship (lazy by default). */
export const boardCards = (slots, { variant }) =>
  board(
    'Jobs (ai-risk-card)',
    slots.map((o) => ({
      title: o.title,
      html: `<ai-risk-card class="bench-card" occupation="${esc(o.code)}" data-source="/data/" variant="${esc(variant)}"></ai-risk-card>`,
    })),
    '<script type="module" src="/ai-risk-card.js"></script>',
  );

/**
 * The floor: the same cards as pre-rendered HTML, no script. Declarative shadow DOM with the
 * card's own stylesheet inside, so the markup and CSS are exactly what the element renders.
 * `rendered` maps a code to { html, css, attrs } captured from a live card.
 */
export const boardStatic = (slots, rendered) =>
  board(
    'Jobs (static HTML)',
    slots.map((o) => {
      const r = rendered.get(o.code);
      return {
        title: o.title,
        html: `<div class="bench-card" ${r.attrs}><template shadowrootmode="open"><style>${r.css}</style>${r.html}</template></div>`,
      };
    }),
  );

/**
 * The same cards pre-rendered by renderCard (declarative shadow DOM, the document inline) with the
 * bundle, which takes each over without a request. `markup` maps a code to renderCard's output.
 */
export const boardPrerendered = (slots, markup) =>
  board(
    'Jobs (pre-rendered, with the script)',
    slots.map((o) => ({
      title: o.title,
      html: markup.get(o.code).replace(/^<ai-risk-card /, '<ai-risk-card class="bench-card" '),
    })),
    '<script type="module" src="/ai-risk-card.js"></script>',
  );

/** One iframe per card, how most embeds work: sized like the card, lazy like real embeds. */
export const boardIframes = (slots, rendered) =>
  board(
    'Jobs (iframes)',
    slots.map((o) => {
      const { width, height } = rendered.get(o.code);
      return {
        title: o.title,
        html: `<iframe class="bench-card" loading="lazy" title="AI exposure: ${esc(o.title)}" src="/embed/${esc(o.code)}.html" width="${width}" height="${height}"></iframe>`,
      };
    }),
  );

/** The page inside each iframe: the script and one eager card. */
export const embed = (code, { variant }) => `${head('ai-risk-card embed')}
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }</style>
<script type="module" src="/ai-risk-card.js"></script>
</head>
<body>
<ai-risk-card occupation="${esc(code)}" data-source="/data/" variant="${esc(variant)}" loading="eager"></ai-risk-card>
</body>
</html>
`;

/**
 * Renders each distinct card once (eager, same column width as the board) so the bench can copy
 * its markup, stylesheet and size into the static and iframe variants.
 */
export const prep = (codes, { variant }) => `${head('bench prep', BOARD_CSS)}
<script type="module" src="/ai-risk-card.js"></script>
</head>
<body>
<main>
${codes.map((c) => `<section class="listing"><ai-risk-card occupation="${esc(c)}" data-source="/data/" variant="${esc(variant)}" loading="eager"></ai-risk-card></section>`).join('\n')}
</main>
</body>
</html>
`;

const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.',
  'Curabitur pretium tincidunt lacus. Nulla gravida orci a odio. Nullam varius, turpis et commodo pharetra, est eros bibendum elit, nec luctus magna felis sollicitudin mauris. Integer in mauris eu nibh euismod gravida.',
  'Praesent dapibus, neque id cursus faucibus, tortor neque egestas augue, eu vulputate magna eros eu erat. Aliquam erat volutpat. Nam dui mi, tincidunt quis, accumsan porttitor, facilisis luctus, metus.',
];
const paragraphs = (n) => Array.from({ length: n }, (_, i) => `<p>${LOREM[i % LOREM.length]}</p>`).join('\n');

/**
 * A blog article with one full card in the middle. The harness sums layout-shift entries (not
 * caused by input) from the start of the load, buffered, until the bench reads them.
 */
export const blog = (code) => `${head(
  'Career planning in the age of AI (bench)',
  `<style>
  body { margin: 0; font: 18px/1.7 Georgia, serif; color: #1a1d23; }
  article { max-width: 720px; margin: 0 auto; padding: 24px 16px; }
</style>
<script>
(() => {
  const b = (window.__bench = { cls: 0, shifts: [], loaded: null, error: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      b.shifts.push({ at: Math.round(e.startTime), value: e.value, nodes: e.sources.map((s) => s.node && (s.node.localName || s.node.nodeName)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('ai-risk-card-load', () => (b.loaded = performance.now()));
  addEventListener('ai-risk-card-error', (e) => (b.error = e.detail));
})();
</script>
<script type="module" src="/ai-risk-card.js"></script>`,
)}
</head>
<body>
<article>
<h1>Career planning in the age of AI</h1>
${paragraphs(8)}
<ai-risk-card id="card" occupation="${esc(code)}" data-source="/data/"></ai-risk-card>
${paragraphs(8)}
</article>
</body>
</html>
`;

/**
 * Mount and remove cards from script with `data` set (no network while measuring). `mountRemove`
 * renders `total` cards in batches, checks each rendered, and removes them.
 */
export const heap = (code) => `${head('bench heap')}
<script type="module">
import '/ai-risk-card.js';
window.__heap = {
  async fetchDoc() {
    window.__doc = await (await fetch('/data/v1/occupations/${esc(code)}.json')).json();
  },
  async mountRemove(total, batch) {
    const box = document.getElementById('box');
    for (let i = 0; i < total; i += batch) {
      let cards = [];
      for (let j = 0; j < batch && i + j < total; j++) {
        const c = document.createElement('ai-risk-card');
        c.data = window.__doc;
        cards.push(c);
      }
      box.append(...cards);
      await Promise.all(cards.map((c) => c.updateComplete));
      const bad = cards.filter((c) => !c.shadowRoot || !c.shadowRoot.querySelector('h2')).length;
      if (bad) throw new Error(bad + ' of ' + cards.length + ' cards did not render');
      for (const c of cards) c.remove();
      cards = null;
    }
  },
};
</script>
</head>
<body><div id="box"></div></body>
</html>
`;
