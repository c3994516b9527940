/**
 * Exposure section: task coverage, the occupation score from GPT-4 (primary rubric) and the human
 * annotators, the alternative rubric as a labelled robustness signal, and the task list.
 */
import type { Occupation, Signal } from '../../../src/data/contract.ts';
import { augmentation, isDoable, LABEL_SCORE, occupationExposure, taskCoverage } from '../compute.ts';
import { RATERS, ROBUSTNESS } from '../meta.ts';
import type { LabeledTask } from '../sources.ts';

export type WeightedTask = Omit<LabeledTask, 'weight'> & { weight: number };

export interface ScoredTask {
  task: WeightedTask;
  /** Scores of RATERS, in order. */
  scores: number[];
  /** The alternative rubric's score (robustness only). */
  alt: number;
  coverage: number;
}

export interface ExposureFacts {
  score: number;
  level: Occupation['exposure']['level'];
  raters: { id: string; label: string; score: number }[];
  /** The alternative rubric's occupation score. */
  alt: number;
  /** Most exposed first (coverage, then weight, then task ID). */
  tasks: ScoredTask[];
  /** Tasks counted as "AI can do" (coverage over 50). */
  doable: number;
  augmentation?: { score: number; level: Occupation['exposure']['level']; assisted: number; exposed: number };
}

export function scoreExposure(tasks: readonly WeightedTask[]): ExposureFacts {
  const scored: ScoredTask[] = tasks.map((task) => {
    const scores = RATERS.map((r) => LABEL_SCORE[task.labels[r.id]]);
    return { task, scores, alt: LABEL_SCORE[task.labels[ROBUSTNESS.id]], coverage: taskCoverage(scores) };
  });
  const main = occupationExposure(scored.map((s) => ({ scores: s.scores, weight: s.task.weight })));
  const alt = occupationExposure(scored.map((s) => ({ scores: [s.alt], weight: s.task.weight }))).raters[0];
  const sorted = [...scored].sort((a, b) => b.coverage - a.coverage || b.task.weight - a.task.weight || a.task.id - b.task.id);
  return {
    score: main.score,
    level: main.level,
    raters: RATERS.map((r, i) => ({ id: r.id, label: r.label, score: main.raters[i] })),
    alt,
    tasks: sorted,
    doable: scored.filter((s) => isDoable(s.coverage)).length,
    augmentation: augmentation(scored.map((s) => ({ coverage: s.coverage, automation: s.task.automation }))),
  };
}

export const RATED_NOTES: Record<string, string> = {
  gpt4: 'Weighted share of tasks GPT-4 rated exposed (E1 = 100, E2 = 50, E0 = 0; core tasks count double). Half of the score.',
  human: 'Same, from the human annotators’ ratings. Half of the score.',
  [ROBUSTNESS.id]:
    'Same, with GPT-4 following the paper’s alternative rubric. A robustness check, as in the paper: not part of the score.',
};

/** The rated signals (the two scoring raters, then the robustness check). */
export function ratedSignals(f: ExposureFacts): Signal[] {
  return [
    ...f.raters.map((r) => ({ id: r.id, label: r.label, kind: 'rated' as const, score: r.score, note: RATED_NOTES[r.id] })),
    { id: ROBUSTNESS.id, label: ROBUSTNESS.label, kind: 'rated' as const, score: f.alt, note: RATED_NOTES[ROBUSTNESS.id] },
  ];
}

/** The document's task list: coverage and the scoring raters' scores, most exposed first. */
export function tasksSection(f: ExposureFacts, noteFor?: (t: WeightedTask) => string | undefined): Occupation['tasks'] {
  return f.tasks.map((s) => {
    const note = noteFor?.(s.task);
    return {
      // The contract types task IDs as strings; O*NET Task IDs are whole numbers.
      id: String(s.task.id),
      statement: s.task.statement,
      coverage: s.coverage,
      ...(note ? { note } : {}),
      scores: RATERS.map((r, i) => ({ rater: r.id, label: r.label, score: s.scores[i] })),
    };
  });
}

export function augmentationSection(f: ExposureFacts): Occupation['augmentation'] {
  const a = f.augmentation;
  if (!a) return undefined;
  return {
    level: a.level,
    score: a.score,
    assisted: a.assisted,
    exposed: a.exposed,
    note: `${a.assisted} of ${a.exposed} exposed tasks: GPT-4 says AI would assist rather than do them alone (T0–T2 vs T3–T4).`,
  };
}

/**
 * Each document's place among US occupations: `percentile` is the share of the population
 * (O*NET occupations) with a strictly lower score, in whole percent rounded down, so the card's
 * "More exposed than N % of US occupations" never overstates and never says 100 %; `median` is
 * the population's median score. Ties are ties (equal published scores get the same percentile).
 */
export function rankExposure(docs: readonly Occupation[], inPopulation: (d: Occupation) => boolean): Occupation[] {
  const scores = docs
    .filter(inPopulation)
    .map((d) => d.exposure.score)
    .sort((a, b) => a - b);
  const n = scores.length;
  if (!n) return [...docs];
  const mid = n % 2 ? scores[(n - 1) / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2;
  const median = Math.round(mid * 10) / 10;
  const below = (x: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (scores[m] < x) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return docs.map((d) => ({
    ...d,
    // A composite above every O*NET occupation still says "more than 99 %", never 100 %.
    exposure: { ...d.exposure, percentile: Math.min(99, Math.floor((100 * below(d.exposure.score)) / n)), median },
  }));
}
