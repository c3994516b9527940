import { css } from 'lit';

/** The stat tiles (views/stats.ts); compact cards list them as rows. */
export const statsStyles = css`
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
  @media print {
    .tile-note {
      display: none !important;
    }
  }
`;
