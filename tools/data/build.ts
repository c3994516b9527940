/**
 * The build: read the sources, compute every occupation's document, apply overlays, validate.
 * Nothing is written here (see write.ts), so a failure at any point leaves no output behind.
 * The full build (cli.ts) and the sample set (sample.ts) both run this one function.
 */
import { rankExposure } from './sections/exposure.ts';
import { validateOccupation, type Level, type Occupation } from '../../src/data/contract.ts';
import { claudeUsage, isResidual, rankShares, roundTo, toolPrevalence } from './compute.ts';
import { BuildError } from './errors.ts';
import { DATA_DATE, SOURCES, type SourceKey } from './meta.ts';
import { applyOverlay, readOverlays } from './overlay.ts';
import { entrySection, jobZoneSection, relatedSection } from './sections/career.ts';
import {
  augmentationSection,
  ratedSignals,
  scoreExposure,
  tasksSection,
  type ExposureFacts,
  type WeightedTask,
} from './sections/exposure.ts';
import { identitySection, pickAltTitles, slugger } from './sections/identity.ts';
import {
  demandSection,
  employmentSection,
  groupSection,
  labourFacts,
  openingsSection,
  wageAndSalarySection,
  wageSection,
  type BlsGroup,
} from './sections/labour.ts';
import { claudeSignal, copilotSignal } from './sections/observed.ts';
import { futureSkills, skillExposureCorrelation, skillsSection, toolsSection, type SkillRow } from './sections/skills.ts';
import { compositeInputs, readCustom } from './custom.ts';
import { loadSources, type Sources } from './sources.ts';
import * as text from './text.ts';

export interface BuildOptions {
  /** Folder with the source files (layout of shared/data/SOURCES.md). */
  sources: string;
  /** Optional folder of `<code>.json` overlays. */
  overlay?: string;
  /** Optional folder of composite-occupation specs (custom.ts). */
  custom?: string;
  /** The `updated` date of every document (YYYY-MM-DD); defaults to DATA_DATE. */
  date?: string;
  /** Progress lines, e.g. for the CLI. */
  onProgress?: (line: string) => void;
}

export interface TitleEntry {
  title: string;
  codes: string[];
  /**
   * Per code (same order as codes), how many O*NET sources give the title to that occupation:
   * the alternate-title sources, or 1 for a title only incumbents reported, plus 1 when My Next
   * Move shows it. 0 for a composite's own titles.
   */
  sources: number[];
  /** Codes whose coding index (the SOC or Census index, as O*NET records) lists the title; omitted when none. */
  coded?: string[];
}

/** O*NET alternate-title sources that are coding indexes: 04 the SOC index, 06 the Census index. */
const CODING_SOURCES = new Set(['04', '06']);

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

/**
 * One occupation to build: O*NET's own, or a composite whose tasks come from several O*NET
 * occupations. `onet` names the O*NET occupation whose skills, tools, Job Zone and related
 * occupations apply (none for a composite); `nem` the BLS code whose figures apply.
 */
export interface OccupationInput {
  code: string;
  title: string;
  description?: string;
  altTitles: string[];
  tasks: WeightedTask[];
  onet?: string;
  nem?: { code: string; title: string };
  composite?: Occupation['composite'];
}

/** Figures shared by every occupation: computed once over all of them. */
interface Shared {
  src: Sources;
  /** O*NET occupations the crosswalk maps to each NEM code. */
  nemShared: Map<string, number>;
  copilotRank: Map<string, number>;
  claude: Map<string, { pct: number; matched: number }>;
  claudeRank: Map<string, number>;
  prevalence: Map<string, number>;
  skillCorr: Map<string, number>;
  /** Title, slug and exposure of every built occupation (for related occupations). */
  built: Map<string, { title: string; slug: string; score: number; level: Level }>;
}

export function build(options: BuildOptions): BuildResult {
  const updated = options.date ?? DATA_DATE;
  if (!/^\d{4}-\d\d-\d\d$/.test(updated) || Number.isNaN(Date.parse(updated))) {
    throw new BuildError(`Invalid --date "${updated}".`, { fix: 'Use a calendar date as YYYY-MM-DD.' });
  }
  const progress = options.onProgress ?? (() => {});
  const warnings: string[] = [];

  // Overlays and custom specs are read first: a typo in one should fail in a second, not after the whole build.
  const overlays = options.overlay ? readOverlays(options.overlay) : [];
  const custom = options.custom ? readCustom(options.custom) : [];

  progress('Reading sources');
  const src = loadSources(options.sources, {
    onFile: ({ file, rows }) => progress(`  ${file}: ${rows.toLocaleString('en-US')} rows`),
  });

  const byCode = weightedTasks(src, warnings);
  const inputs = [...onetInputs(src, byCode, warnings), ...compositeInputs(custom, src, byCode)];
  progress(`Computing ${inputs.length} occupations from ${src.tasks.length.toLocaleString('en-US')} rated tasks`);

  const exposures = new Map(inputs.map((i) => [i.code, scoreExposure(i.tasks)]));
  const shared = sharedFigures(src, inputs, exposures);

  const docs: Occupation[] = [];
  const noSkills: string[] = [];
  for (const input of inputs) {
    const doc = buildDocument(input, exposures.get(input.code)!, shared, warnings);
    if (input.onet && !doc.skills) noSkills.push(input.code);
    docs.push(checked({ ...doc, updated }));
  }
  if (noSkills.length) {
    warnings.push(
      `${plural(noSkills.length, 'occupation')} without O*NET 30.1 skill ratings (Skills.csv); skills omitted: ${noSkills.join(', ')}.`,
    );
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
  // Ranks last, over the scores as published (overlays included); composites are placed among
  // the O*NET occupations but do not count in the population.
  const onet = new Set(inputs.filter((i) => i.onet && !i.composite).map((i) => i.code));
  const ranked = rankExposure(docs, (d) => onet.has(d.occupation.code));
  docs.splice(0, docs.length, ...ranked);

  const titles = collectTitles(
    src,
    new Set(inputs.filter((i) => i.onet).map((i) => i.code)),
    inputs.filter((i) => i.composite),
  );
  return { updated, docs, titles, warnings, files: src.files, overlays: overlays.length };
}

/** Rated tasks per O*NET occupation, with the paper's weights (warnings for what is missing). */
export function weightedTasks(src: Sources, warnings: string[]): Map<string, WeightedTask[]> {
  const byCode = new Map<string, WeightedTask[]>();
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
  return byCode;
}

/** The O*NET occupations with rated tasks, as build inputs (warnings for what is left out). */
export function onetInputs(src: Sources, byCode: ReadonlyMap<string, WeightedTask[]>, warnings: string[]): OccupationInput[] {
  const out: OccupationInput[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const occ = src.occupations.get(code);
    if (!occ) {
      warnings.push(`${code}: rated in full_labelset.tsv but not in O*NET 30.1 Occupation Data; skipped.`);
      continue;
    }
    const cw = src.crosswalk.get(code);
    if (!cw)
      warnings.push(
        `${code} ${occ.title}: not in the BLS O*NET-SOC to NEM crosswalk; wage, employment, projections and Copilot usage omitted.`,
      );
    out.push({
      code,
      title: occ.title,
      description: occ.description,
      altTitles: pickAltTitles(occ.title, src.reportedTitles.get(code), src.alternateTitles.get(code)),
      tasks: byCode.get(code)!,
      onet: code,
      nem: cw && { code: cw.nem, title: cw.nemTitle },
    });
  }
  return out;
}

function sharedFigures(src: Sources, inputs: readonly OccupationInput[], exposures: Map<string, ExposureFacts>): Shared {
  const nemShared = new Map<string, number>();
  for (const { nem } of src.crosswalk.values()) nemShared.set(nem, (nemShared.get(nem) ?? 0) + 1);

  // Values are rounded before ranking so float noise never splits a tie.
  const copilotRank = rankShares(new Map([...src.copilot].map(([k, v]) => [k, roundTo(v, 6)])));

  // Claude: O*NET occupations only (a composite reuses their tasks and would double-count).
  const texts = new Map<string, Set<string>>();
  for (const i of inputs) {
    if (!i.onet) continue;
    const set = new Set(i.tasks.map((t) => t.statement));
    for (const s of src.onetTasks.get(i.code)?.values() ?? []) set.add(s);
    texts.set(i.code, set);
  }
  const claude = claudeUsage(texts, src.claude);
  const claudeRank = rankShares(new Map([...claude].map(([c, u]) => [c, roundTo(u.pct, 6)])));

  const skillCorr = skillExposureCorrelation(
    inputs
      .filter((i) => i.onet && src.skills.has(i.onet))
      .map((i) => ({ skills: src.skills.get(i.onet!)!, score: exposures.get(i.code)!.score })),
  );
  const slug = slugger();
  const built = new Map(
    inputs.map((i) => {
      const e = exposures.get(i.code)!;
      return [i.code, { title: i.title, slug: slug(i.title, i.code), score: e.score, level: e.level }];
    }),
  );
  return {
    src,
    nemShared,
    copilotRank,
    claude,
    claudeRank,
    prevalence: toolPrevalence(src.technology.values()),
    skillCorr,
    built,
  };
}

/**
 * A composite's skills: each O*NET skill's importance averaged over the occupations its tasks come
 * from and that O*NET rates, weighted by how many tasks each contributes.
 */
export function compositeSkills(input: OccupationInput, src: Sources): SkillRow[] {
  const of = input.composite?.of ?? [];
  const rated = of.filter((o) => src.skills.has(o.code));
  if (!rated.length) return [];
  const sums = new Map<string, { name: string; sum: number; weight: number }>();
  for (const o of rated) {
    for (const s of src.skills.get(o.code)!) {
      const e = sums.get(s.id) ?? { name: s.name, sum: 0, weight: 0 };
      sums.set(s.id, { name: e.name, sum: e.sum + s.importance * o.tasks, weight: e.weight + o.tasks });
    }
  }
  const total = rated.reduce((a, o) => a + o.tasks, 0);
  return [...sums].filter(([, e]) => e.weight === total).map(([id, e]) => ({ id, name: e.name, importance: e.sum / e.weight }));
}

/** One document from its sections (without `updated`, which the caller adds). */
export function buildDocument(
  input: OccupationInput,
  exposure: ExposureFacts,
  shared: Shared,
  warnings: string[],
): Omit<Occupation, 'updated'> {
  const { src } = shared;
  const label = `${input.code} ${input.title}`;
  const nem = input.nem;

  const group: BlsGroup | undefined = nem && {
    soc: nem.code,
    title: nem.title,
    shared: shared.nemShared.get(nem.code) ?? 1,
    residual: isResidual(nem.title),
    composite: !!input.composite,
  };
  const oews2024 = nem && src.oews2024.get(nem.code);
  if (nem && !oews2024) warnings.push(`${label}: no OEWS May 2024 row for SOC ${nem.code}; wage and employment omitted.`);
  const projection = nem && src.projections.get(nem.code);
  if (nem && !projection) warnings.push(`${label}: no 2024–34 projection for SOC ${nem.code}; demand omitted.`);
  const labour = labourFacts({
    group,
    oews2024,
    oews2023: nem && src.oews2023.get(nem.code),
    projection,
    average: src.projectionsAverage,
  });
  if (oews2024 && !labour.wage)
    warnings.push(`${label}: OEWS May 2024 publishes no median wage for SOC ${nem!.code}; wage omitted.`);

  const copilotValue = nem && src.copilot.get(nem.code);
  if (nem && copilotValue === undefined) warnings.push(`${label}: SOC ${nem.code} is not in Microsoft's Copilot data.`);
  const copilot = copilotValue !== undefined ? { rank: shared.copilotRank.get(nem!.code)!, of: src.copilot.size } : undefined;
  const claudeUse = shared.claude.get(input.code);
  const claude = claudeUse ? { rank: shared.claudeRank.get(input.code)!, of: shared.claude.size } : undefined;

  const skillRows = input.onet ? (src.skills.get(input.onet) ?? []) : compositeSkills(input, src);
  const entry = entrySection(projection);
  const jobZone = jobZoneSection(input.onet ? src.jobZones.get(input.onet) : undefined);
  const facts: text.Facts = { title: input.title, exposure, labour, copilot, claude, entry, jobZone, composite: input.composite };

  const signals = ratedSignals(exposure);
  if (copilot) signals.push(copilotSignal({ ...copilot, value: copilotValue!, soc: nem!.code, shared: group!.shared }));
  if (claude) signals.push(claudeSignal({ ...claude, ...claudeUse! }));

  const used: SourceKey[] = ['onet', 'eloundou'];
  if (labour.wage || labour.wageAndSalary !== undefined) used.push('oews');
  if (projection) used.push('ep');
  if (copilot) used.push('copilot');
  if (claude) used.push('claude');

  const risks = text.risks(exposure);
  const future = futureSkills(skillRows, shared.skillCorr);
  const sections = {
    augmentation: augmentationSection(exposure),
    demand: demandSection(labour),
    wage: wageSection(labour),
    employment: employmentSection(labour),
    overview: text.overview(facts),
    tasks: tasksSection(exposure),
    skills: skillsSection(skillRows),
    tools: toolsSection(
      input.onet
        ? (src.technology.get(input.onet) ?? [])
        : (input.composite?.of ?? []).flatMap((o) => src.technology.get(o.code) ?? []),
      shared.prevalence,
    ),
    risks: risks.length ? risks : undefined,
    futureSkills: future.length ? future : undefined,
    faq: text.faq(facts),
    sources: used.map((k) => ({ label: SOURCES[k].label, url: SOURCES[k].url, license: SOURCES[k].license })),
    blsGroup: groupSection(labour),
    wageAndSalaryJobs: wageAndSalarySection(labour),
    entry,
    openings: openingsSection(labour),
    jobZone,
    related: relatedSection(input.onet ? src.related.get(input.onet) : input.composite?.of.map((o) => o.code), shared.built),
    composite: input.composite,
  };
  return {
    schemaVersion: 1,
    occupation: identitySection({
      code: input.code,
      title: input.title,
      slug: shared.built.get(input.code)!.slug,
      description: input.description,
      altTitles: input.altTitles,
      soc: nem?.code,
    }),
    exposure: { score: exposure.score, level: exposure.level, signals },
    ...(Object.fromEntries(Object.entries(sections).filter(([, v]) => v !== undefined)) as Partial<typeof sections> & {
      tasks: Occupation['tasks'];
      sources: Occupation['sources'];
    }),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Validate a generated document; a failure here is a bug in the build, reported as such. */
function checked(doc: Occupation): Occupation {
  const r = validateOccupation(doc);
  if (!r.ok) {
    throw new BuildError(`Generated document for ${doc.occupation.code} fails the v1 contract at ${r.path}: ${r.message}`, {
      fix: 'This is a bug in tools/data; please report it with the sources used.',
    });
  }
  return r.data;
}

/** titles.json: every alternate and reported title of the built occupations (and composites' titles), case-insensitively merged. */
function collectTitles(src: Sources, codes: ReadonlySet<string>, composites: readonly OccupationInput[] = []): TitleEntry[] {
  const byKey = new Map<string, { title: string; codes: Map<string, number>; coded: Set<string> }>();
  const add = (title: string, code: string, sources: number, coded = false) => {
    const key = title.toLowerCase();
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { title, codes: new Map(), coded: new Set() }));
    e.codes.set(code, Math.max(e.codes.get(code) ?? 0, sources));
    if (coded) e.coded.add(code);
  };
  for (const code of [...codes].sort()) {
    const listed = src.titleSources.get(code);
    const featured = new Set((src.reportedTitles.get(code) ?? []).filter((r) => r.featured).map((r) => r.title.toLowerCase()));
    const addListed = (title: string) => {
      const from = listed?.get(title.toLowerCase()) ?? [];
      const count = Math.max(1, from.length) + (featured.has(title.toLowerCase()) ? 1 : 0);
      add(
        title,
        code,
        count,
        from.some((s) => CODING_SOURCES.has(s)),
      );
    };
    for (const t of src.alternateTitles.get(code) ?? []) addListed(t);
    for (const r of src.reportedTitles.get(code) ?? []) addListed(r.title);
  }
  for (const c of composites) for (const t of [c.title, ...c.altTitles]) add(t, c.code, 0);
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => {
      const codes = [...e.codes.keys()].sort();
      return {
        title: e.title,
        codes,
        sources: codes.map((c) => e.codes.get(c)!),
        ...(e.coded.size ? { coded: [...e.coded].sort() } : {}),
      };
    });
}
