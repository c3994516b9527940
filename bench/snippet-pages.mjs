// Pages that hold a snippet exactly as a user pastes it: the README's snippets (read from
// README.md, so the tests and the bench can never drift from what the README says) and the embed
// generator's output, in a blog post with the card in the first viewport. Pure string functions:
// used by `npm run bench` (Node) and by the browser tests (test/browser/snippet.test.ts, cdn.test.ts).

/** The public npm CDN the README's snippets load from; tests map it to a local server. */
export const PUBLIC_CDN = 'https://cdn.jsdelivr.net/npm/';

/**
 * A snippet of the README: `top` is the first ```html block (under the title); any other name is
 * the first ```html block after a `<!-- snippet:<name> … -->` comment.
 */
export function readmeSnippet(readme, name = 'top') {
  let from = 0;
  if (name !== 'top') {
    from = readme.search(new RegExp(`<!-- snippet:${name}[ -]`));
    if (from < 0) throw new Error(`README.md has no <!-- snippet:${name} … --> marker`);
  }
  const m = /```html\n([\s\S]*?)```/.exec(readme.slice(from));
  if (!m) throw new Error(`README.md has no html block for snippet "${name}"`);
  return m[1];
}

/** The snippet with the public CDN replaced by `base` (a local server at the same paths). */
export function onCdn(snippet, base) {
  if (!snippet.includes(PUBLIC_CDN)) throw new Error(`the snippet does not load from ${PUBLIC_CDN}`);
  return snippet.split(PUBLIC_CDN).join(base);
}

const P = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim.',
];

/**
 * A blog post: a heading, one paragraph, the snippet pasted as is (so the card starts in the first
 * viewport), then more text starting with `#after`. An inline script in <head>, before anything
 * else runs, records for every animation frame whether the element is defined, the page position
 * of `#after` and each card's height, and sums layout-shift entries where the browser has them
 * (Chromium). Cards' load and error events are counted.
 */
export function pastedBlog(snippet) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What AI means for my job (blog post)</title>
<style>
  body { margin: 0; font: 18px/1.7 Georgia, serif; color: #1a1d23; }
  article { max-width: 720px; margin: 0 auto; padding: 24px 16px; }
</style>
<script>
(() => {
  const b = (window.__paste = { cls: null, shifts: [], frames: [], loaded: 0, errors: [] });
  if ((PerformanceObserver.supportedEntryTypes || []).includes('layout-shift')) {
    b.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        b.cls += e.value;
        b.shifts.push({ at: Math.round(e.startTime), value: e.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
  addEventListener('ai-risk-card-load', () => b.loaded++);
  addEventListener('ai-risk-card-error', (e) => b.errors.push(e.detail));
  const tick = () => {
    const after = document.getElementById('after');
    if (after) {
      b.frames.push({
        t: Math.round(performance.now()),
        defined: !!customElements.get('ai-risk-card'),
        after: after.getBoundingClientRect().top + scrollY,
        scroll: scrollY,
        viewport: innerHeight,
        cards: [...document.querySelectorAll('ai-risk-card')].map((c) => ({ h: c.getBoundingClientRect().height, top: c.getBoundingClientRect().top + scrollY })),
      });
    }
    if (b.frames.length < 2000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
</script>
</head>
<body>
<article>
<h1>What AI means for my job</h1>
<p>${P[0]}</p>
${snippet}
<p id="after">${P[1]}</p>
${Array.from({ length: 12 }, (_, i) => `<p>${P[i % 2]}</p>`).join('\n')}
</article>
</body>
</html>
`;
}

/**
 * Visible movement in the recorded frames, for browsers without the Layout Instability API:
 * each time `#after` moved while it was inside the viewport before or after the move, the
 * distance in px. An exact reservation leaves this empty.
 */
export function visibleMoves(frames) {
  const moves = [];
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1];
    const b = frames[i];
    const seen = (f) => f.after - f.scroll < f.viewport;
    if (Math.abs(b.after - a.after) > 1 && (seen(a) || seen(b)))
      moves.push({ at: b.t, from: a.after, to: b.after, defined: b.defined });
  }
  return moves;
}
