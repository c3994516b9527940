import { css } from 'lit';

/** The loading skeleton and the error state (views/states.ts). */
export const statesStyles = css`
  .error {
    padding: 1em 0;
  }
  /* The skeleton reserves about the loaded card's height (median of real cards, npm run bench:
     ~80em at 720px wide, ~107em on a 390px phone, compact ~13.5–17em at 480px across engines; less the card's
     padding), so nothing below it moves on load. A
     viewport query, not a container query: container-type would zero the card's intrinsic
     width in flex and inline-block hosts. */
  .skeleton {
    display: grid;
    gap: 1em;
    align-content: start;
    min-height: var(--sk-h, 78em);
  }
  @media (max-width: 30em) {
    .skeleton {
      min-height: 104em;
    }
  }
  :host([variant='compact']) .skeleton {
    min-height: 14em;
    gap: 0.75em;
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
  }
  :host([variant='compact']) :is(.sk-gauge, .sk-stats, .sk-lines) {
    /* Room for the fallback link the page may put inside the tag, within the 14em. */
    height: 1.75em;
  }
  @media print {
    .error button {
      display: none !important;
    }
  }
`;
