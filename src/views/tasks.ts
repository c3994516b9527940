import { html, nothing } from 'lit';
import { levelOf } from '../data/constants.js';
import type { Task } from '../data/contract.js';
import type { ViewContext } from './context.js';
import { vars } from './vars.js';

/**
 * Raters whose scores differ by this many points or more "disagree strongly" (a visible flag).
 * With the E0/E1/E2 labels (0/100/50) that is one rater saying "directly exposed" and another
 * "not exposed"; smaller spreads are still shown in the per-rater details.
 */
export const DISAGREE = 75;
/** Tasks shown before "Show all". */
export const FIRST = 8;

export interface TaskUi {
  /** Index (in sorted order) of the task opened by tap/click, or -1. */
  open: number;
  /** Index of the task whose details were closed with Esc while hovered/focused, or -1. */
  dismissed: number;
  all: boolean;
  toggle(i: number): void;
  dismiss(i: number): void;
  more(): void;
}

/** Every task's scores as a table for screen readers (visually hidden): not only in bars. */
function table(m: ViewContext['m'], sorted: readonly Task[]) {
  const raters = sorted.find((t) => t.scores?.length)?.scores ?? [];
  // The wrapper is hidden, not the table: a table grows to its content whatever its width says.
  return html`<div class="sr"><table>
    <caption>${m.tableCaption}</caption>
    <thead>
      <tr><th scope="col">${m.task}</th><th scope="col">${m.average}</th>${raters.map((r) => html`<th scope="col">${r.label}</th>`)}</tr>
    </thead>
    <tbody>
      ${sorted.map((t) => {
        const by = new Map((t.scores ?? []).map((s) => [s.rater, Math.round(s.score)]));
        return html`<tr><th scope="row">${t.statement}</th><td>${Math.round(t.coverage)}</td>${raters.map((r) => html`<td>${by.get(r.rater) ?? '–'}</td>`)}</tr>`;
      })}
    </tbody>
  </table></div>`;
}

export const sortTasks = (tasks: readonly Task[]) => [...tasks].sort((a, b) => b.coverage - a.coverage);

export function spreadOf(t: Task): number {
  let lo = 100;
  let hi = 0;
  for (const r of t.scores ?? []) {
    lo = Math.min(lo, r.score);
    hi = Math.max(hi, r.score);
  }
  return hi > lo ? Math.round(hi - lo) : 0;
}

/**
 * Task bars, most exposed first; `limit` (compact cards) shows that many and no "Show all".
 * Per-rater scores show in the row's own bar lane on hover and keyboard focus (so they never
 * cover the next task), and as a disclosure below the row on click or tap.
 */
export function tasks({ m }: ViewContext, sorted: readonly Task[], ui: TaskUi, limit?: number) {
  if (!sorted.length) return nothing;
  const shown = ui.all ? sorted : sorted.slice(0, limit ?? FIRST);
  return html`<section class="tasks-section" aria-labelledby="h-tasks">
    <h3 id="h-tasks">${m.tasks}</h3>
    <p class="intro">${m.tasksIntro}</p>
    <ol part="tasks" class="tasks">
      ${shown.map((t, i) => {
        const cov = Math.round(t.coverage);
        const spread = spreadOf(t);
        const has = !!(t.scores?.length || t.note);
        const open = ui.open === i;
        const summary = [...(t.scores ?? []).map((s) => `${s.label} ${Math.round(s.score)}`), spread ? m.spread(spread) : '']
          .filter(Boolean)
          .join(' · ');
        return html`<li part="task" class="task${ui.dismissed === i ? ' dismissed' : ''}${open ? ' open' : ''}" @mouseleave=${() => ui.dismissed === i && ui.dismiss(-1)}>
          <button
            type="button"
            class="task-btn"
            aria-expanded=${has ? String(open) : nothing}
            aria-controls=${open ? `det-${i}` : nothing}
            aria-describedby=${summary ? `tip-${i}` : nothing}
            @click=${() => has && ui.toggle(i)}
            @keydown=${(e: KeyboardEvent) => {
              // Esc closes our details only; a host <dialog> around the card stays open.
              if (e.key === 'Escape' && (summary || open) && ui.dismissed !== i) {
                e.stopPropagation();
                e.preventDefault();
                ui.dismiss(i);
              }
            }}
            @blur=${() => ui.dismissed === i && ui.dismiss(-1)}
          >
            <span class="task-text">${t.statement}</span>
            <span class="task-value">${cov}<span class="sr">/100</span></span>
            <span class="lane"
              ><span class="bar" aria-hidden="true"><span class="fill lv-${levelOf(cov)}" ${vars({ '--v': `${cov}%` })}></span></span
              >${summary ? html`<span class="tip" id="tip-${i}" role="tooltip" aria-hidden="true">${summary}</span>` : nothing}</span
            >
            ${spread >= DISAGREE ? html`<span class="flag">${m.disagree}</span>` : nothing}
          </button>
          ${
            open
              ? html`<div class="detail" id="det-${i}">
                ${
                  t.scores?.length
                    ? html`<strong>${m.raters}</strong>
                      <ul>
                        ${t.scores.map(
                          (s) =>
                            html`<li><span>${s.label}</span><span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${s.score}%` })}></span></span><b>${Math.round(s.score)}</b></li>`,
                        )}
                      </ul>`
                    : nothing
                }
                ${spread ? html`<p>${m.spread(spread)}</p>` : nothing} ${t.note ? html`<p>${t.note}</p>` : nothing}
              </div>`
              : nothing
          }
        </li>`;
      })}
    </ol>
    ${limit ? nothing : table(m, sorted) /* compact cards: the full card has it, one click away */}
    ${
      !limit && sorted.length > FIRST
        ? html`<button type="button" class="more" aria-expanded=${String(ui.all)} @click=${ui.more}>
          ${ui.all ? m.showFewer : m.showAll(sorted.length)}
        </button>`
        : nothing
    }
  </section>`;
}
