import { css } from 'lit';

/** Signals, skills, tools, lists, FAQ and sources (views/sections.ts). */
export const sectionsStyles = css`
  .signals {
    display: grid;
    gap: 0.35em;
    font-size: 0.9em;
    margin-bottom: 0.5em;
  }
  .observed {
    font-size: 0.9em;
  }
  .foot-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.4em;
  }
  .foot-row .more {
    margin: 0;
  }
  .foot-row details {
    border: 0;
    padding: 0;
    font-size: 0.85em;
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
  .sources li {
    margin-bottom: 0.2em;
    font-size: 0.9em;
  }

  @media print {
    .sec-overview,
    .sec-faq,
    .sec-more,
    .sec-risks,
    .sec-future,
    .sec-ai-tools,
    .sec-tools {
      display: none !important;
    }
  }
`;
