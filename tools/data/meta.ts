/**
 * Fixed facts about the build: method version, data date, source descriptions, rater and signal
 * labels. Kept in one place so documents, meta.json and README.md (Data build) cannot drift apart.
 */

/** Bump when a formula, threshold or rounding rule changes (documents then change meaning). */
export const METHOD_VERSION = '1.1.0';

/** Method changes, newest first; effects measured by building all documents before and after. */
export const CHANGELOG: { version: string; changes: string[] }[] = [
  {
    version: '1.1.0',
    // Effects: tools/data/effects.ts on builds of the 923 O*NET occupations before and after.
    changes: [
      'Score = mean of GPT-4 (primary rubric) and the human annotators; the alternative rubric is a labelled robustness signal, not in the score. 760 of 923 scores changed, 101 changed level, mean shift +1.87 points.',
      'Score = mean of the two rater scores as shown (1 decimal), so readers can reproduce it: 11 further scores moved by 1 point, none changed level. Together: 761 scores changed, 101 levels, mean shift +1.88 (mean absolute shift 2.70).',
      'Task coverage = mean of GPT-4 and humans (0/25/50/75/100); "Tasks AI can do" = coverage over 50, one rule for tile, overview, FAQ and key risks. Key risks now only such tasks: 697 documents changed, 786 have some (757 before).',
      'Demand trend from the same whole percent as the BLS wording: 35 trends changed (26 stable → growing at +0.5 to +1.0 %, 9 declining → stable at −1.1 to −1.4 %).',
      'Employment = BLS Employment Projections 2024 total (all workers, self-employed included), OEWS wage and salary jobs as a second figure: 921 counts changed; 67 differ by 1.5× or more.',
      'Group figures labelled as the group\'s (blsGroup) in 222 documents, 64 of them residual "all other" codes.',
      "Hourly-only wages shown per hour (4 documents); changes from published values with exact rounding (1 changed: 27-2091.00 2.9 → 3.0) and BLS's caution noted.",
      'Augmentation only with at least 5 exposed tasks, as "k of n exposed tasks": shown in 720 documents (805 before); 95 levels changed or removed.',
      'Claude usage: a statement shared by several occupations is divided among them; Copilot and Claude as ranks ("higher than r %"), values rounded before ranking: 915 Copilot and 681 Claude figures changed.',
      'Skills to future-proof are O*NET skills (important to the job, least associated with exposure), never task statements: 921 documents changed; 884 have them.',
      'Alternate titles without O*NET short titles (7 documents changed).',
      'New additive fields: entry education, experience and training, annual openings (923), Job Zone (923), related occupations with exposure (923), composite occupations.',
    ],
  },
];

/**
 * The `updated` date written into every document. It is a property of the inputs, not of the
 * day the build runs, so two builds of the same sources are byte-identical. It is the first day
 * of the O*NET 30.1 release month (December 2025), the newest of the sources. Override with
 * `--date` when building from newer sources.
 */
export const DATA_DATE = '2025-12-01';

/** Marker in meta.json; the writer only replaces an existing output that carries it. */
export const GENERATOR = 'ai-risk-card data build';

/** The raters whose mean is the exposure score (per task and per occupation). */
export const RATERS = [
  { id: 'gpt4', label: 'GPT-4' },
  { id: 'human', label: 'Human annotators' },
] as const;

/** Shown beside the score as a robustness check; the paper treats it as one, so it is not in the score. */
export const ROBUSTNESS = { id: 'gpt4-alt', label: 'GPT-4, alternative rubric (robustness check, not in the score)' } as const;

export const OBSERVED = {
  copilot: { id: 'working-with-ai', label: 'Microsoft Copilot usage' },
  claude: { id: 'aei-2025-02-10', label: 'Claude usage (Anthropic Economic Index)' },
} as const;

export interface SourceInfo {
  id: string;
  label: string;
  version: string;
  url: string;
  license: string;
  /** Where the files come from and how to get them (for meta.json and README.md (Data build)). */
  obtain: string;
}

export const SOURCES = {
  onet: {
    id: 'onet-30.1',
    label:
      'O*NET 30.1 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA); modified by ai-risk-card. O*NET® is a trademark of USDOL/ETA',
    version: '30.1 (December 2025)',
    url: 'https://www.onetcenter.org/database.html',
    license: 'CC BY 4.0',
    obtain: 'O*NET 30.1 database, Excel (converted to CSV) or tab-delimited text files',
  },
  eloundou: {
    id: 'gpts-are-gpts',
    label: 'Eloundou, Manning, Mishkin & Rock, "GPTs are GPTs", Science (2024): task exposure labels',
    version: 'openai/GPTs-are-GPTs data/, commit 0471612 (2025-10-03)',
    url: 'https://github.com/openai/GPTs-are-GPTs',
    license: 'MIT',
    obtain: 'data/full_labelset.tsv and data/full_onet_data.tsv of the GitHub repository',
  },
  oews: {
    id: 'bls-oews',
    label: 'BLS Occupational Employment and Wage Statistics, May 2024 (May 2023 for the change): wages and wage and salary jobs',
    version: 'May 2024 and May 2023 national, cross-industry',
    url: 'https://www.bls.gov/oes/tables.htm',
    license: 'Public domain (U.S. government work)',
    obtain: 'national_M2024_dl.xlsx and national_M2023_dl.xlsx (national XLS files), converted to CSV',
  },
  ep: {
    id: 'bls-ep',
    label:
      'BLS Employment Projections 2024–34 (employment, projections, openings, entry requirements) and the O*NET-SOC to NEM crosswalk',
    version: '2024–34 projections (Table 1.2); crosswalk as of 08/28/2025',
    url: 'https://www.bls.gov/emp/tables.htm',
    license: 'Public domain (U.S. government work)',
    obtain:
      'occupation.xlsx (sheet Table 1.2) and nem-onet-to-soc-crosswalk.xlsx (https://www.bls.gov/emp/classifications-crosswalks/), converted to CSV',
  },
  copilot: {
    id: 'working-with-ai',
    label: 'Tomlinson et al., "Working with AI" (Microsoft, 2025): Copilot AI applicability scores',
    version: 'microsoft/working-with-ai, commit 84c4eba (2025-10-17)',
    url: 'https://github.com/microsoft/working-with-ai',
    license: 'CC BY 4.0',
    obtain: 'soc_ai_applicability_scores.csv of the GitHub repository',
  },
  claude: {
    id: 'aei-2025-02-10',
    label: 'Anthropic Economic Index, release 2025-02-10: Claude usage by O*NET task',
    version: 'release_2025_02_10',
    url: 'https://huggingface.co/datasets/Anthropic/EconomicIndex',
    license: 'MIT',
    obtain: 'release_2025_02_10/onet_task_mappings.csv of the Hugging Face dataset',
  },
} as const satisfies Record<string, SourceInfo>;
export type SourceKey = keyof typeof SOURCES;
