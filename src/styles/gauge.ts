import { css } from 'lit';

/** The exposure gauge (views/gauge.ts). */
export const gaugeStyles = css`
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
  @media (max-width: 30em) {
    .gauge {
      max-width: 12em;
      margin: 0 auto;
    }
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
  }
`;
