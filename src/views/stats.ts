import { html, nothing, type TemplateResult } from 'lit';
import type { Occupation } from '../data/contract.js';
import { money, number, pct } from '../i18n/format.js';
import type { ViewContext } from './context.js';
import { taskCounts, wholePct } from './verdict.js';

const tile = (label: string, value: unknown, sub?: unknown) =>
  html`<div class="tile">
    <dt>${label}</dt>
    <dd>
      <span class="tile-value">${value}</span>
      ${sub ? html`<span class="tile-sub">${sub}</span>` : nothing}
    </dd>
  </div>`;

const join = (...parts: unknown[]) => parts.filter(Boolean).join(' · ');

/** Median pay, compact ("$113K") where the locale has compact currency and the sum is large. */
export const pay = (lang: string, w: NonNullable<Occupation['wage']>) =>
  w.median >= 10_000
    ? number(lang, w.median, { style: 'currency', currency: w.currency, notation: 'compact', maximumSignificantDigits: 3 })
    : money(lang, w.median, w.currency);

/** Projected change as a whole signed percent ("+34 %"), as BLS rounds it; the trend word otherwise. */
const change = (lang: string, c: number) => number(lang, wholePct(c) / 100, { style: 'percent', signDisplay: 'exceptZero' });

/**
 * The key figures: one row of up to four tiles (tasks AI can do, AI mostly assists, projected
 * jobs, median pay) that wraps two by two, then employment as a footnote line and the sources'
 * caveats behind a disclosure. Compact: the same figures as one line of three.
 */
export function stats({ m, lang }: ViewContext, d: Occupation, compact = false) {
  const { n, mostly } = taskCounts(d.tasks);
  const a = d.augmentation;
  const dm = d.demand;
  const w = d.wage;
  const e = d.employment;
  if (compact) {
    const bits = [
      n ? `${m.tasksShare} ${m.ofN(mostly, n)}` : '',
      dm ? `${m.projected('')} ${dm.changePct != null ? change(lang, dm.changePct) : m.trend[dm.trend]}` : '',
      w ? `${m.salary} ${pay(lang, w)}${w.period === 'hour' ? ` ${m.perHour}` : ''}` : '',
    ].filter(Boolean);
    return bits.length
      ? html`<p part="stats" class="stats-line">${bits.map((b, i) => html`${i ? ' · ' : ''}<span class="nw">${b}</span>`)}</p>`
      : nothing;
  }
  const tiles: TemplateResult[] = [];
  if (n) tiles.push(tile(m.tasksShare, m.ofN(mostly, n)));
  if (a)
    tiles.push(
      a.exposed != null && a.assisted != null
        ? tile(m.assists, m.ofN(a.assisted, a.exposed), m.exposedTasks)
        : tile(m.augmentation, m.level[a.level]),
    );
  if (dm)
    tiles.push(
      tile(
        m.projected(dm.period ?? ''),
        dm.changePct != null ? change(lang, dm.changePct) : m.trend[dm.trend],
        dm.changePct != null ? m.trend[dm.trend] : '',
      ),
    );
  if (w)
    tiles.push(
      tile(
        m.salary,
        pay(lang, w) + (w.topCoded ? ` ${m.orMore}` : ''),
        join(w.period === 'hour' ? m.perHour : m.perYear, w.year && String(w.year)),
      ),
    );
  const notes = [dm?.note, w?.note, e?.note].filter(Boolean);
  const foot = join(
    e &&
      `${m.employment}: ${m.workers(number(lang, e.count))}${e.year || e.source ? ` (${join(e.year, e.source).replace(' · ', ', ')})` : ''}`,
    w?.changePct != null && `${m.salary} ${pct(lang, w.changePct)} ${m.yoy}`,
  );
  return html`${tiles.length ? html`<div part="stats" class="stats"><dl class="pair">${tiles.slice(0, 2)}</dl>${tiles.length > 2 ? html`<dl class="pair">${tiles.slice(2)}</dl>` : nothing}</div>` : nothing}
    ${foot ? html`<p class="foot">${foot}</p>` : nothing}
    ${notes.length ? html`<details class="notes"><summary>${m.aboutFigures}</summary><ul>${notes.map((x) => html`<li>${x}</li>`)}</ul></details>` : nothing}`;
}

/**
 * One sentence for screen readers with the figures the gauge and tiles show visually, so the
 * chart is never the only carrier of the information.
 */
export function summary({ m, lang }: ViewContext, d: Occupation) {
  const { n, mostly } = taskCounts(d.tasks);
  const parts = [
    m.summary(d.occupation.title, Math.round(d.exposure.score), m.level[d.exposure.level]),
    n && `${m.tasksShare}: ${m.tasksShareNote(mostly, n)}.`,
    d.demand &&
      `${m.demand}: ${m.trend[d.demand.trend]}${d.demand.changePct != null ? ` (${pct(lang, d.demand.changePct)})` : ''}.`,
    d.wage &&
      `${m.salary}: ${money(lang, d.wage.median, d.wage.currency)}${d.wage.topCoded ? ` ${m.orMore}` : ''} ${d.wage.period === 'hour' ? m.perHour : m.perYear}.`,
  ];
  return html`<p class="sr">${parts.filter(Boolean).join(' ')}</p>`;
}
