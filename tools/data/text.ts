/**
 * Generated wording: overview, risks, future-proof skills, FAQ and the notes on each figure.
 *
 * Rules for every sentence here: say where a number comes from, call exposure what it is (what AI
 * could do, not a forecast of job losses), and never add claims the figures do not support.
 * Publishers can replace any of this text with an overlay (see overlay.ts).
 */
import type { Level } from '../../src/data/contract.ts';
import { ordinal, TOP_CODE } from './compute.ts';

/** Everything the wording needs about one occupation, already computed. */
export interface Facts {
  title: string;
  score: number;
  level: Level;
  raters: { id: string; label: string; score: number }[];
  /** Rated tasks, most exposed first. */
  tasks: { statement: string; coverage: number; automation: number }[];
  /** Same tasks, least exposed first (core tasks before supplemental ones on ties). */
  leastExposed: { statement: string; coverage: number }[];
  skills: { name: string; importance: number }[];
  copilot?: { percentile: number };
  claude?: { percentile: number };
  augmentation?: { score: number; assisted: number; exposed: number };
  demand?: { changePct: number; wording: string; average?: number };
  wage?: { median: number; topCoded: boolean; fromHourly: boolean; changePct?: number };
  employment?: number;
  /** BLS code used for wage, employment and projections, and how many O*NET occupations share it. */
  bls?: { soc: string; title: string; shared: number };
}

const LEVEL_WORDS: Record<Level, string> = {
  low: 'low',
  moderate: 'moderate',
  high: 'high',
  'very-high': 'very high',
};

const SHARE_WORDS: Record<Level, string> = {
  low: 'few of the job’s tasks',
  moderate: 'some of the job’s tasks',
  high: 'many of the job’s tasks',
  'very-high': 'most of the job’s tasks',
};

/** 1234567 → "1,234,567" without depending on the ICU data Node was built with. */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const dollars = (n: number): string => `$${thousands(n)}`;
const pct = (n: number): string => `${Math.abs(n)}%`;
/** A share of conversations: one decimal from 1 %, two significant digits below. */
const share = (p: number): string => `${p >= 1 ? p.toFixed(1) : Number(p.toPrecision(2))}%`;
const quote = (s: string): string => `“${s.replace(/\.$/, '')}”`;

/** "grow 5.2%", "decline 3%", "change little (+0.4%)" */
/** The OOH words when they compare with the average; "Decline" etc. would only repeat the number. */
const comparison = (wording: string): string | undefined =>
  /average/i.test(wording) ? wording.toLowerCase() : undefined;

function changePhrase(changePct: number): string {
  if (changePct > 1) return `grow ${pct(changePct)}`;
  if (changePct < -1) return `decline ${pct(changePct)}`;
  return `change little (${changePct > 0 ? '+' : changePct < 0 ? '−' : ''}${pct(changePct)})`;
}

export function sharedNote(bls: Facts['bls']): string | undefined {
  if (!bls || bls.shared < 2) return undefined;
  return `BLS figure covers all of SOC ${bls.soc} (${bls.title}), which O*NET splits into ${bls.shared} occupations.`;
}

// ---------------------------------------------------------------------------------------------
// Notes on individual figures

export const RATED_NOTES: Record<string, string> = {
  gpt4: 'Weighted share of tasks GPT-4 rated exposed (E1 = 100, E2 = 50, E0 = 0; core tasks count double).',
  'gpt4-alt': 'Same, with GPT-4 following the paper’s alternative rubric.',
  human: 'Same, from the human annotators’ ratings.',
};

export function copilotNote(o: { value: number; soc: string; of: number; shared: number }): string {
  const shared = o.shared > 1 ? `, shared by ${o.shared} O*NET occupations` : '';
  return `Percentile among the ${o.of} occupations in Microsoft’s Bing Copilot data (US, Jan–Sep 2024): AI applicability score ${o.value.toFixed(3)} for SOC ${o.soc}${shared}. Observed use, not part of the exposure score.`;
}

export function claudeNote(o: { pct: number; matched: number; of: number }): string {
  return `Percentile among the ${o.of} occupations with tasks found in Claude.ai conversations (Anthropic Economic Index, Feb 2025): ${o.matched} matched task${o.matched === 1 ? '' : 's'}, ${share(o.pct)} of conversations. Observed use, not part of the exposure score.`;
}

export function augmentationNote(a: { assisted: number; exposed: number }): string {
  // Shown in a small stat tile: short, and it says which way is which.
  return `AI assists rather than automates ${a.assisted} of ${a.exposed} exposed tasks (GPT-4 labels T0–T2 vs T3–T4).`;
}

/** Short form for the wage and demand tiles; the employment tile carries the full sentence. */
const sharedShort = (bls: Facts['bls']) => (bls && bls.shared > 1 ? `Figure for all of SOC ${bls.soc}` : undefined);

export function demandNote(d: { wording: string }, bls: Facts['bls']): string {
  return [d.wording, sharedShort(bls)].filter(Boolean).join('. ');
}

export function wageNote(w: NonNullable<Facts['wage']>, bls: Facts['bls']): string | undefined {
  const parts = [
    w.topCoded ? `BLS publishes this median only as “${dollars(TOP_CODE.annual)} or more”.` : undefined,
    w.fromHourly && !w.topCoded
      ? 'Hourly median × 2,080 hours: BLS publishes only hourly wages for this occupation.'
      : undefined,
    sharedShort(bls) && `${sharedShort(bls)}.`,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

export const employmentNote = (bls: Facts['bls']): string | undefined => sharedNote(bls);

// ---------------------------------------------------------------------------------------------
// Editorial sections

function raterSentence(f: Facts): string {
  const [g, a, h] = f.raters;
  return `By rater: GPT-4 ${g.score}, GPT-4 with an alternative rubric ${a.score}, human annotators ${h.score}.`;
}

function augmentationSentence(a: NonNullable<Facts['augmentation']>): string {
  return `Of the ${a.exposed} task${a.exposed === 1 ? '' : 's'} with some exposure, GPT-4 rates ${a.assisted} as work where AI would assist a person rather than do the task alone.`;
}

function observedSentence(f: Facts): string | undefined {
  const ranks = [
    f.copilot && `${ordinal(Math.round(f.copilot.percentile))}`,
    f.copilot && 'Microsoft Copilot',
    f.claude && `${ordinal(Math.round(f.claude.percentile))}`,
    f.claude && 'Claude',
  ].filter((x): x is string => Boolean(x));
  if (!ranks.length) return undefined;
  const [r1, p1, r2, p2] = ranks;
  const second = r2 ? ` and the ${r2} for ${p2}` : '';
  return `In observed use, this work ranks at the ${r1} percentile for ${p1}${second} among occupations with data.`;
}

function laborSentence(f: Facts): string | undefined {
  const counted = [
    f.employment !== undefined ? `${thousands(f.employment)} jobs` : undefined,
    f.wage ? `a median wage of ${dollars(f.wage.median)}${f.wage.topCoded ? ' or more' : ''} a year` : undefined,
  ].filter(Boolean);
  const s1 = counted.length ? `counted ${counted.join(' with ')} in May 2024` : undefined;
  const s2 = f.demand
    ? `projects employment to ${changePhrase(f.demand.changePct)} from 2024 to 2034${comparison(f.demand.wording) ? ` (${comparison(f.demand.wording)})` : ''}`
    : undefined;
  if (!s1 && !s2) return undefined;
  const subject = f.bls && f.bls.shared > 1 ? `For SOC ${f.bls.soc} as a whole, BLS` : 'BLS';
  return `${subject} ${[s1, s2].filter(Boolean).join(' and ')}.`;
}

export function overview(f: Facts): string[] {
  const n = f.tasks.length;
  const p1 =
    // Titles are plural nouns ("Data Scientists"), so sentences avoid making them the subject.
    `AI exposure score for ${f.title}: ${f.score} out of 100 (${LEVEL_WORDS[f.level]}). ` +
    `It rates the job’s ${n} O*NET task${n === 1 ? '' : 's'} by whether a large language model could cut the time needed by at least half at the same quality ` +
    '(full credit when the model alone could, half credit when it needs extra software built on it), as judged by GPT-4 and by human annotators. ' +
    'It measures what AI could do, not a forecast of job losses.';
  const p2 = [raterSentence(f), observedSentence(f), f.augmentation && augmentationSentence(f.augmentation)]
    .filter(Boolean)
    .join(' ');
  const p3 = laborSentence(f);
  return [p1, p2, p3].filter((p): p is string => Boolean(p));
}

/**
 * The most exposed tasks that GPT-4 rates as mostly or fully automatable (T3–T4), up to 5;
 * only tasks with coverage of 50 or more, so a 2/100 occupation is not shown "risks".
 */
export function risks(f: Facts): string[] {
  return f.tasks
    .filter((t) => t.coverage >= 50 && t.automation >= 3)
    .slice(0, 5)
    .map((t) => t.statement);
}

/** Top 3 skills by importance, then the least exposed tasks (coverage under 50), 5 items in all. */
export function futureSkills(f: Facts): string[] {
  const skills = f.skills.slice(0, 3).map((s) => s.name);
  const tasks = f.leastExposed
    .filter((t) => t.coverage < 50)
    .slice(0, 5 - skills.length)
    .map((t) => t.statement);
  return [...skills, ...tasks];
}

export function faq(f: Facts): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  const [g, a, h] = f.raters;

  out.push({
    question: `Will AI replace ${f.title}?`,
    answer: [
      `The data do not say that. The AI exposure score for ${f.title} is ${f.score} out of 100 (${LEVEL_WORDS[f.level]}): ${SHARE_WORDS[f.level]} are rated as work AI could do much faster.`,
      'Exposure measures what AI could help do, not a forecast: a job with exposed tasks can change rather than disappear.',
      f.augmentation && augmentationSentence(f.augmentation),
      f.demand &&
        `BLS projects employment${f.bls && f.bls.shared > 1 ? ` in SOC ${f.bls.soc}` : ''} to ${changePhrase(f.demand.changePct)} from 2024 to 2034.`,
    ]
      .filter(Boolean)
      .join(' '),
  });

  const exposed = f.tasks.filter((t) => t.coverage > 0).slice(0, 3);
  out.push({
    question: `Which ${f.title} tasks are most exposed to AI?`,
    answer: exposed.length
      ? `Rated most exposed: ${exposed.map((t) => `${quote(t.statement)} (${t.coverage}/100)`).join('; ')}. Each task score is the mean of the three raters: GPT-4, GPT-4 with an alternative rubric, and human annotators.`
      : `None of its ${f.tasks.length} rated tasks was rated exposed by any of the three raters (GPT-4, GPT-4 with an alternative rubric, human annotators).`,
  });

  if (f.demand) {
    const avg = f.demand.average !== undefined ? ` The average for all occupations is ${f.demand.average}%.` : '';
    const scope = f.bls && f.bls.shared > 1 ? ` ${sharedNote(f.bls)}` : '';
    out.push({
      question: `What is the job outlook for ${f.title}?`,
      answer: `BLS projects employment to ${changePhrase(f.demand.changePct)} from 2024 to 2034${comparison(f.demand.wording) ? `, ${comparison(f.demand.wording)}` : ''}.${avg}${scope}`,
    });
  }

  if (f.wage) {
    const w = f.wage;
    const change =
      w.changePct !== undefined ? `, ${w.changePct >= 0 ? 'up' : 'down'} ${pct(w.changePct)} from May 2023` : '';
    out.push({
      question: `How much do ${f.title} earn?`,
      answer:
        `The median annual wage was ${dollars(w.median)}${w.topCoded ? ' or more' : ''} in May 2024${change} (BLS OEWS).` +
        (w.fromHourly && !w.topCoded ? ' BLS publishes only an hourly median here; the annual figure is it × 2,080 hours.' : '') +
        (sharedNote(f.bls) ? ` ${sharedNote(f.bls)}` : ''),
    });
  }

  out.push({
    question: 'How was this score calculated?',
    answer:
      `Each of the ${f.tasks.length} O*NET tasks of this job was rated by GPT-4, by GPT-4 with an alternative rubric and by human annotators (Eloundou et al., Science 2024): ` +
      '100 if a language model alone could cut the time it takes by at least half at the same quality, 50 if that needs extra software built on the model, 0 otherwise. ' +
      `Per rater, core tasks count double: GPT-4 ${g.score}, GPT-4 with the alternative rubric ${a.score}, human annotators ${h.score}. ` +
      `The score, ${f.score}, is their mean. Copilot and Claude usage are shown separately and do not enter it.`,
  });
  return out;
}
