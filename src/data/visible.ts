/**
 * One IntersectionObserver for every lazy card on the page: a job board with 100 cards gets one
 * observer, not 100. A card is told once, when it comes within 300px of the viewport.
 */
const waiting = new Map<Element, () => void>();
let io: IntersectionObserver | undefined;

export function whenNear(el: Element, cb: () => void) {
  if (typeof IntersectionObserver === 'undefined') return cb();
  io ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const f = waiting.get(e.target);
        unwatch(e.target);
        f?.();
      }
    },
    { rootMargin: '300px' },
  );
  waiting.set(el, cb);
  io.observe(el);
}

export function unwatch(el: Element) {
  if (waiting.delete(el)) io!.unobserve(el);
}

/** How many cards wait for the viewport (for tests). */
export const waitingCount = () => waiting.size;
