/**
 * Job title → occupation in the browser, from the precomputed index (format.ts): fetches
 * v1/lookup/index.json once per data source, the posting shards of the title's words and the
 * winning title's bucket, each at most once per page. Loaded on demand by src/data/resolve.ts,
 * so pages that never look up a title never download this code.
 */
import type { fetchJson } from '../data/load.js';
import { BUCKET, LOOKUP_SCHEMA, unpack, type LookupIndex, type Posting } from './format.js';
import { answer, rank, type Ranking } from './match.js';
import { SYNONYMS_VERSION } from './synonyms.js';
import { isVague, queryWords, shardOf } from './text.js';

export interface TitleMatch {
  query: string;
  title: string;
  code: string;
  confidence: number;
  alternatives: { code: string; title: string; confidence: number }[];
}

/**
 * What the card's loader lends this on-demand chunk: its fetch (timeout, size cap, typed errors)
 * and its error type. Passed in rather than imported, so the bundler keeps the loader in the core
 * file instead of splitting it into a chunk every page would have to request.
 */
export interface Io {
  fetchJson: typeof fetchJson;
  invalid: (message: string) => Error;
  /** Size cap of one index file, in bytes. */
  maxBytes?: number;
}

// Index files are JSON read field by field below: `any` until each field is checked.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const files = new Map<string, Promise<any>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function get(io: Io, url: string, what: string, timeout?: number): Promise<any> {
  let p = files.get(url);
  if (!p) {
    p = io.fetchJson(url, { what, timeout, maxBytes: io.maxBytes });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}

const isInt = (x: unknown) => Number.isInteger(x);

async function readIndex(io: Io, root: URL, timeout?: number): Promise<LookupIndex> {
  const json = await get(io, new URL('v1/lookup/index.json', root).href, 'v1/lookup/index.json', timeout);
  if (
    json?.schemaVersion !== LOOKUP_SCHEMA ||
    !Array.isArray(json.occupations) ||
    ![json.entries, json.shards, json.buckets].every(isInt) ||
    json.shards < 1
  )
    throw io.invalid('v1/lookup/index.json is not a job-title index this card can read.');
  if (json.synonyms !== SYNONYMS_VERSION)
    throw io.invalid(
      `v1/lookup/index.json was built with synonym list ${json.synonyms}; this card reads ${SYNONYMS_VERSION}. Rebuild the data with this version.`,
    );
  return json;
}

const shardCache = new WeakMap<object, Map<string, Posting[]>>();

/** The postings of a word from its shard file (decoded once per word per file). */
async function postingsOf(io: Io, root: URL, index: LookupIndex, word: string, timeout?: number): Promise<Posting[]> {
  const s = shardOf(word, index.shards);
  const json = await get(io, new URL(`v1/lookup/p/${s}.json`, root).href, `v1/lookup/p/${s}.json`, timeout);
  const table = json?.words;
  if (!table || typeof table !== 'object') throw io.invalid(`v1/lookup/p/${s}.json has no word table.`);
  let decoded = shardCache.get(table);
  if (!decoded) shardCache.set(table, (decoded = new Map()));
  let list = decoded.get(word);
  if (!list) {
    const packed = Object.hasOwn(table, word) ? table[word] : [];
    if (!Array.isArray(packed) || !packed.every((p: unknown) => Array.isArray(p) && p.length >= 4 && p.every(isInt)))
      throw io.invalid(`v1/lookup/p/${s}.json has a malformed entry.`);
    list = unpack(packed).filter((p) => p.occ.every((o) => o.i >= 0 && o.i < index.occupations.length));
    decoded.set(word, list);
  }
  return list;
}

/** Every occupation ranked for a title (for the evaluation script and tests). */
export async function rankTitle(io: Io, query: string, root: URL, timeout?: number): Promise<Ranking & { index?: LookupIndex }> {
  const q = queryWords(query);
  // A vague title ("Analyst") needs no download to be told apart.
  if (isVague(q)) return { words: q, vague: true, ranked: [] };
  const index = await readIndex(io, root, timeout);
  const lists = new Map(
    await Promise.all(q.map(async (w) => [w.word, await postingsOf(io, root, index, w.word, timeout)] as const)),
  );
  return { ...rank(q, (w) => lists.get(w) ?? [], index), index };
}

/** Best occupation for a job title, or undefined when the title is vague or nothing is close enough. */
export async function lookupTitle(io: Io, query: string, root: URL, timeout?: number): Promise<TitleMatch | undefined> {
  const r = await rankTitle(io, query, root, timeout);
  const best = answer(r);
  if (!best) return undefined;
  const b = Math.floor(best.entry / BUCKET);
  const bucket = await get(io, new URL(`v1/lookup/t/${b}.json`, root).href, `v1/lookup/t/${b}.json`, timeout);
  const title = bucket?.titles?.[best.entry % BUCKET];
  return {
    query,
    title: typeof title === 'string' ? title : best.occupation,
    code: best.code,
    confidence: best.confidence,
    // Only real contenders: an occupation that shares a word but has no chance is no "did you mean".
    alternatives: r.ranked
      .slice(1)
      .filter((a) => a.confidence > 0)
      .map((a) => ({ code: a.code, title: a.occupation, confidence: a.confidence })),
  };
}
