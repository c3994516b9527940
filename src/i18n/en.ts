import { html } from 'lit';
import { LEVEL_WORDS, type Level } from '../data/constants.js';
import type { ErrorKind } from '../data/errors.js';
import type { Details } from './details.js';

/**
 * English UI strings. Every visible word that does not come from data lives here. Data inside
 * a sentence goes in <bdi>, so bidi controls in a title cannot reorder the card's own words.
 */
export const en = {
  heading: (title: string) => html`Will AI replace <bdi>${title}</bdi>?`,
  updated: (date: string) => `Data updated ${date}`,
  exposure: 'AI exposure score',
  level: { ...LEVEL_WORDS } as Record<Level, string>,
  levelExposure: (level: string) => `${level} exposure`,
  meterText: (score: number, level: string) => `${score} out of 100, ${level.toLowerCase()} exposure`,
  outOf: '/100',
  tasksShare: 'Tasks AI can do',
  tasksShareNote: (n: number, total: number) => `${n} of ${total} tasks rated more than half exposed`,
  augmentation: 'Augmentation potential',
  demand: 'Demand trend',
  trend: { growing: 'Growing', stable: 'Stable', declining: 'Declining' },
  salary: 'Median salary',
  perYear: 'per year',
  perHour: 'per hour',
  orMore: 'or more',
  yoy: 'YoY',
  employment: 'US employment',
  workers: (n: string) => `${n} workers`,
  overview: 'Overview',
  summary: (title: string, score: number, level: string) => `${title}: AI exposure ${score} out of 100, ${level.toLowerCase()}.`,
  tableCaption: 'Task scores by rater, 0–100',
  task: 'Task',
  average: 'Average',
  matched: (q: string, t: string, pct: number) => html`Job title “<bdi>${q}</bdi>” matched to “<bdi>${t}</bdi>” (${pct}% match)`,
  expand: 'Full breakdown',
  close: 'Close',
  sourcesShort: 'Sources and licences',
  tasks: 'Task-by-task AI coverage',
  showAll: (n: number) => `Show all ${n} tasks`,
  showFewer: 'Show fewer tasks',
  raters: 'Scores by rater',
  spread: (n: number) => `Raters differ by ${n} points`,
  skills: 'Core skills',
  tools: 'Technology tools',
  inDemand: 'in demand',
  risks: 'Key risks',
  aiTools: 'AI tools driving change',
  futureSkills: 'Skills to future-proof',
  faq: 'Frequently asked questions',
  disclaimer: 'Exposure measures what AI could do with these tasks, not a forecast of job loss.',
  loading: 'Loading AI exposure data…',
  retry: 'Retry',
  errorTitle: 'This card could not be shown',
  errors: {
    'not-found': 'We could not find this occupation.',
    network: 'The data could not be loaded. Check your connection and try again.',
    http: 'The data server had a problem.',
    'invalid-json': 'The data server sent a response we could not read.',
    'invalid-data': 'The data for this occupation is not in the expected format.',
    timeout: 'The data server took too long to answer.',
  } satisfies Record<ErrorKind, string>,
  // --- Method 1.1 (career sections, group figures, definitions) ---
  doableRule: 'Counted when GPT-4 and human raters both see exposure and one says AI alone could halve the time.',
  groupFigures: (title: string, code: string, residual: boolean) =>
    residual
      ? `Wage, employment and demand are for the BLS residual group “${title}” (SOC ${code}), not for this occupation alone.`
      : `Wage, employment and demand are for the whole BLS group “${title}” (SOC ${code}), which includes other occupations.`,
  entryHeading: 'How people get this job',
  entryEducation: 'Typical entry education',
  entryExperience: 'Work experience in a related job',
  entryTraining: 'On-the-job training',
  jobZone: 'O*NET Job Zone',
  jobZoneValue: (zone: number, label?: string) => `${zone} of 5${label ? ` (${label})` : ''}`,
  openings: 'Openings per year',
  openingsValue: (n: string, period?: string) => `${n} on average${period ? `, ${period}` : ''}`,
  related: 'Related jobs and their exposure',
  // --- Design pass (verdict, gauge context, task marks, disclosures) ---
  /** The verdict's lead by level group and demand trend (views/verdict.ts states the rules). */
  lead: {
    high: {
      growing: 'Reshaped more than replaced',
      stable: 'Likely to be reshaped by AI',
      declining: 'Highly exposed, in a shrinking field',
    },
    moderate: {
      growing: 'Partly exposed, and growing',
      stable: 'Partly exposed to AI',
      declining: 'Partly exposed, in a shrinking field',
    },
    low: {
      growing: 'Little exposed, and growing',
      stable: 'Little exposed to AI',
      declining: 'Little exposed, but shrinking',
    },
  },
  verdictTasks: (lead: string, k: number, p: number, n: number) =>
    `${lead}: ${
      k
        ? `AI could speed up ${k === n ? (n > 1 ? `all ${n} of its tasks` : 'its only task') : `${k} of its ${n} tasks`}`
        : p
          ? `AI could help with ${p} of its ${n} tasks, none mostly on its own`
          : 'no task is rated as work AI could speed up'
    }.`,
  verdictDemand: (trend: 'growing' | 'stable' | 'declining', pct: string, period: string, group: boolean) =>
    `${group ? 'Jobs in its BLS group are' : 'Jobs are'} projected to ${
      trend === 'growing' ? `grow${pct && ` ${pct}`}` : trend === 'declining' ? `shrink${pct && ` ${pct}`}` : 'change little'
    }${period && ` (${period})`}.`,
  rank: (pct: string) => `More exposed than ${pct} of US occupations`,
  rankLowest: 'Among the least exposed US occupations',
  median: (score: number) => `Median of all US occupations: ${score}`,
  taskSummary: (k: number, p: number, n: number) => `${k} tasks mostly doable by AI · ${p} partly · ${n} not`,
  legend: '● directly exposed · ◐ with extra software · ○ not exposed',
  marks: ['not exposed', 'with extra software', 'directly exposed'],
  disagreeSays: (who: string) => `Raters disagree: ${who} says not exposed`,
  moreAbout: 'Skills, tools and risks',
  ofN: (k: number, n: number) => `${k} of ${n}`,
  assists: 'AI mostly assists',
  exposedTasks: 'of the exposed tasks',
  projected: (period: string) => `Projected jobs${period && ` ${period}`}`,
  aboutFigures: 'About these figures',
  aboutScore: 'How the score is built',
  groupShort: (title: string, code: string, residual: boolean) =>
    residual
      ? `Pay, jobs and demand: BLS residual group “${title}” (SOC ${code}), not for this occupation alone.`
      : `Pay, jobs and demand: whole BLS group “${title}” (SOC ${code}).`,
  observedTop: (label: string, pct: string) => `${label}: top ${pct} of occupations`,
  observedAbove: (label: string, pct: string) => `${label}: higher than ${pct} of occupations`,
  relatedScore: (score: number, level: string) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
};

/**
 * Every message; each language's table `satisfies` it, so a missing or misspelt key does not
 * compile. `details`, the specific cause under an error message, is English in
 * src/i18n/details.ts, loaded only when an error is shown (a card that loads never needs it).
 */
export type Messages = typeof en & { details: Details };
