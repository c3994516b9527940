import { html, svg } from 'lit';
import type { Occupation } from '../data/contract.js';
import type { ViewContext } from './context.js';

/**
 * The exposure gauge: a half-circle arc filled to the score. `pathLength="100"` lets the score be
 * the dash length directly, set as an SVG attribute (CSP-safe, no inline style).
 */
export function gauge({ m }: ViewContext, { score, level }: Occupation['exposure']) {
  const s = Math.round(score);
  const word = m.level[level];
  return html`<div
    part="gauge"
    class="gauge lv-${level}"
    role="meter"
    aria-label=${m.exposure}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${s}
    aria-valuetext=${m.meterText(s, word)}
  >
    <svg viewBox="0 0 120 66" aria-hidden="true">
      ${svg`<path class="track" d="M10 60a50 50 0 0 1 100 0" pathLength="100"/>
      <path class="arc" d="M10 60a50 50 0 0 1 100 0" pathLength="100" stroke-dasharray="${s} 100"/>`}
    </svg>
    <div class="gauge-value" aria-hidden="true"><b>${s}</b><span>${m.outOf}</span></div>
    <div class="gauge-level" aria-hidden="true">${m.levelExposure(word)}</div>
    <div class="gauge-label" aria-hidden="true">${m.exposure}</div>
  </div>`;
}
