/**
 * The build: read the sources, compute every occupation's document, apply overlays, validate.
 * Nothing is written here (see write.ts), so a failure at any point leaves no output behind.
 * The full build (cli.ts) and the sample set (sample.ts) both run this one function.
 */
import { validateOccupation, type Occupation } from '../../src/data/contract.ts';
import {
  annualMedian,
  augmentation,
  claudeUsage,
  demandTrend,
  growthWording,
  LABEL_SCORE,
  occupationExposure,
  pctChange,
  percentileRanks,
  slugify,
  taskCoverage,
  topSkills,
  topTools,
  toolPrevalence,
} from './compute.ts';
import { BuildError } from './errors.ts';
import { DATA_DATE, OBSERVED, RATERS, SOURCES, type SourceKey } from './meta.ts';
import { applyOverlay, readOverlays } from './overlay.ts';
import { loadSources, type LabeledTask, type Sources } from './sources.ts';
import * as text from './text.ts';

export interface BuildOptions {
  /** Folder with the source files (layout of shared/data/SOURCES.md). */
  sources: string;
  /** Optional folder of `<code>.json` overlays. */
  overlay?: string;
  /** The `updated` date of every document (YYYY-MM-DD); defaults to DATA_DATE. */
  date?: string;
  /** Progress lines, e.g. for the CLI. */
  onProgress?: (line: string) => void;
}

export interface TitleEntry {
  title: string;
  codes: string[];
}

export interface BuildResult {
  updated: string;
  /** Validated documents, sorted by code. */
  docs: Occupation[];
  /** Alternate and reported titles, sorted, each mapped to the codes that use it. */
  titles: TitleEntry[];
  warnings: string[];
  files: Sources['files'];
  overlays: number;
}

const MAX_ALT_TITLES = 10;

export function build(options: BuildOptions): BuildResult {
  const updated = options.date ?? DATA_DATE;
  if (!/^\d{4}-\d\d-\d\d$/.test(updated) || Number.isNaN(Date.parse(updated))) {
    throw new BuildError(`Invalid --date "${updated}".`, { fix: 'Use a calendar date as YYYY-MM-DD.' });
  }
  const progress = options.onProgress ?? (() => {});
  const warnings: string[] = [];

  // Overlays are read first: a typo in one should fail in a second, not after the whole build.
  const overlays = options.overlay ? readOverlays(options.overlay) : [];

  progress('Reading sources');
  const src = loadSources(options.sources, {
    onFile: ({ file, rows }) => progress(`  ${file}: ${rows.toLocaleString('en-US')} rows`),
  });

  // --- Tasks per occupation -------------------------------------------------------------------
  const byCode = new Map<string, (LabeledTask & { weight: number })[]>();
  let unweighted = 0;
  for (const labeled of src.tasks) {
    // A task without a weight row gets the paper's default weight, 1.
    if (labeled.weight === undefined) unweighted++;
    const t = { ...labeled, weight: labeled.weight ?? 1 };
    let list = byCode.get(t.code);
    if (!list) byCode.set(t.code, (list = []));
    list.push(t);
  }
  if (unweighted) warnings.push(`${plural(unweighted, 'rated task')} without a row in full_onet_data.tsv; weight 1 used.`);

  const notInOnet = src.tasks.filter((t) => !src.onetTasks.get(t.code)?.has(t.id));
  if (notInOnet.length) {
    const occs = new Set(notInOnet.map((t) => t.code)).size;
    warnings.push(
      `${plural(notInOnet.length, 'rated task')} in ${plural(occs, 'occupation')} not in O*NET 30.1 Task Statements (revised since the paper); kept with the statements the raters saw.`,
    );
  }

  const codes = [...byCode.keys()].sort();
  const missingOcc = codes.filter((c) => !src.occupations.has(c));
  for (const c of missingOcc) warnings.push(`${c}: rated in full_labelset.tsv but not in O*NET 30.1 Occupation Data; skipped.`);
  const built = codes.filter((c) => src.occupations.has(c));
  progress(`Computing ${built.length} occupations from ${src.tasks.length.toLocaleString('en-US')} rated tasks`);

  // --- Shared lookups ---------------------------------------------------------------------------
  // How many O*NET occupations the BLS crosswalk maps to each NEM code (for "covers all of" notes).
  const sharedCount = new Map<string, number>();
  for (const { nem } of src.crosswalk.values()) sharedCount.set(nem, (sharedCount.get(nem) ?? 0) + 1);

  const copilotPct = percentileRanks(src.copilot);

  const claude = new Map<string, { pct: number; matched: number }>();
  for (const c of built) {
    const texts = new Set(byCode.get(c)!.map((t) => t.statement));
    for (const s of src.onetTasks.get(c)?.values() ?? []) texts.add(s);
    const usage = claudeUsage(texts, src.claude);
    if (usage) claude.set(c, usage);
  }
  const claudePct = percentileRanks(new Map([...claude].map(([c, u]) => [c, u.pct])));

  const prevalence = toolPrevalence(src.technology.values());
  const slugs = new Set<string>();
  const noSkills: string[] = [];
  const docs: Occupation[] = [];

  for (const code of built) {
    const occ = src.occupations.get(code)!;
    const label = `${code} ${occ.title}`;

    // Exposure
    const rows = byCode.get(code)!.map((t) => {
      const scores = RATERS.map((r) => LABEL_SCORE[t.labels[r.id]]);
      return { task: t, scores, coverage: taskCoverage(scores) };
    });
    const exposure = occupationExposure(rows.map((r) => ({ scores: r.scores, weight: r.task.weight })));
    const mostExposed = [...rows].sort(
      (a, b) => b.coverage - a.coverage || b.task.weight - a.task.weight || a.task.id - b.task.id,
    );
    const leastExposed = [...rows].sort(
      (a, b) => a.coverage - b.coverage || b.task.weight - a.task.weight || a.task.id - b.task.id,
    );
    const aug = augmentation(rows.map((r) => ({ coverage: r.coverage, automation: r.task.automation })));

    // BLS figures, always through the NEM crosswalk (never by truncating O*NET codes)
    const cw = src.crosswalk.get(code);
    if (!cw) warnings.push(`${label}: not in the BLS O*NET-SOC to NEM crosswalk; wage, employment, projections and Copilot usage omitted.`);
    const bls = cw && { soc: cw.nem, title: cw.nemTitle, shared: sharedCount.get(cw.nem) ?? 1 };

    const oews = cw && src.oews2024.get(cw.nem);
    if (cw && !oews) warnings.push(`${label}: no OEWS May 2024 row for SOC ${cw.nem}; wage and employment omitted.`);
    const median = oews && annualMedian(oews);
    if (oews && !median) warnings.push(`${label}: OEWS May 2024 publishes no median wage for SOC ${cw!.nem}; wage omitted.`);
    let wage: text.Facts['wage'];
    if (median) {
      const before = src.oews2023.get(cw!.nem);
      const prior = before && annualMedian(before);
      // A change is only meaningful between two real medians (not top-codes).
      const changePct = prior && !prior.topCoded && !median.topCoded ? pctChange(prior.median, median.median) : undefined;
      wage = { ...median, changePct };
    }
    const employment = oews?.employment;

    const proj = cw && src.projections.get(cw.nem);
    if (cw && !proj) warnings.push(`${label}: no 2024–34 projection for SOC ${cw.nem}; demand omitted.`);
    const demand = proj && {
      changePct: proj.changePct,
      wording: growthWording(proj.changePct),
      average: src.projectionsAverage,
    };

    const copilotValue = cw && src.copilot.get(cw.nem);
    if (cw && copilotValue === undefined) warnings.push(`${label}: SOC ${cw.nem} is not in Microsoft's Copilot data.`);
    const claudeUse = claude.get(code);

    const skills = topSkills(src.skills.get(code) ?? []);
    if (!skills.length) noSkills.push(code);
    const tools = topTools(src.technology.get(code) ?? [], 12, prevalence);

    let slug = slugify(occ.title);
    if (slugs.has(slug)) slug = `${slug}-${code.replace(/\D/g, '')}`;
    slugs.add(slug);

    const facts: text.Facts = {
      title: occ.title,
      score: exposure.score,
      level: exposure.level,
      raters: RATERS.map((r, i) => ({ id: r.id, label: r.label, score: exposure.raters[i] })),
      tasks: mostExposed.map((r) => ({ statement: r.task.statement, coverage: r.coverage, automation: r.task.automation })),
      leastExposed: leastExposed.map((r) => ({ statement: r.task.statement, coverage: r.coverage })),
      skills,
      copilot: copilotValue !== undefined ? { percentile: copilotPct.get(cw!.nem)! } : undefined,
      claude: claudeUse ? { percentile: claudePct.get(code)! } : undefined,
      augmentation: aug,
      demand,
      wage,
      employment,
      bls,
    };

    const signals: NonNullable<Occupation['exposure']['signals']> = RATERS.map((r, i) => ({
      id: r.id,
      label: r.label,
      kind: 'rated' as const,
      score: exposure.raters[i],
      note: text.RATED_NOTES[r.id],
    }));
    if (copilotValue !== undefined) {
      signals.push({
        id: OBSERVED.copilot.id,
        label: OBSERVED.copilot.label,
        kind: 'observed',
        score: copilotPct.get(cw!.nem)!,
        note: text.copilotNote({ value: copilotValue, soc: cw!.nem, of: src.copilot.size, shared: bls!.shared }),
      });
    }
    if (claudeUse) {
      signals.push({
        id: OBSERVED.claude.id,
        label: OBSERVED.claude.label,
        kind: 'observed',
        score: claudePct.get(code)!,
        note: text.claudeNote({ ...claudeUse, of: claude.size }),
      });
    }

    const used: SourceKey[] = ['onet', 'eloundou'];
    if (wage || employment !== undefined) used.push('oews');
    if (demand) used.push('ep');
    if (copilotValue !== undefined) used.push('copilot');
    if (claudeUse) used.push('claude');

    const altTitles = pickAltTitles(occ.title, src.reportedTitles.get(code), src.alternateTitles.get(code));
    const risks = text.risks(facts);
    const futureSkills = text.futureSkills(facts);

    const doc: Occupation = {
      schemaVersion: 1,
      occupation: {
        code,
        title: occ.title,
        slug,
        ...(occ.description ? { description: occ.description } : {}),
        ...(altTitles.length ? { altTitles } : {}),
        ...(bls ? { socCode: bls.soc } : {}),
      },
      exposure: { score: exposure.score, level: exposure.level, signals },
      ...(aug ? { augmentation: { level: aug.level, score: aug.score, note: text.augmentationNote(aug) } } : {}),
      ...(demand
        ? {
            demand: {
              trend: demandTrend(demand.changePct),
              changePct: demand.changePct,
              period: '2024–34',
              note: text.demandNote(demand, bls),
            },
          }
        : {}),
      ...(wage
        ? {
            wage: {
              median: wage.median,
              currency: 'USD',
              period: 'year' as const,
              ...(wage.changePct !== undefined ? { changePct: wage.changePct } : {}),
              year: 2024,
              ...(wage.topCoded ? { topCoded: true } : {}),
              ...optional('note', text.wageNote(wage, bls)),
            },
          }
        : {}),
      ...(employment !== undefined
        ? {
            employment: {
              count: employment,
              year: 2024,
              source: 'BLS OEWS May 2024',
              ...optional('note', text.employmentNote(bls)),
            },
          }
        : {}),
      overview: text.overview(facts),
      tasks: mostExposed.map((r) => ({
        // The contract types task IDs as strings; O*NET Task IDs are whole numbers.
        id: String(r.task.id),
        statement: r.task.statement,
        coverage: r.coverage,
        scores: RATERS.map((rater, i) => ({ rater: rater.id, label: rater.label, score: r.scores[i] })),
      })),
      ...(skills.length ? { skills } : {}),
      ...(tools.length ? { tools } : {}),
      ...(risks.length ? { risks } : {}),
      ...(futureSkills.length ? { futureSkills } : {}),
      faq: text.faq(facts),
      sources: used.map((k) => ({ label: SOURCES[k].label, url: SOURCES[k].url, license: SOURCES[k].license })),
      updated,
    };
    docs.push(checked(doc));
  }
  if (noSkills.length) {
    warnings.push(`${plural(noSkills.length, 'occupation')} without O*NET 30.1 skill ratings (Skills.csv); skills omitted: ${noSkills.join(', ')}.`);
  }

  // --- Overlays ---------------------------------------------------------------------------------
  const index = new Map(docs.map((d, i) => [d.occupation.code, i]));
  for (const o of overlays) {
    const i = index.get(o.code);
    if (i === undefined) {
      throw new BuildError(`Overlay ${o.code}.json names an occupation the build does not produce.`, {
        file: o.file,
        fix: 'Use the code of one of the occupations in v1/index.json, or remove the file.',
      });
    }
    docs[i] = applyOverlay(docs[i], o);
  }
  if (overlays.length) progress(`Applied ${overlays.length} overlay${overlays.length === 1 ? '' : 's'}`);

  return { updated, docs, titles: collectTitles(src, new Set(built)), warnings, files: src.files, overlays: overlays.length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Validate a generated document; a failure here is a bug in the build, reported as such. */
function checked(doc: Occupation): Occupation {
  const r = validateOccupation(doc);
  if (!r.ok) {
    throw new BuildError(
      `Generated document for ${doc.occupation.code} fails the v1 contract at ${r.path}: ${r.message}`,
      { fix: 'This is a bug in tools/data; please report it with the sources used.' },
    );
  }
  return r.data;
}

/** Reported titles (those shown in My Next Move first), else alternate titles; up to 10. */
function pickAltTitles(
  title: string,
  reported: { title: string; featured: boolean }[] | undefined,
  alternate: string[] | undefined,
): string[] {
  const candidates = reported?.length
    ? [...reported.filter((r) => r.featured), ...reported.filter((r) => !r.featured)].map((r) => r.title)
    : (alternate ?? []);
  const seen = new Set([title.toLowerCase()]);
  const out: string[] = [];
  for (const t of candidates) {
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length === MAX_ALT_TITLES) break;
  }
  return out;
}

/** titles.json: every alternate and reported title of the built occupations, case-insensitively merged. */
function collectTitles(src: Sources, codes: ReadonlySet<string>): TitleEntry[] {
  const byKey = new Map<string, { title: string; codes: Set<string> }>();
  const add = (title: string, code: string) => {
    const key = title.toLowerCase();
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { title, codes: new Set() }));
    e.codes.add(code);
  };
  for (const code of [...codes].sort()) {
    for (const t of src.alternateTitles.get(code) ?? []) add(t, code);
    for (const r of src.reportedTitles.get(code) ?? []) add(r.title, code);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => ({ title: e.title, codes: [...e.codes].sort() }));
}
