/** Unit tests of the method's pure functions (tools/data/compute.ts) and the JSON layout. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  annualMedian,
  augmentation,
  claudeUsage,
  demandTrend,
  growthWording,
  importanceScore,
  LABEL_SCORE,
  occupationExposure,
  ordinal,
  pctChange,
  percentileRanks,
  ratio1,
  round1,
  slugify,
  taskCoverage,
  topSkills,
  topTools,
  toolPrevalence,
} from '../../tools/data/compute.ts';
import { stringify } from '../../tools/data/output.ts';

describe('exposure', () => {
  it('scores labels with the paper’s beta convention', () => {
    assert.deepEqual(LABEL_SCORE, { E0: 0, E1: 100, E2: 50 });
  });

  it('task coverage is the mean of the raters, one decimal', () => {
    assert.equal(taskCoverage([100, 50, 0]), 50);
    assert.equal(taskCoverage([50, 0, 0]), 16.7);
    assert.equal(taskCoverage([100, 100, 50]), 83.3);
    assert.equal(taskCoverage([0, 0, 0]), 0);
  });

  it('weights core tasks double and averages the raters', () => {
    const r = occupationExposure([
      { scores: [100, 100, 100], weight: 2 },
      { scores: [50, 0, 100], weight: 2 },
      { scores: [0, 0, 0], weight: 1 },
    ]);
    assert.deepEqual(r.raters, [60, 40, 80]);
    assert.equal(r.score, 60);
    assert.equal(r.level, 'very-high');
  });

  it('rounds an exact half up', () => {
    // 100 tasks; the rater scores sum to 5850, so the overall mean is exactly 19.5 → 20 (moderate).
    const tasks = Array.from({ length: 100 }, (_, i) => ({
      scores: [i < 58 ? 100 : i === 58 ? 50 : 0, 0, 0],
      weight: 1,
    }));
    const r = occupationExposure(tasks);
    assert.deepEqual(r.raters, [58.5, 0, 0]);
    assert.equal(r.score, 20);
    assert.equal(r.level, 'moderate');
    assert.equal(ratio1(3, 8), 0.4); // 0.375 → 0.4
    assert.equal(round1(0.25), 0.3);
  });

  it('maps scores to levels at 20, 40 and 60', () => {
    const one = (s: number) => occupationExposure([{ scores: [s, s, s], weight: 1 }]).level;
    assert.equal(one(19), 'low');
    assert.equal(one(20), 'moderate');
    assert.equal(one(39), 'moderate');
    assert.equal(one(40), 'high');
    assert.equal(one(60), 'very-high');
    assert.equal(one(100), 'very-high');
  });
});

describe('percentileRanks', () => {
  it('runs from 0 (lowest) to 100 (highest), ties share the mid rank', () => {
    const p = percentileRanks(new Map([['a', 0.05], ['b', 0.15], ['c', 0.15], ['d', 0.2], ['e', 0.3], ['f', 0.357]]));
    assert.deepEqual([...p.values()], [0, 30, 30, 60, 80, 100]);
  });
  it('gives a lone value 100 and an all-equal set 50', () => {
    assert.deepEqual([...percentileRanks(new Map([['x', 3]])).values()], [100]);
    assert.deepEqual([...percentileRanks(new Map([['x', 1], ['y', 1], ['z', 1]])).values()], [50, 50, 50]);
  });
});

describe('claudeUsage', () => {
  const shares = new Map([['write code.', 2], ['read mail.', 0.5]]);
  it('sums the shares of matched task texts, case-insensitively, each name once', () => {
    assert.deepEqual(claudeUsage(['Write code.', 'write code.', 'Read mail.', 'Dig.'], shares), { pct: 2.5, matched: 2 });
  });
  it('is undefined without a match', () => {
    assert.equal(claudeUsage(['Dig.'], shares), undefined);
  });
});

describe('augmentation', () => {
  it('is the share of exposed tasks labelled T0–T2', () => {
    const r = augmentation([
      { coverage: 100, automation: 3 },
      { coverage: 50, automation: 2 },
      { coverage: 16.7, automation: 0 },
      { coverage: 0, automation: 4 }, // not exposed: ignored
    ]);
    assert.deepEqual(r, { score: 67, level: 'very-high', assisted: 2, exposed: 3 });
  });
  it('is undefined when nothing is exposed', () => {
    assert.equal(augmentation([{ coverage: 0, automation: 1 }]), undefined);
  });
  it('is undefined when fewer than 3 tasks are exposed (too few for a share)', () => {
    assert.equal(augmentation([{ coverage: 50, automation: 1 }, { coverage: 100, automation: 1 }, { coverage: 0, automation: 1 }]), undefined);
  });
});

describe('demand', () => {
  it('classifies the trend at ±1 %', () => {
    assert.equal(demandTrend(1.1), 'growing');
    assert.equal(demandTrend(1), 'stable');
    assert.equal(demandTrend(-1), 'stable');
    assert.equal(demandTrend(-1.1), 'declining');
  });
  it('uses the OOH wording on the whole-percent change', () => {
    assert.equal(growthWording(33.5), 'Much faster than average');
    assert.equal(growthWording(7.5), 'Much faster than average');
    assert.equal(growthWording(7.4), 'Faster than average');
    assert.equal(growthWording(4.4), 'As fast as average');
    assert.equal(growthWording(1.2), 'Slower than average');
    assert.equal(growthWording(0.4), 'Little or no change');
    assert.equal(growthWording(-1.4), 'Little or no change');
    assert.equal(growthWording(-1.5), 'Decline');
    assert.equal(growthWording(-0.5), 'Little or no change');
  });
});

describe('wages', () => {
  it('uses the annual median, else hourly × 2080', () => {
    assert.deepEqual(annualMedian({ annualMedian: 112590, hourlyMedian: 54.13 }), { median: 112590, topCoded: false, fromHourly: false });
    assert.deepEqual(annualMedian({ annualMedian: '*', hourlyMedian: 23.33 }), { median: 48526, topCoded: false, fromHourly: true });
  });
  it('top-codes "#" and omits "*"', () => {
    assert.deepEqual(annualMedian({ annualMedian: '#', hourlyMedian: '#' }), { median: 239200, topCoded: true, fromHourly: false });
    assert.equal(annualMedian({ annualMedian: '*', hourlyMedian: '*' }), undefined);
  });
  it('computes the change to one decimal', () => {
    assert.equal(pctChange(100000, 104000), 4);
    assert.equal(pctChange(42640, 48526), 13.8);
    assert.equal(pctChange(100, 95), -5);
  });
});

describe('skills and tools', () => {
  it('maps importance 1–5 to 0–100', () => {
    assert.equal(importanceScore(1), 0);
    assert.equal(importanceScore(3.25), 56);
    assert.equal(importanceScore(5), 100);
  });
  it('ranks skills by importance, then element ID, top N', () => {
    const skills = [
      { id: '2.B', name: 'B', importance: 4 },
      { id: '2.A', name: 'A', importance: 4 },
      { id: '2.C', name: 'C', importance: 5 },
    ];
    assert.deepEqual(topSkills(skills, 2), [{ name: 'C', importance: 100 }, { name: 'A', importance: 75 }]);
  });
  it('lists in-demand tools, then hot technologies, alphabetically, without duplicates', () => {
    const tools = [
      { name: 'awk', hot: false, inDemand: false },
      { name: 'Tableau', hot: true, inDemand: false },
      { name: 'Python', hot: true, inDemand: true },
      { name: 'apache Spark', hot: true, inDemand: true },
      { name: 'python', hot: true, inDemand: true },
    ];
    assert.deepEqual(topTools(tools).map((t) => t.name), ['apache Spark', 'Python', 'Tableau', 'awk']);
    assert.equal(topTools(tools, 2).length, 2);
  });
  it('ranks tools that more occupations list first within a group, so the cut keeps the common ones', () => {
    const tools = [
      { name: 'Apache Hadoop', hot: true, inDemand: true },
      { name: 'Python', hot: true, inDemand: true },
      { name: 'Ab Initio', hot: false, inDemand: true },
    ];
    const prevalence = toolPrevalence([[{ name: 'Python' }, { name: 'python' }], [{ name: 'Python' }], [{ name: 'Apache Hadoop' }]]);
    assert.equal(prevalence.get('python'), 2);
    assert.deepEqual(topTools(tools, 2, prevalence).map((t) => t.name), ['Python', 'Apache Hadoop']);
  });
});

describe('names', () => {
  it('slugifies titles', () => {
    assert.equal(slugify('Data Scientists'), 'data-scientists');
    assert.equal(slugify('Helpers--Brickmasons, Blockmasons, & Tile Setters'), 'helpers-brickmasons-blockmasons-and-tile-setters');
    assert.equal(slugify('Café Managers'), 'cafe-managers');
  });
  it('writes ordinals', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 96, 100].map(ordinal), [
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '96th', '100th',
    ]);
  });
});

describe('stringify', () => {
  const value = {
    a: 1,
    list: [{ rater: 'gpt4', label: 'GPT-4', score: 100 }],
    long: 'x'.repeat(120),
    nested: { deeper: Array.from({ length: 30 }, (_, i) => i) },
    empty: [],
  };
  it('round-trips and keeps short objects on one line', () => {
    const text = stringify(value);
    assert.deepEqual(JSON.parse(text), value);
    assert.match(text, /^ {2}"list": \[\{"rater":"gpt4","label":"GPT-4","score":100\}\],$/m);
    assert.match(text, /^ {2}"nested": \{\n {4}"deeper": \[0,1,/m);
    for (const line of text.split('\n')) if (!line.includes('xxx')) assert.ok(line.length <= 100, line);
    assert.match(text, /"empty": \[\]/);
  });
  it('is deterministic', () => {
    assert.equal(stringify(value), stringify(structuredClone(value)));
  });
});
