// The code the embed generator (demo/embed.ts) hands out. Pure functions, so the browser tests
// and `npm run bench` paste exactly what a user copies into a blog page and measure its layout
// shift (test/browser/snippet.test.ts, scripts/bench.mjs).
import { VERSION } from '../src/version.ts';

/** jsDelivr version range: the newest release with the same minor (0.x) or major version. */
export const CDN_RANGE = VERSION.startsWith('0.') ? VERSION.split('.').slice(0, 2).join('.') : VERSION.split('.')[0];
/** The package's dist/ folder on a public npm CDN: the script, and its data in data/ beside it. */
export const CDN = `https://cdn.jsdelivr.net/npm/ai-risk-card@${CDN_RANGE}/dist/`;
export const SCRIPT_URL = `${CDN}ai-risk-card.js`;
export const DATA_URL = `${CDN}data/`;

export type Variant = 'full' | 'compact';

/**
 * A rule that gives the card, before its script has run, the height of the loading skeleton it
 * shows next (src/styles/states.ts: `.skeleton` min-height 78em, 104em at most 30em wide, compact
 * 14em, in the card's own type scale (--ai-risk-card-font-size, default 1rem), plus the card's
 * padding (2.25em; compact 1.35em) and 1px borders). The page then
 * does not move when the element upgrades. Without it the unknown element is 0 px tall until the
 * module arrives (CLS 0.33 for a card in the first viewport of a blog post).
 */
export function reserveStyle(variant: Variant = 'full'): string {
  return variant === 'compact'
    ? '<style>ai-risk-card[variant=compact]:not(:defined){display:block;min-height:calc(var(--ai-risk-card-font-size,1rem)*15.35 + 2px)}</style>'
    : '<style>ai-risk-card:not(:defined){display:block;min-height:calc(var(--ai-risk-card-font-size,1rem)*80.25 + 2px)}@media (max-width:30em){ai-risk-card:not(:defined){min-height:calc(var(--ai-risk-card-font-size,1rem)*106.25 + 2px)}}</style>';
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface CardOptions {
  code: string;
  /** Occupation title for the fallback link; the code when unknown. */
  title?: string;
  theme?: string;
  variant?: Variant;
  loading?: string;
  /** Where the fallback link points. */
  href: string;
}

export const DEFAULTS = { theme: 'auto', variant: 'full', loading: 'lazy' } as const;

/** Script, space reservation and the tag with its fallback link; attributes at their default are left out. */
export function cardSnippet(o: CardOptions): string {
  const attrs = [`occupation="${esc(o.code)}"`];
  for (const k of ['theme', 'variant', 'loading'] as const) {
    const v = o[k];
    if (v && v !== DEFAULTS[k]) attrs.push(`${k}="${esc(v)}"`);
  }
  return [
    `<script type="module" src="${SCRIPT_URL}"></script>`,
    `<!-- keeps the card's space while the script loads, so the page does not jump -->`,
    reserveStyle(o.variant === 'compact' ? 'compact' : 'full'),
    '',
    `<ai-risk-card ${attrs.join(' ')}>`,
    `  <!-- shown when scripts are off or fail to load; the card replaces it -->`,
    `  <a href="${esc(o.href)}">AI exposure for ${esc(o.title || `occupation ${o.code}`)}</a>`,
    `</ai-risk-card>`,
  ].join('\n');
}
