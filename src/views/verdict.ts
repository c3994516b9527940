import { html } from 'lit';
import type { Occupation, Task } from '../data/contract.js';
import { number } from '../i18n/format.js';
import type { ViewContext } from './context.js';

/**
 * A task counts as one "AI can do" when its mean rater coverage is over 50: the raters lean to
 * "an LLM alone halves the time" (E1). Three E2 ratings (50: only with extra software built on
 * the model) do not count. Tasks over 0 and up to 50 are "partly": some rater sees exposure.
 */
export const DOABLE = 50;

/** Tasks by how much of them AI could do: mostly (over DOABLE), partly (over 0), not (0). */
export function taskCounts(tasks: readonly Task[]) {
  let mostly = 0;
  let partly = 0;
  for (const t of tasks) {
    if (t.coverage > DOABLE) mostly++;
    else if (t.coverage > 0) partly++;
  }
  return { n: tasks.length, mostly, partly, not: tasks.length - mostly - partly };
}

/** The level group the verdict's lead speaks of: high and very high share their words. */
export const leadBand = (level: Occupation['exposure']['level']) => (level === 'very-high' ? 'high' : level);

/**
 * A projected change as a whole percent, halves away from zero as in BLS's tables (the data
 * build rounds the same way, and derives the trend from that whole number).
 */
export const wholePct = (c: number) => Math.sign(c) * Math.round(Math.abs(c));

/**
 * The verdict: one or two plain sentences composed from the figures, never from free text.
 *
 * Rules (the same in every language; test/node/verdict.test.ts checks them on every document):
 * 1. The lead comes from the exposure level (low / moderate / high and very high) and the
 *    demand trend (growing / declining; stable or no projection share the lead that makes no
 *    claim about demand): `m.lead[band][trend]`.
 * 2. After it, the tasks: "AI could speed up k of its n tasks" with k the tasks AI can do (the
 *    tile's count); none of those but some partly exposed: "AI could help with p of its n tasks,
 *    none mostly on its own"; no exposed task at all: "no task is rated as work AI could speed
 *    up"; a document without tasks: the lead alone.
 * 3. Second sentence, when the document has a projection: the trend in words with the whole
 *    percent (growing and declining only; stable is "little change"), the period, and whether the
 *    figure is the BLS group's rather than the occupation's own.
 *
 * `short` (the compact card): the first sentence only; the lead still names the trend. The compact
 * card's stats line right under it has the projected change, the group note says whose figure it
 * is, and "Full breakdown" gives the whole verdict with the period.
 */
export function verdictText({ m, lang }: ViewContext, d: Occupation, short = false): string {
  const { n, mostly, partly } = taskCounts(d.tasks);
  const dm = d.demand;
  // Without a projection the lead is the stable one: it makes no claim about demand.
  const lead = m.lead[leadBand(d.exposure.level)][dm?.trend ?? 'stable'];
  const first = !n ? lead : m.verdictTasks(lead, mostly, partly, n);
  if (!dm || short) return first;
  const p =
    dm.changePct != null && dm.trend !== 'stable'
      ? number(lang, Math.abs(wholePct(dm.changePct)) / 100, { style: 'percent' })
      : '';
  return `${first} ${m.verdictDemand(dm.trend, p, dm.period ?? '', !!d.blsGroup)}`;
}

/** The verdict, right under the title (part `verdict`); `short` for the compact card. */
export const verdict = (ctx: ViewContext, d: Occupation, short = false) =>
  html`<p part="verdict" class="verdict">${verdictText(ctx, d, short)}</p>`;
