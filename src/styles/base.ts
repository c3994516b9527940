import { css } from 'lit';

/**
 * What every part of the card shares: the host box and theme switch, the card's pinned
 * typography (inherited page styles stop here), headings, muted text, bars, buttons, links,
 * disclosures, and what applies to the whole card in forced colours, reduced motion and print.
 */
export const baseStyles = css`
  /* light-dark() picks by color-scheme: theme="auto" (default) follows the OS. */
  :host {
    color-scheme: light dark;
    display: block;
    contain: content;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Inherited properties cross the shadow boundary and page rules beat :host, so the card pins
     what its layout depends on here, inside (tested with hostile page CSS). */
  /* The card keeps its own type scale: the base size comes from the root (1rem), not from the
     paragraph the host puts the card in, so a 19px serif article does not inflate every row. */
  .card {
    font-variant-numeric: tabular-nums;
    color: var(--_fg);
    line-height: 1.45;
    text-align: start;
    overflow-wrap: anywhere;
    white-space: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    font-style: normal;
    font-weight: 400;
    visibility: visible;
    cursor: auto;
    display: block;
    /* Last resort for text no browser can wrap (a letter with hundreds of combining marks). */
    overflow-x: clip;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25em 1.25em 1em;
  }
  .lv-low {
    --_lv: var(--_low);
  }
  .lv-moderate {
    --_lv: var(--_moderate);
  }
  .lv-high {
    --_lv: var(--_high);
  }
  .lv-very-high {
    --_lv: var(--_very-high);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  /* Section labels: small capitals-like labels, distinct from body text. */
  h3,
  h4 {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-bottom: 0.5em;
  }
  h4 {
    margin-top: 0.75em;
  }
  .verdict {
    margin: 0.6em 0 0;
    font-size: 1.1em;
    line-height: 1.4;
    font-weight: 500;
  }
  /* Disclosures: one labelled row each; the heading is the label. */
  /* Compact: the answer in under 300px, whatever the host's font. */
  :host([variant='compact']) .card {
    padding: 0.75em 1em 0.6em;
  }
  :host([variant='compact']) h2 {
    font-size: 1.15em;
  }
  :host([variant='compact']) .verdict {
    font-size: 0.95em;
    line-height: 1.35;
    margin-top: 0.35em;
  }
  :host([variant='compact']) .group-note {
    font-size: 0.75em;
    margin: 0.2em 0 0;
  }
  /* Long titles, group labels and task statements would push the card past 300px: at most three
     lines for the title (the card's accessible name keeps it whole), one for the label, one for
     the task (shown in full once the task is opened); all in full in the full breakdown. */
  :host([variant='compact']) .group-note {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([variant='compact']) :is(h2, .task:not(.open) .task-text) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
    line-clamp: 1;
    overflow: hidden;
  }
  :host([variant='compact']) h2 {
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  :host([variant='compact']) .tasks-section {
    margin-top: 0.3em;
  }
  :host([variant='compact']) .stats-line {
    margin-top: 0.35em;
  }
  :host([variant='compact']) .foot-row {
    margin-top: 0.25em;
  }
  .fold {
    margin-top: 0;
    padding: 0;
  }
  .fold > summary {
    display: list-item;
    padding: 0.6em 0;
  }
  .fold > summary h3 {
    display: inline;
    margin: 0;
    font-size: 0.95em;
    letter-spacing: normal;
    text-transform: none;
    color: var(--_fg);
  }
  .fold[open] {
    padding-bottom: 0.75em;
  }
  p {
    margin: 0 0 0.6em;
  }
  .meta,
  .intro,
  .tile-sub,
  .foot,
  .group-note,
  .license,
  .means,
  .median-key,
  .detail {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .meta {
    margin: 0.3em 0 0;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .signals,
  .tasks,
  .skills,
  .sources,
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .signal,
  .skills li,
  .detail li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(3em, 30%) 2em;
    gap: 0.5em;
    align-items: center;
  }
  .signal b,
  .detail b,
  .num {
    text-align: end;
  }
  .bar {
    display: block;
    height: 0.5em;
    border-radius: 1em;
    background: var(--_track);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    width: var(--v, 0);
    border-radius: inherit;
    background: var(--_lv, var(--_accent));
  }
  /* Windows high contrast: backgrounds are removed, so bars use system colours. */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  .tasks-section {
    margin-top: 1.25em;
  }
  .tasks-section + .sec,
  .stats + .sec,
  .foot + .sec {
    margin-top: 1em;
  }
  section.sec {
    margin-top: 1.25em;
  }
  :is(.task-btn, button, summary, a):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .more,
  .error button {
    margin-top: 0.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: transparent;
    cursor: pointer;
    color: var(--_accent);
  }
  details {
    border-top: 1px solid var(--_border);
    padding: 0.5em 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    margin: 0.5em 0 0;
  }
  a {
    color: var(--_accent);
  }
  .nw {
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0s !important;
      transition: none !important;
    }
  }
  /* On paper: one page, the figures and the tasks, no controls (each view hides its own). */
  @media print {
    :host {
      font-size: 9pt;
      max-width: none;
    }
    .card {
      border-color: #999;
      break-inside: avoid;
    }
    button.more {
      display: none !important;
    }
  }
`;
