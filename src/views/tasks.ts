import { html, nothing } from 'lit';
import type { Task } from '../data/contract.js';
import type { ViewContext } from './context.js';
import { vars } from './vars.js';
import { taskCounts } from './verdict.js';

/**
 * Raters whose scores differ by this many points or more "disagree strongly" (a worded flag).
 * With the E0/E1/E2 labels (0/100/50) that is one rater saying "directly exposed" and another
 * "not exposed"; smaller spreads are still shown in the per-rater details.
 */
export const DISAGREE = 75;
/** By default the most exposed tasks (TOP) and the least exposed (BOTTOM) show… */
export const TOP = 4;
export const BOTTOM = 3;
/** … and "Show all" appears only when it would reveal at least this many more. */
export const MIN_HIDDEN = 3;

export interface TaskUi {
  /** Index (in sorted order) of the task whose per-rater details are open, or -1. */
  open: number;
  all: boolean;
  toggle(i: number): void;
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

/** A rater's score as a mark: 0 not exposed (○), 1 with extra software (◐), 2 directly exposed (●). */
export const markOf = (score: number) => (score >= 75 ? 2 : score >= 25 ? 1 : 0);
const GLYPH = ['○', '◐', '●'];

/** The sorted indices shown: all, or the most and least exposed with the middle behind "Show all". */
export function visibleTasks(n: number, all: boolean, limit?: number): number[] {
  const idx = [...Array(n).keys()];
  if (limit) return idx.slice(0, limit);
  if (all || n - TOP - BOTTOM < MIN_HIDDEN) return idx;
  return [...idx.slice(0, TOP), ...idx.slice(n - BOTTOM)];
}

/**
 * The tasks: a summary bar (mostly / partly / not doable by AI), the legend of the rater marks,
 * then task bars in one neutral colour, the most and least exposed first, each with its raters'
 * marks beside the bar and strong disagreement worded. A click or tap opens the per-rater
 * details under the row (the row stays as it is: there is no second, hover version).
 * `limit` (compact cards) shows that many of the most exposed, without summary or "Show all".
 */
export function tasks({ m }: ViewContext, sorted: readonly Task[], ui: TaskUi, limit?: number) {
  if (!sorted.length) return nothing;
  const n = sorted.length;
  const shown = visibleTasks(n, ui.all, limit);
  const c = taskCounts(sorted);
  const rated = sorted.some((t) => t.scores?.length);
  const gapAt = shown.length < n ? TOP : -1;
  return html`<section class="tasks-section" aria-labelledby="h-tasks">
    <h3 id="h-tasks" class=${limit ? 'sr' : ''}>${m.tasks}</h3>
    ${
      limit
        ? nothing
        : html`<div class="task-summary">
            <span class="stack" aria-hidden="true"
              ><span class="seg s-mostly" ${vars({ '--v': `${(100 * c.mostly) / n}%` })}></span
              ><span class="seg s-partly" ${vars({ '--v': `${(100 * c.partly) / n}%` })}></span
            ></span>
            <p class="sum-text">${m.taskSummary(c.mostly, c.partly, c.not)}</p>
            <p class="intro">${m.doableRule}${rated ? html`<br /><span class="legend">${m.legend}</span>` : nothing}</p>
          </div>`
    }
    <ol part="tasks" class="tasks">
      ${shown.map((i, j) => {
        const t = sorted[i];
        const cov = Math.round(t.coverage);
        const spread = spreadOf(t);
        const scores = t.scores ?? [];
        const has = !!(scores.length || t.note);
        const open = ui.open === i;
        const low = spread >= DISAGREE ? scores.reduce((a, b) => (b.score < a.score ? b : a)) : undefined;
        return html`<li part="task" class="task${open ? ' open' : ''}${j === gapAt ? ' gap' : ''}">
          <button
            type="button"
            class="task-btn"
            aria-expanded=${has ? String(open) : nothing}
            aria-controls=${open ? `det-${i}` : nothing}
            @click=${() => has && ui.toggle(i)}
            @keydown=${(e: KeyboardEvent) => {
              // Esc closes our details only; a host <dialog> around the card stays open.
              if (e.key === 'Escape' && open) {
                e.stopPropagation();
                e.preventDefault();
                ui.toggle(i);
              }
            }}
          >
            <span class="task-text">${t.statement}</span>
            <span class="task-value">${cov}<span class="sr">/100</span></span>
            <span class="lane"
              ><span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${cov}%` })}></span></span
              >${
                scores.length
                  ? html`<span class="marks"
                      >${scores.map(
                        (s) =>
                          html`<span class="mk"
                            ><bdi>${s.label}</bdi> <span aria-hidden="true">${GLYPH[markOf(s.score)]}</span
                            ><span class="sr">${m.marks[markOf(s.score)]}</span></span
                          >`,
                      )}</span
                    >`
                  : nothing
              }</span
            >
            ${low ? html`<span class="flag">${m.disagreeSays(low.label)}</span>` : nothing}
          </button>
          ${
            open
              ? html`<div class="detail" id="det-${i}">
                ${
                  scores.length
                    ? html`<strong>${m.raters}</strong>
                      <ul>
                        ${scores.map(
                          (s) =>
                            html`<li><span><bdi>${s.label}</bdi></span><span>${GLYPH[markOf(s.score)]} ${m.marks[markOf(s.score)]}</span><b>${Math.round(s.score)}</b></li>`,
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
      !limit && n - TOP - BOTTOM >= MIN_HIDDEN
        ? html`<button type="button" class="more" aria-expanded=${String(ui.all)} @click=${ui.more}>
          ${ui.all ? m.showFewer : m.showAll(n)}
        </button>`
        : nothing
    }
  </section>`;
}
