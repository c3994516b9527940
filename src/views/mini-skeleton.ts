import { css, html } from 'lit';
import type { ViewContext } from './context.js';

/**
 * The part of `variant="mini"` that ships in the core bundle: the skeleton, as tall as the
 * line (its height is fixed in em: 2.75em, 52px with a 19px page font). The line itself, its
 * dialog and their styles load as a chunk when the first mini card appears (views/mini.ts), so
 * pages without mini cards pay a few bytes for it; the skeleton already has the loaded line's
 * size, so nothing moves when data or chunk arrive.
 */
export const miniSkeleton = ({ m }: ViewContext, ready = true) =>
  html`<div class="sk mini-sk" aria-busy="true">
    <p class="loading-text" role="status">${ready ? m.loading : ''}</p>
    <slot></slot>
  </div>`;

/** The line's height; the same rule sizes the loaded line (styles/mini.ts). */
export const miniBoxStyles = css`
  .mini-sk {
    height: 2.75em;
    padding: 0.65em 0.75em;
    overflow: hidden;
    white-space: nowrap;
  }
  .mini-sk p {
    margin: 0;
  }
`;
