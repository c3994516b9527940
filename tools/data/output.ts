/**
 * Turn a build result into the files of the static JSON API (paths relative to the output
 * folder), and count what each section covers. Pure: same result in, same bytes out.
 *
 *   v1/occupations/<code>.json  one v1 document per occupation
 *   v1/badges/<code>.svg        its exposure as an image, for pages without scripts (badge.ts)
 *   v1/index.json               { schemaVersion, updated, occupations: [{ code, slug, title, score, level }] }
 *   v1/titles.json              { schemaVersion, updated, titles: [{ title, codes, sources, coded? }] }
 *   v1/meta.json                sources, method, counts, warnings
 *   v1/lookup/…                 the precomputed job-title index (titles-index.ts)
 */
import { indexSchema, metaSchema, titlesSchema } from '../../src/data/api.ts';
import { validateOccupation, validateWith, type Occupation } from '../../src/data/contract.ts';
import { badgeSvg } from './badge.ts';
import type { BuildResult, TitleEntry } from './build.ts';
import { BuildError } from './errors.ts';
import { titleIndexFiles } from './titles-index.ts';
import { CHANGELOG, GENERATOR, METHOD_VERSION, SOURCES, type SourceKey } from './meta.ts';
import type { SpecKey } from './sources.ts';

const SPEC_SOURCE: Record<SpecKey, SourceKey> = {
  labels: 'eloundou',
  weights: 'eloundou',
  occupations: 'onet',
  taskStatements: 'onet',
  skills: 'onet',
  technology: 'onet',
  alternateTitles: 'onet',
  reportedTitles: 'onet',
  related: 'onet',
  jobZones: 'onet',
  oews2024: 'oews',
  oews2023: 'oews',
  projections: 'ep',
  crosswalk: 'ep',
  copilot: 'copilot',
  claude: 'claude',
};

/** The method in short sentences, for meta.json (README.md (Data build) has the long form). */
export const METHOD = [
  'Tasks: every task of the occupation in full_labelset.tsv (Eloundou et al. 2024), with the statement the raters saw and its O*NET Task ID.',
  "Task scores per rater: E1 = 100, E2 = 50, E0 = 0 (the paper's beta). Task coverage = mean of GPT-4 (gpt4_exposure) and the human annotators (human_exposure_agg): 0, 25, 50, 75 or 100.",
  "Occupation score per rater = weighted mean of its task scores with the paper's weights (coreweight in full_onet_data.tsv: Core 2, Supplemental 1, blank 1), to 1 decimal. Exposure score = mean of the two rounded rater scores (GPT-4, human annotators), to an integer. GPT-4 with the alternative rubric (gpt4_exposure_alt_rubric) is a robustness signal beside it, not in the score. O*NET 30.1 Task Ratings (importance) are not used.",
  'Levels: low < 20, moderate 20 to < 40, high 40 to < 60, very-high >= 60, applied to the rounded score.',
  'Tasks AI can do: tasks with coverage over 50 (both raters rate the task exposed and at least one says E1). The tile, overview, FAQ and key risks all use this count; quantifiers: none (0), a few (under a quarter), some (under half), half, most (over half), all.',
  'Observed use (not in the score): Microsoft Copilot AI applicability score of the occupation\'s SOC code (via the BLS O*NET-SOC to NEM crosswalk); Claude usage = share of conversations (pct) of Anthropic Economic Index task names equal (lower-cased) to one of the occupation\'s task statements (labelled or O*NET 30.1 text), each divided by the number of occupations that have that statement. Both as ranks: rank = floor(100 × values strictly lower / n), worded "higher than rank % of the n occupations"; values rounded to 6 decimals first, so ties rank alike.',
  'Augmentation = share of exposed tasks (coverage > 0) that GPT-4 labels T0–T2 (AI assists) rather than T3–T4 (AI does the task mostly or fully), shown as "k of n exposed tasks"; only with at least 5 exposed tasks (one task then moves the share by at most one 20-point band).',
  'Demand: BLS Employment Projections 2024–34 percent change of the NEM code, rounded to a whole percent (halves away from zero) for both the OOH wording (>= 8 much faster than average, 5–7 faster, 2–4 as fast as average, 1 slower, −1–0 little or no change, <= −2 decline) and the trend (growing >= +1, stable −1 to 0, declining <= −2).',
  'Employment ("US employment"): BLS Employment Projections 2024 total employment (all workers, self-employed included); OEWS May 2024 TOT_EMP as the second figure, wage and salary jobs. Openings: EP average annual openings 2024–34. Entry: EP typical education, work experience in a related occupation, on-the-job training.',
  'Wage: OEWS May 2024 A_MEDIAN per year; H_MEDIAN per hour where only hourly wages are published; "#" = top-coded ($239,200 a year, $115.00 an hour); "*" = omitted. changePct vs OEWS May 2023 from the published values of the same period when both are real values (BLS cautions against comparing OEWS years).',
  'Group figures: when the BLS code covers several O*NET occupations or is a residual "all other" code, wage, employment, demand, openings and entry requirements are labelled as the group\'s (blsGroup), never as the occupation\'s own.',
  'Skills: O*NET 30.1 Skills importance (IM 1–5 → 0–100), top 10. Tools: O*NET 30.1 Technology Skills: in-demand hot technologies, then in-demand, then hot, then the rest; within each group by how many occupations list them, then alphabetical; top 12. Job Zone: O*NET 30.1 Job Zones. Related occupations: O*NET 30.1 Related Occupations (Primary-Short, Primary-Long, Supplemental; then Index), up to 10, with their exposure.',
  "Skills to future-proof: of the job's skills with importance >= 3 (of 5), the 5 whose relative importance (minus the job's mean skill importance) correlates least with the exposure score across all occupations.",
  'Key risks: tasks AI can do, most exposed first, then those GPT-4 labels T3–T4 first; up to 5. Overview and FAQ are generated from the figures beside them.',
];

export const ROUNDING = [
  'Rater scores, task coverage and percent changes: 1 decimal. Exposure score, augmentation score, skill importance, ranks, employment: integers. Wages as published.',
  'Exact decimal rounding: values are turned into whole numbers (e.g. cents, tenths) and divided once in integer arithmetic; halves round away from zero (2.95 → 3.0).',
];

export interface RenderOptions {
  /** Mark the output as a sample: prepended to every document's sources and noted in meta.json. */
  sample?: { label: string; totalOccupations: number };
}

/** Number of documents that carry each section. */
export function coverage(docs: readonly Occupation[]): Record<string, number> {
  const has = (f: (d: Occupation) => unknown) => docs.filter((d) => f(d) !== undefined).length;
  const signal = (id: string) => docs.filter((d) => d.exposure.signals?.some((s) => s.id === id)).length;
  return {
    exposure: docs.length,
    'signal working-with-ai': signal('working-with-ai'),
    'signal aei-2025-02-10': signal('aei-2025-02-10'),
    augmentation: has((d) => d.augmentation),
    demand: has((d) => d.demand),
    wage: has((d) => d.wage),
    employment: has((d) => d.employment),
    skills: has((d) => d.skills),
    tools: has((d) => d.tools),
    risks: has((d) => d.risks),
    futureSkills: has((d) => d.futureSkills),
    altTitles: has((d) => d.occupation.altTitles),
    entry: has((d) => d.entry),
    openings: has((d) => d.openings),
    jobZone: has((d) => d.jobZone),
    related: has((d) => d.related),
    blsGroup: has((d) => d.blsGroup),
    composite: has((d) => d.composite),
  };
}

export function renderFiles(result: BuildResult, options: RenderOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  const docs = options.sample
    ? result.docs.map((d) => ({ ...d, sources: [{ label: options.sample!.label }, ...d.sources] }))
    : result.docs;

  for (const doc of docs) {
    // Every document is validated again as written (overlays and sample labels included).
    const r = validateOccupation(doc);
    if (!r.ok) {
      throw new BuildError(`Document ${doc.occupation.code} fails the v1 contract at ${r.path}: ${r.message}`, {
        fix: 'This is a bug in tools/data; please report it with the sources used.',
      });
    }
    files.set(`v1/occupations/${doc.occupation.code}.json`, `${stringify(r.data)}\n`);
    files.set(`v1/badges/${doc.occupation.code}.svg`, badgeSvg(r.data));
  }

  files.set(
    'v1/index.json',
    listFile(
      {
        schemaVersion: 1,
        updated: result.updated,
        ...(docs[0]?.exposure.median != null ? { median: docs[0].exposure.median } : {}),
      },
      'occupations',
      docs.map((d) => ({
        code: d.occupation.code,
        slug: d.occupation.slug,
        title: d.occupation.title,
        score: d.exposure.score,
        level: d.exposure.level,
        ...(d.exposure.percentile != null ? { percentile: d.exposure.percentile } : {}),
      })),
      indexSchema,
      'v1/index.json',
    ),
  );
  checkTitleEntries(result.titles);
  files.set(
    'v1/titles.json',
    listFile({ schemaVersion: 1, updated: result.updated }, 'titles', result.titles, titlesSchema, 'v1/titles.json'),
  );
  const occupations = docs.map((d) => ({ code: d.occupation.code, title: d.occupation.title, employment: d.employment?.count }));
  for (const [file, text] of titleIndexFiles(occupations, result.titles, { updated: result.updated })) files.set(file, text);

  const used = new Map<SourceKey, string[]>();
  for (const f of result.files) {
    const key = SPEC_SOURCE[f.key];
    used.set(key, [...(used.get(key) ?? []), f.file]);
  }
  const meta = {
    schemaVersion: 1,
    generator: GENERATOR,
    methodVersion: METHOD_VERSION,
    updated: result.updated,
    ...(options.sample ? { sample: options.sample.label, totalOccupations: options.sample.totalOccupations } : {}),
    counts: {
      occupations: docs.length,
      tasks: docs.reduce((n, d) => n + d.tasks.length, 0),
      titles: result.titles.length,
      overlays: result.overlays,
      sections: coverage(docs),
    },
    sources: (Object.keys(SOURCES) as SourceKey[]).map((k) => ({
      id: SOURCES[k].id,
      label: SOURCES[k].label,
      version: SOURCES[k].version,
      url: SOURCES[k].url,
      license: SOURCES[k].license,
      files: used.get(k) ?? [],
    })),
    method: METHOD,
    changelog: CHANGELOG,
    rounding: ROUNDING,
    warnings: result.warnings,
  };
  checked(metaSchema, 'v1/meta.json', meta);
  files.set('v1/meta.json', `${stringify(meta)}\n`);
  return files;
}

const WIDTH = 100;

/**
 * JSON indented by two spaces, except that any object or array that fits on one line within
 * WIDTH columns stays on one line. About half the bytes of fully indented JSON, still readable and
 * diffable (the committed sample set is reviewed as text).
 */
export function stringify(value: unknown, indent = '', used = 0): string {
  const flat = JSON.stringify(value);
  if (typeof value !== 'object' || value === null || indent.length + used + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const body = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + stringify(v, inner, key.length);
  });
  return `{\n${body.join(',\n')}\n${indent}}`;
}

/** A JSON object whose list sits one entry per line: compact, yet diffable and greppable. */
/**
 * The API's other files are written only when they pass their own schema (src/data/api.ts), the
 * one the card reads them with: a build can never publish an index or meta file the card refuses.
 */
export function checked(schema: Parameters<typeof validateWith>[0], file: string, value: unknown): void {
  const r = validateWith(schema, value);
  if (!r.ok)
    throw new BuildError(`${file} fails its schema (src/data/api.ts) at ${r.path}: ${r.message}`, {
      fix: 'This is a bug in tools/data; please report it with the sources used.',
    });
}

function listFile(
  head: Record<string, unknown>,
  key: string,
  items: readonly unknown[],
  schema?: Parameters<typeof validateWith>[0],
  file = '',
): string {
  if (schema) checked(schema, file, { ...head, [key]: items });
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const list = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  lines.push(`  ${JSON.stringify(key)}: [${items.length ? `\n${list}\n  ` : ''}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * What the titles schema does not check per entry: `sources` has one count per code and `coded`
 * lists only codes of the title (checked here, in the build, so the card's bundle stays small).
 */
export function checkTitleEntries(titles: readonly TitleEntry[]): void {
  const fix = 'This is a bug in tools/data; please report it with the sources used.';
  titles.forEach((t, i) => {
    const where = `v1/titles.json titles[${i}] ("${t.title}")`;
    if (t.sources.length !== t.codes.length)
      throw new BuildError(`${where}: sources must have one count per code (${t.sources.length} for ${t.codes.length}).`, {
        fix,
      });
    const stray = t.coded?.find((c) => !t.codes.includes(c));
    if (stray) throw new BuildError(`${where}: coded lists ${stray}, which is not one of its codes.`, { fix });
  });
}

/** Restrict a build result to some occupations (for the sample set). */
export function subset(result: BuildResult, codes: readonly string[]): BuildResult {
  const keep = new Set(codes);
  const missing = codes.filter((c) => !result.docs.some((d) => d.occupation.code === c));
  if (missing.length) {
    throw new BuildError(`Not in the build: ${missing.join(', ')}.`, { fix: 'Pick codes listed in v1/index.json.' });
  }
  const codePrefix = /^(\d\d-\d{4}\.\d\d)\b/;
  return {
    ...result,
    docs: result.docs.filter((d) => keep.has(d.occupation.code)),
    titles: result.titles
      .map((t) => {
        const k = t.codes.flatMap((c, i) => (keep.has(c) ? [i] : []));
        const coded = t.coded?.filter((c) => keep.has(c));
        return {
          title: t.title,
          codes: k.map((i) => t.codes[i]),
          sources: k.map((i) => t.sources[i]),
          ...(coded?.length ? { coded } : {}),
        };
      })
      .filter((t) => t.codes.length > 0),
    warnings: result.warnings.filter((w) => {
      const m = codePrefix.exec(w);
      return !m || keep.has(m[1]);
    }),
  };
}
