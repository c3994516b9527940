/**
 * Skills, technology tools and "Skills to future-proof" (O*NET 30.1 Skills and Technology Skills).
 */
import type { Occupation } from '../../../src/data/contract.ts';
import { topSkills, topTools } from '../compute.ts';

export interface SkillRow {
  id: string;
  name: string;
  /** O*NET importance, 1–5. */
  importance: number;
}

/** Pearson correlation of two equally long lists (0 when either is constant). */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * For each O*NET skill, the correlation across occupations between its relative importance (its
 * importance minus the occupation's mean skill importance, so jobs that rate every skill high do
 * not dominate) and the exposure score: negative means the skill stands out in less exposed jobs.
 */
export function skillExposureCorrelation(
  occupations: Iterable<{ skills: readonly SkillRow[]; score: number }>,
): Map<string, number> {
  const by = new Map<string, { x: number[]; y: number[] }>();
  for (const o of occupations) {
    const mean = o.skills.reduce((a, s) => a + s.importance, 0) / o.skills.length;
    for (const s of o.skills) {
      let e = by.get(s.id);
      if (!e) by.set(s.id, (e = { x: [], y: [] }));
      e.x.push(s.importance - mean);
      e.y.push(o.score);
    }
  }
  return new Map([...by].map(([id, e]) => [id, correlation(e.x, e.y)]));
}

/** Importance 3 of 5 is O*NET's "important". */
export const IMPORTANT = 3;

/**
 * Skills to future-proof: of the skills this job relies on (importance ≥ 3 of 5, O*NET's
 * "important"), the 5 whose relative importance is least associated with exposure across all
 * occupations (lowest correlation first; ties by the job's importance). Skills, never task
 * statements.
 */
export function futureSkills(skills: readonly SkillRow[], corr: ReadonlyMap<string, number>, limit = 5): string[] {
  return skills
    .filter((s) => s.importance >= IMPORTANT && corr.has(s.id))
    .sort((a, b) => corr.get(a.id)! - corr.get(b.id)! || b.importance - a.importance || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.name);
}

export function skillsSection(skills: readonly SkillRow[]): Occupation['skills'] {
  const top = topSkills(skills);
  return top.length ? top : undefined;
}

export function toolsSection(
  tools: readonly { name: string; hot: boolean; inDemand: boolean }[],
  prevalence: ReadonlyMap<string, number>,
): Occupation['tools'] {
  const top = topTools(tools, 12, prevalence);
  return top.length ? top : undefined;
}
