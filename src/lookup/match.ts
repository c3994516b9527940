/**
 * Scoring a posting title against the precomputed index: pure, given the postings of the
 * query's words. See README.md (Job titles) for the rules and what confidence means.
 */
import { idf, type LookupIndex, type Posting } from './format.js';
import { GENERIC, SENIORITY } from './synonyms.js';
import { clean, isVague, officialCore, words, type QueryWord } from './text.js';

/** How far below the best an occupation's score may be and still count as a tie for evidence. */
export const EVIDENCE = {
  /** the occupation's own title (without boilerplate) gave the best entry */
  official: 0.02,
  /** × share of the query's word weight found in the occupation's official title */
  overlap: 0.05,
  /** × share of the query's word weight found in any of the occupation's titles */
  support: 0.1,
  /** per doubling of the O*NET titles that gave the same words for this occupation */
  count: 0.005,
  /** per tenfold employment (OEWS), from 1 (10^0) to ~10^6 */
  employment: 0.01,
  /** subtracted for a residual "All Other" SOC code (xx-xxx9): coders use them last */
  residual: 0.02,
  /** per O*NET source that lists the best entry's title for the occupation (SOC index, job postings, …) */
  sources: 0.003,
};

/**
 * Confidence = logistic(A·score + B·m + C·single + E·m·single + F·coded + D), m = min(margin, MARGIN_CAP).
 * score: the best occupation's weighted Dice (0–1); margin: its full score's lead (evidence
 * included) over the best occupation of another SOC code; single: 1 when the match rests on one
 * O*NET alternate title of the occupation that no coding index lists (O*NET's title lists are
 * least reliable there, so a lead says less); coded: 1 when the SOC or Census coding index (as
 * O*NET records its sources) gives the matched title to the occupation, or it is its own title.
 * B, C, E, F and D + CAUTION are a logistic regression (`npm run eval:titles -- --fit`) on 1,208
 * answers to titles that were new to the matcher when it answered them: the held-out set, and
 * the titles of the third to sixth check sets (each written blind) that no earlier set has, as
 * answered before any rule was written from them. Fitting on the development set instead made
 * confident answers look safer than they are on new titles, since tuning had fixed its own
 * errors. A is set, not fitted (answers' scores are nearly all 1, so a fitted A is noise).
 */
/**
 * Subtracted from the fitted intercept (in CALIBRATION.D below): the fitted probabilities are honest on
 * average, but then only about 94 % of the answers at 0.8 or more are right on titles new to the
 * matcher. With 0.5 less on the logit scale, 95–99 % of them were, in each check set left out of
 * the fit in turn: confidence errs low rather than high.
 */
export const CAUTION = 0.5;
export const CALIBRATION = { A: 3, B: 28.48, C: -0.33, E: -17.85, F: 0.19, D: -1.92 - CAUTION };
/**
 * Below this confidence the answer is "no match" (not-found), not a guess: 0.3 on the fitted
 * scale, 0.21 once CAUTION has lowered it.
 */
export const MIN_CONFIDENCE = 0.21;
/** Below this weighted Dice the best title shares too little with the query to be an answer. */
export const MIN_SCORE = 0.5;
/** Alternatives listed (other SOC codes). */
export const MAX_ALTERNATIVES = 4;
/** Weight of the head noun relative to its rarity (see rank); chosen on the development set. */
export const HEAD_NOUN = 1.6;
/** Share of the whole-title Dice in the score; the rest is the head part's Dice. */
export const TAIL_BLEND = 0.3;
/** Words of rank that name no occupation by themselves ("Chief … Officer", "Vice President"). */
const RANK_WORDS = new Set(['chief', 'vice', 'president', 'head', 'deputy']);
/** Weight of a word no O*NET title has ("Ninja"): counts against every candidate alike. */
const UNKNOWN_DF = 2;

export interface Scored {
  code: string;
  /** Official title of the occupation. */
  occupation: string;
  /** Entry id of the title that matched best (its display title is in t/<id / BUCKET>.json). */
  entry: number;
  score: number;
  /** Lead of this occupation's full score over the best other SOC code (negative for alternatives). */
  margin: number;
  cover: number;
  /** The match rests on one O*NET title of this occupation, not its own title. */
  single: boolean;
  /** Share of the query's word weight found in the occupation's own (official) title. */
  own: number;
  /** The best entry's title is in a coding index (SOC or Census) for this occupation, or is its own title. */
  coded: boolean;
  confidence: number;
}

export interface Ranking {
  /** The words matched, after tokenising. */
  words: QueryWord[];
  vague: boolean;
  /** Best first; one per 6-digit SOC code. */
  ranked: Scored[];
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Margins beyond this say nothing more: a clear lead is a clear lead. */
export const MARGIN_CAP = 0.1;

export function confidence(score: number, margin: number, single = false, coded = false, c = CALIBRATION): number {
  const m = Math.min(margin, MARGIN_CAP);
  const s = single ? 1 : 0;
  return Math.round(logistic(c.A * score + c.B * m + c.C * s + c.E * m * s + c.F * (coded ? 1 : 0) + c.D) * 100) / 100;
}

/**
 * Rank occupations for the query words. `postings(word)` gives the word's postings (an empty list
 * when no title has it). Ties are broken by evidence: the occupation's own title, how many O*NET
 * titles agree, employment; never by code order.
 */
export function rank(q: readonly QueryWord[], postings: (word: string) => readonly Posting[], index: LookupIndex): Ranking {
  const out: Ranking = { words: [...q], vague: isVague(q), ranked: [] };
  if (!q.length || out.vague) return out;
  const n = index.entries;
  // Query words with their weight (idf × head/tail weight); a word with a digit and no title
  // ("3x12", a store number) is dropped rather than counted against the match.
  const qw: { word: string; w: number; m: number; list: readonly Posting[] }[] = [];
  for (const { word, weight } of q) {
    const list = postings(word);
    if (!list.length && /\d/.test(word)) continue;
    qw.push({ word, w: idf(n, list.length || UNKNOWN_DF), m: weight, list });
  }
  // The head noun (last word of the head part: "Infusion *Nurse*", "Wound Care *Nurse*") names the
  // occupation, and is often a common word that rarity alone would let a rare modifier outweigh.
  // It weighs HEAD_NOUN times its rarity on both sides: in the query, and in every title that has
  // it (added to the title's norm), so an exact title still scores 1. Generic heads ("Engineer",
  // "Manager") are left alone: there the modifier is what names the occupation.
  let headK = -1;
  qw.forEach((x, k) => {
    if (x.m === 1) headK = k;
  });
  let extra = 0;
  if (headK >= 0 && headK < 31 && !GENERIC.has(qw[headK].word) && !RANK_WORDS.has(qw[headK].word)) {
    extra = (HEAD_NOUN - 1) * qw[headK].w;
    qw[headK].w *= HEAD_NOUN;
  }
  const normOf = (p: Posting, mask: number) => p.norm + (extra && mask & (1 << headK) ? extra : 0);
  const total = qw.reduce((a, x) => a + x.w * x.m, 0);
  const headTotal = qw.reduce((a, x) => a + (x.m === 1 ? x.w : 0), 0);
  if (!total) return out;

  // Per entry: matched weight (query side, with head/tail weights), matched raw weight, and
  // matched weight of head words alone.
  const acc = new Map<number, { a: number; b: number; h: number; mask: number; p: Posting }>();
  qw.forEach((x, k) => {
    for (const p of x.list) {
      const e = acc.get(p.id) ?? acc.set(p.id, { a: 0, b: 0, h: 0, mask: 0, p }).get(p.id)!;
      e.a += x.w * x.m;
      e.b += x.w;
      if (x.m === 1) e.h += x.w;
      if (k < 31) e.mask |= 1 << k;
    }
  });
  const share = (mask: number) => qw.reduce((a, x, k) => a + (k < 31 && mask & (1 << k) ? x.w * x.m : 0), 0) / total;
  // Per occupation: the best entry's weighted Dice plus a little evidence, which decides
  // between titles O*NET gives to several occupations ("Underwriter") and near ties.
  const officialMask = (i: number) => {
    const own = officialSet(index, i);
    return qw.reduce((m, x, k) => (k < 31 && own.has(x.word) ? m | (1 << k) : m), 0);
  };
  // Which query words any title of the occupation has: a later part ("- Nursing") that no single
  // title combines with the head still speaks for the occupation whose other titles have it.
  const words = new Map<number, number>();
  const byOcc = new Map<
    number,
    {
      score: number;
      dice: number;
      entry: number;
      cover: number;
      single: boolean;
      coded: boolean;
      mask: number;
      own?: number;
    }
  >();
  for (const [id, { a, b, h, mask, p }] of acc) {
    for (const o of p.occ) words.set(o.i, (words.get(o.i) ?? 0) | mask);
    // Dice of the head part alone (what the title is), blended with the Dice of the whole title
    // where later parts count with their lower weight on both sides: a later part can decide
    // between titles, but never outweigh the head ("Registered Nurse - Skilled Nursing Facility"
    // is a registered nurse, even though some O*NET title has all those words).
    const norm = normOf(p, mask);
    const full = (2 * a) / (total + norm - b + a);
    // (at most 1: the index stores norms in hundredths, so an exact title can round just above)
    const dice = Math.min(1, headTotal ? (1 - TAIL_BLEND) * ((2 * h) / (headTotal + norm)) + TAIL_BLEND * full : full);
    for (const o of p.occ) {
      const emp = index.occupations[o.i]?.[2] ?? 0;
      const s =
        dice +
        (o.official ? EVIDENCE.official : 0) +
        EVIDENCE.count * Math.log2(o.count) +
        EVIDENCE.employment * Math.log10(1 + emp) +
        EVIDENCE.sources * o.sources -
        (index.occupations[o.i][0][6] === '9' ? EVIDENCE.residual : 0);
      const cur = byOcc.get(o.i);
      if (!cur || s > cur.score)
        byOcc.set(o.i, {
          score: s,
          dice,
          entry: id,
          cover: a / total,
          single: o.count === 1 && !o.official && !o.coded,
          coded: o.coded,
          mask,
        });
    }
  }
  // The official title's words, only for occupations the bonus could still lift to the top
  // (tokenising hundreds of official titles per lookup would be main-thread time for nothing).
  const lead = Math.max(...[...byOcc.values()].map((s) => s.score));
  for (const [i, s] of byOcc) {
    if (s.score < lead - EVIDENCE.overlap - EVIDENCE.support) continue;
    const own = officialMask(i);
    s.own = share(own);
    s.score += EVIDENCE.overlap * s.own + EVIDENCE.support * share(own | words.get(i)!);
  }
  // One answer per 6-digit SOC code: its best O*NET occupation (".00" on equal scores).
  const bySoc = new Map<
    string,
    {
      i: number;
      score: number;
      dice: number;
      entry: number;
      cover: number;
      single: boolean;
      coded: boolean;
      mask: number;
      own?: number;
    }
  >();
  for (const [i, s] of byOcc) {
    const code = index.occupations[i][0];
    const soc = code.slice(0, 7);
    const cur = bySoc.get(soc);
    if (!cur || s.score > cur.score + 1e-9 || (Math.abs(s.score - cur.score) <= 1e-9 && code < index.occupations[cur.i][0]))
      bySoc.set(soc, { i, ...s });
  }
  const list = [...bySoc.values()].sort((x, y) => y.score - x.score || y.dice - x.dice);
  // Only the best few matter; the confidence of each compares it to the best of the others.
  const top = list.slice(0, MAX_ALTERNATIVES + 1);
  // A title of generic words only ("Executive Assistant", "General Manager") is an answer only
  // when some O*NET title has exactly its words; one generic word never is (isVague above).
  if (q.every((w) => GENERIC.has(w.word)) && !(top[0] && top[0].dice >= 0.999)) return out;
  // A head word no O*NET title has ("Chief *Happiness* Officer", "*Unicorn* Specialist") when the
  // best title shares only generic or rank words with the query: nothing names an occupation.
  const rankOnly = (k: number) => GENERIC.has(qw[k].word) || SENIORITY.has(qw[k].word) || RANK_WORDS.has(qw[k].word);
  if (
    top[0] &&
    qw.some((x) => x.m === 1 && !x.list.length && !/\d/.test(x.word)) &&
    qw.every((_, k) => k >= 31 || !(top[0].mask & (1 << k)) || rankOnly(k))
  )
    return out;
  out.ranked = top.map((s, k) => {
    // Margin on the full score (evidence included): a title O*NET gives to two occupations
    // has equal Dice for both, and only the evidence separates them.
    const other = k === 0 ? (top[1]?.score ?? 0) : top[0].score;
    const [code, occupation] = index.occupations[s.i];
    return {
      code,
      occupation,
      entry: s.entry,
      score: Math.round(s.dice * 1000) / 1000,
      cover: s.cover,
      single: s.single,
      own: s.own ?? 0,
      coded: s.coded,
      confidence: confidence(Math.min(s.dice, 1), s.score - other, s.single, s.coded),
      margin: s.score - other,
    };
  });
  // An alternative never claims more than the answer ("coded" raises confidence without moving
  // the ranking, which it would make worse): "did you mean" lists lesser options.
  for (const alt of out.ranked.slice(1)) alt.confidence = Math.min(alt.confidence, out.ranked[0].confidence);
  return out;
}

/** Words of an occupation's official title without boilerplate, as the index has them. */
export const officialWords = (title: string) => words(clean(officialCore(title)));

const officialCache = new WeakMap<LookupIndex, Map<number, Set<string>>>();
function officialSet(index: LookupIndex, i: number): Set<string> {
  let m = officialCache.get(index);
  if (!m) officialCache.set(index, (m = new Map()));
  let set = m.get(i);
  if (!set) m.set(i, (set = new Set(officialWords(index.occupations[i][1]))));
  return set;
}

/** The answer of a ranking: its best occupation when close and confident enough, else none. */
export function answer(r: Ranking): Scored | undefined {
  const best = r.ranked[0];
  return best && best.score >= MIN_SCORE && best.confidence >= MIN_CONFIDENCE ? best : undefined;
}
