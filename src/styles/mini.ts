import { css } from 'lit';

/**
 * `variant="mini"` (views/mini.ts), loaded with it as a chunk: the line's contents and the modal
 * dialog that holds the full card. The line is 2.75em tall (52px with a 19px page font, under
 * the 64px a row of search results allows), as is the skeleton in the core (views/mini-skeleton.ts).
 */
export const miniStyles = css`
  .mini {
    /* Pinned like .card: the row's height must not depend on the page's inherited text styles
       (the family comes from the font-family token, in tokenRules). */
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-size: 1em;
    line-height: 1.2;
    display: flex;
    align-items: center;
    gap: 0.6em;
    width: 100%;
    /* As tall as the skeleton (views/mini-skeleton.ts), so nothing moves on load. */
    height: 2.75em;
    margin: 0;
    padding: 0 0.75em;
    overflow: hidden;
    white-space: nowrap;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    text-align: start;
    visibility: visible;
  }
  button.mini {
    cursor: pointer;
  }
  button.mini:hover {
    border-color: var(--_lv);
  }
  /* Inside: the host's paint containment would clip an outline drawn outside the box. */
  button.mini:focus-visible {
    outline-offset: -4px;
  }
  .mini-score {
    flex: none;
    padding: 0.15em 0.45em;
    border-radius: 0.4em;
    color: var(--_bg);
    background: var(--_lv);
    font-size: 0.9em;
  }
  .mini-score b {
    font-size: 1.15em;
  }
  .mini-level {
    flex: none;
    font-weight: 600;
    color: var(--_lv);
  }
  .mini-title {
    flex: 1 1 0;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .mini-open {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border: solid var(--_muted);
    border-width: 2px 2px 0 0;
    transform: rotate(45deg);
  }
  .mini-open:dir(rtl) {
    transform: rotate(-135deg);
  }
  .mini-error button {
    flex: none;
    padding: 0.2em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  /* The full card in a modal dialog: as wide as the full card, scrolling inside, never the page. */
  .mini-dialog {
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_fg);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .mini-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .mini-close {
    position: sticky;
    z-index: 1;
    top: 0;
    display: block;
    margin: 0 0 0.5em;
    margin-inline-start: auto;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 1.1em;
    line-height: 1;
    cursor: pointer;
  }
  .mini-close:focus-visible {
    outline-offset: -4px;
  }
  @media (forced-colors: active) {
    .mini-score {
      border: 1px solid;
    }
  }
  @media print {
    .mini-open {
      display: none;
    }
  }
`;
