/**
 * The verdict (src/views/verdict.ts) against the figures of every document, in every language:
 * its lead follows the exposure level and demand trend, its counts are the tile's counts, its
 * percent is the projection's whole percent with the right direction, and zero cases read as
 * such. Runs over all documents built from the real sources ($AI_RISK_CARD_SOURCES, else
 * ../shared/data; skipped when absent), and always over the synthetic build and the committed
 * sample set. Also checks the data build's rank figures (percentile, median) the gauge shows.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../../tools/data/build.ts';
import type { Occupation } from '../../src/data/contract.ts';
import { en, type Messages } from '../../src/i18n/en.ts';
import de from '../../src/i18n/locales/de.ts';
import es from '../../src/i18n/locales/es.ts';
import fr from '../../src/i18n/locales/fr.ts';
import ptBR from '../../src/i18n/locales/pt-BR.ts';
import { rankText } from '../../src/views/gauge.ts';
import { verdictText } from '../../src/views/verdict.ts';
import { FIXTURE } from './helpers.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SOURCES = path.resolve(ROOT, process.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
const available = existsSync(path.join(SOURCES, 'gpts-are-gpts', 'full_labelset.tsv'));
const LANGS: [string, Messages][] = [
  ['en', en as Messages],
  ['es', es],
  ['de', de],
  ['fr', fr],
  ['pt-BR', ptBR],
];

/** Integers in a text, "2024–34" and "34 %" included; thousands separators are not expected. */
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);

/** Every way the verdict of one document can contradict its figures, in one language. */
function problems(d: Occupation, lang: string, m: Messages): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`${d.occupation.code} [${lang}]: ${what}`);
  const text = verdictText({ m, lang }, d);
  // Counted here from the tasks, not with the view's helper.
  const n = d.tasks.length;
  const k = d.tasks.filter((t) => t.coverage > 50).length;
  const p = d.tasks.filter((t) => t.coverage > 0 && t.coverage <= 50).length;
  const band = { low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'high' }[
    d.exposure.level
  ] as keyof Messages['lead'];
  const dm = d.demand;
  const lead = m.lead[band][dm?.trend ?? 'stable'];
  if (!text.startsWith(lead)) say(`lead is not "${lead}" for ${d.exposure.level}/${dm?.trend ?? 'no projection'}: ${text}`);
  // The numbers it states, and only those.
  const want: number[] = [];
  if (n) {
    if (k) want.push(...(k === n ? (n > 1 ? [n] : []) : [k, n]));
    else if (p) want.push(p, n);
  }
  // The compact card's short form: the same lead and task figures, without the demand sentence
  // (its stats line and group note carry that), and never anything the full verdict does not say.
  const short = verdictText({ m, lang }, d, true);
  if (!short.startsWith(lead) || !text.startsWith(short))
    say(`short verdict is not the full one's first sentence: "${short}" / "${text}"`);
  if (numbers(short).join() !== [...want].sort((a, b) => a - b).join()) say(`short verdict numbers: ${short}`);
  if (dm && short === text) say(`short verdict keeps the demand sentence: ${short}`);
  if (dm) {
    const whole = dm.changePct == null ? undefined : Math.sign(dm.changePct) * Math.round(Math.abs(dm.changePct));
    if (whole != null && dm.trend === 'growing' && whole < 1) say(`growing with a change of ${whole} %`);
    if (whole != null && dm.trend === 'declining' && whole > -2) say(`declining with a change of ${whole} %`);
    if (whole != null && dm.trend === 'stable' && (whole < -1 || whole > 0)) say(`stable with a change of ${whole} %`);
    if (whole != null && dm.trend !== 'stable') want.push(Math.abs(whole));
    want.push(...numbers(dm.period ?? ''));
    // The direction: the sentence is the language's sentence for this trend, and those differ.
    const said = m.verdictDemand(dm.trend, '', '', false);
    for (const other of ['growing', 'stable', 'declining'] as const)
      if (other !== dm.trend && m.verdictDemand(other, '', '', false) === said) say(`${dm.trend} and ${other} read alike`);
  }
  const got = numbers(text);
  const expected = want.sort((a, b) => a - b);
  if (got.join() !== expected.join())
    say(`numbers ${got.join(',') || 'none'} where the figures give ${expected.join(',') || 'none'}: ${text}`);
  if (lang === 'en') {
    if (n && !k && !p && !text.includes('no task is rated')) say(`no exposed task, yet: ${text}`);
    if (n && !k && p && !text.includes('none mostly on its own')) say(`no task AI can do, yet: ${text}`);
    if (k && !text.includes('AI could speed up')) say(`${k} tasks AI can do, yet: ${text}`);
    if (dm?.trend === 'growing' && !/projected to grow/.test(text)) say(`growing, yet: ${text}`);
    if (dm?.trend === 'declining' && !/projected to shrink/.test(text)) say(`declining, yet: ${text}`);
    if (dm?.trend === 'stable' && !/change little/.test(text)) say(`stable, yet: ${text}`);
    if (!!d.blsGroup !== /BLS group/.test(text) && dm) say(`group figures ${d.blsGroup ? 'not ' : ''}labelled: ${text}`);
  }
  if (/\b0 of\b|\b0 %|\b0%/.test(text)) say(`a zero figure: ${text}`);
  return out;
}

/** The rank figures: percentile from the population, the median, and the words the gauge uses. */
function rankProblems(docs: readonly Occupation[], population: (d: Occupation) => boolean): string[] {
  const scores = docs
    .filter(population)
    .map((d) => d.exposure.score)
    .sort((a, b) => a - b);
  const out: string[] = [];
  const mid =
    scores.length % 2 ? scores[(scores.length - 1) / 2] : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
  for (const d of docs) {
    const e = d.exposure;
    const lower = scores.filter((s) => s < e.score).length;
    const want = Math.min(99, Math.floor((100 * lower) / scores.length));
    if (e.percentile !== want) out.push(`${d.occupation.code}: percentile ${e.percentile}, expected ${want}`);
    if (e.median !== Math.round(mid * 10) / 10) out.push(`${d.occupation.code}: median ${e.median}, expected ${mid}`);
    const words = rankText({ m: en as Messages, lang: 'en' }, e);
    if (want === 0 ? words !== en.rankLowest : words !== `More exposed than ${want}% of US occupations`)
      out.push(`${d.occupation.code}: "${words}" at percentile ${want}`);
  }
  return out;
}

const all = (docs: readonly Occupation[]) => LANGS.flatMap(([lang, m]) => docs.flatMap((d) => problems(d, lang, m)));

describe('verdict', () => {
  it('follows the figures of every synthetic document, composites and zero cases included', () => {
    const { docs } = build({ sources: FIXTURE, custom: path.join(import.meta.dirname, 'fixtures', 'custom') });
    assert.deepEqual(all(docs), []);
    assert.deepEqual(
      rankProblems(docs, (d) => !d.composite),
      [],
    );
  });

  it('covers every wording rule (made-up documents for the combinations a build may lack)', () => {
    const base = build({ sources: FIXTURE }).docs[0];
    const cases: Occupation[] = [];
    for (const level of ['low', 'moderate', 'high', 'very-high'] as const)
      for (const trend of ['growing', 'stable', 'declining', undefined] as const)
        for (const cov of [[0, 0], [25, 0], [100, 0], [100, 100], [100]]) {
          const d = structuredClone(base);
          d.exposure.level = level;
          d.tasks = cov.map((c, i) => ({ statement: `Task ${i}`, coverage: c }));
          if (trend) d.demand = { trend, changePct: { growing: 12.5, stable: -0.4, declining: -7.5 }[trend], period: '2024–34' };
          else delete d.demand;
          cases.push(d);
        }
    const none = structuredClone(base);
    none.tasks = [];
    cases.push(none);
    assert.deepEqual(all(cases), []);
    // Each rule has its own words: 3 lead bands (high and very high share one) × 4 trends × 5
    // task cases, and the document without tasks.
    for (const [lang, m] of LANGS) {
      const texts = new Set(cases.map((d) => verdictText({ m, lang }, d)));
      assert.equal(texts.size, 3 * 4 * 5 + 1, lang);
    }
  });

  it('finds contradictions when there are some', () => {
    const d = structuredClone(build({ sources: FIXTURE }).docs[0]);
    d.demand = { trend: 'growing', changePct: 0.2, period: '2024–34' };
    d.exposure.level = 'low';
    const found = problems(d, 'en', en as Messages).join('\n');
    assert.match(found, /growing with a change of 0 %/);
    // A message table whose words invert the trend is caught.
    const wrong = { ...en, verdictDemand: () => 'Jobs are projected to change.' } as unknown as Messages;
    assert.match(problems(d, 'en', wrong).join('\n'), /read alike/);
  });

  it('follows the figures of the committed sample set', () => {
    const dir = path.join(ROOT, 'demo', 'sample-data', 'v1', 'occupations');
    const docs = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Occupation);
    assert.deepEqual(all(docs), []);
  });

  it(
    'follows the figures of all documents built from the real sources, in every language',
    { skip: available ? false : `real sources not found in ${SOURCES}` },
    () => {
      const { docs } = build({ sources: SOURCES });
      assert.ok(docs.length >= 900, `${docs.length} documents`);
      assert.deepEqual(all(docs), []);
      assert.deepEqual(
        rankProblems(docs, () => true),
        [],
      );
    },
  );
});
