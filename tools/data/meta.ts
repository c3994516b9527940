/**
 * Fixed facts about the build: method version, data date, source descriptions, rater and signal
 * labels. Kept in one place so documents, meta.json and README.md (Data build) cannot drift apart.
 */

/** Bump when a formula, threshold or rounding rule changes (documents then change meaning). */
export const METHOD_VERSION = '1.0.0';

/**
 * The `updated` date written into every document. It is a property of the inputs, not of the
 * day the build runs, so two builds of the same sources are byte-identical. It is the first day
 * of the O*NET 30.1 release month (December 2025), the newest of the sources. Override with
 * `--date` when building from newer sources.
 */
export const DATA_DATE = '2025-12-01';

/** Marker in meta.json; the writer only replaces an existing output that carries it. */
export const GENERATOR = 'ai-risk-card data build';

export const RATERS = [
  { id: 'gpt4', label: 'GPT-4' },
  { id: 'gpt4-alt', label: 'GPT-4 (alternative rubric)' },
  { id: 'human', label: 'Human annotators' },
] as const;

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
    label: 'BLS Occupational Employment and Wage Statistics, May 2024 (May 2023 for the change)',
    version: 'May 2024 and May 2023 national, cross-industry',
    url: 'https://www.bls.gov/oes/tables.htm',
    license: 'Public domain (U.S. government work)',
    obtain: 'national_M2024_dl.xlsx and national_M2023_dl.xlsx (national XLS files), converted to CSV',
  },
  ep: {
    id: 'bls-ep',
    label: 'BLS Employment Projections 2024–34 and the O*NET-SOC to NEM crosswalk',
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
