import { css } from 'lit';

/** The key figures (views/stats.ts): one row of four tiles that wraps two by two; compact: one line. */
export const statsStyles = css`
  /* Two pairs of tiles: side by side (one row of four) when both fit, else stacked (two by
     two), never three and an orphan. No container query: container-type would zero the card's
     intrinsic width in flex and inline-block hosts. */
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.4em;
  }
  .pair {
    flex: 1 1 17em;
    min-width: 0;
    display: flex;
    gap: 0.5em;
    margin: 0;
  }
  .tile {
    flex: 1 1 0;
    min-width: 0;
  }
  .tile {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.45em 0.65em;
    display: flex;
    flex-direction: column;
  }
  .tile dt {
    font-size: 0.78em;
    color: var(--_muted);
    line-height: 1.25;
  }
  .tile dd {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .tile-value {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
  }
  .tile-sub {
    font-size: 0.78em;
  }
  .foot {
    margin: 0 0 0.2em;
    font-size: 0.8em;
  }
  .notes {
    border: 0;
    padding: 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .notes summary {
    font-weight: 400;
  }
  .notes ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.2em;
  }
  .stats-line {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    font-weight: 600;
  }
  @media print {
    .notes {
      display: none !important;
    }
  }
`;
