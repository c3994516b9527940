import { html, type TemplateResult } from 'lit';
import type { Occupation } from '../data/contract.js';
import type { ErrorKind } from '../data/errors.js';
import type { Match } from '../types.js';
import type { ViewContext } from './context.js';

/**
 * `variant="mini"`: one line for a row of search results (score out of 100, level in words, the
 * occupation, or the matched title when a job title was matched), as one button that opens the
 * full card in a modal dialog. Its accessible name is its own text (so it holds every visible
 * word, for speech input too) with hidden words that make it a sentence: "AI exposure score:
 * 62/100, Very high exposure, Data Scientists".
 */
export function mini({ m }: ViewContext, d: Occupation, match: Match | undefined, open: () => void) {
  const s = Math.round(d.exposure.score);
  const word = m.level[d.exposure.level];
  const title = match?.title ?? d.occupation.title;
  return html`<button
    type="button"
    part="mini"
    class="mini lv-${d.exposure.level}"
    aria-haspopup="dialog"
    @click=${open}
  >
    <span class="mini-score"><span class="sr">${m.exposure}: </span><b>${s}</b>${m.outOf}</span><span class="sr">, </span>
    <span class="mini-level">${m.levelExposure(word)}</span><span class="sr">, </span>
    <bdi class="mini-title">${title}</bdi>
    <span class="mini-open" aria-hidden="true"></span>
  </button>`;
}

/** The mini card before its data: the same box (same height), so nothing moves on load. */
export const miniLoading = ({ m }: ViewContext) =>
  html`<div class="mini mini-sk" aria-busy="true">
    <p class="loading-text" role="status">${m.loading}</p>
    <slot></slot>
  </div>`;

/** The mini card's error: one line with the reason and Retry (details are in the error event). */
export const miniError = ({ m }: ViewContext, kind: ErrorKind, retry: () => void) =>
  html`<div part="error" class="mini mini-error" role="alert">
    <span class="mini-title">${m.errorTitle}: ${m.errors[kind]}</span>
    <button type="button" @click=${retry}>${m.retry}</button>
  </div>`;

/** The modal dialog holding the full card (rendered only while open, so 100 rows stay light). */
export const miniDialog = ({ m }: ViewContext, card: TemplateResult, close: (e: Event) => void) =>
  html`<dialog part="dialog" class="mini-dialog" aria-labelledby="title" @close=${close} @click=${close}>
    <button type="button" class="mini-close" aria-label=${m.close} title=${m.close} @click=${close}>
      <span aria-hidden="true">×</span>
    </button>
    ${card}
  </dialog>`;
