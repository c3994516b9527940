/**
 * The method, as pure functions of plain values: no I/O, no wording. Every formula and rounding
 * rule of README.md (Data build) lives here, so the unit tests in test/node pin the method down.
 */
import { levelOf, type Level } from '../../src/data/contract.ts';
import type { ExposureLabel, OewsWage } from './sources.ts';

// ---------------------------------------------------------------------------------------------
// Rounding. Every rounded figure is rounded once, from exact values: sums of whole numbers are
// formed first and divided in integer arithmetic, so 2.95 % rounds to 3.0 % (the floating-point
// 2.9499… never appears). Halves round away from zero, as BLS tables do.

/** round(num / den) for whole numbers, halves away from zero, exact. */
export function divRound(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new Error(`divRound: need whole numbers, got ${num}/${den}`);
  }
  const sign = Math.sign(num) * Math.sign(den);
  const n = Math.abs(num);
  const d = Math.abs(den);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

/** Digits after the decimal point of a number as written (1.25 → 2). */
const decimals = (x: number): number => {
  const m = /\.(\d+)$/.exec(String(x));
  return m ? m[1].length : 0;
};

/** x as an exact fraction of whole numbers (x = num / den), from its shortest decimal form. */
function fraction(x: number): { num: number; den: number } {
  if (!Number.isFinite(x) || /e/i.test(String(x))) throw new Error(`fraction: unsupported number ${x}`);
  const den = 10 ** decimals(x);
  return { num: Math.round(x * den), den };
}

/** The ratio num/den to one decimal, exact (halves away from zero). */
export const ratio1 = (num: number, den: number): number => {
  const a = fraction(num);
  const b = fraction(den);
  return divRound(a.num * b.den * 10, a.den * b.num) / 10;
};

/** x to one decimal, exact on x's decimal form: 2.95 → 3, 0.25 → 0.3. */
export const round1 = (x: number): number => ratio1(x, 1);

// ---------------------------------------------------------------------------------------------
// Exposure (Eloundou et al. 2024, "beta" convention)

/** E1 (directly exposed) = 100, E2 (exposed with extra software) = 50, E0 = 0. */
export const LABEL_SCORE: Record<ExposureLabel, number> = { E0: 0, E1: 100, E2: 50 };

/**
 * Task coverage: the mean of the scoring raters' 0/50/100 scores (GPT-4 primary rubric and the
 * human annotators), so 0, 25, 50, 75 or 100.
 */
export function taskCoverage(scores: readonly number[]): number {
  return ratio1(
    scores.reduce((a, b) => a + b, 0),
    scores.length,
  );
}

/**
 * A task is one "AI can do" when its coverage is over 50: both raters find it exposed and at
 * least one says a language model alone (E1) could halve the time it takes. The card's tile,
 * overview, FAQ and "Key risks" all use this one rule.
 */
export const DOABLE_OVER = 50;
export const isDoable = (coverage: number): boolean => coverage > DOABLE_OVER;

/**
 * Occupation exposure from its rated tasks. Per rater: the weighted mean of the task scores
 * (weights: Core 2, Supplemental 1), to one decimal. Overall: the mean of the rounded rater
 * scores shown on the card, to an integer (halves up), so a reader can reproduce it from what is
 * shown. Sums stay whole numbers until one final division.
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
  const raters = num.map((x) => divRound(x * 10, den) / 10);
  const tenths = raters.reduce((a, r) => a + Math.round(r * 10), 0);
  const score = divRound(tenths, 10 * n);
  return { raters, score, level: levelOf(score) };
}

// ---------------------------------------------------------------------------------------------
// Words for counts

export type Quantifier = 'none' | 'few' | 'some' | 'half' | 'most' | 'all';

/**
 * The one quantifier for k of n tasks: none (0), few (under a quarter), some (under half), half,
 * most (over half), all. Every sentence that says "few/some/most of the tasks" takes it from here.
 */
export function quantifier(k: number, n: number): Quantifier {
  if (k === 0) return 'none';
  if (k === n) return 'all';
  if (4 * k < n) return 'few';
  if (2 * k < n) return 'some';
  if (2 * k === n) return 'half';
  return 'most';
}

// ---------------------------------------------------------------------------------------------
// Observed use: ranks

/**
 * Rank of each value among all values as the share of them that are strictly lower, in whole
 * percent rounded down: "higher than r % of occupations". Values are compared as given, so
 * callers round them to the precision they publish first (ties are then real ties and rank
 * alike). The lowest value gets 0 ("the lowest"); no value reaches 100.
 */
export function rankShares<K>(values: ReadonlyMap<K, number>): Map<K, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const n = sorted.length;
  const out = new Map<K, number>();
  for (const [key, v] of values) out.set(key, Math.floor((100 * lowerBound(sorted, v)) / n));
  return out;
}

/** Index of the first element ≥ v in an ascending array. */
function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Round to a fixed number of decimals for ranking (so float noise never breaks a tie). */
export const roundTo = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * Claude usage per occupation: each Anthropic Economic Index task name that equals (lower-cased)
 * one of an occupation's task texts contributes its share of conversations divided by the number
 * of occupations that have that text, so shares add up to the matched total instead of counting
 * a statement once per occupation.
 */
export function claudeUsage(
  taskTexts: ReadonlyMap<string, Iterable<string>>,
  shares: ReadonlyMap<string, number>,
): Map<string, { pct: number; matched: number }> {
  const holders = new Map<string, string[]>();
  for (const [code, texts] of taskTexts) {
    for (const key of new Set([...texts].map((t) => t.trim().toLowerCase()))) {
      if (!shares.has(key)) continue;
      let list = holders.get(key);
      if (!list) holders.set(key, (list = []));
      list.push(code);
    }
  }
  const out = new Map<string, { pct: number; matched: number }>();
  for (const key of [...holders.keys()].sort()) {
    const codes = holders.get(key)!;
    for (const code of codes) {
      const u = out.get(code) ?? { pct: 0, matched: 0 };
      out.set(code, { pct: u.pct + shares.get(key)! / codes.length, matched: u.matched + 1 });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Augmentation

/**
 * Fewest exposed tasks for which an augmentation share is reported. With 5, one task moves the
 * share by at most 20 points, one level band; with fewer, a single task's label decides more
 * than a band (2 of 3 tasks made a 2/100 job "very high").
 */
export const MIN_EXPOSED = 5;

/**
 * Share of the exposed tasks (coverage > 0) that GPT-4 labels T0–T2, i.e. AI assists a person
 * rather than doing the task mostly or fully alone (T3–T4). Plain task counts, so the card can
 * say "k of n exposed tasks". Undefined when fewer than MIN_EXPOSED tasks are exposed.
 */
export function augmentation(
  tasks: readonly { coverage: number; automation: number }[],
): { score: number; level: Level; assisted: number; exposed: number } | undefined {
  const exposed = tasks.filter((t) => t.coverage > 0);
  if (exposed.length < MIN_EXPOSED) return undefined;
  const assisted = exposed.filter((t) => t.automation <= 2).length;
  const score = divRound(100 * assisted, exposed.length);
  return { score, level: levelOf(score), assisted, exposed: exposed.length };
}

// ---------------------------------------------------------------------------------------------
// Demand (BLS Employment Projections)

export type Trend = 'growing' | 'stable' | 'declining';

/** A projected change rounded to a whole percent, halves away from zero, as in BLS's tables. */
export const wholePercent = (changePct: number): number => {
  const f = fraction(changePct);
  return divRound(f.num, f.den);
};

/**
 * The Occupational Outlook Handbook's words for a projected change, applied to the change rounded
 * to a whole percent; the bands are those of the 2024–34 OOH (average for all occupations 3.1 %).
 */
export function growthWording(changePct: number): string {
  const p = wholePercent(changePct);
  if (p >= 8) return 'Much faster than average';
  if (p >= 5) return 'Faster than average';
  if (p >= 2) return 'As fast as average';
  if (p === 1) return 'Slower than average';
  if (p >= -1) return 'Little or no change';
  return 'Decline';
}

/**
 * Trend from the same whole percent as the wording: "little or no change" (−1 to 0) is stable,
 * "decline" (−2 or less) is declining, any rounded growth (+1 or more) is growing.
 */
export function demandTrend(changePct: number): Trend {
  const p = wholePercent(changePct);
  if (p >= 1) return 'growing';
  if (p <= -2) return 'declining';
  return 'stable';
}

// ---------------------------------------------------------------------------------------------
// Wages and employment (BLS OEWS, BLS Employment Projections)

/** OEWS top-codes: '#' means at least $115.00 an hour / $239,200 a year (May 2024). */
export const TOP_CODE = { hour: 115, year: 239_200 } as const;

export type WagePeriod = 'year' | 'hour';

/**
 * The median wage as BLS publishes it: A_MEDIAN per year; where OEWS publishes only hourly
 * wages (e.g. musicians, whose work is not full-year), H_MEDIAN per hour rather than an annual
 * figure BLS did not publish. '#' gives the top-code value with `topCoded`; '*' gives undefined.
 */
export function medianWage(row: {
  annualMedian: OewsWage;
  hourlyMedian: OewsWage;
}): { median: number; period: WagePeriod; topCoded: boolean } | undefined {
  const a = row.annualMedian;
  if (a === '#') return { median: TOP_CODE.year, period: 'year', topCoded: true };
  if (a !== '*') return { median: a, period: 'year', topCoded: false };
  const h = row.hourlyMedian;
  if (h === '#') return { median: TOP_CODE.hour, period: 'hour', topCoded: true };
  if (h !== '*') return { median: h, period: 'hour', topCoded: false };
  return undefined;
}

/** Percent change from `before` to `after` (published decimal values), one decimal, exact. */
export function pctChange(before: number, after: number): number {
  const a = fraction(after);
  const b = fraction(before);
  const den = Math.max(a.den, b.den);
  const an = Math.round(after * den);
  const bn = Math.round(before * den);
  return divRound((an - bn) * 1000, bn) / 10;
}

/** BLS Employment Projections publish employment in thousands with one decimal: 836.1 → 836,100. */
export const fromThousands = (x: number): number => {
  const f = fraction(x);
  return divRound(f.num * 1000, f.den);
};

/** A residual SOC code ("Managers, all other"): a catch-all group, never one occupation's own figure. */
export const isResidual = (title: string): boolean => /\ball other\b/i.test(title);

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
  for (const tools of byOccupation)
    for (const key of new Set(tools.map((t) => t.name.toLowerCase()))) n.set(key, (n.get(key) ?? 0) + 1);
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
