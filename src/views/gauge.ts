import { html, nothing, svg } from 'lit';
import { LEVEL_BANDS } from '../data/constants.js';
import type { Occupation } from '../data/contract.js';
import { number } from '../i18n/format.js';
import type { ViewContext } from './context.js';

/** The point at radius r of the half circle (centre 60,60) where score s (0–100) sits. */
const at = (s: number, r: number) => {
  const a = Math.PI * (1 - s / 100);
  return `${(60 + r * Math.cos(a)).toFixed(2)} ${(60 - r * Math.sin(a)).toFixed(2)}`;
};
/** A radial stroke across the arc at score s, from radius r0 to r1. */
const radial = (s: number, r0: number, r1: number) => `M${at(s, r0)}L${at(s, r1)}`;
// Pure arithmetic at module level (no DOM), so server rendering can import this file.
const TICKS = LEVEL_BANDS.map((b) => radial(b, 44, 56)).join('');

/** "More exposed than 95 % of US occupations", or the lowest-rank words; absent without a percentile. */
export const rankText = ({ m, lang }: ViewContext, e: Occupation['exposure']) =>
  e.percentile == null
    ? ''
    : e.percentile < 1
      ? m.rankLowest
      : m.rank(number(lang, Math.floor(e.percentile) / 100, { style: 'percent' }));

/**
 * The exposure gauge: a half-circle arc filled to the score in one hue that deepens with the
 * level, ticks at the level bands, a marker at the all-occupation median (when the document has
 * it), the score and the level word in text colour (colour is never the only cue), the rank
 * among US occupations and, right under it, what exposure means. `pathLength="100"` lets the
 * score be the dash length directly, set as an SVG attribute (CSP-safe, no inline style).
 */
export function gauge(ctx: ViewContext, e: Occupation['exposure']) {
  const { m } = ctx;
  const s = Math.round(e.score);
  const word = m.level[e.level];
  const rank = rankText(ctx, e);
  const med = e.median != null ? Math.round(e.median) : undefined;
  return html`<div class="gauge-box">
    <div
      part="gauge"
      class="gauge lv-${e.level}"
      role="meter"
      aria-label=${m.exposure}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${s}
      aria-valuetext=${m.meterText(s, word) + (rank && `. ${rank}`)}
    >
      <svg viewBox="0 0 120 66" aria-hidden="true">
        ${svg`<path class="track" d="M10 60a50 50 0 0 1 100 0" pathLength="100"/>
        <path class="arc" d="M10 60a50 50 0 0 1 100 0" pathLength="100" stroke-dasharray="${s} 100"/>
        <path class="ticks" d="${TICKS}" />
        ${med != null ? svg`<path class="median" d="${radial(med, 40, 61)}" />` : nothing}`}
      </svg>
      <div class="gauge-value" aria-hidden="true"><b>${s}</b><span>${m.outOf}</span></div>
      <div class="gauge-level" aria-hidden="true">${m.levelExposure(word)}</div>
    </div>
    <div class="gauge-context">
      ${rank ? html`<p class="rank">${rank}</p>` : nothing}
      ${med != null ? html`<p class="median-key"><span class="median-mark" aria-hidden="true"></span>${m.median(med)}</p>` : nothing}
      <p class="means">${m.disclaimer}</p>
    </div>
  </div>`;
}

/** The compact card's score badge beside the title: the same meter, as a number and a word. */
export function badge({ m }: ViewContext, e: Occupation['exposure']) {
  const s = Math.round(e.score);
  const word = m.level[e.level];
  return html`<div
    part="gauge"
    class="badge lv-${e.level}"
    role="meter"
    aria-label=${m.exposure}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${s}
    aria-valuetext=${m.meterText(s, word)}
  >
    <b aria-hidden="true">${s}</b><span aria-hidden="true">${word}</span>
  </div>`;
}
