/** Each section builder of the data build (tools/data/sections/, custom.ts), alone, on small inputs. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../../tools/data/build.ts';
import { readCustom } from '../../tools/data/custom.ts';
import { BuildError } from '../../tools/data/errors.ts';
import { entrySection, jobZoneSection, relatedSection } from '../../tools/data/sections/career.ts';
import {
  augmentationSection,
  ratedSignals,
  scoreExposure,
  tasksSection,
  type WeightedTask,
} from '../../tools/data/sections/exposure.ts';
import { identitySection, pickAltTitles, slugger } from '../../tools/data/sections/identity.ts';
import {
  demandSection,
  employmentSection,
  groupSection,
  labourFacts,
  wageAndSalarySection,
  wageSection,
} from '../../tools/data/sections/labour.ts';
import { claudeSignal, copilotSignal, rankPhrase } from '../../tools/data/sections/observed.ts';
import { correlation, futureSkills, skillExposureCorrelation } from '../../tools/data/sections/skills.ts';
import { risks } from '../../tools/data/text.ts';
import { FIXTURE, tempDir } from './helpers.ts';

const task = (id: number, gpt4: string, human: string, automation = 2, weight = 1, alt = 'E0'): WeightedTask =>
  ({
    code: '99-0000.00',
    id,
    statement: `Task ${id}.`,
    labels: { gpt4, human, 'gpt4-alt': alt },
    automation,
    weight,
  }) as WeightedTask;

describe('exposure section', () => {
  const e = scoreExposure([task(1, 'E1', 'E1', 4, 2), task(2, 'E2', 'E1', 1), task(3, 'E0', 'E2', 0), task(4, 'E0', 'E0', 0)]);
  it('scores GPT-4 and humans, keeps the alternative rubric apart', () => {
    assert.deepEqual(
      e.raters.map((r) => r.score),
      [50, 70],
    );
    assert.equal(e.score, 60);
    assert.equal(e.alt, 0);
    assert.deepEqual(
      ratedSignals(e).map((s) => s.id),
      ['gpt4', 'human', 'gpt4-alt'],
    );
    assert.match(ratedSignals(e)[2].note!, /not part of the score/);
  });
  it('lists tasks most exposed first with the two raters, and counts tasks AI can do', () => {
    assert.deepEqual(
      tasksSection(e).map((t) => [t.id, t.coverage, t.scores!.length]),
      [
        ['1', 100, 2],
        ['2', 75, 2],
        ['3', 25, 2],
        ['4', 0, 2],
      ],
    );
    assert.equal(e.doable, 2);
    assert.deepEqual(risks(e), ['Task 1.', 'Task 2.']);
  });
  it('reports augmentation only with 5 exposed tasks, as "k of n exposed tasks"', () => {
    assert.equal(augmentationSection(e), undefined);
    const five = scoreExposure([1, 2, 3, 4, 5].map((i) => task(i, 'E2', 'E0', i < 4 ? 1 : 3)));
    assert.deepEqual(augmentationSection(five), {
      level: 'very-high',
      score: 60,
      // The counts as figures too, so the card can show "3 of 5" without parsing the note.
      assisted: 3,
      exposed: 5,
      note: '3 of 5 exposed tasks: GPT-4 says AI would assist rather than do them alone (T0–T2 vs T3–T4).',
    });
  });
});

describe('labour sections', () => {
  const projection = {
    title: 'Farmers',
    changePct: -1.3,
    employment: 836.1,
    selfEmployedPct: 62.6,
    openings: 85.5,
    education: 'High school diploma or equivalent',
  };
  const oews2024 = { employment: 5910, annualMedian: 87980, hourlyMedian: 42.3 } as const;
  const oews2023 = { employment: 6000, annualMedian: 83790, hourlyMedian: 40.28 } as const;
  it('uses EP total employment, with OEWS wage and salary jobs beside it', () => {
    const l = labourFacts({ oews2024, oews2023, projection, average: 3.1 });
    assert.equal(employmentSection(l)?.count, 836100);
    assert.match(employmentSection(l)?.note ?? '', /62\.6% self-employed.*5,910 wage and salary jobs/);
    assert.deepEqual(wageAndSalarySection(l), { count: 5910, year: 2024, source: 'BLS OEWS May 2024' });
    assert.equal(demandSection(l)?.trend, 'stable');
    assert.equal(demandSection(l)?.note, 'Little or no change');
    assert.equal(wageSection(l)?.changePct, 5);
    assert.equal(groupSection(l), undefined);
  });
  it('falls back to OEWS, saying what it counts, without a projection', () => {
    const l = labourFacts({ oews2024 });
    assert.match(employmentSection(l)?.note ?? '', /Wage and salary jobs only/);
    assert.equal(wageAndSalarySection(l), undefined);
  });
  it('shows hourly-only wages per hour and compares like with like', () => {
    const l = labourFacts({
      oews2024: { annualMedian: '*', hourlyMedian: 20.59 },
      oews2023: { annualMedian: '*', hourlyMedian: 20 },
    });
    assert.deepEqual([wageSection(l)?.median, wageSection(l)?.period, wageSection(l)?.changePct], [20.59, 'hour', 3]);
    const mixed = labourFacts({
      oews2024: { annualMedian: '*', hourlyMedian: 20.59 },
      oews2023: { annualMedian: 41600, hourlyMedian: 20 },
    });
    assert.equal(wageSection(mixed)?.changePct, undefined);
  });
  it('labels residual and shared groups', () => {
    const l = labourFacts({
      group: { soc: '11-9199', title: 'Managers, all other', shared: 7, residual: true },
      oews2024,
      projection,
    });
    assert.deepEqual(groupSection(l), { code: '11-9199', title: 'Managers, all other', occupations: 7, residual: true });
    assert.match(wageSection(l)?.note ?? '', /whole residual group SOC 11-9199/);
  });
});

describe('career sections', () => {
  it('entry requirements, Job Zone, related occupations', () => {
    assert.equal(entrySection(undefined), undefined);
    assert.equal(entrySection({ title: 'x', changePct: 1 }), undefined);
    assert.deepEqual(entrySection({ title: 'x', changePct: 1, education: "Master's degree" }), {
      education: "Master's degree",
      source: 'BLS Employment Projections 2024–34',
    });
    assert.deepEqual(jobZoneSection(2), { zone: 2, label: 'Some preparation needed' });
    assert.equal(jobZoneSection(undefined), undefined);
    const built = new Map([['a', { title: 'A', slug: 'a', score: 10, level: 'low' as const }]]);
    assert.deepEqual(relatedSection(['x', 'a'], built), [{ code: 'a', title: 'A', slug: 'a', score: 10, level: 'low' }]);
    assert.equal(relatedSection(['x'], built), undefined);
  });
});

describe('skills to future-proof', () => {
  it('picks the job’s important skills least associated with exposure', () => {
    assert.equal(correlation([1, 2, 3], [3, 2, 1]), -1);
    const corr = skillExposureCorrelation([
      {
        skills: [
          { id: 'a', name: 'Repairing', importance: 4 },
          { id: 'b', name: 'Writing', importance: 2 },
        ],
        score: 10,
      },
      {
        skills: [
          { id: 'a', name: 'Repairing', importance: 2 },
          { id: 'b', name: 'Writing', importance: 4 },
        ],
        score: 80,
      },
    ]);
    assert.ok(corr.get('a')! < 0 && corr.get('b')! > 0);
    const skills = [
      { id: 'b', name: 'Writing', importance: 4 },
      { id: 'a', name: 'Repairing', importance: 3 },
      { id: 'c', name: 'Other', importance: 2 },
    ];
    assert.deepEqual(futureSkills(skills, corr), ['Repairing', 'Writing']);
  });
});

describe('identity section', () => {
  it('alternate titles and unique slugs', () => {
    assert.deepEqual(
      pickAltTitles(
        'Actors',
        [
          { title: 'b', featured: false },
          { title: 'A', featured: true },
          { title: 'actors', featured: true },
        ],
        ['x'],
      ),
      ['A', 'b'],
    );
    assert.deepEqual(pickAltTitles('Actors', undefined, ['x', 'X']), ['x']);
    const slug = slugger();
    assert.equal(slug('Data Scientists', '15-2051.00'), 'data-scientists');
    assert.equal(slug('Data Scientists', '15-2051.01'), 'data-scientists-15205101');
    assert.deepEqual(identitySection({ code: 'c', title: 'T', slug: 's', altTitles: [] }), { code: 'c', title: 'T', slug: 's' });
  });
});

describe('observed sections', () => {
  it('word ranks, never percentiles', () => {
    assert.equal(rankPhrase({ rank: 96, of: 785 }, 'occupations'), 'higher than 96% of the 785 occupations');
    assert.equal(rankPhrase({ rank: 0, of: 785 }, 'occupations'), 'at or tied for the lowest of the 785 occupations');
    assert.equal(copilotSignal({ rank: 50, of: 6, value: 0.2, soc: '27-2011', shared: 1 }).score, 50);
    assert.match(
      claudeSignal({ rank: 0, of: 2, pct: 0.25, matched: 1 }).note!,
      /1 matched task, 0\.25% of Claude\.ai conversations.*lowest/,
    );
  });
});

describe('composite occupations (--custom)', () => {
  const spec = (over: object = {}) => ({
    code: 'analytics-engineers',
    title: 'Analytics Engineers',
    altTitles: ['Analytics Engineer'],
    tasks: [
      { from: '15-2051.00', ids: [1001, 1002] },
      { from: '15-2051.01', ids: [2001] },
    ],
    bls: '15-2051',
    ...over,
  });
  const dirWith = (name: string, content: unknown) => {
    const dir = path.join(tempDir(), 'custom');
    mkdirSync(dir);
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    return dir;
  };

  it('builds from the named rated tasks, joins index and titles, and says what it is', () => {
    const r = build({ sources: FIXTURE, custom: dirWith('analytics-engineers.json', spec()) });
    const d = r.docs.find((x) => x.occupation.code === 'analytics-engineers')!;
    assert.ok(d);
    assert.deepEqual(
      d.tasks.map((t) => t.id),
      ['1001', '1002', '2001'],
    );
    // GPT-4 (2×100 + 2×50 + 2×50) / 6 = 66.7, humans (2×100 + 2×100 + 2×50) / 6 = 83.3 → 75.
    assert.equal(d.exposure.score, 75);
    assert.deepEqual(d.composite?.of, [
      { code: '15-2051.00', title: 'Data Scientists', tasks: 2 },
      { code: '15-2051.01', title: 'Business Intelligence Analysts', tasks: 1 },
    ]);
    assert.match(
      d.overview!.at(-1)!,
      /composite occupation, not one of O\*NET’s: its 3 rated tasks come from Data Scientists \(2\) and Business Intelligence Analysts \(1\)/,
    );
    assert.match(d.wage?.note ?? '', /not for this composite occupation/);
    assert.deepEqual(
      d.related?.map((x) => x.code),
      ['15-2051.00', '15-2051.01'],
    );
    assert.deepEqual(r.titles.find((t) => t.title === 'Analytics Engineer')?.codes, ['analytics-engineers']);
  });

  it('refuses bad specs, naming file and field', () => {
    const fails = (name: string, content: unknown, message: RegExp) =>
      assert.throws(
        () => build({ sources: FIXTURE, custom: dirWith(name, content) }),
        (e: unknown) => e instanceof BuildError && message.test(e.message),
      );
    fails('Bad.json', spec({ code: 'Bad' }), /code must be a publisher id/);
    fails('15-2051.00.json', spec({ code: '15-2051.00' }), /must not be an O\*NET-SOC code/);
    fails('other.json', spec(), /must be named after it/);
    fails(
      'analytics-engineers.json',
      spec({ tasks: [{ from: '15-2051.00', ids: [9999] }] }),
      /task 9999 is not a rated task of 15-2051\.00/,
    );
    fails('analytics-engineers.json', spec({ bls: '99-9999' }), /bls 99-9999 is not a code/);
    fails('analytics-engineers.json', '{ nope', /Invalid JSON/);
    assert.throws(() => readCustom(path.join(tempDir(), 'missing')), /not found/);
  });
});
