import { html, nothing, type TemplateResult } from 'lit';
import type { Occupation } from '../data/contract.js';
import { money, number, pct } from '../i18n/format.js';
import type { ViewContext } from './context.js';

/**
 * A task counts as one "AI can do" when its mean rater coverage is over 50: the raters lean to
 * "an LLM alone halves the time" (E1). Three E2 ratings (50: only with extra software built on
 * the model) do not count.
 */
export const DOABLE = 50;

const tile = (label: string, value: unknown, sub?: unknown, note?: string, cls = '') =>
  html`<div class="tile ${cls}">
    <dt>${label}</dt>
    <dd>
      <span class="tile-value">${value}</span>
      ${sub ? html`<span class="tile-sub">${sub}</span>` : nothing}
      ${note ? html`<span class="tile-note">${note}</span>` : nothing}
    </dd>
  </div>`;

const join = (...parts: unknown[]) => parts.filter(Boolean).join(' · ');

/** The stat tiles; compact: only tasks AI can do, demand and salary, without notes. */
export function stats({ m, lang }: ViewContext, d: Occupation, compact = false) {
  const tiles: TemplateResult[] = [];
  const n = d.tasks.length;
  if (n) {
    const doable = d.tasks.filter((t) => t.coverage > DOABLE).length;
    tiles.push(
      tile(
        m.tasksShare,
        number(lang, doable / n, { style: 'percent' }),
        m.tasksShareNote(doable, n),
        compact ? '' : m.doableRule,
      ),
    );
  }
  const a = d.augmentation;
  // Not in level colours: high augmentation is good news, and red would say the opposite.
  if (a && !compact) tiles.push(tile(m.augmentation, m.level[a.level], undefined, a.note));
  const dm = d.demand;
  if (dm)
    tiles.push(
      tile(
        m.demand,
        m.trend[dm.trend],
        join(dm.changePct != null && pct(lang, dm.changePct), dm.period),
        compact ? '' : dm.note,
        `trend-${dm.trend}`,
      ),
    );
  const w = d.wage;
  if (w)
    tiles.push(
      tile(
        m.salary,
        money(lang, w.median, w.currency) + (w.topCoded ? ` ${m.orMore}` : ''),
        join(
          w.changePct != null && `${pct(lang, w.changePct)} ${m.yoy}`,
          w.period === 'hour' ? m.perHour : m.perYear,
          w.year && String(w.year),
        ),
        compact ? '' : w.note,
      ),
    );
  const e = d.employment;
  if (e && !compact)
    tiles.push(tile(m.employment, m.workers(number(lang, e.count)), join(e.year && String(e.year), e.source), e.note));
  return tiles.length ? html`<dl part="stats" class="stats">${tiles}</dl>` : nothing;
}

/**
 * One sentence for screen readers with the figures the gauge and tiles show visually, so the
 * chart is never the only carrier of the information.
 */
export function summary({ m, lang }: ViewContext, d: Occupation) {
  const n = d.tasks.length;
  const doable = d.tasks.filter((t) => t.coverage > DOABLE).length;
  const parts = [
    m.summary(d.occupation.title, Math.round(d.exposure.score), m.level[d.exposure.level]),
    n && `${m.tasksShare}: ${m.tasksShareNote(doable, n)}.`,
    d.demand &&
      `${m.demand}: ${m.trend[d.demand.trend]}${d.demand.changePct != null ? ` (${pct(lang, d.demand.changePct)})` : ''}.`,
    d.wage &&
      `${m.salary}: ${money(lang, d.wage.median, d.wage.currency)}${d.wage.topCoded ? ` ${m.orMore}` : ''} ${d.wage.period === 'hour' ? m.perHour : m.perYear}.`,
  ];
  return html`<p class="sr">${parts.filter(Boolean).join(' ')}</p>`;
}
