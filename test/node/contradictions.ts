/**
 * The contradiction checks of consistency.test.ts: every sentence of a document's generated text
 * against the figures beside it (not a test file itself, so other scripts can run it too).
 */
import type { Occupation } from '../../src/data/contract.ts';
import { divRound, growthWording, isDoable, quantifier, wholePercent } from '../../tools/data/compute.ts';
import { QUANTIFIER_WORDS } from '../../tools/data/text.ts';

/** All contradictions found in one document (empty when it is consistent). */
export function contradictions(d: Occupation): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(`${d.occupation.code}: ${what}`);
  const texts = [...(d.overview ?? []), ...(d.faq ?? []).map((f) => f.answer)];
  const all = [
    ...texts,
    ...(d.exposure.signals ?? []).map((s) => s.note ?? ''),
    d.wage?.note ?? '',
    d.employment?.note ?? '',
    d.demand?.note ?? '',
    d.augmentation?.note ?? '',
  ];
  const prose = all.join('\n');

  // Score: the mean of the two rounded scoring raters, reproducible from what is shown.
  const sig = (id: string) => d.exposure.signals?.find((s) => s.id === id)?.score;
  const g = sig('gpt4');
  const h = sig('human');
  if (g === undefined || h === undefined) fail('missing a scoring rater');
  else if (divRound(Math.round(g * 10) + Math.round(h * 10), 20) !== d.exposure.score)
    fail(`score ${d.exposure.score} is not the mean of ${g} and ${h}`);

  // One count of tasks AI can do, one quantifier.
  const n = d.tasks.length;
  const k = d.tasks.filter((t) => isDoable(t.coverage)).length;
  const q = quantifier(k, n);
  for (const m of prose.matchAll(/AI can do ((?:none|all|its one|\d+) [^.:]*?)(?:[.:]|$)/gm)) {
    const phrase = m[1];
    const expected =
      q === 'none'
        ? `none of its ${n} rated task${n === 1 ? '' : 's'}`
        : q === 'all'
          ? n === 1
            ? 'its one rated task'
            : `all ${n} of its rated tasks`
          : `${k} of its ${n} rated tasks (${QUANTIFIER_WORDS[q]})`;
    if (phrase !== expected) fail(`"AI can do ${phrase}" but ${k} of ${n} tasks are over 50 (${q})`);
  }
  if (!/AI can do /.test(d.overview?.join(' ') ?? '')) fail('overview does not state the tasks AI can do');
  if (/\b(few|some|many|most) of the job’s tasks\b/.test(prose)) fail('quantifier not derived from the count');
  if (k === 0 && /a job whose tasks AI can do/.test(prose)) fail('says tasks AI can do when there are none');
  const partial = d.tasks.filter((t) => t.coverage > 0 && !isDoable(t.coverage)).length;
  const pm = /partial credit: (\d+) more tasks? scores? 25 or 50/.exec(prose);
  if (pm ? Number(pm[1]) !== partial : partial > 0 && d.overview?.length)
    fail(`partial credit sentence vs ${partial} partly exposed tasks`);
  if (/undefined|NaN|\[object/.test(prose)) fail('a placeholder in the text');

  // Key risks: only tasks counted as AI can do.
  const doable = new Set(d.tasks.filter((t) => isDoable(t.coverage)).map((t) => t.statement));
  for (const r of d.risks ?? []) if (!doable.has(r)) fail(`risk is not a task AI can do: ${r}`);
  // Skills to future-proof: skills, never task statements.
  const statements = new Set(d.tasks.map((t) => t.statement));
  for (const s of d.futureSkills ?? []) if (statements.has(s) || s.length > 40) fail(`future skill is not a skill: ${s}`);

  // Zero cases get words of their own.
  if (/\b(rates|labels) 0 as\b|\b0 of (its|the)\b|\b(up|down) 0(\.0)?%/.test(prose)) fail('a zero count or change in digits');

  // Observed use: ranks, never ordinal percentiles, and the same number as the signal.
  if (/percentile|\b\d+(st|nd|rd|th)\b/.test(prose)) fail('ordinal or percentile wording');
  for (const s of d.exposure.signals ?? []) {
    if (s.kind !== 'observed') continue;
    const m = /higher than (\d+)% of the (\d+) /.exec(s.note ?? '');
    if (m ? Number(m[1]) !== s.score || s.score >= 100 : s.score !== 0 || !/lowest/.test(s.note ?? ''))
      fail(`rank wording of ${s.id} vs ${s.score}`);
  }

  // Demand: trend, wording and sign from the same rounded value.
  const dm = d.demand;
  if (dm && dm.changePct !== undefined) {
    const p = wholePercent(dm.changePct);
    const trend = p >= 1 ? 'growing' : p <= -2 ? 'declining' : 'stable';
    if (dm.trend !== trend) fail(`trend ${dm.trend} for ${dm.changePct}%`);
    if (!dm.note?.startsWith(growthWording(dm.changePct))) fail(`demand note "${dm.note}" for ${dm.changePct}%`);
    if (/decline|little/i.test(dm.note ?? '') && dm.trend === 'growing') fail('growing with a decline wording');
    for (const m of prose.matchAll(
      /employment(?: in SOC \S+ as a whole)? to (grow|decline|change little \(([+−])|stay the same)\s?([\d.]*)/g,
    )) {
      const [, verb, sign, num] = m;
      const ok =
        verb === 'grow'
          ? dm.trend === 'growing' && dm.changePct > 0 && Number(num) === dm.changePct
          : verb === 'decline'
            ? dm.trend === 'declining' && dm.changePct < 0 && Number(num) === -dm.changePct
            : verb === 'stay the same'
              ? dm.changePct === 0
              : dm.trend === 'stable' && (sign === '+') === dm.changePct > 0 && Number(num) === Math.abs(dm.changePct);
      if (!ok) fail(`"${m[0]}" vs ${dm.trend} ${dm.changePct}%`);
    }
  }

  // Wages: the published period, signs from the change, BLS's caution.
  const w = d.wage;
  if (w) {
    if (/× ?2,?080|2,080 hours/.test(prose)) fail('annualised hourly wage');
    const faq = d.faq?.find((f) => /earn\?$/.test(f.question))?.answer ?? '';
    if (!faq.includes(w.period === 'hour' ? 'median hourly wage' : 'median annual wage'))
      fail(`wage FAQ does not say ${w.period}`);
    const m = /(up|down) ([\d.]+)% from May 2023|unchanged from May 2023/.exec(faq);
    if (w.changePct === undefined ? m : !m) fail('wage change stated without a figure, or a figure not stated');
    if (m && w.changePct !== undefined) {
      const ok =
        m[1] === 'up'
          ? w.changePct > 0 && Number(m[2]) === w.changePct
          : m[1] === 'down'
            ? w.changePct < 0 && Number(m[2]) === -w.changePct
            : w.changePct === 0;
      if (!ok) fail(`"${m[0]}" vs ${w.changePct}`);
      if (!/caution/.test(faq) || !/caution/.test(w.note ?? '')) fail('no BLS caution on the change');
    }
  }

  // Group figures are labelled as the group's wherever they appear.
  if (d.blsGroup) {
    for (const [name, note] of [
      ['wage', d.wage?.note],
      ['employment', d.employment?.note],
      ['demand', d.demand?.note],
    ] as const) {
      if (note !== undefined && !note.includes(`SOC ${d.blsGroup.code}`))
        fail(`${name} note does not name group SOC ${d.blsGroup.code}`);
    }
    if (d.blsGroup.residual && !/residual/.test(d.overview?.join(' ') ?? '')) fail('residual group not said in the overview');
  }

  // Augmentation: enough tasks, and the share matches "k of n exposed tasks".
  const a = d.augmentation;
  if (a) {
    const m = /^(\d+) of (\d+) exposed tasks/.exec(a.note ?? '');
    if (!m || Number(m[2]) < 5 || divRound(100 * Number(m[1]), Number(m[2])) !== a.score)
      fail(`augmentation ${a.score} vs "${a.note}"`);
  }
  return out;
}
