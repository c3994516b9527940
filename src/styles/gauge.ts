import { css } from 'lit';

/** The exposure gauge with its context (views/gauge.ts), and the compact card's score badge. */
export const gaugeStyles = css`
  .gauge-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    margin: 1em 0;
  }
  .gauge {
    position: relative;
    text-align: center;
    flex: 0 0 11em;
  }
  .gauge-context {
    flex: 1 1 15em;
    min-width: 0;
  }
  .gauge-context p {
    margin: 0 0 0.35em;
  }
  .rank {
    font-weight: 600;
  }
  .median-mark {
    display: inline-block;
    inline-size: 2px;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    background: var(--_fg);
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
  .gauge .ticks {
    stroke: var(--_bg);
    stroke-width: 1.5;
    stroke-linecap: butt;
  }
  .gauge .median {
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-linecap: butt;
  }
  .gauge-value {
    margin-top: -2.4em;
  }
  .gauge-value b {
    font-size: 2em;
    line-height: 1;
  }
  .gauge-value span {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .gauge-level {
    font-weight: 700;
  }
  /* Compact: the score as a badge beside the title, the level in words under the number. */
  .head-row {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.75em;
    align-items: center;
  }
  .head-row .verdict {
    grid-column: 1 / -1;
  }
  .badge {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-inline-size: 3.6em;
    padding: 0.2em 0.4em;
    border-radius: calc(var(--_radius) * 0.66);
    border: 3px solid var(--_lv);
    line-height: 1.1;
  }
  .badge b {
    font-size: 1.35em;
  }
  .badge span {
    font-size: 0.75em;
    font-weight: 600;
    white-space: nowrap;
  }
  /* The gauge fills in reading direction. */
  :host(:dir(rtl)) .gauge svg {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .track {
      stroke: GrayText;
    }
    .arc {
      stroke: Highlight;
    }
    .gauge .ticks {
      stroke: Canvas;
    }
    .gauge .median {
      stroke: CanvasText;
    }
  }
`;
