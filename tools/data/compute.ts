/**
 * The method, as pure functions of plain values: no I/O, no wording. Every formula and rounding
 * rule of README.md (Data build) lives here, so the unit tests in test/node pin the method down.
 */
import { levelOf, type Level } from '../../src/data/contract.ts';
import type { ExposureLabel, OewsWage } from './sources.ts';

// ---------------------------------------------------------------------------------------------
// Rounding. JavaScript's Math.round is the same on every platform (IEEE 754), so these are
// reproducible. Halves round up (towards +∞).

/** One decimal, for signal scores, task coverage, percentiles and percent changes. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The ratio num/den to one decimal, dividing once so exact halves stay exact. */
export const ratio1 = (num: number, den: number): number => Math.round((num * 10) / den) / 10;

// ---------------------------------------------------------------------------------------------
// Exposure (Eloundou et al. 2024, "beta" convention)

/** E1 (directly exposed) = 100, E2 (exposed with extra software) = 50, E0 = 0. */
export const LABEL_SCORE: Record<ExposureLabel, number> = { E0: 0, E1: 100, E2: 50 };

/** Task coverage: the mean of the three raters' 0/50/100 scores, to one decimal. */
export function taskCoverage(scores: readonly number[]): number {
  return ratio1(
    scores.reduce((a, b) => a + b, 0),
    scores.length,
  );
}

/**
 * Occupation exposure from its rated tasks. Per rater: the weighted mean of the task scores
 * (weights: Core 2, Supplemental 1), to one decimal. Overall: the mean of the raters' unrounded
 * scores, to an integer, and its level. Sums stay whole numbers until one final division, so a
 * mean of exactly x.5 is not lost to floating-point error before rounding.
 */
export function occupationExposure(tasks: readonly { scores: readonly number[]; weight: number }[]): {
  raters: number[];
  score: number;
  level: Level;
} {
  if (tasks.length === 0) throw new Error('occupationExposure: no tasks');
  const n = tasks[0].scores.length;
  const num = new Array<number>(n).fill(0);
  let den = 0;
  for (const t of tasks) {
    den += t.weight;
    t.scores.forEach((s, r) => (num[r] += s * t.weight));
  }
  const score = Math.round(num.reduce((a, b) => a + b, 0) / (n * den));
  return { raters: num.map((x) => ratio1(x, den)), score, level: levelOf(score) };
}

// ---------------------------------------------------------------------------------------------
// Observed use: percentile ranks

/**
 * Percentile rank of each value among all values, 0–100, ties sharing their mid rank:
 * 100 × (below + (equal − 1) / 2) / (n − 1). The lowest value gets 0 and the highest 100, so
 * the number reads as "higher than this share of the others". A single value gets 100.
 */
export function percentileRanks<K>(values: ReadonlyMap<K, number>): Map<K, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const n = sorted.length;
  const out = new Map<K, number>();
  for (const [key, v] of values) {
    const below = lowerBound(sorted, v);
    const equal = lowerBound(sorted, v, true) - below;
    out.set(key, n === 1 ? 100 : round1((100 * (below + (equal - 1) / 2)) / (n - 1)));
  }
  return out;
}

/** Index of the first element ≥ v (or > v when `after`) in an ascending array. */
function lowerBound(sorted: readonly number[], v: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v || (after && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Claude usage of one occupation: the summed share of conversations (AEI `pct`) of the distinct
 * AEI task names that equal, lower-cased, one of the occupation's task texts. A task shared by
 * several occupations counts in full for each: the question is how much Claude use touches this
 * job's tasks, not how to split conversations between jobs.
 */
export function claudeUsage(
  taskTexts: Iterable<string>,
  shares: ReadonlyMap<string, number>,
): { pct: number; matched: number } | undefined {
  const matched = new Set<string>();
  for (const text of taskTexts) {
    const key = text.trim().toLowerCase();
    if (shares.has(key)) matched.add(key);
  }
  if (matched.size === 0) return undefined;
  let pct = 0;
  for (const key of [...matched].sort()) pct += shares.get(key)!;
  return { pct, matched: matched.size };
}

// ---------------------------------------------------------------------------------------------
// Augmentation

/** Fewest exposed tasks for which an augmentation share is reported. */
export const MIN_EXPOSED = 3;

/**
 * Share of the exposed tasks (coverage > 0) that GPT-4 labels T0–T2, i.e. AI assists a person
 * rather than doing the task mostly or fully alone (T3–T4). Plain task counts, so the note can
 * say "k of n tasks". Undefined when fewer than MIN_EXPOSED tasks are exposed.
 */
export function augmentation(
  tasks: readonly { coverage: number; automation: number }[],
): { score: number; level: Level; assisted: number; exposed: number } | undefined {
  const exposed = tasks.filter((t) => t.coverage > 0);
  // A share of one or two tasks says nothing ("Very high" from 2 of 3 for a 2/100 job).
  if (exposed.length < MIN_EXPOSED) return undefined;
  const assisted = exposed.filter((t) => t.automation <= 2).length;
  const score = Math.round((100 * assisted) / exposed.length);
  return { score, level: levelOf(score), assisted, exposed: exposed.length };
}

// ---------------------------------------------------------------------------------------------
// Demand (BLS Employment Projections)

export type Trend = 'growing' | 'stable' | 'declining';

/** Growing above +1 %, declining below −1 %, stable in between (inclusive). */
export function demandTrend(changePct: number): Trend {
  if (changePct > 1) return 'growing';
  if (changePct < -1) return 'declining';
  return 'stable';
}

/**
 * The Occupational Outlook Handbook's words for a projected change. BLS applies them to the
 * change rounded to a whole percent (halves away from zero, as in its tables); the bands are
 * those of the 2024–34 OOH (average growth for all occupations 3.1 %).
 */
export function growthWording(changePct: number): string {
  const p = Math.sign(changePct) * Math.round(Math.abs(changePct));
  if (p >= 8) return 'Much faster than average';
  if (p >= 5) return 'Faster than average';
  if (p >= 2) return 'As fast as average';
  if (p === 1) return 'Slower than average';
  if (p >= -1) return 'Little or no change';
  return 'Decline';
}

// ---------------------------------------------------------------------------------------------
// Wages and employment (BLS OEWS)

/** OEWS top-codes: '#' means at least $115.00 an hour / $239,200 a year (May 2024). */
export const TOP_CODE = { hourly: 115, annual: 239_200 } as const;
export const HOURS_PER_YEAR = 2080;

/**
 * Annual median from an OEWS row: A_MEDIAN, or H_MEDIAN × 2080 when only hourly wages are
 * published. '#' gives the top-code value with `topCoded`; '*' (no estimate) gives undefined.
 */
export function annualMedian(row: {
  annualMedian: OewsWage;
  hourlyMedian: OewsWage;
}): { median: number; topCoded: boolean; fromHourly: boolean } | undefined {
  const a = row.annualMedian;
  if (a === '#') return { median: TOP_CODE.annual, topCoded: true, fromHourly: false };
  if (a !== '*') return { median: Math.round(a), topCoded: false, fromHourly: false };
  const h = row.hourlyMedian;
  if (h === '#') return { median: TOP_CODE.annual, topCoded: true, fromHourly: true };
  if (h !== '*') return { median: Math.round(h * HOURS_PER_YEAR), topCoded: false, fromHourly: true };
  return undefined;
}

/** Percent change from `before` to `after`, one decimal. */
export const pctChange = (before: number, after: number): number => round1(((after - before) / before) * 100);

// ---------------------------------------------------------------------------------------------
// Skills and tools (O*NET)

/** O*NET importance 1–5 → 0–100, integer. */
export const importanceScore = (im: number): number => Math.round(((im - 1) / 4) * 100);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Top skills by importance; ties by O*NET element ID (the content model order). */
export function topSkills(
  skills: readonly { id: string; name: string; importance: number }[],
  limit = 10,
): { name: string; importance: number }[] {
  return [...skills]
    .sort((a, b) => b.importance - a.importance || byText(a.id, b.id))
    .slice(0, limit)
    .map((s) => ({ name: s.name, importance: importanceScore(s.importance) }));
}

/**
 * Technology tools: in-demand hot technologies first, then in-demand, then hot, then the rest.
 * Within a group, tools that more O*NET occupations list come first (`prevalence`, counted over
 * the whole Technology Skills file), then alphabetical (case-insensitive). Alphabetical alone
 * cut Python, R, SQL and Tableau from Data Scientists' top 12. Duplicate names are kept once.
 */
export function topTools(
  tools: readonly { name: string; hot: boolean; inDemand: boolean }[],
  limit = 12,
  prevalence: ReadonlyMap<string, number> = new Map(),
): { name: string; inDemand: boolean }[] {
  const rank = (t: { hot: boolean; inDemand: boolean }) => (t.inDemand ? (t.hot ? 0 : 1) : t.hot ? 2 : 3);
  const seen = new Set<string>();
  const out: { name: string; inDemand: boolean }[] = [];
  const count = (t: { name: string }) => prevalence.get(t.name.toLowerCase()) ?? 0;
  const sorted = [...tools].sort(
    (a, b) =>
      rank(a) - rank(b) || count(b) - count(a) || byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.name, b.name),
  );
  for (const t of sorted) {
    const key = t.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: t.name, inDemand: t.inDemand });
    if (out.length === limit) break;
  }
  return out;
}

/** How many occupations list each tool (lower-cased name), for ranking tools by prevalence. */
export function toolPrevalence(byOccupation: Iterable<readonly { name: string }[]>): Map<string, number> {
  const n = new Map<string, number>();
  for (const tools of byOccupation) for (const key of new Set(tools.map((t) => t.name.toLowerCase()))) n.set(key, (n.get(key) ?? 0) + 1);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Names

/** URL slug from a title: ASCII, lower case, words joined by '-'. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** English ordinal for percentiles in prose: 1st, 2nd, 3rd, 11th, 22nd … */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
