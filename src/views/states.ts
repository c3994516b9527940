import { html } from 'lit';
import type { ErrorKind } from '../data/errors.js';
import type { Detail } from '../i18n/details.js';
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

/** The error state: what happened in plain words, the specific detail, and Retry. */
export const error = ({ m }: ViewContext, kind: ErrorKind, [key, ...args]: Detail, retry: () => void) =>
  html`<div part="error" class="error" role="alert">
    <strong>${m.errorTitle}</strong>
    <p>${m.errors[kind]}</p>
    <p class="detail">${(m.details?.[key] as ((...a: unknown[]) => string) | undefined)?.(...args)}</p>
    <button type="button" @click=${retry}>${m.retry}</button>
  </div>`;
