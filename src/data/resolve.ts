/**
 * Turning what a job board has (a SOC code, a slug, a job title, a JobPosting on the page) into
 * an O*NET-SOC code. `v1/index.json` and the job-title index (`v1/lookup/`) are fetched at most
 * once per URL per page, and only when a card needs them. Never touches the card's DOM.
 *
 * A chunk of its own (loaded by the card only for those attributes): a card given an O*NET-SOC
 * code never downloads it. `matchTitle()` is the seam behind which the title matcher lives.
 */
import { indexSchema, type IndexFile } from './api.js';
import { validateWith } from './contract.js';
import { CODE, SOC } from './constants.js';
import { LoadError } from './errors.js';
import { fetchJson, LIMITS } from './load.js';
import { docUrl, type Target } from './target.js';
import type { Match } from '../types.js';

export interface IndexEntry {
  code: string;
  slug: string;
  title: string;
}
export type { Match };

const files = new Map<string, Promise<unknown>>();

/**
 * index.json: same timeout and error kinds as documents, its own size cap (LIMITS), validated
 * against their schema (data/api.ts); fetched and checked once per page per data source.
 */
function getFile<T>(root: URL, file: string, schema: Parameters<typeof validateWith>[0], timeout?: number): Promise<T> {
  const url = new URL(file, root).href;
  let p = files.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetchJson(url, { what: file, timeout, maxBytes: LIMITS.index }).then((json) => {
      const r = validateWith(schema, json);
      if (!r.ok) throw new LoadError('invalid-data', 'invalidFile', file, r.path, r.message);
      return r.data as T;
    });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}

const index = async (root: URL, timeout?: number): Promise<IndexEntry[]> =>
  (await getFile<IndexFile>(root, 'v1/index.json', indexSchema, timeout)).occupations;

/**
 * Best O*NET occupation for a job title, or undefined when the title is vague or nothing is close
 * enough. The matcher and its index reader (src/lookup/) load on demand, so pages that never
 * match a title never download them; the index is precomputed by the data build (v1/lookup/).
 */
export async function matchTitle(query: string, root: URL, timeout?: number): Promise<Match | undefined> {
  let lookup: typeof import('../lookup/reader.js');
  try {
    lookup = await import('../lookup/reader.js');
  } catch {
    throw new LoadError('network', 'lookupMissing');
  }
  return lookup.lookupTitle(
    { fetchJson, invalid: (message) => new LoadError('invalid-data', 'lookupFile', message), maxBytes: LIMITS.lookup },
    query,
    root,
    timeout,
  );
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the host page's JSON-LD is arbitrary JSON, checked field by field */
/** The page's schema.org JobPosting: its O*NET-SOC category if it has one, else its title. */
export function jobPosting(doc: Document): { code?: string; title?: string } | undefined {
  const isPosting = (x: any) => [x?.['@type']].flat().some((t) => typeof t === 'string' && /(^|[/#:])JobPosting$/.test(t));
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let all: any[];
    try {
      const json = JSON.parse(s.textContent ?? '');
      all = [json, json?.['@graph']].flat(2);
    } catch {
      continue; // someone else's broken JSON-LD is not our error
    }
    const post = all.find(isPosting);
    if (!post) continue;
    const cat = [post.occupationalCategory].flat().map((c: any) => (c && typeof c === 'object' ? c.codeValue : c));
    const code = cat.map((c: unknown) => String(c ?? '').match(/\d\d-\d{4}(\.\d\d)?/)?.[0]).find(Boolean);
    return { code, title: typeof post.title === 'string' ? post.title : undefined };
  }
  return undefined;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * An O*NET-SOC code for what the card was given: a code as is, a 6-digit SOC code (its ".00"
 * occupation, else the first one), or a slug, through v1/index.json.
 */
export async function resolveCode(value: string, root: URL, timeout?: number): Promise<string> {
  if (CODE.test(value)) return value;
  if (!/^(\d\d-\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/i.test(value))
    throw new LoadError('not-found', 'badOccupation', value.slice(0, 40));
  const list = await index(root, timeout);
  const hit = SOC.test(value)
    ? (list.find((o) => o.code === `${value}.00`) ?? list.find((o) => o.code.startsWith(value)))
    : list.find((o) => o.slug === value.toLowerCase() || o.code === value);
  if (!hit) throw new LoadError('not-found', 'notInIndex', value.slice(0, 60));
  return hit.code;
}

/**
 * The document URL for a target that needs the index, the titles or the page's JobPosting, and
 * the title match when there was one.
 */
export async function locate(
  t: Extract<Target, { kind: 'lookup' | 'title' | 'auto' }>,
  timeout: number,
  doc: Document,
): Promise<{ url: URL; match?: Match }> {
  let value = t.kind === 'lookup' ? t.value : '';
  let title = t.kind === 'title' ? t.title : '';
  if (t.kind === 'auto') {
    const post = jobPosting(doc);
    if (!post) throw new LoadError('not-found', 'noPosting');
    value = post.code ?? '';
    title = post.title ?? '';
  }
  let match: Match | undefined;
  if (!value && title) {
    match = await matchTitle(title, t.root, timeout);
    if (!match) throw new LoadError('not-found', 'noTitleMatch', title.slice(0, 80));
    value = match.code;
  }
  if (!value) throw new LoadError('not-found', 'noOccupation');
  return { url: docUrl(t.root, await resolveCode(value, t.root, timeout)), match };
}
