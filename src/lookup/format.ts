/**
 * The precomputed job-title index (v1/lookup/), shared by its writer (tools/data/titles-index.ts)
 * and its reader (reader.ts).
 *
 *   v1/lookup/index.json     { schemaVersion, synonyms, updated, entries, shards, buckets,
 *                              occupations: [[code, title, employment], …] }
 *   v1/lookup/p/<shard>.json { words: { <word>: [posting, …] } }   postings of the words in the shard
 *   v1/lookup/t/<bucket>.json { titles: [title, …] }              display titles of BUCKET entries
 *
 * An entry is one distinct word set of O*NET titles (official titles without boilerplate,
 * alternate, short and reported titles): several spellings that give the same words are one
 * entry. A posting is `[idDelta, norm, occ, flags, occ, flags, …]`: the entry id as the gap
 * from the previous posting of the word, the entry's summed word weights × 100, then for each
 * occupation the entry names, its index in `occupations` and its flags (packFlags below): how many O*NET
 * titles gave this word set for that occupation, how many O*NET sources list the best of them,
 * whether a coding index lists one, and whether it is the occupation's own title.
 */
export const LOOKUP_SCHEMA = 2;
/** Display titles per t/<bucket>.json file. */
export const BUCKET = 256;

export interface LookupIndex {
  schemaVersion: number;
  synonyms: number;
  updated: string;
  entries: number;
  shards: number;
  buckets: number;
  /** [O*NET-SOC code, official title, employment (0 when unknown)] */
  occupations: [string, string, number][];
}

export interface Posting {
  id: number;
  norm: number;
  occ: ({ i: number } & Flags)[];
}

/** What a posting says about one occupation it names. */
export interface Flags {
  /** O*NET titles that gave this word set for the occupation (at most MAX_COUNT). */
  count: number;
  /** Most O*NET sources listing one of those titles for the occupation (0–7; 0 for the official title alone). */
  sources: number;
  /** A coding index (the SOC or Census index) lists one of those titles for the occupation, or it is the official title. */
  coded: boolean;
  /** It is the occupation's own (official) title. */
  official: boolean;
}
export const MAX_COUNT = 1000;

/** flags = ((count × 8 + sources) × 4) + coded × 2 + official */
export const packFlags = (f: Flags): number =>
  (Math.min(f.count, MAX_COUNT) * 8 + Math.min(f.sources, 7)) * 4 + (f.coded ? 2 : 0) + (f.official ? 1 : 0);
export const unpackFlags = (n: number): Flags => ({
  count: Math.floor(n / 32),
  sources: Math.floor(n / 4) % 8,
  coded: (n & 2) === 2,
  official: (n & 1) === 1,
});

/** A word's postings from its packed form. */
export function unpack(packed: readonly (readonly number[])[]): Posting[] {
  let id = 0;
  return packed.map((p) => {
    id += p[0];
    const occ: Posting['occ'] = [];
    for (let k = 2; k + 1 < p.length; k += 2) occ.push({ i: p[k], ...unpackFlags(p[k + 1]) });
    return { id, norm: p[1] / 100, occ };
  });
}

/** Word weight: inverse document frequency over entries. */
export const idf = (entries: number, df: number) => Math.log(1 + entries / Math.max(df, 1));
