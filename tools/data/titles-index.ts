/**
 * Writes the precomputed job-title index (v1/lookup/, format in src/lookup/format.ts) from the
 * built occupations and their O*NET titles. Pure: same input, same bytes out.
 *
 * Words come from src/lookup/text.ts, the same code that reads a posting's title in the browser,
 * so both sides agree on tokens, synonyms and noise. Words are hashed into `shards` files so a
 * lookup fetches only the shards of its own words.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUCKET, idf, LOOKUP_SCHEMA, packFlags, type LookupIndex } from '../../src/lookup/format.ts';
import { GENERIC, SYNONYMS_VERSION } from '../../src/lookup/synonyms.ts';
import { clean, isAllOther, officialCore, shardOf, titleVariants, words } from '../../src/lookup/text.ts';

export interface IndexOccupation {
  code: string;
  title: string;
  /** OEWS employment of the occupation's SOC group, when known (evidence for ties). */
  employment?: number;
}

export interface IndexOptions {
  updated: string;
  /** Number of posting files; more files mean smaller fetches but more requests. */
  shards?: number;
}

/**
 * Default number of posting files: about 80 entries' words per file, a power of two, at most 512
 * (the full O*NET build: ~42,000 entries, median shard ~1 kB gzip), at least 1 (small samples).
 */
export const defaultShards = (entries: number) => Math.min(512, 2 ** Math.ceil(Math.log2(Math.max(1, entries / 80))));

interface Entry {
  key: string;
  words: string[];
  title: string;
  official: boolean;
  occ: Map<string, { count: number; official: boolean; coded: boolean; sources: number }>;
}

/** Occupation employment shared evenly by the O*NET codes of one 6-digit SOC code. */
function employmentByCode(occs: readonly IndexOccupation[]): Map<string, number> {
  const perSoc = new Map<string, number>();
  for (const o of occs) perSoc.set(o.code.slice(0, 7), (perSoc.get(o.code.slice(0, 7)) ?? 0) + 1);
  return new Map(occs.map((o) => [o.code, o.employment ? Math.round(o.employment / perSoc.get(o.code.slice(0, 7))!) : 0]));
}

export function titleIndexFiles(
  occupations: readonly IndexOccupation[],
  titles: readonly { title: string; codes: readonly string[]; sources?: readonly number[]; coded?: readonly string[] }[],
  options: IndexOptions,
): Map<string, string> {
  const occs = [...occupations].sort((a, b) => (a.code < b.code ? -1 : 1));
  const occIndex = new Map(occs.map((o, i) => [o.code, i]));
  const entries = new Map<string, Entry>();

  const add = (title: string, code: string, official: boolean, coded = official, sources = 0) => {
    const w = words(clean(title)).sort();
    if (!w.length) return;
    // An O*NET title of one generic word ("Owner", reported by urologists; "Supervisor") names no
    // occupation, as the same word as a query does not; as an entry it would only make a longer
    // title ("Business Owner") look like a confident match to whichever occupation reported it.
    if (!official && w.length === 1 && GENERIC.has(w[0])) return;
    const key = w.join(' ');
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { key, words: w, title, official, occ: new Map() }));
    // The display title: an official one, else the shortest spelling.
    else if ((official && !e.official) || (official === e.official && title.length < e.title.length)) {
      e.title = title;
      e.official = official;
    }
    const o = e.occ.get(code) ?? { count: 0, official: false, coded: false, sources: 0 };
    o.sources = Math.max(o.sources, sources);
    o.count++;
    o.official ||= official;
    o.coded ||= coded;
    e.occ.set(code, o);
  };

  for (const o of occs) {
    // "Managers, All Other" would be an entry "manager": no posting is coded to it by its title.
    if (!isAllOther(o.title)) add(officialCore(o.title), o.code, true);
  }
  for (const t of titles) {
    t.codes.forEach((code, k) => {
      if (!occIndex.has(code)) return;
      for (const v of titleVariants(t.title)) add(v, code, false, t.coded?.includes(code) ?? false, t.sources?.[k] ?? 1);
    });
  }

  const list = [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const df = new Map<string, number>();
  for (const e of list) for (const w of e.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = list.length;
  const shards = options.shards ?? defaultShards(n);

  const postings = new Map<string, number[][]>();
  const last = new Map<string, number>();
  list.forEach((e, id) => {
    const norm = Math.round(e.words.reduce((a, w) => a + idf(n, df.get(w)!), 0) * 100);
    const occ = [...e.occ]
      .sort(([a], [b]) => occIndex.get(a)! - occIndex.get(b)!)
      .flatMap(([code, o]) => [occIndex.get(code)!, packFlags(o)]);
    for (const w of e.words) {
      const p = postings.get(w) ?? postings.set(w, []).get(w)!;
      p.push([id - (last.get(w) ?? 0), norm, ...occ]);
      last.set(w, id);
    }
  });

  const files = new Map<string, string>();
  const emp = employmentByCode(occs);
  const index: LookupIndex = {
    schemaVersion: LOOKUP_SCHEMA,
    synonyms: SYNONYMS_VERSION,
    updated: options.updated,
    entries: n,
    shards,
    buckets: Math.ceil(n / BUCKET),
    occupations: occs.map((o) => [o.code, o.title, emp.get(o.code) ?? 0]),
  };
  files.set('v1/lookup/index.json', `${JSON.stringify(index)}\n`);

  const byShard = new Map<number, [string, number[][]][]>();
  for (const w of [...postings.keys()].sort()) {
    const s = shardOf(w, shards);
    (byShard.get(s) ?? byShard.set(s, []).get(s)!).push([w, postings.get(w)!]);
  }
  // Every shard exists (possibly empty), so a word in no title is a normal answer, not a 404.
  for (let s = 0; s < shards; s++) {
    files.set(`v1/lookup/p/${s}.json`, `${JSON.stringify({ words: Object.fromEntries(byShard.get(s) ?? []) })}\n`);
  }
  for (let b = 0; b < index.buckets; b++) {
    files.set(
      `v1/lookup/t/${b}.json`,
      `${JSON.stringify({ titles: list.slice(b * BUCKET, (b + 1) * BUCKET).map((e) => e.title) })}\n`,
    );
  }
  return files;
}

/**
 * `tsx tools/data/titles-index.ts <dir>`: (re)writes <dir>/v1/lookup from <dir>/v1/index.json,
 * titles.json and the documents' employment, e.g. for test/fixtures/data after editing its
 * titles. The data build (output.ts) writes the same files from the build result directly.
 */
function main(dir: string): void {
  const v1 = path.join(dir, 'v1');
  const read = (f: string) => JSON.parse(readFileSync(path.join(v1, f), 'utf8'));
  const index = read('index.json');
  const occupations: IndexOccupation[] = index.occupations.map((o: { code: string; title: string }) => {
    const doc = path.join('occupations', `${o.code}.json`);
    const employment = existsSync(path.join(v1, doc)) ? read(doc).employment?.count : undefined;
    return { code: o.code, title: o.title, employment };
  });
  const files = titleIndexFiles(occupations, read('titles.json').titles, {
    updated: index.updated,
    shards: Number(process.env.SHARDS) || undefined,
  });
  // Written beside, then swapped in: never a half-written index.
  const tmp = mkdtempSync(path.join(v1, '.lookup-'));
  try {
    for (const [file, text] of files) {
      const to = path.join(tmp, file.slice('v1/lookup/'.length));
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, text);
    }
    rmSync(path.join(v1, 'lookup'), { recursive: true, force: true });
    renameSync(tmp, path.join(v1, 'lookup'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`Wrote ${files.size} files to ${path.join(v1, 'lookup')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (!process.argv[2]) {
    console.error('Usage: tsx tools/data/titles-index.ts <dir holding v1/>');
    process.exitCode = 2;
  } else main(process.argv[2]);
}
