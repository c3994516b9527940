import { css } from 'lit';

/** Task coverage bars, per-rater tips and details (views/tasks.ts). */
export const tasksStyles = css`
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
  :host([variant='compact']) .intro {
    display: none;
  }
  @media print {
    .intro,
    .flag,
    .tip,
    .detail {
      display: none !important;
    }
  }
`;
