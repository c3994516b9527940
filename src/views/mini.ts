import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { LoadState } from '../controllers/loader.js';
import { miniStyles } from '../styles/mini.js';
import { miniSkeleton } from './mini-skeleton.js';
import type { Occupation } from '../data/contract.js';
import type { ErrorKind } from '../data/errors.js';
import type { Match } from '../types.js';
import type { ViewContext } from './context.js';

/**
 * `variant="mini"`, a chunk the first mini card loads (the skeleton is in the core:
 * mini-skeleton.ts): one line for a row of search results (score out of 100, level in words, the
 * occupation, or the matched title when a job title was matched), as one button that opens the
 * full card in a modal dialog. Its accessible name is its own text (so it holds every visible
 * word, for speech input too) with hidden words that make it a sentence: "AI exposure score:
 * 62/100, Very high, Data Scientists".
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
    <span class="mini-level">${word}</span><span class="sr">, </span>
    <bdi class="mini-title">${title}</bdi>
    <span class="mini-open" aria-hidden="true"></span>
  </button>`;
}

/** The mini card's error: one line with the reason and Retry (details are in the error event). */
export const miniError = ({ m }: ViewContext, kind: ErrorKind, retry: () => void) =>
  html`<div part="error" class="mini mini-error" role="alert">
    <span class="mini-title">${m.errorTitle}: ${m.errors[kind]}</span>
    <button type="button" @click=${retry}>${m.retry}</button>
  </div>`;

/** The close button, or a click on the backdrop (which lands on the dialog box itself). */
function closeOn(e: Event) {
  const at = e.currentTarget as HTMLElement;
  if (at.localName !== 'dialog' || e.target === at) at.closest('dialog')?.close();
}

/**
 * The modal dialog holding the full card (rendered only while open, so 100 rows stay light).
 * `closed` runs however it closed: close button, backdrop, Esc.
 */
export const miniDialog = ({ m }: ViewContext, card: TemplateResult, closed: () => void) =>
  html`<dialog part="dialog" class="mini-dialog" aria-labelledby="title" @close=${closed} @click=${closeOn}>
    <button type="button" class="mini-close" aria-label=${m.close} title=${m.close} @click=${closeOn}>
      <span aria-hidden="true">×</span>
    </button>
    ${card}
  </dialog>`;

/**
 * Stops the page behind a modal dialog from scrolling (a modal makes it inert, not still) and
 * keeps its scroll position; returns the undo. The scrollbar's width is kept, so the page does
 * not shift sideways.
 */
export function lockPage(): () => void {
  const { style, clientWidth } = document.documentElement;
  const overflow = style.overflow;
  const gutter = style.getPropertyValue('scrollbar-gutter');
  if (innerWidth > clientWidth) style.setProperty('scrollbar-gutter', 'stable');
  style.overflow = 'hidden';
  return () => {
    style.overflow = overflow;
    style.setProperty('scrollbar-gutter', gutter);
  };
}

/**
 * A mini card's line and dialog, made by the element once this chunk is here: it keeps the
 * dialog's state so the element only forwards to it (render, disconnect). Its sheet joins the
 * card's adopted styles (one CSSStyleSheet for every card: CSP-safe, no <style> element).
 */
export class Mini implements ReactiveController {
  /** The dialog is open (rendered with the full card in it). */
  open = false;
  #unlock?: () => void;

  constructor(private readonly host: ReactiveElement & { variant: string }) {
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, miniStyles.styleSheet!];
    host.addController(this);
    host.requestUpdate();
  }

  /** Removed from the page, or no longer mini: the dialog is gone, so unlock the page. */
  hostDisconnected() {
    this.closed();
  }
  hostUpdated() {
    if (this.host.variant !== 'mini') this.closed();
  }

  /**
   * The line for the card's state (skeleton until the words and data are here), and while open
   * the dialog with `full()` (the full card from the same document) in it. The dialog stays
   * while its card changes (a related job chosen inside it) or fails.
   */
  render(ctx: ViewContext, ready: boolean, s: LoadState, full: () => TemplateResult, retry: () => void) {
    // The dialog comes first: after a related job is chosen in it, the card moves focus to the
    // first title or line in its tree, which must be the dialog's, not the inert line's.
    return html`${this.open ? miniDialog(ctx, full(), this.closed) : nothing}${
      !ready || s.status === 'pending'
        ? miniSkeleton(ctx, ready)
        : s.status === 'error'
          ? miniError(ctx, s.kind, retry)
          : mini(ctx, s.data, s.match, this.#show)
    }`;
  }

  /** Activated: the full card in a modal dialog (focus moves in); the page behind stays put. */
  #show = async () => {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    this.#unlock = lockPage();
    dialog.showModal();
  };

  /** The dialog closed (or its card left the page or the mini variant): unlock, focus the line. */
  closed = () => {
    if (!this.open) return;
    this.open = false;
    this.#unlock?.();
    this.host.requestUpdate();
    this.host.renderRoot.querySelector<HTMLElement>('button.mini')?.focus();
  };
}
