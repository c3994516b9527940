/**
 * Turning what a job board has (a SOC code, a slug, a job title, a JobPosting on the page) into
 * an O*NET-SOC code. `v1/index.json` and the job-title index (`v1/lookup/`) are fetched at most
 * once per URL per page, and only when a card needs them. Never touches the card's DOM.
 */
import { OCCUPATION_CODE } from './contract.js';
import { CODE, fetchJson, LIMITS, LoadError } from './load.js';

export interface IndexEntry {
  code: string;
  slug: string;
  title: string;
}
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

const files = new Map<string, Promise<any>>();

/** index.json: same timeout and error kinds as documents, with its own size cap. */
function getJson(url: string, what: string, timeout?: number, maxBytes: number = LIMITS.index): Promise<any> {
  let p = files.get(url);
  if (!p) {
    p = fetchJson(url, { what, timeout, maxBytes });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}

async function index(root: URL, timeout?: number): Promise<IndexEntry[]> {
  const list = (await getJson(new URL('v1/index.json', root).href, 'v1/index.json', timeout))?.occupations;
  if (!Array.isArray(list)) throw new LoadError('invalid-data', 'v1/index.json has no occupations list.');
  // Only well-formed entries: a code goes into a URL path, so it must be an O*NET-SOC code or a publisher id.
  return list.filter((o) => o && OCCUPATION_CODE.test(o.code) && typeof o.title === 'string' && typeof o.slug === 'string');
}

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
    throw new LoadError('network', 'The job-title lookup could not be loaded (a script file next to ai-risk-card.js is missing or blocked).');
  }
  return lookup.lookupTitle({ fetchJson, invalid: (message) => new LoadError('invalid-data', message) }, query, root, timeout);
}

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

/**
 * An O*NET-SOC code for what the card was given: a code as is, a 6-digit SOC code (its ".00"
 * occupation, else the first one), or a slug, through v1/index.json.
 */
export async function resolveCode(value: string, root: URL, timeout?: number): Promise<string> {
  if (CODE.test(value)) return value;
  if (!/^(\d\d-\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/i.test(value))
    throw new LoadError('not-found', `"${value.slice(0, 40)}" is not an O*NET-SOC code (15-2051.00), a SOC code (15-2051) or a slug (data-scientists).`);
  const list = await index(root, timeout);
  const hit = /^\d\d-\d{4}$/.test(value)
    ? (list.find((o) => o.code === `${value}.00`) ?? list.find((o) => o.code.startsWith(value)))
    : list.find((o) => o.slug === value.toLowerCase() || o.code === value);
  if (!hit) throw new LoadError('not-found', `No occupation "${value.slice(0, 60)}" in this data source; use an O*NET-SOC code like 15-2051.00, a SOC code like 15-2051 or a slug like data-scientists.`);
  return hit.code;
}
