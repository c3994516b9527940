/**
 * The source files the build reads, their required columns, and loaders that turn each table into
 * plain typed data. Value checks (exposure labels, automation labels, codes, numbers) happen here,
 * so the method functions in compute.ts only ever see clean inputs.
 *
 * File names and layout follow shared/data/SOURCES.md; see README.md (Data build) for where to download each.
 */
import path from 'node:path';
import { BuildError } from './errors.ts';
import { SOURCES } from './meta.ts';
import { readTable, type Table, type TableSpec } from './table.ts';

const onet = (name: string, columns: string[]): TableSpec => ({
  file: `onet-30.1/${name}.csv`,
  // O*NET also publishes the same tables as tab-delimited text with identical column names.
  alternatives: [`onet-30.1/${name}.txt`],
  columns,
  obtain: `${SOURCES.onet.url} (O*NET 30.1, "${name}")`,
});

const oews = (year: number): TableSpec => ({
  file: `bls-oews/national_M${year}_dl__national_M${year}_dl.csv`,
  alternatives: [`bls-oews/national_M${year}_dl.csv`],
  columns: ['OCC_CODE', 'O_GROUP', 'TOT_EMP', 'H_MEDIAN', 'A_MEDIAN'],
  headerWithin: 10,
  shortRows: true,
  obtain: `${SOURCES.oews.url} (national_M${year}_dl.xlsx, converted to CSV)`,
});

export const SPECS = {
  labels: {
    file: 'gpts-are-gpts/full_labelset.tsv',
    columns: [
      'O*NET-SOC Code',
      'Task ID',
      'Task',
      'gpt4_exposure',
      'gpt4_exposure_alt_rubric',
      'human_exposure_agg',
      'gpt4_automation',
    ],
    obtain: `${SOURCES.eloundou.url} (data/full_labelset.tsv)`,
  },
  weights: {
    file: 'gpts-are-gpts/full_onet_data.tsv',
    columns: ['O*NET-SOC Code', 'Task ID', 'coreweight'],
    obtain: `${SOURCES.eloundou.url} (data/full_onet_data.tsv)`,
  },
  occupations: onet('Occupation Data', ['O*NET-SOC Code', 'Title', 'Description']),
  taskStatements: onet('Task Statements', ['O*NET-SOC Code', 'Task ID', 'Task']),
  skills: onet('Skills', ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value']),
  technology: onet('Technology Skills', ['O*NET-SOC Code', 'Example', 'Hot Technology', 'In Demand']),
  alternateTitles: onet('Alternate Titles', ['O*NET-SOC Code', 'Alternate Title', 'Source(s)']),
  reportedTitles: onet('Sample of Reported Titles', ['O*NET-SOC Code', 'Reported Job Title', 'Shown in My Next Move']),
  related: onet('Related Occupations', ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index']),
  jobZones: onet('Job Zones', ['O*NET-SOC Code', 'Job Zone']),
  oews2024: oews(2024),
  oews2023: oews(2023),
  projections: {
    file: 'bls-ep/occupation_2024-34__Table_1.2.csv',
    alternatives: ['bls-ep/occupation__Table_1.2.csv'],
    columns: [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment change, percent, 2024–34',
      'Percent self employed, 2024',
      'Occupational openings, 2024–34 annual average',
      'Typical education needed for entry',
      'Work experience in a related occupation',
      'Typical on-the-job training needed to attain competency in the occupation',
    ],
    headerWithin: 10,
    shortRows: true,
    obtain: `${SOURCES.ep.url} (occupation.xlsx, sheet "Table 1.2", converted to CSV)`,
  },
  crosswalk: {
    file: 'crosswalks/nem_onet_to_soc_crosswalk__ONET_to_SOC_crosswalk.csv',
    columns: ['O*NET-SOC code', 'NEM Code', 'NEM title'],
    headerWithin: 15,
    shortRows: true,
    obtain:
      'https://www.bls.gov/emp/classifications-crosswalks/nem-onet-to-soc-crosswalk.xlsx (sheet "ONET to SOC crosswalk", converted to CSV)',
  },
  copilot: {
    file: 'working-with-ai/soc_ai_applicability_scores.csv',
    columns: ['SOC Code', 'ai_applicability_score'],
    obtain: `${SOURCES.copilot.url} (soc_ai_applicability_scores.csv)`,
  },
  claude: {
    file: 'aei-2025-02-10/onet_task_mappings.csv',
    columns: ['task_name', 'pct'],
    obtain: `${SOURCES.claude.url} (release_2025_02_10/onet_task_mappings.csv)`,
  },
} as const satisfies Record<string, TableSpec>;
export type SpecKey = keyof typeof SPECS;

// ---------------------------------------------------------------------------------------------
// Typed records

export type ExposureLabel = 'E0' | 'E1' | 'E2';

export interface LabeledTask {
  code: string;
  id: number;
  statement: string;
  labels: { gpt4: ExposureLabel; 'gpt4-alt': ExposureLabel; human: ExposureLabel };
  /** GPT-4 automation label T0–T4 as 0–4. */
  automation: number;
  /** Paper's task weight (Core 2, Supplemental 1, blank 1); undefined when full_onet_data.tsv lacks the task. */
  weight?: number;
}

/** An OEWS wage cell: a number, '#' (top-coded) or '*' (no estimate; also used for blanks). */
export type OewsWage = number | '#' | '*';

export interface OewsRow {
  employment?: number;
  annualMedian: OewsWage;
  hourlyMedian: OewsWage;
}

/** One line item of BLS Employment Projections Table 1.2. */
export interface Projection {
  title: string;
  changePct: number;
  /** All workers, self-employed included (thousands with one decimal, as published). */
  employment?: number;
  selfEmployedPct?: number;
  /** Average annual openings 2024–34 (thousands, as published). */
  openings?: number;
  education?: string;
  experience?: string;
  training?: string;
}

export interface Sources {
  tasks: LabeledTask[];
  occupations: Map<string, { title: string; description: string }>;
  /** O*NET 30.1 task text by occupation and task ID. */
  onetTasks: Map<string, Map<number, string>>;
  skills: Map<string, { id: string; name: string; importance: number }[]>;
  technology: Map<string, { name: string; hot: boolean; inDemand: boolean }[]>;
  alternateTitles: Map<string, string[]>;
  /**
   * Per occupation, each alternate title (lower case) with the O*NET source codes that list it
   * ("Source(s)": 01 associations, 02 incumbents, 04 SOC index, 06 Census index, 08 DOL/ETA,
   * 09 user input, 10 employer job postings, …). The SOC and Census indexes are what human
   * coders use; more sources mean more independent evidence for the title.
   */
  titleSources: Map<string, Map<string, string[]>>;
  reportedTitles: Map<string, { title: string; featured: boolean }[]>;
  oews2024: Map<string, OewsRow>;
  oews2023: Map<string, OewsRow>;
  projections: Map<string, Projection>;
  /** O*NET related occupations, best first (Primary-Short, Primary-Long, Supplemental; then Index). */
  related: Map<string, string[]>;
  /** O*NET Job Zone 1–5. */
  jobZones: Map<string, number>;
  /** Projected change for all occupations (row 00-0000), for "compared with average". */
  projectionsAverage?: number;
  crosswalk: Map<string, { nem: string; nemTitle: string }>;
  copilot: Map<string, number>;
  claude: Map<string, number>;
  /** Rows read per file, for progress and meta.json. */
  files: { key: SpecKey; file: string; rows: number }[];
}

const ONET_CODE = /^\d\d-\d{4}\.\d\d$/;
const SOC_CODE = /^\d\d-\d{4}$/;
const LABELS = new Set(['E0', 'E1', 'E2']);

export interface LoadOptions {
  /** Called after each file is read (progress output). */
  onFile?: (info: { key: SpecKey; file: string; rows: number }) => void;
}

export function loadSources(sourcesDir: string, options: LoadOptions = {}): Sources {
  const dir = path.resolve(sourcesDir);
  const files: Sources['files'] = [];
  const read = (key: SpecKey): Table => {
    const table = readTable(dir, SPECS[key]);
    const info = { key, file: table.file, rows: table.size };
    files.push(info);
    options.onFile?.(info);
    return table;
  };

  const weights = loadWeights(read('weights'));
  const tasks = loadLabels(read('labels'), weights);
  const occupations = loadOccupations(read('occupations'));
  const onetTasks = loadTaskStatements(read('taskStatements'));
  const skills = loadSkills(read('skills'));
  const technology = loadTechnology(read('technology'));
  const { alternateTitles, titleSources } = loadAlternateTitles(read('alternateTitles'));
  const reportedTitles = loadReportedTitles(read('reportedTitles'));
  const related = loadRelated(read('related'));
  const jobZones = loadJobZones(read('jobZones'));
  const oews2024 = loadOews(read('oews2024'));
  const oews2023 = loadOews(read('oews2023'));
  const { projections, average } = loadProjections(read('projections'));
  const crosswalk = loadCrosswalk(read('crosswalk'));
  const copilot = loadCopilot(read('copilot'));
  const claude = loadClaude(read('claude'));

  return {
    tasks,
    occupations,
    onetTasks,
    skills,
    technology,
    alternateTitles,
    titleSources,
    reportedTitles,
    related,
    jobZones,
    oews2024,
    oews2023,
    projections,
    projectionsAverage: average,
    crosswalk,
    copilot,
    claude,
    files,
  };
}

// ---------------------------------------------------------------------------------------------
// Loaders. Each checks the values it relies on and reports the exact cell when one is wrong.

function code(t: Table, i: number, column: string, pattern = ONET_CODE): string {
  const v = t.get(i, column);
  if (!pattern.test(v)) {
    const want = pattern === ONET_CODE ? 'an O*NET-SOC code like 15-2051.00' : 'a SOC code like 15-2051';
    throw t.error(i, column, `Expected ${want}, found "${v}".`, 'Correct the code or re-download the file.');
  }
  return v;
}

/** Task IDs are written as floats in the paper's TSVs ("8823.0"). */
function taskId(t: Table, i: number, column = 'Task ID'): number {
  const n = t.number(i, column);
  if (!Number.isInteger(n) || n <= 0) {
    throw t.error(i, column, `Expected a positive whole task ID, found "${t.get(i, column)}".`, 'Correct the task ID.');
  }
  return n;
}

const taskKey = (code: string, id: number) => `${code}#${id}`;

function loadWeights(t: Table): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < t.size; i++) {
    const raw = t.get(i, 'coreweight');
    // The paper treats a blank weight as 1 (tasks with no Core/Supplemental type).
    const w = raw === '' ? 1 : t.number(i, 'coreweight');
    if (!(w > 0)) throw t.error(i, 'coreweight', `Expected a positive weight, found "${raw}".`, 'Weights are 2 (Core) or 1.');
    out.set(taskKey(code(t, i, 'O*NET-SOC Code'), taskId(t, i)), w);
  }
  return out;
}

function loadLabels(t: Table, weights: Map<string, number>): LabeledTask[] {
  const tasks: LabeledTask[] = [];
  const seen = new Set<string>();
  const label = (i: number, column: string): ExposureLabel => {
    const v = t.get(i, column);
    if (!LABELS.has(v)) {
      throw t.error(
        i,
        column,
        `Expected an exposure label E0, E1 or E2, found "${v}".`,
        'Correct the label or re-download the file.',
      );
    }
    return v as ExposureLabel;
  };
  for (let i = 0; i < t.size; i++) {
    const c = code(t, i, 'O*NET-SOC Code');
    const id = taskId(t, i);
    const key = taskKey(c, id);
    if (seen.has(key)) {
      throw t.error(i, 'Task ID', `Task ${id} of ${c} appears twice.`, 'Remove the duplicate row.');
    }
    seen.add(key);
    const auto = /^T([0-4])$/.exec(t.get(i, 'gpt4_automation'));
    if (!auto) {
      throw t.error(
        i,
        'gpt4_automation',
        `Expected an automation label T0–T4, found "${t.get(i, 'gpt4_automation')}".`,
        'Correct the label or re-download the file.',
      );
    }
    const statement = t.get(i, 'Task');
    if (!statement) throw t.error(i, 'Task', 'Task statement is empty.', 'Restore the task text.');
    tasks.push({
      code: c,
      id,
      statement,
      labels: {
        gpt4: label(i, 'gpt4_exposure'),
        'gpt4-alt': label(i, 'gpt4_exposure_alt_rubric'),
        human: label(i, 'human_exposure_agg'),
      },
      automation: Number(auto[1]),
      // full_onet_data.tsv has one row per labelled task; build.ts warns about any it lacks.
      weight: weights.get(key),
    });
  }
  return tasks;
}

function loadOccupations(t: Table): Sources['occupations'] {
  const out: Sources['occupations'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const title = t.get(i, 'Title');
    if (!title) throw t.error(i, 'Title', 'Occupation title is empty.', 'Restore the title.');
    out.set(code(t, i, 'O*NET-SOC Code'), { title, description: t.get(i, 'Description') });
  }
  return out;
}

function loadTaskStatements(t: Table): Sources['onetTasks'] {
  const out: Sources['onetTasks'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const c = code(t, i, 'O*NET-SOC Code');
    let m = out.get(c);
    if (!m) out.set(c, (m = new Map()));
    m.set(taskId(t, i), t.get(i, 'Task'));
  }
  return out;
}

function loadSkills(t: Table): Sources['skills'] {
  const out: Sources['skills'] = new Map();
  for (let i = 0; i < t.size; i++) {
    // IM = importance (1–5); LV = level (0–7). The card shows importance.
    if (t.get(i, 'Scale ID') !== 'IM') continue;
    const c = code(t, i, 'O*NET-SOC Code');
    const v = t.number(i, 'Data Value');
    if (v < 1 || v > 5) {
      throw t.error(
        i,
        'Data Value',
        `Importance must be between 1 and 5, found ${v}.`,
        'Correct the value or re-download the file.',
      );
    }
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push({ id: t.get(i, 'Element ID'), name: t.get(i, 'Element Name'), importance: v });
  }
  return out;
}

function yesNo(t: Table, i: number, column: string): boolean {
  const v = t.get(i, column);
  if (v === 'Y') return true;
  if (v === 'N' || v === '') return false;
  throw t.error(i, column, `Expected Y or N, found "${v}".`, 'Correct the value.');
}

function loadTechnology(t: Table): Sources['technology'] {
  const out: Sources['technology'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const c = code(t, i, 'O*NET-SOC Code');
    const name = t.get(i, 'Example');
    if (!name) continue;
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push({ name, hot: yesNo(t, i, 'Hot Technology'), inDemand: yesNo(t, i, 'In Demand') });
  }
  return out;
}

/** Alternate titles per occupation, and the O*NET source codes of each (one pass over the file). */
function loadAlternateTitles(t: Table): Pick<Sources, 'alternateTitles' | 'titleSources'> {
  const alternateTitles: Sources['alternateTitles'] = new Map();
  const titleSources: Sources['titleSources'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const c = code(t, i, 'O*NET-SOC Code');
    let list = alternateTitles.get(c);
    if (!list) alternateTitles.set(c, (list = []));
    // Short titles ("Cyber", "Diagnostic Tech") are abbreviations, not job titles people search for.
    const v = t.get(i, 'Alternate Title');
    if (!v) continue;
    list.push(v);
    const sources = t
      .get(i, 'Source(s)')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    (titleSources.get(c) ?? titleSources.set(c, new Map()).get(c)!).set(v.toLowerCase(), sources);
  }
  return { alternateTitles, titleSources };
}

function loadReportedTitles(t: Table): Sources['reportedTitles'] {
  const out: Sources['reportedTitles'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const c = code(t, i, 'O*NET-SOC Code');
    const title = t.get(i, 'Reported Job Title');
    if (!title) continue;
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push({ title, featured: yesNo(t, i, 'Shown in My Next Move') });
  }
  return out;
}

const TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'];

function loadRelated(t: Table): Sources['related'] {
  const rows: { code: string; related: string; tier: number; index: number }[] = [];
  for (let i = 0; i < t.size; i++) {
    const tier = TIERS.indexOf(t.get(i, 'Relatedness Tier'));
    if (tier < 0) {
      throw t.error(
        i,
        'Relatedness Tier',
        `Expected one of ${TIERS.join(', ')}, found "${t.get(i, 'Relatedness Tier')}".`,
        'Re-download the file.',
      );
    }
    rows.push({
      code: code(t, i, 'O*NET-SOC Code'),
      related: code(t, i, 'Related O*NET-SOC Code'),
      tier,
      index: t.number(i, 'Index'),
    });
  }
  rows.sort((a, b) => a.tier - b.tier || a.index - b.index);
  const out: Sources['related'] = new Map();
  for (const r of rows) {
    let list = out.get(r.code);
    if (!list) out.set(r.code, (list = []));
    list.push(r.related);
  }
  return out;
}

function loadJobZones(t: Table): Sources['jobZones'] {
  const out: Sources['jobZones'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const z = t.number(i, 'Job Zone');
    if (![1, 2, 3, 4, 5].includes(z))
      throw t.error(i, 'Job Zone', `Expected a Job Zone 1–5, found ${z}.`, 'Re-download the file.');
    out.set(code(t, i, 'O*NET-SOC Code'), z);
  }
  return out;
}

function loadOews(t: Table): Map<string, OewsRow> {
  const out = new Map<string, OewsRow>();
  for (let i = 0; i < t.size; i++) {
    // Detailed rows are the SOC (or OEWS-specific) codes that NEM codes match; major/minor/broad
    // rows are aggregates of them.
    if (t.get(i, 'O_GROUP') !== 'detailed') continue;
    const c = code(t, i, 'OCC_CODE', SOC_CODE);
    const emp = t.get(i, 'TOT_EMP');
    // '**' = no employment estimate published.
    let employment: number | undefined;
    if (emp !== '**' && emp !== '') employment = t.number(i, 'TOT_EMP');
    const wage = (col: string): OewsWage => {
      const v = t.get(i, col);
      return v === '#' ? '#' : v === '*' || v === '' ? '*' : t.number(i, col);
    };
    out.set(c, { employment, annualMedian: wage('A_MEDIAN'), hourlyMedian: wage('H_MEDIAN') });
  }
  if (out.size === 0) {
    throw new BuildError(`No detailed occupation rows (O_GROUP = "detailed") in ${t.file}.`, {
      file: t.file,
      fix: 'Use the national cross-industry OEWS file.',
    });
  }
  return out;
}

function loadProjections(t: Table): { projections: Sources['projections']; average?: number } {
  const projections: Sources['projections'] = new Map();
  const codeCol = '2024 National Employment Matrix code';
  const pctCol = 'Employment change, percent, 2024–34';
  let average: number | undefined;
  for (let i = 0; i < t.size; i++) {
    const c = t.get(i, codeCol);
    // Footnote rows at the bottom have no code; they are not data.
    if (!SOC_CODE.test(c)) continue;
    if (c === '00-0000') average = t.number(i, pctCol);
    if (t.get(i, 'Occupation type') !== 'Line item') continue;
    // BLS writes "—" where a value is not available.
    const num = (col: string) => (/^[—–-]?$/.test(t.get(i, col)) ? undefined : t.number(i, col));
    const words = (col: string) => (/^[—–-]?$/.test(t.get(i, col)) ? undefined : t.get(i, col));
    projections.set(c, {
      title: t.get(i, '2024 National Employment Matrix title'),
      changePct: t.number(i, pctCol),
      employment: num('Employment, 2024'),
      selfEmployedPct: num('Percent self employed, 2024'),
      openings: num('Occupational openings, 2024–34 annual average'),
      education: words('Typical education needed for entry'),
      experience: words('Work experience in a related occupation'),
      training: words('Typical on-the-job training needed to attain competency in the occupation'),
    });
  }
  return { projections, average };
}

function loadCrosswalk(t: Table): Sources['crosswalk'] {
  const out: Sources['crosswalk'] = new Map();
  for (let i = 0; i < t.size; i++) {
    const onetCode = t.get(i, 'O*NET-SOC code');
    if (!ONET_CODE.test(onetCode)) continue; // notes below the table
    out.set(onetCode, { nem: code(t, i, 'NEM Code', SOC_CODE), nemTitle: t.get(i, 'NEM title') });
  }
  return out;
}

function loadCopilot(t: Table): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < t.size; i++) {
    out.set(code(t, i, 'SOC Code', SOC_CODE), t.number(i, 'ai_applicability_score'));
  }
  return out;
}

function loadClaude(t: Table): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < t.size; i++) {
    const name = t.get(i, 'task_name').toLowerCase();
    if (!name) continue;
    const pct = t.number(i, 'pct');
    if (pct < 0) throw t.error(i, 'pct', `Share must not be negative, found ${pct}.`, 'Correct the value.');
    // Duplicate names (after lower-casing) add up: they are the same task text.
    out.set(name, (out.get(name) ?? 0) + pct);
  }
  return out;
}
