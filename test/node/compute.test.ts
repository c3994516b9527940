/** Unit tests of the method's pure functions (tools/data/compute.ts) and the JSON layout. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  augmentation,
  claudeUsage,
  demandTrend,
  divRound,
  fromThousands,
  growthWording,
  importanceScore,
  isDoable,
  isResidual,
  LABEL_SCORE,
  medianWage,
  occupationExposure,
  pctChange,
  quantifier,
  rankShares,
  ratio1,
  round1,
  roundTo,
  slugify,
  taskCoverage,
  topSkills,
  topTools,
  toolPrevalence,
  wholePercent,
} from '../../tools/data/compute.ts';
import { stringify } from '../../tools/data/output.ts';

describe('rounding', () => {
  it('rounds exact decimal halves away from zero, never lost to binary floats', () => {
    // In floating point, (20.59 − 20) / 20 × 100 is 2.9499999…, so naive rounding gives 2.9.
    assert.equal(Math.round(((20.59 - 20) / 20) * 100 * 10) / 10, 2.9);
    assert.equal(round1(2.95), 3);
    assert.equal(round1(0.25), 0.3);
    assert.equal(round1(-0.25), -0.3);
    assert.equal(ratio1(3, 8), 0.4); // 0.375 → 0.4
    assert.equal(divRound(5, 2), 3);
    assert.equal(divRound(-5, 2), -3);
    assert.equal(divRound(7, 3), 2);
  });
  it('computes percent changes from the published values exactly', () => {
    // 27-2091.00 (Disc Jockeys, Except Radio): hourly medians $20.00 (May 2023) → $20.59 (May 2024)
    // are exactly +2.95 %, which rounds to 3.0.
    assert.equal(pctChange(20, 20.59), 3);
    assert.equal(pctChange(100000, 104000), 4);
    assert.equal(pctChange(42640, 48526), 13.8);
    assert.equal(pctChange(100, 95), -5);
    assert.equal(pctChange(20.5, 23.33), 13.8);
  });
  it('reads BLS thousands exactly', () => {
    assert.equal(fromThousands(836.1), 836100);
    assert.equal(fromThousands(0.2), 200);
    assert.equal(fromThousands(1333.7), 1333700);
  });
});

describe('exposure', () => {
  it('scores labels with the paper’s beta convention', () => {
    assert.deepEqual(LABEL_SCORE, { E0: 0, E1: 100, E2: 50 });
  });

  it('task coverage is the mean of GPT-4 and the human annotators', () => {
    assert.equal(taskCoverage([100, 50]), 75);
    assert.equal(taskCoverage([50, 0]), 25);
    assert.equal(taskCoverage([100, 0]), 50);
    assert.equal(taskCoverage([0, 0]), 0);
  });

  it('counts a task as one AI can do above 50 only', () => {
    assert.deepEqual([0, 25, 50, 75, 100].map(isDoable), [false, false, false, true, true]);
  });

  it('weights core tasks double and averages the rounded rater scores', () => {
    const r = occupationExposure([
      { scores: [100, 100], weight: 2 },
      { scores: [50, 100], weight: 2 },
      { scores: [0, 0], weight: 1 },
    ]);
    assert.deepEqual(r.raters, [60, 80]);
    assert.equal(r.score, 70);
    assert.equal(r.level, 'very-high');
  });

  it('gives a score a reader can reproduce from the rounded rater scores', () => {
    // Unrounded 33.34 and 5.6 average 19.47 (→ 19); shown as 33.3 and 5.6 they average 19.45 (→ 19).
    // Unrounded 33.35 + 5.64 = 38.99 → 19.495 → 19, but the card shows 33.4 and 5.6, whose mean is 19.5 → 20.
    const tasks = (n1: number, den: number) =>
      Array.from({ length: den }, (_, i) => ({ scores: [i < n1 ? 100 : 0, 0], weight: 1 }));
    const r = occupationExposure(tasks(1, 3));
    assert.deepEqual(r.raters, [33.3, 0]);
    assert.equal(r.score, 17); // (33.3 + 0) / 2 = 16.65 → 17
    const half = occupationExposure([{ scores: [39, 0], weight: 1 }]);
    assert.equal(half.score, 20); // exactly 19.5 → 20 (moderate)
    assert.equal(half.level, 'moderate');
  });

  it('maps scores to levels at 20, 40 and 60', () => {
    const one = (s: number) => occupationExposure([{ scores: [s, s], weight: 1 }]).level;
    assert.equal(one(19), 'low');
    assert.equal(one(20), 'moderate');
    assert.equal(one(39), 'moderate');
    assert.equal(one(40), 'high');
    assert.equal(one(60), 'very-high');
    assert.equal(one(100), 'very-high');
  });

  it('words a count with one quantifier', () => {
    assert.deepEqual(
      [
        [0, 10],
        [1, 10],
        [2, 10],
        [3, 10],
        [5, 10],
        [6, 10],
        [10, 10],
        [1, 4],
        [1, 1],
      ].map(([k, n]) => quantifier(k, n)),
      ['none', 'few', 'few', 'some', 'half', 'most', 'all', 'some', 'all'],
    );
  });
});

describe('rankShares', () => {
  it('is the whole-percent share of strictly lower values; ties rank alike', () => {
    const p = rankShares(
      new Map([
        ['a', 0.05],
        ['b', 0.15],
        ['c', 0.15],
        ['d', 0.2],
        ['e', 0.3],
        ['f', 0.357],
      ]),
    );
    assert.deepEqual([...p.values()], [0, 16, 16, 50, 66, 83]);
  });
  it('never reaches 100; an all-equal set ranks 0 (tied lowest)', () => {
    assert.deepEqual([...rankShares(new Map([['x', 3]])).values()], [0]);
    assert.deepEqual(
      [
        ...rankShares(
          new Map([
            ['x', 1],
            ['y', 1],
            ['z', 1],
          ]),
        ).values(),
      ],
      [0, 0, 0],
    );
  });
  it('ranks values equal after rounding as ties, whatever the float noise', () => {
    const noisy = new Map([
      ['a', 0.1 + 0.2],
      ['b', 0.3],
      ['c', 0.1],
    ]);
    assert.notEqual(noisy.get('a'), noisy.get('b'));
    const r = rankShares(new Map([...noisy].map(([k, v]) => [k, roundTo(v, 6)])));
    assert.equal(r.get('a'), r.get('b'));
  });
});

describe('claudeUsage', () => {
  const shares = new Map([
    ['write code.', 2],
    ['read mail.', 0.5],
  ]);
  it('divides a shared statement among the occupations that have it', () => {
    const u = claudeUsage(
      new Map([
        ['a', ['Write code.', 'write code.', 'Read mail.', 'Dig.']],
        ['b', ['Write code.']],
        ['c', ['Dig.']],
      ]),
      shares,
    );
    assert.deepEqual(u.get('a'), { pct: 1.5, matched: 2 });
    assert.deepEqual(u.get('b'), { pct: 1, matched: 1 });
    assert.equal(u.has('c'), false);
    // The per-occupation shares add up to the matched total, not more.
    assert.equal(
      [...u.values()].reduce((a, x) => a + x.pct, 0),
      2.5,
    );
  });
});

describe('augmentation', () => {
  const exposed = (automation: number[]) => automation.map((a) => ({ coverage: 25, automation: a }));
  it('is the share of exposed tasks labelled T0–T2, with the counts', () => {
    const r = augmentation([...exposed([3, 2, 0, 1, 4]), { coverage: 0, automation: 4 }]);
    assert.deepEqual(r, { score: 60, level: 'very-high', assisted: 3, exposed: 5 });
  });
  it('is undefined when fewer than 5 tasks are exposed (too few for a share)', () => {
    assert.equal(augmentation(exposed([1, 1, 1, 1])), undefined);
    assert.equal(augmentation([{ coverage: 0, automation: 1 }]), undefined);
  });
});

describe('demand', () => {
  it('takes trend and wording from the same whole percent', () => {
    const cases: [number, string, string][] = [
      [33.5, 'growing', 'Much faster than average'],
      [7.5, 'growing', 'Much faster than average'],
      [7.4, 'growing', 'Faster than average'],
      [4.4, 'growing', 'As fast as average'],
      [1.2, 'growing', 'Slower than average'],
      [0.5, 'growing', 'Slower than average'],
      [0.4, 'stable', 'Little or no change'],
      [-1.3, 'stable', 'Little or no change'], // Farmers: BLS calls it little or no change
      [-1.4, 'stable', 'Little or no change'],
      [-1.5, 'declining', 'Decline'],
      [-0.5, 'stable', 'Little or no change'],
    ];
    for (const [pct, trend, words] of cases) {
      assert.equal(demandTrend(pct), trend, `${pct}`);
      assert.equal(growthWording(pct), words, `${pct}`);
    }
    assert.equal(wholePercent(-1.5), -2);
    assert.equal(wholePercent(2.5), 3);
  });
});

describe('wages', () => {
  it('uses the annual median, else the hourly median per hour', () => {
    assert.deepEqual(medianWage({ annualMedian: 112590, hourlyMedian: 54.13 }), {
      median: 112590,
      period: 'year',
      topCoded: false,
    });
    assert.deepEqual(medianWage({ annualMedian: '*', hourlyMedian: 23.33 }), { median: 23.33, period: 'hour', topCoded: false });
  });
  it('top-codes "#" and omits "*"', () => {
    assert.deepEqual(medianWage({ annualMedian: '#', hourlyMedian: '#' }), { median: 239200, period: 'year', topCoded: true });
    assert.deepEqual(medianWage({ annualMedian: '*', hourlyMedian: '#' }), { median: 115, period: 'hour', topCoded: true });
    assert.equal(medianWage({ annualMedian: '*', hourlyMedian: '*' }), undefined);
  });
  it('recognises residual "all other" codes', () => {
    assert.equal(isResidual('Managers, all other'), true);
    assert.equal(isResidual('Data scientists'), false);
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
    assert.deepEqual(topSkills(skills, 2), [
      { name: 'C', importance: 100 },
      { name: 'A', importance: 75 },
    ]);
  });
  it('lists in-demand tools, then hot technologies, alphabetically, without duplicates', () => {
    const tools = [
      { name: 'awk', hot: false, inDemand: false },
      { name: 'Tableau', hot: true, inDemand: false },
      { name: 'Python', hot: true, inDemand: true },
      { name: 'apache Spark', hot: true, inDemand: true },
      { name: 'python', hot: true, inDemand: true },
    ];
    assert.deepEqual(
      topTools(tools).map((t) => t.name),
      ['apache Spark', 'Python', 'Tableau', 'awk'],
    );
    assert.equal(topTools(tools, 2).length, 2);
  });
  it('ranks tools that more occupations list first within a group, so the cut keeps the common ones', () => {
    const tools = [
      { name: 'Apache Hadoop', hot: true, inDemand: true },
      { name: 'Python', hot: true, inDemand: true },
      { name: 'Ab Initio', hot: false, inDemand: true },
    ];
    const prevalence = toolPrevalence([
      [{ name: 'Python' }, { name: 'python' }],
      [{ name: 'Python' }],
      [{ name: 'Apache Hadoop' }],
    ]);
    assert.equal(prevalence.get('python'), 2);
    assert.deepEqual(
      topTools(tools, 2, prevalence).map((t) => t.name),
      ['Python', 'Apache Hadoop'],
    );
  });
});

describe('names', () => {
  it('slugifies titles', () => {
    assert.equal(slugify('Data Scientists'), 'data-scientists');
    assert.equal(
      slugify('Helpers--Brickmasons, Blockmasons, & Tile Setters'),
      'helpers-brickmasons-blockmasons-and-tile-setters',
    );
    assert.equal(slugify('Café Managers'), 'cafe-managers');
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
