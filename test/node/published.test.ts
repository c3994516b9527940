/**
 * Checks against the real sources (skipped when they are not present): the per-rater scores
 * reproduce the occupation-level betas Eloundou et al. published, and the committed sample set is
 * what the build produces today.
 *
 * Sources: $AI_RISK_CARD_SOURCES, else ../shared/data (relative to the repository).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build, type BuildResult } from '../../tools/data/build.ts';
import { renderFiles, subset } from '../../tools/data/output.ts';
import { SAMPLE_CODES, SAMPLE_CUSTOM, sampleLabel } from '../../tools/data/sample.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SOURCES = path.resolve(ROOT, process.env.AI_RISK_CARD_SOURCES ?? '../shared/data');
const available = existsSync(path.join(SOURCES, 'gpts-are-gpts', 'full_labelset.tsv'));
const skip = available ? false : `real sources not found in ${SOURCES}`;

/**
 * Published occupation-level values, `dv_rating_beta` (GPT-4) and `human_rating_beta` (human
 * annotators), from data/occ_level.csv of github.com/openai/GPTs-are-GPTs
 * (commit 9ed4148d15f4c4a2666f45bf0006e56b3a3b9f70), on the 0–1 scale.
 */
const PUBLISHED: [code: string, title: string, gpt4: number, human: number][] = [
  ['11-1011.00', 'Chief Executives', 0.46, 0.35],
  ['13-2011.00', 'Accountants and Auditors', 0.56, 0.52],
  ['13-2082.00', 'Tax Preparers', 0.625, 0.625],
  ['15-1252.00', 'Software Developers', 0.8684210526315789, 0.4473684210526315],
  ['15-2021.00', 'Mathematicians', 1.0, 0.6904761904761905],
  ['15-2051.00', 'Data Scientists', 0.75, 0.59375],
  ['19-3022.00', 'Survey Researchers', 0.625, 0.84375],
  ['23-1011.00', 'Lawyers', 0.42500000000000004, 0.47500000000000003],
  ['25-2021.00', 'Elementary School Teachers, Except Special Education', 0.31081081081081086, 0.31081081081081086],
  ['27-2021.00', 'Athletes and Sports Competitors', 0.0, 0.0],
  ['27-3042.00', 'Technical Writers', 0.7, 0.6333333333333333],
  ['27-3091.00', 'Interpreters and Translators', 0.88, 0.84],
  ['29-1141.00', 'Registered Nurses', 0.3333333333333333, 0.38095238095238093],
  ['29-1215.00', 'Family Medicine Physicians', 0.4375, 0.375],
  ['31-9094.00', 'Medical Transcriptionists', 0.875, 0.23214285714285712],
  ['35-2011.00', 'Cooks, Fast Food', 0.0, 0.02631578947368421],
  ['41-2011.00', 'Cashiers', 0.20930232558139533, 0.36046511627906974],
  ['43-4051.00', 'Customer Service Representatives', 0.5681818181818182, 0.7045454545454546],
  ['43-9021.00', 'Data Entry Keyers', 0.8928571428571428, 0.49999999999999994],
  ['47-2111.00', 'Electricians', 0.14634146341463417, 0.14634146341463417],
  ['53-3032.00', 'Heavy and Tractor-Trailer Truck Drivers', 0.27884615384615385, 0.17307692307692307],
];

let cached: BuildResult | undefined;
const result = () => (cached ??= build({ sources: SOURCES, custom: path.join(ROOT, SAMPLE_CUSTOM) }));

describe('published betas (Eloundou et al. 2024)', { skip }, () => {
  it('builds all 923 occupations with task data', () => {
    assert.equal(result().docs.filter((d) => !d.composite).length, 923);
  });

  it('reproduces GPT-4 and human betas within 0.5 points', () => {
    let max = 0;
    for (const [code, title, gpt4, human] of PUBLISHED) {
      const doc = result().docs.find((d) => d.occupation.code === code);
      assert.ok(doc, code);
      assert.equal(doc.occupation.title, title);
      const score = (id: string) => doc.exposure.signals!.find((s) => s.id === id)!.score;
      for (const [id, published] of [
        ['gpt4', gpt4],
        ['human', human],
      ] as const) {
        const deviation = Math.abs(score(id) - published * 100);
        max = Math.max(max, deviation);
        assert.ok(deviation < 0.5, `${code} ${id}: built ${score(id)}, published ${published * 100}`);
      }
    }
    // Only the one-decimal rounding of the signals separates them.
    assert.ok(max <= 0.05 + 1e-9, `max deviation ${max}`);
  });
});

describe('committed sample set', { skip }, () => {
  it('matches a fresh build', () => {
    const dir = path.join(ROOT, 'demo', 'sample-data');
    const files = renderFiles(subset(result(), SAMPLE_CODES), {
      sample: { label: sampleLabel(result().docs.length), totalOccupations: result().docs.length },
    });
    const onDisk = readdirSync(path.join(dir, 'v1', 'occupations')).map((f) => `v1/occupations/${f}`);
    assert.deepEqual([...files.keys()].filter((k) => k.startsWith('v1/occupations/')).sort(), onDisk.sort());
    for (const [rel, content] of files) {
      assert.equal(readFileSync(path.join(dir, rel), 'utf8'), content, `${rel} is stale: run npm run data:sample`);
    }
  });
});
