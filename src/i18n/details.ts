/**
 * The English detail of every error, by key: what went wrong, specifically. The card shows the
 * detail in its language (each table has a `details` entry with these keys, checked at compile
 * time); events carry the English one. A chunk of its own: loaded when an error is shown.
 * Other modules import only its types, so they do not load it.
 */
export const details = {
  notHttp: (attr: string, value: string) => `The ${attr} attribute "${value}" is not an http(s) URL.`,
  badOccupation: (value: string) =>
    `"${value}" is not an O*NET-SOC code (15-2051.00), a SOC code (15-2051) or a slug (data-scientists).`,
  noOccupation: () => 'No occupation given: set occupation="15-2051.00" (an O*NET-SOC code), job-title or src.',
  noPosting: () => 'occupation="auto" found no schema.org JobPosting (JSON-LD) on this page.',
  noTitleMatch: (title: string) => `No occupation matches the job title "${title}".`,
  notInIndex: (value: string) =>
    `No occupation "${value}" in this data source; use an O*NET-SOC code like 15-2051.00, a SOC code like 15-2051 or a slug like data-scientists.`,
  invalidFile: (file: string, path: string, problem: string) => `Invalid data in ${file} at ${path}: ${problem}.`,
  noData: (status: number) => `No data for this occupation (HTTP ${status}).`,
  noFile: (file: string, status: number) => `No data for ${file} (HTTP ${status}).`,
  noAnswer: (seconds: number) => `No answer from the data server within ${seconds} s.`,
  tooSlow: (seconds: number) => `The data took longer than ${seconds} s to arrive.`,
  unreachable: () => 'The data server could not be reached.',
  broken: () => 'The connection broke while loading data.',
  http: (status: number, retryAfter: string) =>
    `The data server answered HTTP ${status}.${retryAfter ? ` It asks to retry after ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : ''}`,
  html: () => 'The data server sent an HTML page, not JSON: check data-source.',
  notJson: () => 'The data server sent something that is not JSON.',
  tooLarge: (file: string, mb: number) => `${file || 'The document'} is larger than ${mb} MB, the most a card accepts.`,
  invalid: (path: string, problem: string) => `Invalid data at ${path}: ${problem}.`,
  lookupMissing: () => 'The job-title lookup could not be loaded (a script file next to ai-risk-card.js is missing or blocked).',
  lookupFile: (problem: string) => `The job-title index cannot be used: ${problem}`,
  undrawable: () => 'This document could not be displayed.',
  unexpected: (message: string) => `Unexpected error: ${message}`,
};

export type Details = typeof details;
export type DetailKey = keyof Details;
/** A detail key and its arguments, e.g. `['noData', 404]`. */
export type Detail = { [K in DetailKey]: [K, ...Parameters<Details[K]>] }[DetailKey];
