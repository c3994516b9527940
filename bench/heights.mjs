// Card heights over every document of the data API: the full card at 720px and on a 390px phone,
// the compact card at 480px. Cards are rendered in batches on one page (the bundle as shipped,
// each card in a box of the given width), measured after their load event, then removed.

const BATCH = 60;

const page = (width) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:0}.box{width:${width}px}</style></head><body><div id="host"></div>
<script type="module" src="/ai-risk-card.js"></script></body></html>`;

/** Min, median and max of a list of numbers (rounded to whole px). */
export function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, min: Math.round(s[0]), median: Math.round(mid), max: Math.round(s.at(-1)) };
}

/** The layouts measured: [name, viewport width, box width, variant]. */
export const LAYOUTS = [
  ['full, 720 px', 1280, 720, 'full'],
  ['full, 390 px phone', 390, 390, 'full'],
  ['compact, 480 px', 1280, 480, 'compact'],
];

/**
 * Renders every code in `codes` in each layout; returns { [layout]: { n, min, median, max,
 * maxCode } }. `path` is where the page is served (the server must have it in its page map).
 */
export async function measureHeights(browser, base, path, codes, { timeout = 60_000 } = {}) {
  const out = {};
  for (const [name, viewport, width, variant] of LAYOUTS) {
    const p = await browser.newPage();
    await p.setViewport({ width: viewport, height: 900 });
    await p.goto(`${base}${path}?w=${width}`, { waitUntil: 'load' });
    await p.evaluate((w) => {
      document.querySelector('style').textContent = `body{margin:0}.box{width:${w}px}`;
    }, width);
    await p.waitForFunction(() => customElements.get('ai-risk-card'), { timeout });
    const heights = [];
    for (let i = 0; i < codes.length; i += BATCH) {
      const batch = codes.slice(i, i + BATCH);
      const got = await p.evaluate(
        async (batch, variant, timeout) => {
          const host = document.getElementById('host');
          host.textContent = '';
          const cards = batch.map((code) => {
            const box = document.createElement('div');
            box.className = 'box';
            const el = document.createElement('ai-risk-card');
            Object.assign(el, { occupation: code, loading: 'eager', variant, dataSource: '/data/' });
            box.append(el);
            host.append(box);
            return new Promise((resolve, reject) => {
              const t = setTimeout(() => reject(new Error(`${code}: no load event in ${timeout} ms`)), timeout);
              el.addEventListener('ai-risk-card-load', () => (clearTimeout(t), resolve(el)), { once: true });
              el.addEventListener(
                'ai-risk-card-error',
                (e) => (clearTimeout(t), reject(new Error(`${code}: ${e.detail.message}`))),
                {
                  once: true,
                },
              );
            });
          });
          const els = await Promise.all(cards);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return els.map((el) => el.getBoundingClientRect().height);
        },
        batch,
        variant,
        timeout,
      );
      got.forEach((h, j) => heights.push([h, batch[j]]));
    }
    await p.close();
    const s = spread(heights.map(([h]) => h));
    out[name] = { ...s, maxCode: heights.reduce((a, b) => (b[0] > a[0] ? b : a))[1], width, variant };
  }
  return out;
}

export const heightsPage = page;
