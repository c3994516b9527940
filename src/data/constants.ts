/**
 * Constants of the v1 contract that code needs at run time, without zod (the card's bundle
 * need no zod). Re-exported by data/contract.ts, their one home.
 */

/** An O*NET-SOC 2019 code, e.g. 15-2051.00: the only thing a card puts into a document URL. */
export const CODE = /^\d\d-\d{4}\.\d\d$/;

/**
 * An occupation's code: an O*NET-SOC code, or a publisher id (lowercase letters, digits and
 * dashes, 3–64 characters, starting with a letter) for an occupation O*NET does not have. Both
 * are safe in a URL path.
 */
export const OCCUPATION_CODE = /^(?:\d\d-\d{4}\.\d\d|[a-z][a-z0-9-]{2,63})$/;

/** A 6-digit SOC 2018 code, e.g. 15-2051 (BLS figures are published per SOC code). */
export const SOC = /^\d\d-\d{4}$/;

/** Exposure levels, lowest first. */
export const LEVELS = ['low', 'moderate', 'high', 'very-high'] as const;
export type Level = (typeof LEVELS)[number];

/** Lower bound (0–100 score) of each level after the first: low < 20 ≤ moderate < 40 ≤ high < 60 ≤ very-high. */
export const LEVEL_BANDS = [20, 40, 60] as const;

/** Each level in English words, capitalised as a label ("Very high"). */
export const LEVEL_WORDS = { low: 'Low', moderate: 'Moderate', high: 'High', 'very-high': 'Very high' } as const satisfies Record<
  Level,
  string
>;

/** Exposure level from a 0–100 score, by LEVEL_BANDS. */
export const levelOf = (s: number): Level => LEVELS[LEVEL_BANDS.filter((b) => s >= b).length];

/**
 * The most tasks one document may list. O*NET occupations have at most 40 rated tasks; a longer
 * list is refused (not truncated) so a card never silently shows part of a publisher's data.
 */
export const MAX_TASKS = 200;

/** Format an issue path the way people write it: `tasks[3].coverage`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : (i ? '.' : '') + String(k))).join('') || '(root)';

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; path: string; message: string };
