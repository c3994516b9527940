import { html } from 'lit';
import type { ViewContext } from './context.js';
import { vars } from './vars.js';

/**
 * Loading skeleton. It has the shape and typical height of a loaded card so nothing on the host
 * page moves when data arrives; its text appears only after a short CSS delay (no timers), so
 * fast loads never flash "Loading…". Content the page put inside the tag (a fallback link)
 * stays visible here until the card renders; with scripts off it is all the reader sees.
 */
export const loading = ({ m }: ViewContext, height?: number) =>
  html`<div class="skeleton" aria-busy="true" ${vars(height ? { '--sk-h': `${height}em` } : {})}>
    <div class="sk sk-title"></div>
    <div class="sk-row"><div class="sk sk-gauge"></div><div class="sk sk-stats"></div></div>
    <div class="sk sk-lines"></div>
    <p class="loading-text" role="status">${m.loading}</p>
    <slot></slot>
  </div>`;

export const error = ({ m }: ViewContext, kind: string, message: string, retry: () => void) =>
  html`<div part="error" class="error" role="alert">
    <strong>${m.errorTitle}</strong>
    <p>${m.errors[kind] ?? message}</p>
    <p class="detail">${message}</p>
    <button type="button" @click=${retry}>${m.retry}</button>
  </div>`;
