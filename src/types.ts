/** Public types shared by the element, its controllers and views (no runtime code). */
import type { Occupation } from './data/contract.js';
import type { ErrorKind } from './data/errors.js';

export type { ErrorKind };

export interface Match {
  /** The text that was matched (the job title as given). */
  query: string;
  /** The O*NET title or alternate title it matched. */
  title: string;
  code: string;
  /**
   * 0–1: how likely the code is right, calibrated on a labelled set of posting titles (of answers
   * at 0.8 or more, about 95 % are right). See README.md (Job titles).
   */
  confidence: number;
  /** The next best occupations (other SOC codes), best first, each with its own confidence. */
  alternatives: { code: string; title: string; confidence: number }[];
}

export interface LoadDetail {
  occupation: string;
  data: Occupation;
  /** How a `job-title` (or the page's JobPosting title) was matched, when it was. */
  match?: Match;
}

export interface ErrorDetail {
  occupation: string;
  kind: ErrorKind;
  message: string;
}

/** Section names for the `sections` attribute. The header and the sources always show. */
export type Section =
  | 'gauge'
  | 'signals'
  | 'stats'
  | 'overview'
  | 'tasks'
  | 'skills'
  | 'tools'
  | 'risks'
  | 'ai-tools'
  | 'future-skills'
  | 'faq'
  | 'career'
  | 'related';
