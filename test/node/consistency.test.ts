/**
 * Every built document against itself: the generated text must follow from the figures beside
 * it. Runs over all documents built from the real sources ($AI_RISK_CARD_SOURCES, else
 * ../shared/data) and is skipped when they are not present; the synthetic fixtures run the same
 * checks always.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../../tools/data/build.ts';
import { contradictions } from './contradictions.ts';
import { FIXTURE } from './helpers.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SOURCES = path.resolve(ROOT, process.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
const available = existsSync(path.join(SOURCES, 'gpts-are-gpts', 'full_labelset.tsv'));

describe('consistency of the generated text with the figures', () => {
  it('holds for every document of the synthetic build', () => {
    const docs = build({ sources: FIXTURE, custom: path.join(import.meta.dirname, 'fixtures', 'custom') }).docs;
    assert.ok(docs.some((d) => d.composite));
    assert.deepEqual(docs.flatMap(contradictions), []);
  });

  it('finds contradictions when there are some', () => {
    const d = structuredClone(build({ sources: FIXTURE }).docs[0]);
    d.exposure.score += 1;
    d.demand!.trend = 'declining';
    d.risks = [d.tasks.at(-1)!.statement];
    d.overview![0] = d.overview![0].replace(/AI can do [^.]*/, 'AI can do 0 of its 3 rated tasks (none)');
    const found = contradictions(d).join('\n');
    for (const what of [/score/, /trend declining/, /risk is not/, /AI can do 0 of/]) assert.match(found, what);
  });

  it(
    'holds for all documents built from the real sources',
    { skip: available ? false : `real sources not found in ${SOURCES}` },
    () => {
      const { docs } = build({ sources: SOURCES });
      assert.ok(docs.length >= 900, `${docs.length} documents`);
      const found = docs.flatMap(contradictions);
      assert.deepEqual(found.slice(0, 20), [], `${found.length} contradictions`);
      // The audit's rounding case: +2.95 % exactly (hourly $20.00 → $20.59) is 3.0.
      assert.equal(docs.find((x) => x.occupation.code === '27-2091.00')?.wage?.changePct, 3);
    },
  );
});
