/**
 * Turn a build result into the files of the static JSON API (paths relative to the output
 * folder), and count what each section covers. Pure: same result in, same bytes out.
 *
 *   v1/occupations/<code>.json  one v1 document per occupation
 *   v1/badges/<code>.svg        its exposure as an image, for pages without scripts (badge.ts)
 *   v1/index.json               { schemaVersion, updated, occupations: [{ code, slug, title, score, level }] }
 *   v1/titles.json              { schemaVersion, updated, titles: [{ title, codes }] }
 *   v1/meta.json                sources, method, counts, warnings
 *   v1/lookup/…                 the precomputed job-title index (titles-index.ts)
 */
import { validateOccupation, type Occupation } from '../../src/data/contract.ts';
import { badgeSvg } from './badge.ts';
import type { BuildResult } from './build.ts';
import { BuildError } from './errors.ts';
import { titleIndexFiles } from './titles-index.ts';
import { GENERATOR, METHOD_VERSION, SOURCES, type SourceKey } from './meta.ts';
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
  'Task scores per rater (GPT-4 gpt4_exposure, GPT-4 alternative rubric gpt4_exposure_alt_rubric, human annotators human_exposure_agg): E1 = 100, E2 = 50, E0 = 0 (the paper\'s beta). Task coverage = mean of the three.',
  'Occupation score per rater = weighted mean of its task scores with the paper\'s weights (coreweight in full_onet_data.tsv: Core 2, Supplemental 1, blank 1). Exposure score = mean of the three rater scores. O*NET 30.1 Task Ratings (importance) are not used.',
  'Levels: low < 20, moderate 20 to < 40, high 40 to < 60, very-high >= 60, applied to the rounded score.',
  'Observed use (not in the score): Microsoft Copilot AI applicability score of the occupation\'s SOC code (via the BLS O*NET-SOC to NEM crosswalk), as a percentile among all SOC codes in Microsoft\'s data; Claude usage = summed pct of Anthropic Economic Index task names equal (lower-cased) to one of the occupation\'s task statements (labelled or O*NET 30.1 text), as a percentile among occupations with at least one match.',
  'Percentile rank = 100 × (values below + (ties − 1) / 2) / (n − 1).',
  'Augmentation = share of exposed tasks (coverage > 0) that GPT-4 labels T0–T2 (AI assists) rather than T3–T4 (AI does the task mostly or fully).',
  'Demand: BLS Employment Projections 2024–34 percent change of the NEM code; growing > +1, declining < −1, else stable; note uses the OOH wording for the change rounded to a whole percent (>= 8 much faster than average, 5–7 faster, 2–4 as fast as average, 1 slower, −1–0 little or no change, <= −2 decline).',
  'Wage: OEWS May 2024 A_MEDIAN (H_MEDIAN × 2080 when only hourly wages are published; "#" = top-coded at $239,200; "*" = omitted); changePct vs OEWS May 2023 when both medians are real values. Employment: OEWS May 2024 TOT_EMP.',
  'Skills: O*NET 30.1 Skills importance (IM 1–5 → 0–100), top 10. Tools: O*NET 30.1 Technology Skills, in-demand first, then hot technologies, then alphabetical; top 12.',
  'Overview, risks, future skills and FAQ are generated from these figures and the O*NET description; risks = most exposed tasks GPT-4 labels T3–T4; future skills = top 3 skills plus least exposed tasks (coverage < 50).',
];

export const ROUNDING = [
  'Rater scores, task coverage, percentiles and percent changes: 1 decimal. Exposure score, augmentation score, skill importance, wages and employment: integers.',
  'Halves round up (JavaScript Math.round). Sums are formed before the one final division, so exact halves are not lost to floating-point error.',
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
    listFile({ schemaVersion: 1, updated: result.updated }, 'occupations',
      docs.map((d) => ({
        code: d.occupation.code,
        slug: d.occupation.slug,
        title: d.occupation.title,
        score: d.exposure.score,
        level: d.exposure.level,
      })),
    ),
  );
  files.set('v1/titles.json', listFile({ schemaVersion: 1, updated: result.updated }, 'titles', result.titles));
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
    ...(options.sample
      ? { sample: options.sample.label, totalOccupations: options.sample.totalOccupations }
      : {}),
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
    rounding: ROUNDING,
    warnings: result.warnings,
  };
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
function listFile(head: Record<string, unknown>, key: string, items: readonly unknown[]): string {
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const list = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  lines.push(`  ${JSON.stringify(key)}: [${items.length ? `\n${list}\n  ` : ''}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
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
      .map((t) => ({ title: t.title, codes: t.codes.filter((c) => keep.has(c)) }))
      .filter((t) => t.codes.length > 0),
    warnings: result.warnings.filter((w) => {
      const m = codePrefix.exec(w);
      return !m || keep.has(m[1]);
    }),
  };
}
