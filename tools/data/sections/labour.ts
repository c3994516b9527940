/**
 * Labour-market sections from BLS: wage (OEWS), employment (Employment Projections, all workers;
 * OEWS wage and salary jobs beside it), demand and openings (Employment Projections), and the
 * BLS group these figures belong to when it is more than the occupation itself.
 */
import type { Occupation } from '../../../src/data/contract.ts';
import {
  demandTrend,
  fromThousands,
  growthWording,
  medianWage,
  pctChange,
  TOP_CODE,
  wholePercent,
  type Trend,
  type WagePeriod,
} from '../compute.ts';
import type { OewsRow, Projection } from '../sources.ts';

export interface BlsGroup {
  soc: string;
  title: string;
  /** O*NET occupations the crosswalk maps to this code. */
  shared: number;
  /** A residual "all other" code. */
  residual: boolean;
  /** The occupation is a composite: any BLS figure belongs to another code. */
  composite?: boolean;
}

/** Figures belong to a group, not to the occupation alone. */
export const isGroup = (g: BlsGroup | undefined): g is BlsGroup => !!g && (g.shared > 1 || g.residual || !!g.composite);

export interface LabourFacts {
  group?: BlsGroup;
  wage?: { median: number; period: WagePeriod; topCoded: boolean; changePct?: number };
  /** BLS Employment Projections 2024, all workers. */
  employment?: { count: number; selfEmployedPct?: number };
  /** OEWS May 2024 wage and salary jobs. */
  wageAndSalary?: number;
  demand?: { changePct: number; whole: number; trend: Trend; wording: string; average?: number };
  openings?: number;
}

export function labourFacts(input: {
  group?: BlsGroup;
  oews2024?: OewsRow;
  oews2023?: OewsRow;
  projection?: Projection;
  average?: number;
}): LabourFacts {
  const { group, oews2024, oews2023, projection: p } = input;
  const out: LabourFacts = { group };
  const now = oews2024 && medianWage(oews2024);
  if (now) {
    const before = oews2023 && medianWage(oews2023);
    // A change only between two published (not top-coded) medians of the same period.
    const comparable = before && before.period === now.period && !before.topCoded && !now.topCoded;
    out.wage = { ...now, ...(comparable ? { changePct: pctChange(before.median, now.median) } : {}) };
  }
  if (p?.employment !== undefined) out.employment = { count: fromThousands(p.employment), selfEmployedPct: p.selfEmployedPct };
  if (oews2024?.employment !== undefined) out.wageAndSalary = oews2024.employment;
  if (p) {
    out.demand = {
      changePct: p.changePct,
      whole: wholePercent(p.changePct),
      trend: demandTrend(p.changePct),
      wording: growthWording(p.changePct),
      average: input.average,
    };
    if (p.openings !== undefined) out.openings = fromThousands(p.openings);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Notes: short, because they sit in stat tiles.

export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const dollars = (n: number): string =>
  Number.isInteger(n) ? `$${thousands(n)}` : `$${thousands(Math.trunc(n))}.${n.toFixed(2).slice(-2)}`;

/** "Figure for all of SOC 15-2051 (3 O*NET occupations)"; the document's blsGroup and the overview name the group. */
export function groupShort(g: BlsGroup | undefined): string | undefined {
  if (!isGroup(g)) return undefined;
  if (g.composite) return `Figure for SOC ${g.soc}, not for this composite occupation`;
  return g.residual
    ? `Figure for the whole residual group SOC ${g.soc} (${g.title}), not this occupation alone`
    : `Figure for all of SOC ${g.soc} (${g.shared} O*NET occupations)`;
}

const sentence = (s: string | undefined) => (s ? `${s}.` : undefined);

export function wageNote(l: LabourFacts): string | undefined {
  const w = l.wage!;
  const parts = [
    w.topCoded
      ? `BLS publishes this median only as “${dollars(w.period === 'hour' ? TOP_CODE.hour : TOP_CODE.year)} or more”.`
      : undefined,
    w.period === 'hour' ? 'BLS publishes only an hourly median for this occupation.' : undefined,
    w.changePct !== undefined ? 'Change from May 2023: BLS advises caution comparing OEWS years.' : undefined,
    sentence(groupShort(l.group)),
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

export function employmentNote(l: LabourFacts): string {
  const e = l.employment!;
  return [
    `All workers, self-employed included${e.selfEmployedPct !== undefined ? ` (${e.selfEmployedPct}% self-employed)` : ''}.`,
    l.wageAndSalary !== undefined ? `OEWS counts ${thousands(l.wageAndSalary)} wage and salary jobs (May 2024).` : undefined,
    sentence(groupShort(l.group)),
  ]
    .filter(Boolean)
    .join(' ');
}

export function demandNote(l: LabourFacts): string {
  return [l.demand!.wording, groupShort(l.group)].filter(Boolean).join('. ');
}

// ---------------------------------------------------------------------------------------------
// Sections

export function wageSection(l: LabourFacts): Occupation['wage'] {
  const w = l.wage;
  if (!w) return undefined;
  const note = wageNote(l);
  return {
    median: w.median,
    currency: 'USD',
    period: w.period,
    ...(w.changePct !== undefined ? { changePct: w.changePct } : {}),
    year: 2024,
    ...(w.topCoded ? { topCoded: true } : {}),
    ...(note ? { note } : {}),
  };
}

export function employmentSection(l: LabourFacts): Occupation['employment'] {
  if (l.employment) {
    return { count: l.employment.count, year: 2024, source: 'BLS Employment Projections', note: employmentNote(l) };
  }
  // Without a projections row, OEWS is all there is: say what it counts.
  if (l.wageAndSalary !== undefined) {
    const g = groupShort(l.group);
    return {
      count: l.wageAndSalary,
      year: 2024,
      source: 'BLS OEWS May 2024',
      note: ['Wage and salary jobs only (the self-employed are not counted).', sentence(g)].filter(Boolean).join(' '),
    };
  }
  return undefined;
}

export function wageAndSalarySection(l: LabourFacts): Occupation['wageAndSalaryJobs'] {
  // Only as the second figure: when it is the only one it is already `employment`.
  return l.employment && l.wageAndSalary !== undefined
    ? { count: l.wageAndSalary, year: 2024, source: 'BLS OEWS May 2024' }
    : undefined;
}

export function demandSection(l: LabourFacts): Occupation['demand'] {
  const d = l.demand;
  if (!d) return undefined;
  return { trend: d.trend, changePct: d.changePct, period: '2024–34', note: demandNote(l) };
}

export function openingsSection(l: LabourFacts): Occupation['openings'] {
  return l.openings !== undefined ? { annual: l.openings, period: '2024–34', source: 'BLS Employment Projections' } : undefined;
}

export function groupSection(l: LabourFacts): Occupation['blsGroup'] {
  const g = l.group;
  if (!isGroup(g)) return undefined;
  return { code: g.soc, title: g.title, occupations: g.shared, ...(g.residual ? { residual: true } : {}) };
}
