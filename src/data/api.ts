/**
 * Schemas of the API's other files, beside the occupation documents (data/contract.ts):
 * `v1/index.json` (every occupation, for slug and SOC lookups), `v1/titles.json` (job titles
 * for title matching) and `v1/meta.json` (sources, method, counts). The lookup chunk validates
 * what it reads with them; the data build and third-party publishers can check what they write.
 * A module of its own so the core bundle (a card given a code) does not carry them.
 */
import * as z from 'zod/mini';
import { OCCUPATION_CODE, int, isoDate, level, score, text, httpUrl } from './contract.js';

const code = () =>
  z.string().check(z.regex(OCCUPATION_CODE, 'must be an O*NET-SOC code like 15-2051.00 or an id like ai-ml-engineers'));

export const indexSchema = z.object({
  schemaVersion: z.literal(1),
  updated: isoDate(),
  occupations: z.array(
    z.object({
      code: code(),
      slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like data-scientists')),
      title: text(),
      score: z.optional(score()),
      level: z.optional(level()),
      /** Share of US (O*NET) occupations with a lower score (see the document's exposure.percentile). */
      percentile: z.optional(score()),
    }),
  ),
  /** The median score of all US (O*NET) occupations. */
  median: z.optional(score()),
});

export const titlesSchema = z.object({
  schemaVersion: z.literal(1),
  updated: isoDate(),
  titles: z.array(
    z.object({
      title: text(),
      codes: z.array(code()).check(z.minLength(1, 'must name at least one occupation')),
      /** Per code, how many O*NET sources give the title to that occupation (evidence for ties). */
      sources: z.optional(z.array(int())),
      /** Codes whose coding index (the SOC or Census index, as O*NET records) lists the title. */
      coded: z.optional(z.array(code())),
    }),
  ),
});

export const metaSchema = z.object({
  schemaVersion: z.literal(1),
  generator: text(),
  methodVersion: text(),
  updated: isoDate(),
  /** Present when the API is a sample of the full build. */
  sample: z.optional(z.string()),
  totalOccupations: z.optional(int()),
  counts: z.object({
    occupations: int(),
    tasks: int(),
    titles: int(),
    overlays: int(),
    sections: z.record(z.string(), int()),
  }),
  sources: z.array(
    z.object({ id: text(), label: text(), version: z.string(), url: httpUrl(), license: text(), files: z.array(z.string()) }),
  ),
  method: z.array(z.string()),
  /** What each method version changed, with its measured effect (method 1.1 on). */
  changelog: z.optional(z.array(z.object({ version: text(), changes: z.array(z.string()) }))),
  rounding: z.array(z.string()),
  warnings: z.array(z.string()),
});

export type IndexFile = z.infer<typeof indexSchema>;
export type TitlesFile = z.infer<typeof titlesSchema>;
export type MetaFile = z.infer<typeof metaSchema>;
