/**
 * The v1 data contract: one occupation = one JSON document.
 *
 * This is the single source of truth. The data build validates every document it writes with it,
 * the card validates what it reads with it (zod/mini in the browser bundle), and `npm run build` exports it as JSON Schema
 * (`dist/schema/occupation.v1.json`) for third-party publishers. Unknown extra fields are
 * ignored (zod objects strip them), so publishers may add their own.
 */
import * as z from 'zod/mini';
import { formatPath, LEVELS, MAX_TASKS, OCCUPATION_CODE, type ValidationResult as Result } from './constants.js';

export { CODE, OCCUPATION_CODE, SOC, LEVELS, LEVEL_BANDS, LEVEL_WORDS, levelOf, MAX_TASKS, formatPath } from './constants.js';

// Not blank: at least one non-space character.
export const text = () => z.string().check(z.regex(/\S/, 'must not be blank'));
export const score = () => z.number().check(z.gte(0), z.lte(100));
// z.literal([...]) rather than z.enum / z.boolean: one schema class fewer in the bundle each.
export const level = () => z.literal(LEVELS);
const bool = () => z.literal([true, false]);
// Plain regex checks rather than z.url(), z.iso.date() or z.int(): each zod format class costs bundle
// bytes, and these patterns say exactly what we accept.
export const httpUrl = () => z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http(s) URL'));
export const int = () => z.number().check(z.multipleOf(1, 'must be a whole number'));
export const isoDate = () =>
  z.string().check(z.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a YYYY-MM-DD date'));
/** Every list is bounded: a document is small, and a huge array must be refused, not rendered. */
const list = <T extends z.core.SomeType>(item: T, max = 50) =>
  z.array(item).check(z.maxLength(max, `must have at most ${max} items`));

export const occupationSchema = z.object({
  schemaVersion: z.literal(1),
  occupation: z.object({
    /** O*NET-SOC 2019 code ("15-2051.00"), or a publisher id for an occupation O*NET does not have ("ai-ml-engineers"). */
    code: z.string().check(z.regex(OCCUPATION_CODE, 'must be an O*NET-SOC code like 15-2051.00 or an id like ai-ml-engineers')),
    title: text(),
    slug: text(),
    description: z.optional(z.string()),
    altTitles: z.optional(list(text(), 200)),
    /** Optional: the BLS (SOC 2018) code whose figures this document uses, e.g. "15-2051". */
    socCode: z.optional(z.string()),
  }),
  exposure: z.object({
    score: score(),
    level: level(),
    signals: z.optional(
      list(
        z.object({
          id: text(),
          label: text(),
          kind: z.literal(['rated', 'observed']),
          score: score(),
          note: z.optional(z.string()),
        }),
      ),
    ),
    /** Optional (design 1.1): share of US (O*NET) occupations with a lower score, 0–99, rounded down. */
    percentile: z.optional(score()),
    /** Optional (design 1.1): the median score of all US (O*NET) occupations. */
    median: z.optional(score()),
  }),
  augmentation: z.optional(
    z.object({
      level: level(),
      score: z.optional(score()),
      note: z.optional(z.string()),
      /** Optional (design 1.1): exposed tasks GPT-4 says AI would assist with rather than do alone, … */
      assisted: z.optional(int().check(z.gte(0))),
      /** … of this many exposed tasks (coverage over 0). */
      exposed: z.optional(int().check(z.gte(0))),
    }),
  ),
  demand: z.optional(
    z.object({
      trend: z.literal(['growing', 'stable', 'declining']),
      changePct: z.optional(z.number()),
      period: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
  wage: z.optional(
    z.object({
      median: z.number().check(z.gt(0)),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')),
      period: z.literal(['year', 'hour']),
      changePct: z.optional(z.number()),
      year: z.optional(int()),
      topCoded: z.optional(bool()),
      note: z.optional(z.string()),
    }),
  ),
  employment: z.optional(
    z.object({
      count: int().check(z.gte(0)),
      year: z.optional(int()),
      source: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
  overview: z.optional(list(z.string(), 20)),
  tasks: z
    .array(
      z.object({
        id: z.optional(z.string()),
        statement: text(),
        coverage: score(),
        note: z.optional(z.string()),
        scores: z.optional(list(z.object({ rater: text(), label: text(), score: score() }), 20)),
      }),
    )
    .check(z.maxLength(MAX_TASKS, `must have at most ${MAX_TASKS} tasks`)),
  skills: z.optional(list(z.object({ name: text(), importance: score() }), 100)),
  tools: z.optional(list(z.object({ name: text(), inDemand: z.optional(bool()) }), 200)),
  risks: z.optional(list(text())),
  aiTools: z.optional(list(text())),
  futureSkills: z.optional(list(text())),
  faq: z.optional(list(z.object({ question: text(), answer: text() }))),
  sources: list(z.object({ label: text(), url: z.optional(httpUrl()), license: z.optional(z.string()) })),
  // --- Added in method 1.1 (all optional; cards that predate them ignore them) ---------------
  /** The BLS group whose wage, employment, demand and openings the document shows, when it is not the occupation alone. */
  blsGroup: z.optional(z.object({ code: text(), title: text(), occupations: z.optional(int()), residual: z.optional(bool()) })),
  /** OEWS wage and salary jobs (the self-employed excluded), a second figure beside `employment`. */
  wageAndSalaryJobs: z.optional(
    z.object({ count: int().check(z.gte(0)), year: z.optional(int()), source: z.optional(z.string()) }),
  ),
  /** Typical entry requirements (BLS Employment Projections). */
  entry: z.optional(
    z.object({
      education: z.optional(text()),
      experience: z.optional(text()),
      training: z.optional(text()),
      source: z.optional(z.string()),
    }),
  ),
  /** Average annual job openings (growth and replacement), e.g. over 2024–34. */
  openings: z.optional(
    z.object({ annual: int().check(z.gte(0)), period: z.optional(z.string()), source: z.optional(z.string()) }),
  ),
  /** O*NET Job Zone: 1 (little preparation) to 5 (extensive preparation). */
  jobZone: z.optional(z.object({ zone: int().check(z.gte(1), z.lte(5)), label: z.optional(text()) })),
  /** Related occupations with their exposure, best match first. */
  related: z.optional(
    list(
      z.object({ code: text(), title: text(), slug: z.optional(text()), score: z.optional(score()), level: z.optional(level()) }),
      30,
    ),
  ),
  /** A publisher-built occupation made of other occupations' rated tasks. */
  composite: z.optional(z.object({ note: text(), of: list(z.object({ code: text(), title: text(), tasks: int() }), 20) })),
  // --- End of method 1.1 additions ---------------------------------------------------------------
  updated: isoDate(),
});

export type Occupation = z.infer<typeof occupationSchema>;
export type { Level } from './constants.js';
export type Signal = NonNullable<Occupation['exposure']['signals']>[number];
export type Task = Occupation['tasks'][number];
export type Source = Occupation['sources'][number];

export type ValidationResult<T = Occupation> = Result<T>;

/** Validate an unknown value against any schema of the API; on failure name the first bad field. */
export function validateWith<S extends z.core.$ZodType>(schema: S, value: unknown): ValidationResult<z.infer<S>> {
  const r = z.safeParse(schema, value);
  if (r.success) return { ok: true, data: r.data };
  const issue = r.error.issues[0];
  return { ok: false, path: formatPath(issue.path), message: describe(issue) };
}

/** Validate an unknown value as an occupation document; on failure name the first bad field. */
export const validateOccupation = (value: unknown): ValidationResult => validateWith(occupationSchema, value);

/** Plain words for a zod issue (zod/mini ships no messages, only codes and our own check messages). */
function describe(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `expected ${i.expected}`;
    case 'too_big':
      return i.origin === 'array' ? i.message : `must be at most ${i.maximum}`;
    case 'too_small':
      if (i.origin === 'array') return i.message;
      return `must be ${i.inclusive ? 'at least' : 'more than'} ${i.minimum}`;
    case 'invalid_value':
      return `expected ${i.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  }
  return i.message === 'Invalid input' ? 'is invalid' : i.message;
}
