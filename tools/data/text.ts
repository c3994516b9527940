/**
 * Generated wording: overview, key risks and FAQ.
 *
 * Every sentence follows from a figure shown beside it: quantifiers come from `quantifier()` on
 * the count of tasks AI can do, trend words from the same whole percent as the BLS wording, signs
 * from the rounded change, ranks are worded as "higher than r % of occupations", zero counts get
 * words of their own, and hourly wages stay hourly. test/node/consistency.test.ts checks all of
 * this over every built document. Publishers can replace any of this text with an overlay.
 */
import type { Level, Occupation } from '../../src/data/contract.ts';
import { isDoable, quantifier, TOP_CODE, type Quantifier } from './compute.ts';
import type { ExposureFacts } from './sections/exposure.ts';
import { dollars, isGroup, thousands, type LabourFacts } from './sections/labour.ts';
import { CLAUDE_AMONG, COPILOT_AMONG, rankPhrase, type ObservedRank } from './sections/observed.ts';

/** Everything the wording needs about one occupation, already computed. */
export interface Facts {
  title: string;
  exposure: ExposureFacts;
  labour: LabourFacts;
  copilot?: ObservedRank;
  claude?: ObservedRank;
  entry?: Occupation['entry'];
  jobZone?: Occupation['jobZone'];
  composite?: Occupation['composite'];
}

export const LEVEL_WORDS: Record<Level, string> = {
  low: 'low',
  moderate: 'moderate',
  high: 'high',
  'very-high': 'very high',
};

export const QUANTIFIER_WORDS: Record<Quantifier, string> = {
  none: 'none',
  few: 'a few',
  some: 'some',
  half: 'half',
  most: 'most',
  all: 'all',
};

/** The one definition of "Tasks AI can do", as stated on the card. */
export const DOABLE_RULE =
  'A task counts as one AI can do when its score is over 50: GPT-4 and the human annotators both rate it exposed, and at least one says a language model alone could halve the time it takes.';

const quote = (s: string): string => `“${s.replace(/\.$/, '')}”`;
const pct = (n: number): string => `${Math.abs(n)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 of the 20 tasks (most)" / "none of the 20 tasks" / "all 20 tasks" */
export function doablePhrase(e: ExposureFacts): string {
  const n = e.tasks.length;
  const q = quantifier(e.doable, n);
  if (q === 'none') return `none of its ${plural(n, 'rated task')}`;
  if (q === 'all') return n === 1 ? 'its one rated task' : `all ${n} of its rated tasks`;
  return `${e.doable} of its ${n} rated tasks (${QUANTIFIER_WORDS[q]})`;
}

/** grow 5.2% / decline 3% / change little (−0.4%), from the whole percent BLS words use. */
export function changePhrase(d: NonNullable<LabourFacts['demand']>): string {
  if (d.trend === 'growing') return `grow ${pct(d.changePct)}`;
  if (d.trend === 'declining') return `decline ${pct(d.changePct)}`;
  if (d.changePct === 0) return 'stay the same';
  return `change little (${d.changePct > 0 ? '+' : '−'}${pct(d.changePct)})`;
}

/** The OOH words when they compare with the average ("Decline" would only repeat the number). */
const comparison = (wording: string): string | undefined => (/average/i.test(wording) ? wording.toLowerCase() : undefined);

function wagePhrase(w: NonNullable<LabourFacts['wage']>): string {
  const amount = `${dollars(w.median)}${w.topCoded ? ' or more' : ''}`;
  return `a median wage of ${amount} ${w.period === 'hour' ? 'an hour' : 'a year'}`;
}

function changeFromLastYear(c: number): string {
  if (c === 0) return 'unchanged from May 2023';
  return `${c > 0 ? 'up' : 'down'} ${pct(c)} from May 2023`;
}

/** Who the BLS figures describe: the occupation, its group, or a residual group. */
function blsSubject(l: LabourFacts): string {
  const g = l.group;
  if (!isGroup(g)) return 'BLS';
  if (g.composite)
    return `BLS publishes no figures for this composite occupation. For SOC ${g.soc} (${g.title}), whose figures this card shows, BLS`;
  return g.residual
    ? `BLS publishes no figures for this occupation alone. For the residual group SOC ${g.soc} (${g.title}), which also holds other occupations, BLS`
    : `For SOC ${g.soc} (${g.title}) as a whole, which O*NET splits into ${g.shared} occupations, BLS`;
}

function assistSentence(a: NonNullable<ExposureFacts['augmentation']>): string {
  const k = a.assisted === 0 ? 'none' : a.assisted === a.exposed ? 'all' : `${a.assisted}`;
  return `Of the ${a.exposed} tasks with some exposure, GPT-4 labels ${k} as work where AI would assist a person rather than do the task alone.`;
}

function observedSentence(f: Facts): string | undefined {
  const parts = [
    f.copilot && `Microsoft Copilot usage of this work is ${rankPhrase(f.copilot, COPILOT_AMONG)}`,
    f.claude && `Claude usage is ${rankPhrase(f.claude, CLAUDE_AMONG)}`,
  ].filter(Boolean);
  if (!parts.length) return undefined;
  return `Observed use, kept apart from the score: ${parts.join('; ')}.`;
}

function laborSentence(l: LabourFacts): string | undefined {
  const counted = [
    l.employment && `${thousands(l.employment.count)} people employed in 2024 (all workers, self-employed included)`,
    !l.employment && l.wageAndSalary !== undefined && `${thousands(l.wageAndSalary)} wage and salary jobs in May 2024`,
    l.wage && `${wagePhrase(l.wage)} in May 2024`,
  ].filter(Boolean);
  const s1 = counted.length ? `counts ${counted.join(' and ')}` : undefined;
  const d = l.demand;
  const s2 = d
    ? `projects employment to ${changePhrase(d)} from 2024 to 2034${comparison(d.wording) ? ` (${comparison(d.wording)})` : ''}`
    : undefined;
  if (!s1 && !s2) return undefined;
  return `${blsSubject(l)} ${[s1, s2].filter(Boolean).join(' and ')}.`;
}

/** Why a score can exceed the share of tasks AI can do: partial credit, counted. */
function partialSentence(e: ExposureFacts): string | undefined {
  const partial = e.tasks.filter((t) => t.coverage > 0 && !isDoable(t.coverage)).length;
  if (!partial) return undefined;
  return `The score also gives partial credit: ${partial === 1 ? '1 more task scores' : `${partial} more tasks score`} 25 or 50.`;
}

export function overview(f: Facts): string[] {
  const e = f.exposure;
  const [g, h] = e.raters;
  const n = e.tasks.length;
  const p1 = [
    // Titles are plural nouns ("Data Scientists"), so sentences avoid making them the subject.
    `AI exposure score for ${f.title}: ${e.score} out of 100 (${LEVEL_WORDS[e.level]}), the mean of GPT-4’s rating (${g.score}) and the human annotators’ (${h.score}) of the job’s ${plural(n, 'O*NET task')}.`,
    'Each task is rated by whether a large language model could cut the time it takes by at least half at the same quality (full credit when the model alone could, half credit when it needs extra software built on it).',
    `AI can do ${doablePhrase(e)}. ${DOABLE_RULE}`,
    partialSentence(e),
    'The score measures what AI could do, not a forecast of job losses.',
  ]
    .filter(Boolean)
    .join(' ');
  const p2 = [
    `As a robustness check, GPT-4 with the paper’s alternative rubric gives ${e.alt}; it is not part of the score.`,
    observedSentence(f),
    e.augmentation && assistSentence(e.augmentation),
  ]
    .filter(Boolean)
    .join(' ');
  const p3 = laborSentence(f.labour);
  const p4 = f.composite?.note;
  return [p1, p2, p3, p4].filter((p): p is string => Boolean(p));
}

/**
 * Key risks: tasks AI can do (the card's one rule), most exposed first and, among equals, those
 * GPT-4 thinks AI could do mostly alone (T3–T4) first; up to 5.
 */
export function risks(e: ExposureFacts): string[] {
  return e.tasks
    .filter((t) => isDoable(t.coverage))
    .sort((a, b) => b.coverage - a.coverage || b.task.automation - a.task.automation)
    .slice(0, 5)
    .map((t) => t.task.statement);
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const article = (s: string) => `${/^[aeiou]/i.test(s) ? 'an' : 'a'} ${s}`;

/** BLS education categories in a sentence: "a bachelor's degree", "no formal educational credential". */
function education(e: string): string {
  const s = lower(e);
  return /^(no |some )/.test(s) ? s : article(s);
}

/** BLS training categories: "short-term on-the-job training", "an apprenticeship". */
const training = (t: string): string => (/training$/i.test(t) ? lower(t) : article(lower(t)));

function becomeAnswer(f: Facts): string | undefined {
  const en = f.entry;
  const z = f.jobZone;
  if (!en && !z) return undefined;
  const parts: string[] = [];
  if (en) {
    const scope = isGroup(f.labour.group) ? ` for SOC ${f.labour.group.soc} (${f.labour.group.title})` : '';
    const req = [
      en.education && `${education(en.education)} as the typical education for entry`,
      en.experience &&
        `${en.experience === 'None' ? 'no' : lower(en.experience) + ' of'} work experience in a related occupation`,
      en.training && (en.training === 'None' ? 'no on-the-job training once hired' : `${training(en.training)} once hired`),
    ].filter(Boolean);
    if (req.length)
      parts.push(`BLS lists${scope} ${req.length > 1 ? `${req.slice(0, -1).join(', ')} and ${req.at(-1)}` : req[0]}.`);
  }
  if (z) parts.push(`O*NET places the job in Job Zone ${z.zone} of 5${z.label ? ` (${z.label.toLowerCase()})` : ''}.`);
  const o = f.labour.openings;
  if (o !== undefined)
    parts.push(
      `BLS projects about ${thousands(o)} openings a year on average from 2024 to 2034, from growth and from workers who leave the occupation.`,
    );
  return parts.join(' ');
}

export function faq(f: Facts): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  const e = f.exposure;
  const [g, h] = e.raters;
  const l = f.labour;

  out.push({
    question: `Will AI replace ${f.title}?`,
    answer: [
      `The data do not say that. The AI exposure score for ${f.title} is ${e.score} out of 100 (${LEVEL_WORDS[e.level]}), and AI can do ${doablePhrase(e)}.`,
      e.doable > 0
        ? 'Exposure measures what AI could help do, not a forecast: a job whose tasks AI can do can change rather than disappear.'
        : 'Exposure measures what AI could help do, not a forecast of job losses.',
      e.augmentation && assistSentence(e.augmentation),
      l.demand &&
        `BLS projects employment${isGroup(l.group) ? ` in SOC ${l.group.soc} as a whole` : ''} to ${changePhrase(l.demand)} from 2024 to 2034.`,
    ]
      .filter(Boolean)
      .join(' '),
  });

  const exposed = e.tasks.filter((t) => t.coverage > 0).slice(0, 3);
  out.push({
    question: `Which ${f.title} tasks are most exposed to AI?`,
    answer: exposed.length
      ? `Rated most exposed: ${exposed.map((t) => `${quote(t.task.statement)} (${t.coverage}/100)`).join('; ')}. Each task score is the mean of GPT-4’s and the human annotators’ ratings.`
      : `Neither GPT-4 nor the human annotators rated any of its ${plural(e.tasks.length, 'task')} as exposed.`,
  });

  const become = becomeAnswer(f);
  if (become) out.push({ question: `How do people become ${f.title}?`, answer: become });

  if (l.demand) {
    const d = l.demand;
    const avg = d.average !== undefined ? ` The average for all occupations is ${d.average}%.` : '';
    const cmp = comparison(d.wording);
    out.push({
      question: `What is the job outlook for ${f.title}?`,
      answer: `${blsSubject(l)} projects employment to ${changePhrase(d)} from 2024 to 2034${cmp ? `, ${cmp}` : ''}.${avg}`,
    });
  }

  if (l.wage) {
    const w = l.wage;
    const amount = `${dollars(w.median)}${w.topCoded ? ' or more' : ''}`;
    const change = w.changePct !== undefined ? `, ${changeFromLastYear(w.changePct)}` : '';
    out.push({
      question: `How much do ${f.title} earn?`,
      answer: [
        `${blsSubject(l) === 'BLS' ? 'The' : `${blsSubject(l)} reports a`} median ${w.period === 'hour' ? 'hourly' : 'annual'} wage ${blsSubject(l) === 'BLS' ? 'was' : 'of'} ${amount} in May 2024${change} (BLS OEWS).`,
        w.period === 'hour'
          ? 'BLS publishes only an hourly median for this occupation, so no annual figure is given.'
          : undefined,
        w.changePct !== undefined ? 'BLS advises caution when comparing OEWS estimates across years.' : undefined,
        w.topCoded
          ? `BLS does not publish medians above ${dollars(w.period === 'hour' ? TOP_CODE.hour : TOP_CODE.year)}.`
          : undefined,
      ]
        .filter(Boolean)
        .join(' '),
    });
  }

  out.push({
    question: 'How was this score calculated?',
    answer:
      `Each of the ${plural(e.tasks.length, 'O*NET task')} of this job was rated by GPT-4 and by human annotators (Eloundou et al., Science 2024): ` +
      '100 if a language model alone could cut the time it takes by at least half at the same quality, 50 if that needs extra software built on the model, 0 otherwise. ' +
      `Per rater, core tasks count double: GPT-4 ${g.score}, human annotators ${h.score}. The score, ${e.score}, is their mean, rounded. ` +
      `GPT-4 with the paper’s alternative rubric (${e.alt}) is shown as a robustness check and is not in the score. Copilot and Claude usage are shown separately and do not enter it either.`,
  });
  return out;
}
