/**
 * What a card has to fetch, from its attributes alone: pure (no DOM, no network), so every rule
 * of precedence and every refusal is tested in Node (test/node/target.test.ts).
 *
 * Precedence: `data` (validated, never fetched) > `src` > `occupation` (code, SOC code, slug or
 * `auto`) > `job-title`.
 */
import { CODE } from './constants.js';
import { LoadError } from './errors.js';

export interface TargetInput {
  data?: unknown;
  src?: string;
  occupation?: string;
  jobTitle?: string;
  dataSource?: string;
  /** Where data lives when no data-source is given (`data/` beside the script). */
  base: string;
  /** What relative URLs resolve against (the page's `document.baseURI`). */
  baseURI: string;
}

export type Target =
  /** A document given from script: validate it, fetch nothing. */
  | { kind: 'data'; data: unknown }
  /** One document URL: from `src`, or an O*NET-SOC code under the data root. */
  | { kind: 'url'; url: URL }
  /** A 6-digit SOC code or a slug, resolved through `v1/index.json`. */
  | { kind: 'lookup'; root: URL; value: string }
  /** A job title, matched through `v1/titles.json`. */
  | { kind: 'title'; root: URL; title: string }
  /** `occupation="auto"`: the page's schema.org JobPosting decides (code, else title). */
  | { kind: 'auto'; root: URL };

/**
 * An absolute http(s) URL from an attribute (blob: too, for src: an app's own generated
 * document), or a not-found LoadError naming the attribute.
 */
export function httpUrl(value: string, attr: string, baseURI: string, blob = false): URL {
  let u: URL | undefined;
  try {
    u = new URL(value, baseURI);
  } catch {
    /* reported below */
  }
  if (!u || !(/^https?:$/.test(u.protocol) || (blob && u.protocol === 'blob:')))
    throw new LoadError('not-found', 'notHttp', attr, value.slice(0, 80));
  return u;
}

/** The data API's base URL (the folder holding `v1/`), always ending in a slash. */
export function dataRoot(dataSource: string | undefined, base: string, baseURI: string): URL {
  const root = httpUrl(dataSource || base, 'data-source', baseURI);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return root;
}

export const docUrl = (root: URL, code: string) => new URL(`v1/occupations/${code}.json`, root);

/** What to fetch for these attributes, or a not-found LoadError saying what is wrong. */
export function resolveTarget(a: TargetInput): Target {
  if (a.data != null) return { kind: 'data', data: a.data };
  if (a.src) return { kind: 'url', url: httpUrl(a.src, 'src', a.baseURI, true) };
  const root = dataRoot(a.dataSource, a.base, a.baseURI);
  const occ = (a.occupation ?? '').trim();
  if (occ === 'auto') return { kind: 'auto', root };
  if (occ) {
    if (CODE.test(occ)) return { kind: 'url', url: docUrl(root, occ) };
    if (!/^(\d\d-\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/i.test(occ)) throw new LoadError('not-found', 'badOccupation', occ.slice(0, 40));
    return { kind: 'lookup', root, value: occ };
  }
  const title = (a.jobTitle ?? '').trim();
  if (title) return { kind: 'title', root, title };
  throw new LoadError('not-found', 'noOccupation');
}
