import { css } from 'lit';

/**
 * Two tiers of tokens: the public `--ai-risk-card-*` properties are read once here, on :host,
 * into private `--_*` ones; everything below uses only the private ones. Fonts inherit from the
 * host page unless --ai-risk-card-font-family says otherwise.
 */
export const styles = css`
  /* light-dark() picks by color-scheme: theme="auto" (default) follows the OS. */
  :host {
    color-scheme: light dark;
    --_bg: var(--ai-risk-card-background, light-dark(#fff, #16191f));
    --_fg: var(--ai-risk-card-color, light-dark(#1a1d23, #eef0f4));
    --_muted: var(--ai-risk-card-muted-color, light-dark(#5b6270, #a7aebb));
    --_accent: var(--ai-risk-card-accent, light-dark(#3056d3, #8aa7ff));
    --_border: var(--ai-risk-card-border-color, light-dark(#dde1e8, #323844));
    --_track: var(--ai-risk-card-track-color, light-dark(#e8ebf0, #2a303b));
    --_radius: var(--ai-risk-card-radius, 12px);
    --_low: var(--ai-risk-card-level-low, light-dark(#1b7f4b, #4ade80));
    --_moderate: var(--ai-risk-card-level-moderate, light-dark(#9a6700, #facc15));
    --_high: var(--ai-risk-card-level-high, light-dark(#c2410c, #fb923c));
    --_very-high: var(--ai-risk-card-level-very-high, light-dark(#b91c1c, #f87171));
    display: block;
    max-width: var(--ai-risk-card-max-width, 720px);
    contain: content;
  }
  :host([variant='compact']) {
    max-width: var(--ai-risk-card-max-width, 480px);
    font-size: 0.95em;
  }
  :host([variant='compact']) .summary > :not(.gauge) {
    flex-basis: 12em;
  }
  :host([variant='compact']) .stats {
    grid-template-columns: 1fr;
    gap: 0.3em;
  }
  :host([variant='compact']) .tile {
    flex-direction: row;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em;
    padding: 0.3em 0.6em;
  }
  :host([variant='compact']) .tile dd {
    align-items: end;
  }
  :host([variant='compact']) .tile-value {
    font-size: 1em;
  }
  :host([variant='compact']) .intro {
    display: none;
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
  .card {
    font-family: var(--ai-risk-card-font-family, inherit);
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
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.05em;
    margin-bottom: 0.5em;
  }
  p {
    margin: 0 0 0.6em;
  }
  .meta,
  .intro,
  .tile-sub,
  .tile-note,
  .license,
  .disclaimer,
  .gauge-label,
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
  /* Wraps instead of overflowing: narrow hosts and 200% zoom put the signals under the gauge. */
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: flex-start;
    margin: 1em 0 0.75em;
  }
  .summary > .gauge {
    flex: 0 1 12em;
    min-width: min(9em, 100%);
  }
  .summary > :not(.gauge) {
    flex: 1 1 16em;
    min-width: 0;
  }
  .gauge {
    position: relative;
    text-align: center;
  }
  .gauge svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .gauge path {
    fill: none;
    stroke-width: 12;
    stroke-linecap: round;
    /* Gecko's bounding box of a path with miter joins adds a wide stroke margin: a 400px card's
       gauge would overflow by 1px. The arc has no corners, so round joins look the same. */
    stroke-linejoin: round;
  }
  .track {
    stroke: var(--_track);
  }
  .arc {
    stroke: var(--_lv);
  }
  .gauge-value {
    margin-top: -2.6em;
  }
  .gauge-value b {
    font-size: 2.2em;
    line-height: 1;
  }
  .gauge-level {
    color: var(--_lv);
    font-weight: 700;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: 0.5em;
    margin: 0 0 0.5em;
  }
  .tile {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.5em 0.7em;
    display: flex;
    flex-direction: column;
  }
  .tile dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .tile dd {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .tile-value {
    font-size: 1.2em;
    font-weight: 700;
  }
  .trend-growing .tile-value {
    color: var(--_low);
  }
  .trend-declining .tile-value {
    color: var(--_very-high);
  }
  .signals ul,
  .tasks,
  .skills,
  .sources,
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .signals h3 {
    font-size: 0.85em;
    color: var(--_muted);
    margin-bottom: 0.25em;
  }
  .signals i {
    color: var(--_muted);
    font-style: normal;
  }
  .signals {
    align-self: center;
  }
  .signals ul {
    display: grid;
    gap: 0.35em;
    font-size: 0.9em;
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
  .sig-observed .fill {
    --_lv: var(--_muted);
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
  .sec,
  .tasks-section {
    margin-top: 1.25em;
  }
  .task {
    position: relative;
  }
  .task-btn {
    all: unset;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.2em 0.75em;
    width: 100%;
    padding: 0.45em 0.5em;
    border-radius: 6px;
    cursor: pointer;
  }
  .task-btn:hover,
  .open .task-btn {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  :is(.task-btn, button, summary, a):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .task-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .flag {
    grid-column: 1 / -1;
    justify-self: start;
    font-size: 0.75em;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 1em;
    padding: 0 0.5em;
  }
  /* The bar lane holds the bar and, on hover or focus, the per-rater scores over it: inside the
     row, so they never cover the next task or catch its clicks. */
  .lane {
    grid-column: 1 / -1;
    position: relative;
    display: flex;
    align-items: center;
    min-height: 1.3em;
  }
  .lane .bar {
    flex: 1;
  }
  .tip {
    display: none;
    position: absolute;
    inset: 0;
    align-items: center;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.8em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .task-btn:is(:hover, :focus-visible) .tip {
    display: flex;
  }
  .dismissed .tip {
    display: none !important;
  }
  .detail {
    margin: 0 0.5em 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    font-size: 0.85em;
  }
  .detail ul {
    list-style: none;
    margin: 0.3em 0 0;
    padding: 0;
  }
  .detail p {
    margin: 0.4em 0 0;
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
  .skills {
    display: grid;
    gap: 0.3em;
  }
  .skills li {
    grid-template-columns: minmax(0, 1fr) minmax(4em, 30%) 2em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .chips li {
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding: 0.1em 0.65em;
    font-size: 0.9em;
  }
  .chips .hot {
    border-color: var(--_accent);
  }
  .tag {
    margin-inline-start: 0.4em;
    font-size: 0.8em;
    color: var(--_accent);
  }
  .list {
    margin: 0;
    padding-inline-start: 1.2em;
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
  .sources li {
    margin-bottom: 0.2em;
    font-size: 0.9em;
  }
  a {
    color: var(--_accent);
  }
  .disclaimer {
    margin-top: 0.75em;
    font-style: italic;
  }
  .error {
    padding: 1em 0;
  }
  /* The skeleton reserves about the loaded card's height (median of real cards: ~190em at
     720px wide, ~340em on a phone, compact ~46em), so nothing below it moves on load. A
     viewport query, not a container query: container-type would zero the card's intrinsic
     width in flex and inline-block hosts. */
  .skeleton {
    display: grid;
    gap: 1em;
    align-content: start;
    min-height: var(--sk-h, 190em);
  }
  @media (max-width: 30em) {
    .skeleton {
      min-height: 340em;
    }
  }
  :host([variant='compact']) .skeleton {
    min-height: 46em;
  }
  .sk {
    background: var(--_track);
    border-radius: 8px;
  }
  .sk-title {
    height: 1.8em;
    width: 70%;
  }
  .sk-row {
    display: grid;
    grid-template-columns: minmax(9em, 12em) 1fr;
    gap: 1em;
  }
  .sk-gauge {
    height: 8em;
  }
  .sk-stats {
    height: 8em;
  }
  .sk-lines {
    height: 8em;
  }
  .loading-text {
    color: var(--_muted);
    opacity: 0;
    animation: appear 0s 400ms forwards;
  }
  @keyframes appear {
    to {
      opacity: 1;
    }
  }
  @media (max-width: 30em) {
    .sk-row {
      grid-template-columns: 1fr;
    }
    .gauge {
      max-width: 12em;
      margin: 0 auto;
    }
  }
  .nw {
    white-space: nowrap;
  }
  /* The gauge fills in reading direction. */
  :host(:dir(rtl)) .gauge svg {
    transform: scaleX(-1);
  }
  /* Windows high contrast: backgrounds are removed, so bars and the arc use system colours. */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .arc {
      stroke: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0s !important;
      transition: none !important;
    }
  }
  /* On paper: one page, the figures and the tasks, no controls. */
  @media print {
    :host {
      font-size: 9pt;
      max-width: none;
    }
    .card {
      border-color: #999;
      break-inside: avoid;
    }
    .sec-overview,
    .sec-faq,
    .sec-risks,
    .sec-future,
    .sec-ai-tools,
    .sec-tools,
    .tile-note,
    .intro,
    .flag,
    .tip,
    .detail,
    button.more,
    .error button {
      display: none !important;
    }
  }
`;
