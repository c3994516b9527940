import { css } from 'lit';

/** Signals, skills, tools, lists, FAQ and sources (views/sections.ts). */
export const sectionsStyles = css`
  .signals {
    align-self: center;
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
  .signals ul {
    display: grid;
    gap: 0.35em;
    font-size: 0.9em;
  }
  .sig-observed .fill {
    --_lv: var(--_muted);
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
  .disclaimer {
    margin-top: 0.75em;
    font-style: italic;
  }
  @media print {
    .sec-overview,
    .sec-faq,
    .sec-risks,
    .sec-future,
    .sec-ai-tools,
    .sec-tools {
      display: none !important;
    }
  }
`;
