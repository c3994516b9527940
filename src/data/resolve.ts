/**
 * Turning what a job board has (a SOC code, a slug, a job title, a JobPosting on the page) into
 * an O*NET-SOC code. `v1/index.json` and `v1/titles.json` are fetched at most once per page
 * per data source, and only when a card needs them. Never touches the card's DOM.
 *
 * A chunk of its own (loaded by the card only for those attributes): a card given an O*NET-SOC
 * code never downloads it. `matchTitle()` is the seam behind which the title matcher lives.
 */
import type { IndexFile, TitlesFile } from './api.js';
import { CODE, SOC } from './constants.js';
import { type Shape, validateShape } from './shapes.js';
import { INDEX, TITLES } from './shapes.gen.js';
import { LoadError } from './errors.js';
import { fetchJson } from './load.js';
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
 * index.json and titles.json: same timeout, size cap and error kinds as documents, validated
 * against their schema (data/api.ts); fetched and checked once per page per data source.
 */
function getFile<T>(root: URL, file: string, shape: Shape, timeout?: number): Promise<T> {
  const url = new URL(file, root).href;
  let p = files.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetchJson(url, { what: file, timeout }).then((json) => {
      const r = validateShape<T>(shape, json);
      if (!r.ok) throw new LoadError('invalid-data', 'invalidFile', file, r.path, r.message);
      return r.data;
    });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}

const index = async (root: URL, timeout?: number): Promise<IndexEntry[]> =>
  (await getFile<IndexFile>(root, 'v1/index.json', INDEX, timeout)).occupations;

/** Seniority and filler words that say nothing about the occupation. */
const NOISE = new Set(
  'senior sr junior jr lead principal staff intern entry level mid i ii iii iv v remote hybrid contract temporary part full time the a an of and for in at to with'.split(' '),
);
/**
 * Common abbreviations in job ads, expanded to O*NET's words. A Map, not an object lookup:
 * titles contain words like "constructor" that an object would answer from its prototype.
 */
const ABBR = new Map<string, string>(Object.entries({
  ml: 'machine learning',
  ai: 'artificial intelligence',
  swe: 'software engineer',
  sde: 'software development engineer',
  sw: 'software',
  dev: 'developer',
  devs: 'developer',
  eng: 'engineer',
  engr: 'engineer',
  mgr: 'manager',
  asst: 'assistant',
  admin: 'administrative',
  rep: 'representative',
  reps: 'representative',
  tech: 'technician',
  acct: 'accountant',
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
  cna: 'nursing assistant',
  qa: 'quality assurance',
  hr: 'human resources',
  it: 'information technology',
  vp: 'vice president',
  cfo: 'chief financial officer',
  ceo: 'chief executive',
  cto: 'chief technology officer',
  pm: 'project manager',
  csr: 'customer service representative',
}));

/** Lower-case words, abbreviations expanded, seniority dropped, plurals folded. */
export function tokens(s: string): string[] {
  const out: string[] = [];
  for (const w of s.toLowerCase().replace(/\(.*?\)/g, ' ').split(/[^a-z0-9+#]+/)) {
    for (const t of (ABBR.get(w) ?? w).split(' ')) {
      if (t && !NOISE.has(t)) out.push(t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
    }
  }
  return out;
}

interface TitleIndex {
  entries: { title: string; codes: string[]; t: string[] }[];
  byToken: Map<string, number[]>;
  occTokens: Map<string, string[]>;
}
const titleIndexes = new Map<string, Promise<TitleIndex>>();

function titleIndex(root: URL, timeout?: number): Promise<TitleIndex> {
  const url = new URL('v1/titles.json', root).href;
  let p = titleIndexes.get(url);
  if (!p) {
    p = Promise.all([getFile<TitlesFile>(root, 'v1/titles.json', TITLES, timeout), index(root, timeout)]).then(([file, occs]) => {
      const list = [...file.titles];
      // Official occupation titles match too ("Registered Nurses").
      for (const o of occs) list.push({ title: o.title, codes: [o.code] });
      const entries = list.map((e) => ({ ...e, t: [...new Set(tokens(e.title))] }));
      const occTokens = new Map(occs.map((o) => [o.code, [...new Set(tokens(o.title))]]));
      const byToken = new Map<string, number[]>();
      entries.forEach((e, i) => e.t.forEach((t) => (byToken.get(t) ?? byToken.set(t, []).get(t)!).push(i)));
      return { entries, byToken, occTokens };
    });
    p.catch(() => titleIndexes.delete(url));
    titleIndexes.set(url, p);
  }
  return p;
}

/** Best O*NET occupation for a job title, or undefined when nothing is close enough. */
export async function matchTitle(query: string, root: URL, timeout?: number): Promise<Match | undefined> {
  const q = [...new Set(tokens(query))];
  if (!q.length) return undefined;
  const { entries, byToken, occTokens } = await titleIndex(root, timeout);
  // Words weigh by rarity (inverse document frequency): sharing "ios" or "intelligence" says
  // far more than sharing "engineer", which plain word counts let "Staff Engineer" win on.
  const w = (t: string) => Math.log(1 + entries.length / (byToken.get(t)?.length || 1));
  const qWeight = q.reduce((a, t) => a + w(t), 0);
  const shared = new Map<number, number>();
  for (const t of q) for (const i of byToken.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + w(t));
  let best: { score: number; i: number; ties: number[] } | undefined;
  for (const [i, n] of shared) {
    const e = entries[i];
    // Weighted Dice coefficient; an ambiguous title (several codes) is a weaker match.
    const score = ((2 * n) / (qWeight + e.t.reduce((a, t) => a + w(t), 0))) * (e.codes.length > 1 ? 0.9 : 1);
    if (!best || score > best.score + 1e-9) best = { score, i, ties: [i] };
    else if (Math.abs(score - best.score) <= 1e-9) best.ties.push(i);
  }
  if (!best || best.score < 0.5) return undefined;
  // Equally good titles ("Customer Service Rep", "Customer Service Representative") and titles
  // shared by several occupations: the occupation whose own title shares most words with the query.
  const codes = [...new Set(best.ties.flatMap((i) => entries[i].codes))];
  // Share of the occupation title's words that the query has: "Customer Service Representatives"
  // (3 of 3) beats "Sales Representatives of Services, Except …" (2 of 7).
  const overlap = (c: string) => {
    const t = occTokens.get(c) ?? [];
    return t.filter((x) => q.includes(x)).length / (t.length || 1);
  };
  const code = codes.reduce((a, c) => (overlap(c) > overlap(a) ? c : a));
  const e = entries[best.ties.find((i) => entries[i].codes.includes(code))!];
  return { query, title: e.title, code, confidence: Math.round(best.score * (codes.length > e.codes.length ? 0.9 : 1) * 100) / 100 };
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
    throw new LoadError('not-found', 'badOccupation', value.slice(0, 40));
  const list = await index(root, timeout);
  const hit = SOC.test(value)
    ? (list.find((o) => o.code === `${value}.00`) ?? list.find((o) => o.code.startsWith(value)))
    : list.find((o) => o.slug === value.toLowerCase());
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
