import { css } from 'lit';

/** The task summary bar, task bars in one neutral colour, rater marks and details (views/tasks.ts). */
export const tasksStyles = css`
  .task-summary {
    margin: 0 0 0.4em;
  }
  .stack {
    display: flex;
    height: 0.75em;
    border-radius: 1em;
    overflow: hidden;
    background: var(--_track);
  }
  .seg {
    width: var(--v, 0);
  }
  .s-mostly {
    background: var(--_fg);
  }
  .s-partly {
    background: var(--_muted);
  }
  .sum-text {
    margin: 0.3em 0 0.1em;
    font-weight: 600;
  }
  .intro {
    margin: 0;
    font-size: 0.8em;
  }
  .task.gap {
    border-top: 1px dashed var(--_border);
    margin-top: 0.3em;
    padding-top: 0.3em;
  }
  .task-btn {
    all: unset;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.15em 0.75em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.3em 0.5em;
    border-radius: 6px;
    cursor: pointer;
    line-height: 1.3;
  }
  .task-btn:hover,
  .open .task-btn {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .task-text {
    font-size: 0.9em;
  }
  .task-value {
    font-weight: 700;
  }
  .flag {
    grid-column: 1 / -1;
    font-size: 0.75em;
    color: var(--_muted);
  }
  /* The bar keeps at least 8em; on narrow cards the marks wrap under it. */
  .lane {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.75em;
  }
  .lane .bar {
    flex: 1 1 8em;
  }
  .tasks .fill {
    background: var(--_muted);
  }
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    font-size: 0.72em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .mk > span[aria-hidden] {
    color: var(--_fg);
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
  .detail li {
    grid-template-columns: minmax(0, 1fr) auto 2em;
  }
  .detail p {
    margin: 0.4em 0 0;
  }
  @media print {
    .intro,
    .flag,
    .detail {
      display: none !important;
    }
  }
`;
