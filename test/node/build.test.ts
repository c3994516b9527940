/** The data build end to end on the synthetic fixtures (test/node/fixtures/sources). */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateOccupation } from '../../src/data/contract.ts';
import { build } from '../../tools/data/build.ts';
import { checkTitleEntries, renderFiles, subset } from '../../tools/data/output.ts';
import { parse } from 'csv-parse/sync';
import { FIXTURE, fixtureCopy, readJson, runCli, snapshot, tempDir } from './helpers.ts';

const result = build({ sources: FIXTURE });
const doc = (code: string) => {
  const d = result.docs.find((x) => x.occupation.code === code);
  assert.ok(d, `no document for ${code}`);
  return d;
};
const signal = (code: string, id: string) => doc(code).exposure.signals?.find((s) => s.id === id);

describe('build on synthetic sources', () => {
  it('writes one valid document per occupation with rated tasks', () => {
    assert.deepEqual(
      result.docs.map((d) => d.occupation.code),
      ['15-2051.00', '15-2051.01', '27-2011.00', '29-1022.00', '47-2111.00'],
    );
    for (const d of result.docs) assert.ok(validateOccupation(d).ok, d.occupation.code);
  });

  it('scores GPT-4 and the human annotators, with the alternative rubric as a robustness signal', () => {
    const d = doc('15-2051.00');
    assert.deepEqual(
      d.exposure.signals?.filter((s) => s.kind === 'rated').map((s) => [s.id, s.label, s.score]),
      [
        ['gpt4', 'GPT-4', 60],
        ['human', 'Human annotators', 80],
        ['gpt4-alt', 'GPT-4, alternative rubric (robustness check, not in the score)', 40],
      ],
    );
    // (60 + 80) / 2: the alternative rubric's 40 is not in the score.
    assert.equal(d.exposure.score, 70);
    assert.equal(d.exposure.level, 'very-high');
    // A blank coreweight counts 1: (2×50 + 1×0) / 3 and (2×50 + 1×100) / 3; (33.3 + 66.7) / 2 = 50.
    assert.deepEqual(
      doc('15-2051.01')
        .exposure.signals?.slice(0, 2)
        .map((s) => s.score),
      [33.3, 66.7],
    );
    assert.equal(doc('15-2051.01').exposure.score, 50);
    assert.equal(doc('47-2111.00').exposure.level, 'low');
  });

  it('lists tasks most exposed first, with string IDs and the two scoring raters', () => {
    const tasks = doc('15-2051.00').tasks;
    assert.deepEqual(
      tasks.map((t) => [t.id, t.coverage]),
      [
        ['1001', 100],
        ['1002', 75],
        ['1003', 0],
      ],
    );
    assert.equal(tasks[1].statement, 'Present "key" findings to stakeholders.');
    assert.deepEqual(tasks[1].scores, [
      { rater: 'gpt4', label: 'GPT-4', score: 50 },
      { rater: 'human', label: 'Human annotators', score: 100 },
    ]);
  });

  it('adds observed use as ranks, worded as "higher than r %"', () => {
    const copilot = signal('47-2111.00', 'working-with-ai');
    assert.equal(copilot?.kind, 'observed');
    assert.equal(copilot?.score, 16); // tied with one other SOC code; 1 of 6 is lower
    assert.match(copilot?.note ?? '', /higher than 16% of the 6 occupations/);
    assert.match(signal('29-1022.00', 'working-with-ai')?.note ?? '', /at or tied for the lowest of the 6/);
    // Claude: task texts match in the labelled wording (1001) or the O*NET 30.1 wording (1002).
    assert.equal(signal('15-2051.00', 'aei-2025-02-10')?.score, 50);
    assert.match(signal('15-2051.00', 'aei-2025-02-10')?.note ?? '', /2 matched tasks, 3\.0% of Claude\.ai conversations/);
    assert.equal(signal('47-2111.00', 'aei-2025-02-10')?.score, 0);
    assert.equal(signal('27-2011.00', 'aei-2025-02-10'), undefined);
    for (const d of result.docs)
      for (const s of d.exposure.signals ?? []) assert.doesNotMatch(s.note ?? '', /percentile|\d(st|nd|rd|th)\b/);
  });

  it('omits augmentation when fewer than 5 tasks are exposed', () => {
    for (const d of result.docs) assert.equal(d.augmentation, undefined, d.occupation.code); // at most 2 exposed tasks each
  });

  it('takes BLS figures through the crosswalk and labels group figures as the group’s', () => {
    const d = doc('15-2051.01');
    assert.equal(d.occupation.socCode, '15-2051');
    assert.deepEqual(d.blsGroup, { code: '15-2051', title: 'Data scientists', occupations: 3 });
    assert.deepEqual(d.demand, {
      trend: 'growing',
      changePct: 33.5,
      period: '2024–34',
      note: 'Much faster than average. Figure for all of SOC 15-2051 (3 O*NET occupations)',
    });
    assert.equal(d.wage?.median, 104000);
    assert.equal(d.wage?.changePct, 4);
    assert.match(d.wage?.note ?? '', /BLS advises caution comparing OEWS years/);
    assert.match(d.employment?.note ?? '', /Figure for all of SOC 15-2051/);
    assert.equal(doc('47-2111.00').blsGroup, undefined);
    assert.doesNotMatch(doc('47-2111.00').employment?.note ?? '', /SOC/);
    assert.equal(doc('29-1022.00').demand?.trend, 'stable');
    assert.equal(doc('29-1022.00').demand?.note, 'Little or no change');
    assert.equal(doc('27-2011.00').demand?.trend, 'declining');
  });

  it('counts all workers from Employment Projections and OEWS wage and salary jobs beside them', () => {
    const d = doc('47-2111.00');
    assert.deepEqual(d.employment, {
      count: 700000,
      year: 2024,
      source: 'BLS Employment Projections',
      note: 'All workers, self-employed included (8% self-employed). OEWS counts 700,000 wage and salary jobs (May 2024).',
    });
    assert.deepEqual(d.wageAndSalaryJobs, { count: 700000, year: 2024, source: 'BLS OEWS May 2024' });
    assert.deepEqual(doc('29-1022.00').openings, { annual: 200, period: '2024–34', source: 'BLS Employment Projections' });
  });

  it('handles top-coded and hourly-only wages', () => {
    const top = doc('29-1022.00').wage;
    assert.equal(top?.median, 239200);
    assert.equal(top?.topCoded, true);
    assert.equal(top?.changePct, undefined);
    const hourly = doc('27-2011.00').wage;
    assert.deepEqual(
      {
        median: hourly?.median,
        changePct: hourly?.changePct,
        currency: hourly?.currency,
        period: hourly?.period,
        year: hourly?.year,
      },
      { median: 23.33, changePct: 13.8, currency: 'USD', period: 'hour', year: 2024 },
    );
    assert.match(hourly?.note ?? '', /only an hourly median/);
    assert.match(
      doc('27-2011.00').faq!.find((f) => /earn/.test(f.question))!.answer,
      /median hourly wage was \$23\.33 in May 2024, up 13\.8% from May 2023/,
    );
  });

  it('adds entry requirements, Job Zone and related occupations with their exposure', () => {
    const d = doc('15-2051.00');
    assert.deepEqual(d.entry, {
      education: "Bachelor's degree",
      experience: 'None',
      training: 'None',
      source: 'BLS Employment Projections 2024–34',
    });
    assert.deepEqual(d.jobZone, { zone: 4, label: 'Considerable preparation needed' });
    // O*NET's order (Primary-Short, Primary-Long, Supplemental); occupations the build lacks are left out.
    assert.deepEqual(d.related, [
      {
        code: '15-2051.01',
        title: 'Business Intelligence Analysts',
        slug: 'business-intelligence-analysts',
        score: 50,
        level: 'high',
      },
      { code: '47-2111.00', title: 'Electricians', slug: 'electricians', score: 13, level: 'low' },
      {
        code: '29-1022.00',
        title: 'Oral and Maxillofacial Surgeons',
        slug: 'oral-and-maxillofacial-surgeons',
        score: 50,
        level: 'high',
      },
    ]);
    assert.equal(doc('27-2011.00').jobZone, undefined);
    assert.equal(doc('27-2011.00').related, undefined);
    const become = d.faq!.find((f) => f.question === 'How do people become Data Scientists?');
    assert.match(
      become?.answer ?? '',
      /a bachelor's degree as the typical education for entry, no work experience in a related occupation and no on-the-job training/,
    );
    assert.match(become?.answer ?? '', /Job Zone 4 of 5/);
  });

  it('ranks skills and tools', () => {
    const d = doc('15-2051.00');
    assert.deepEqual(
      d.skills?.map((s) => [s.name, s.importance]),
      [
        ['Mathematics', 88],
        ['Critical Thinking', 88],
        ['Reading Comprehension', 75],
        ['Programming', 56],
      ],
    );
    assert.deepEqual(
      d.tools?.map((t) => [t.name, t.inDemand]),
      [
        ['Apache Spark', true],
        ['Python', true],
        ['Tableau', false],
        ['awk', false],
      ],
    );
  });

  it('generates neutral editorial text from the figures', () => {
    const d = doc('15-2051.00');
    // Only tasks counted as "AI can do" (coverage over 50).
    assert.deepEqual(d.risks, ['Write code to analyze data.', 'Present "key" findings to stakeholders.']);
    assert.equal(doc('47-2111.00').risks, undefined);
    // Skills, never task statements.
    const skillNames = new Set(d.skills!.map((s) => s.name));
    assert.ok(d.futureSkills!.length > 0 && d.futureSkills!.every((s) => skillNames.has(s)), String(d.futureSkills));
    assert.ok(d.overview && d.overview.length >= 2 && d.overview.length <= 4);
    assert.match(
      d.overview[0],
      /70 out of 100 \(very high\), the mean of GPT-4’s rating \(60\) and the human annotators’ \(80\)/,
    );
    assert.match(d.overview[0], /AI can do 2 of its 3 rated tasks \(most\)/);
    assert.match(d.overview[0], /not a forecast of job losses/);
    assert.deepEqual(
      d.faq?.map((f) => f.question),
      [
        'Will AI replace Data Scientists?',
        'Which Data Scientists tasks are most exposed to AI?',
        'How do people become Data Scientists?',
        'What is the job outlook for Data Scientists?',
        'How much do Data Scientists earn?',
        'How was this score calculated?',
      ],
    );
    assert.match(
      d.faq![3].answer,
      /grow 33\.5% from 2024 to 2034, much faster than average\. The average for all occupations is 3\.1%/,
    );
  });

  it('lists the sources each document uses, with licences', () => {
    assert.deepEqual(
      doc('15-2051.00').sources.map((s) => s.license),
      ['CC BY 4.0', 'MIT', 'Public domain (U.S. government work)', 'Public domain (U.S. government work)', 'CC BY 4.0', 'MIT'],
    );
    assert.equal(doc('27-2011.00').sources.length, 5); // no Claude match
    assert.match(doc('27-2011.00').sources[0].label, /O\*NET 30\.1/);
  });

  it('maps alternate and reported titles to codes, with how many O*NET sources give each', () => {
    // Business intelligence analysts: SOC index, Census index and DOL (04,06,08), so coded;
    // data scientists: DOL alone (08), plus the same title reported by incumbents.
    assert.deepEqual(
      result.titles.find((t) => t.title === 'Data Analyst'),
      { title: 'Data Analyst', codes: ['15-2051.00', '15-2051.01'], sources: [1, 3], coded: ['15-2051.01'] },
    );
    // A reported title My Next Move shows counts one more than its sources.
    assert.deepEqual(
      result.titles.find((t) => t.title === 'Data Scientist'),
      { title: 'Data Scientist', codes: ['15-2051.00'], sources: [2] },
    );
    assert.ok(!result.titles.some((t) => t.title === 'Sustainability Director'), 'occupation without tasks is left out');
    assert.deepEqual(doc('15-2051.00').occupation.altTitles, ['Data Scientist', 'Analytics Consultant', 'data analyst']);
  });

  it('reports data gaps as warnings', () => {
    assert.deepEqual(result.warnings, [
      '1 rated task in 1 occupation not in O*NET 30.1 Task Statements (revised since the paper); kept with the statements the raters saw.',
      '3 occupations without O*NET 30.1 skill ratings (Skills.csv); skills omitted: 15-2051.01, 27-2011.00, 29-1022.00.',
    ]);
  });
});

describe('output', () => {
  it('refuses titles whose per-code counts or coded codes do not line up with their codes', () => {
    const ok = { title: 'Data Analyst', codes: ['15-2051.00', '15-2051.01'], sources: [1, 3], coded: ['15-2051.01'] };
    assert.doesNotThrow(() => checkTitleEntries([ok]));
    assert.throws(
      () => checkTitleEntries([{ ...ok, sources: [1] }]),
      /titles\[0\] \("Data Analyst"\): sources must have one count per code/,
    );
    assert.throws(
      () => checkTitleEntries([{ ...ok, coded: ['29-1141.00'] }]),
      /coded lists 29-1141.00, which is not one of its codes/,
    );
  });

  it('writes the static API files', () => {
    const out = tempDir();
    const r = runCli(['--sources', FIXTURE, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Done in .*: 5 occupations written/);
    assert.match(r.stdout, /sections: exposure 5\/5, .*wage 5\/5/);
    assert.match(r.stdout, /warnings: 2/);
    const v1 = path.join(out, 'v1');
    assert.deepEqual(readdirSync(v1).sort(), ['badges', 'index.json', 'lookup', 'meta.json', 'occupations', 'titles.json']);
    assert.equal(readdirSync(path.join(v1, 'occupations')).length, 5);

    const index = readJson(path.join(v1, 'index.json'));
    assert.equal(index.schemaVersion, 1);
    assert.equal(index.updated, '2025-12-01');
    assert.deepEqual(index.occupations[0], {
      code: '15-2051.00',
      slug: 'data-scientists',
      title: 'Data Scientists',
      score: 70,
      level: 'very-high',
      // 4 of the 5 fixture occupations score lower.
      percentile: 80,
    });
    // The median of all occupations' scores, in the index and in every document.
    const scores = index.occupations.map((o: { score: number }) => o.score).sort((a: number, b: number) => a - b);
    assert.equal(index.median, scores[2]);
    for (const o of index.occupations)
      assert.equal(o.percentile, Math.floor((100 * scores.filter((s: number) => s < o.score).length) / 5), o.code);

    const meta = readJson(path.join(v1, 'meta.json'));
    assert.equal(meta.generator, 'ai-risk-card data build');
    assert.equal(meta.counts.occupations, 5);
    assert.equal(meta.counts.sections.wage, 5);
    assert.deepEqual(
      meta.sources.map((s: { id: string }) => s.id),
      ['onet-30.1', 'gpts-are-gpts', 'bls-oews', 'bls-ep', 'working-with-ai', 'aei-2025-02-10'],
    );
    assert.ok(meta.sources.every((s: { license: string; version: string }) => s.license && s.version));
    assert.ok(meta.method.length > 5);

    for (const file of readdirSync(path.join(v1, 'occupations'))) {
      assert.ok(validateOccupation(readJson(path.join(v1, 'occupations', file))).ok, file);
    }
  });

  it('is byte-identical across builds and replaces a previous build in place', () => {
    const a = tempDir();
    const b = tempDir();
    assert.equal(runCli(['--sources', FIXTURE, '--out', a]).code, 0);
    assert.equal(runCli(['--sources', FIXTURE, '--out', b]).code, 0);
    assert.deepEqual(snapshot(a), snapshot(b));
    // Rebuild over the first output, with a stale extra file inside v1: it is gone afterwards,
    // files next to v1 are kept, and no temporary folders remain.
    writeFileSync(path.join(a, 'v1', 'occupations', '99-9999.00.json'), '{}');
    writeFileSync(path.join(a, 'README.txt'), 'kept');
    assert.equal(runCli(['--sources', FIXTURE, '--out', a]).code, 0);
    assert.ok(!existsSync(path.join(a, 'v1', 'occupations', '99-9999.00.json')));
    assert.deepEqual(readdirSync(a).sort(), ['README.txt', 'v1']);
  });

  it('builds composite occupations with --custom, into the index and the title list', () => {
    const out = tempDir();
    const r = runCli(['--sources', FIXTURE, '--out', out, '--custom', path.join(import.meta.dirname, 'fixtures', 'custom')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /6 occupations written/);
    const index = readJson(path.join(out, 'v1', 'index.json'));
    assert.deepEqual(index.occupations.at(-1), {
      code: 'analytics-engineers',
      slug: 'analytics-engineers',
      title: 'Analytics Engineers',
      score: 75,
      level: 'very-high',
      // Above all five O*NET occupations, yet never "more exposed than 100 %"; composites are
      // placed among the O*NET occupations without joining the population.
      percentile: 99,
    });
    assert.equal(index.occupations.filter((o: { percentile?: number }) => o.percentile === 99).length, 1);
    const titles = readJson(path.join(out, 'v1', 'titles.json')).titles;
    assert.deepEqual(titles.find((t: { title: string }) => t.title === 'Analytics Engineer').codes, ['analytics-engineers']);
    assert.ok(validateOccupation(readJson(path.join(out, 'v1', 'occupations', 'analytics-engineers.json'))).ok);
  });

  it('uses --date for "updated"', () => {
    const out = tempDir();
    assert.equal(runCli(['--sources', FIXTURE, '--out', out, '--date', '2026-01-15']).code, 0);
    assert.equal(readJson(path.join(out, 'v1', 'occupations', '47-2111.00.json')).updated, '2026-01-15');
  });

  it('reads the sources folder from AI_RISK_CARD_SOURCES', () => {
    const out = tempDir();
    const r = runCli(['--out', out], { AI_RISK_CARD_SOURCES: FIXTURE });
    assert.equal(r.code, 0, r.stderr);
  });

  it('renders a sample subset marked as sample data', () => {
    const files = renderFiles(subset(result, ['47-2111.00', '15-2051.00']), {
      sample: { label: 'Sample data: test', totalOccupations: result.docs.length },
    });
    assert.deepEqual([...files.keys()].filter((f) => !f.startsWith('v1/lookup/')).sort(), [
      'v1/badges/15-2051.00.svg',
      'v1/badges/47-2111.00.svg',
      'v1/index.json',
      'v1/meta.json',
      'v1/occupations/15-2051.00.json',
      'v1/occupations/47-2111.00.json',
      'v1/titles.json',
    ]);
    const d = JSON.parse(files.get('v1/occupations/47-2111.00.json')!);
    assert.deepEqual(d.sources[0], { label: 'Sample data: test' });
    const titles = JSON.parse(files.get('v1/titles.json')!).titles;
    assert.deepEqual(titles.find((t: { title: string }) => t.title === 'Data Analyst').codes, ['15-2051.00']);
    const meta = JSON.parse(files.get('v1/meta.json')!);
    assert.equal(meta.sample, 'Sample data: test');
    assert.equal(meta.counts.occupations, 2);
  });
});

describe('missing task weight', () => {
  it('uses weight 1 and warns', () => {
    const sources = fixtureCopy();
    const file = path.join(sources, 'gpts-are-gpts', 'full_onet_data.tsv');
    // Drop the row of task 1001 (Core, weight 2) of Data Scientists.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^0\t15-2051\.00\t1001\.0.*\n/m, ''));
    const r = build({ sources });
    assert.equal(r.warnings[0], '1 rated task without a row in full_onet_data.tsv; weight 1 used.');
    const d = r.docs.find((x) => x.occupation.code === '15-2051.00')!;
    // (1×100 + 2×50 + 1×0) / 4 = 50 for GPT-4.
    assert.equal(d.exposure.signals![0].score, 50);
  });
});

describe('O*NET text release', () => {
  it('accepts tab-delimited .txt files in place of .csv', () => {
    const sources = fixtureCopy();
    for (const name of ['Occupation Data', 'Task Statements']) {
      const csv = path.join(sources, 'onet-30.1', `${name}.csv`);
      // O*NET's .txt files are tab-delimited and unquoted, quotation marks included as is.
      const rows = parse(readFileSync(csv)) as string[][];
      writeFileSync(csv.replace(/\.csv$/, '.txt'), rows.map((r) => r.join('\t')).join('\r\n') + '\r\n');
      rmSync(csv);
    }
    const again = build({ sources });
    assert.deepEqual(again.docs, result.docs);
  });
});

describe('overlays', () => {
  it('add or replace editorial text and are validated', () => {
    const dir = tempDir();
    const overlays = path.join(dir, 'overlays');
    mkdirSync(overlays);
    writeFileSync(
      path.join(overlays, '47-2111.00.json'),
      JSON.stringify({
        overview: ['Written by the publisher.'],
        aiTools: ['Estimating software'],
        occupation: { description: 'Publisher description.' },
      }),
    );
    writeFileSync(path.join(overlays, 'README.md'), 'ignored');
    const out = path.join(dir, 'out');
    const r = runCli(['--sources', FIXTURE, '--out', out, '--overlay', overlays]);
    assert.equal(r.code, 0, r.stderr);
    const d = readJson(path.join(out, 'v1', 'occupations', '47-2111.00.json'));
    assert.deepEqual(d.overview, ['Written by the publisher.']);
    assert.deepEqual(d.aiTools, ['Estimating software']);
    assert.equal(d.occupation.description, 'Publisher description.');
    assert.equal(d.occupation.title, 'Electricians');
    assert.equal(d.exposure.score, doc('47-2111.00').exposure.score);
    assert.equal(readJson(path.join(out, 'v1', 'meta.json')).counts.overlays, 1);
  });
});
