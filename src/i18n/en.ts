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
  expand: 'Show the full card',
  close: 'Close',
  sourcesShort: 'Sources and licences',
  tasks: 'Task-by-task AI coverage',
  tasksIntro: 'How much of each task today’s AI could help with (0–100). Select a task for per-rater scores.',
  showAll: (n: number) => `Show all ${n} tasks`,
  showFewer: 'Show fewer tasks',
  raters: 'Scores by rater',
  spread: (n: number) => `Raters differ by ${n} points`,
  disagree: 'Raters disagree',
  skills: 'Core skills',
  tools: 'Technology tools',
  inDemand: 'in demand',
  risks: 'Key risks',
  aiTools: 'AI tools driving change',
  futureSkills: 'Skills to future-proof',
  faq: 'Frequently asked questions',
  sources: 'Sources',
  disclaimer: 'Exposure measures what AI could do with these tasks, not a forecast of job loss.',
  signals: 'Rated exposure and observed use',
  observed: '(observed use, percentile)',
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
  relatedScore: (score: number, level: string) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
};

/**
 * Every message; each language's table `satisfies` it, so a missing or misspelt key does not
 * compile. `details`, the specific cause under an error message, is English in
 * src/i18n/details.ts, loaded only when an error is shown (a card that loads never needs it).
 */
export type Messages = typeof en & { details: Details };
