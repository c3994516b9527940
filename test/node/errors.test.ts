/**
 * Bad input: every failure names what, where and how to fix, exits non-zero, and leaves the
 * previous good output exactly as it was (no partial output, no temporary folders).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fixtureCopy, FIXTURE, runCli, snapshot, tempDir, type RunResult } from './helpers.ts';

/** A folder holding a good build, to check that failed builds leave it alone. */
let out: string;
let good: Map<string, string>;
before(() => {
  out = path.join(tempDir(), 'out');
  assert.equal(runCli(['--sources', FIXTURE, '--out', out]).code, 0);
  good = snapshot(out);
});

function assertFailed(r: RunResult, ...patterns: RegExp[]): void {
  assert.equal(r.code, 1, `expected exit code 1\n${r.stdout}\n${r.stderr}`);
  for (const p of patterns) assert.match(r.stderr, p);
  assert.match(r.stderr, /fix: /);
  assert.match(r.stderr, /The output folder was not changed\./);
  assert.deepEqual(snapshot(out), good, 'previous output changed');
  assert.deepEqual(readdirSync(out), ['v1'], 'temporary folders left behind');
}

/** Edit one file of a fresh copy of the fixtures and run the build into `out`. */
function buildWith(file: string, edit: (text: string) => string): RunResult {
  const sources = fixtureCopy();
  const p = path.join(sources, file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
  return runCli(['--sources', sources, '--out', out]);
}

describe('source errors', () => {
  it('missing file', () => {
    const sources = fixtureCopy();
    rmSync(path.join(sources, 'onet-30.1', 'Skills.csv'));
    assertFailed(
      runCli(['--sources', sources, '--out', out]),
      /Missing source file: onet-30\.1\/Skills\.csv or onet-30\.1\/Skills\.txt/,
      /--sources/,
    );
  });

  it('missing sources folder', () => {
    assertFailed(runCli(['--sources', path.join(tempDir(), 'nowhere'), '--out', out]), /Missing source file: /);
  });

  it('empty file', () => {
    assertFailed(
      buildWith('working-with-ai/soc_ai_applicability_scores.csv', () => ''),
      /Source file is empty: working-with-ai\/soc_ai_applicability_scores\.csv/,
    );
  });

  it('missing column', () => {
    assertFailed(
      buildWith('bls-oews/national_M2024_dl__national_M2024_dl.csv', (t) => t.replace(',A_MEDIAN,', ',A_MEDIAN_X,')),
      /Missing column "A_MEDIAN" in bls-oews\/national_M2024_dl__national_M2024_dl\.csv/,
      /line 1, column "A_MEDIAN"/,
      /The header .* has: "AREA"/,
    );
  });

  it('missing column below BLS title rows', () => {
    assertFailed(
      buildWith('bls-ep/occupation_2024-34__Table_1.2.csv', (t) => t.replace('Occupation type', 'Kind')),
      /Missing column "Occupation type"/,
      /line 2/,
      /searched in the first 10 rows/,
    );
  });

  it('malformed CSV: unclosed quote', () => {
    assertFailed(
      buildWith('onet-30.1/Task Statements.csv', (t) => t.replace('Install wiring in buildings.', '"Install wiring')),
      /Malformed CSV in onet-30\.1\/Task Statements\.csv: Quote Not Closed/,
      /line \d+/,
    );
  });

  it('malformed CSV: row with too many fields', () => {
    assertFailed(
      buildWith('onet-30.1/Alternate Titles.csv', (t) => t.replace('Wireman,,08', 'Wireman,,08,extra')),
      /Malformed row in onet-30\.1\/Alternate Titles\.csv: 6 fields, but the header has 5\./,
      /line 6/,
    );
  });

  it('malformed TSV: row with too few fields', () => {
    assertFailed(
      buildWith('gpts-are-gpts/full_onet_data.tsv', (t) => t.replace('\tElectricians\t2\t1\n', '\tElectricians\n')),
      /Malformed row in gpts-are-gpts\/full_onet_data\.tsv: 6 fields, but the header has 8\./,
      /line 7/,
    );
  });

  it('invalid exposure label', () => {
    assertFailed(
      buildWith('gpts-are-gpts/full_labelset.tsv', (t) => t.replace('Actors\tE2\tE0', 'Actors\tE2\tE3')),
      /Expected an exposure label E0, E1 or E2, found "E3"\./,
      /gpts-are-gpts\/full_labelset\.tsv, line 10, column "gpt4_exposure"/,
    );
  });

  it('number expected', () => {
    assertFailed(
      buildWith('bls-oews/national_M2024_dl__national_M2024_dl.csv', (t) =>
        t.replace('Electricians,detailed,700000', 'Electricians,detailed,lots'),
      ),
      /Expected a number, found "lots"\./,
      /line 5, column "TOT_EMP"/,
    );
  });

  it('accepts thousands separators in numbers', () => {
    const r = buildWith('bls-oews/national_M2024_dl__national_M2024_dl.csv', (t) =>
      t.replace('Electricians,detailed,700000', 'Electricians,detailed,"700,000"'),
    );
    assert.equal(r.code, 0, r.stderr);
    good = snapshot(out); // this run replaced the output (with identical figures)
  });

  it('invalid code', () => {
    assertFailed(
      buildWith('onet-30.1/Occupation Data.csv', (t) => t.replace('47-2111.00,Electricians', '47-2111,Electricians')),
      /Expected an O\*NET-SOC code like 15-2051\.00, found "47-2111"\./,
      /Occupation Data\.csv, line 7/,
    );
  });
});

describe('overlay errors', () => {
  const withOverlay = (files: Record<string, string>): RunResult => {
    const dir = path.join(tempDir(), 'overlays');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return runCli(['--sources', FIXTURE, '--out', out, '--overlay', dir]);
  };

  it('invalid JSON', () => {
    assertFailed(
      withOverlay({ '47-2111.00.json': '{\n  "overview": ["a"]\n  "risks": []\n}' }),
      /Invalid JSON in overlay 47-2111\.00\.json: Expected ',' or '}' after property value/,
      /47-2111\.00\.json, line 3/,
    );
    assertFailed(
      withOverlay({ '47-2111.00.json': '{"overview": ["a",]}' }),
      /Invalid JSON in overlay 47-2111\.00\.json: Unexpected token/,
    );
  });

  it('a field overlays may not change', () => {
    assertFailed(
      withOverlay({ '47-2111.00.json': JSON.stringify({ exposure: { score: 1, level: 'low' } }) }),
      /Overlay 47-2111\.00\.json sets "exposure", which overlays cannot change\./,
    );
    assertFailed(
      withOverlay({ '47-2111.00.json': JSON.stringify({ occupation: { title: 'Sparks' } }) }),
      /sets "occupation\.title"/,
    );
  });

  it('a value that breaks the contract', () => {
    assertFailed(
      withOverlay({ '47-2111.00.json': JSON.stringify({ faq: [{ question: 'Q?', answer: '' }] }) }),
      /Overlay 47-2111\.00\.json makes the document invalid at faq\[0\]\.answer/,
    );
  });

  it('an unknown occupation or file name', () => {
    assertFailed(withOverlay({ '11-1011.00.json': '{}' }), /names an occupation the build does not produce/);
    assertFailed(
      withOverlay({ 'Electricians.json': '{}' }),
      /Overlay file name is not an O\*NET-SOC code or publisher id: Electricians\.json/,
    );
  });

  it('a missing overlay folder', () => {
    assertFailed(
      runCli(['--sources', FIXTURE, '--out', out, '--overlay', path.join(tempDir(), 'none')]),
      /Overlay directory not found/,
    );
  });
});

describe('output errors', () => {
  it('unwritable output', () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = runCli(['--sources', FIXTURE, '--out', path.join(file, 'data')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Cannot write the output: (ENOTDIR|EEXIST)/);
    assert.match(r.stderr, /fix:\s+Choose a writable --out folder/);
    assert.equal(readFileSync(file, 'utf8'), 'not a folder');
  });

  it('refuses to replace a folder it did not write', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'v1'));
    writeFileSync(path.join(dir, 'v1', 'precious.txt'), 'keep me');
    const r = runCli(['--sources', FIXTURE, '--out', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Refusing to replace .*v1: it is not the output of a previous data build/);
    assert.equal(readFileSync(path.join(dir, 'v1', 'precious.txt'), 'utf8'), 'keep me');
    assert.deepEqual(readdirSync(dir), ['v1']);
  });

  it('bad --date and unknown options', () => {
    assertFailed(runCli(['--sources', FIXTURE, '--out', out, '--date', '2025-13-45']), /Invalid --date "2025-13-45"/);
    const r = runCli(['--sorces', FIXTURE]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--sorces'/);
    assert.match(r.stderr, /Usage: npm run data:build/);
  });
});

describe('the real process', () => {
  it('exits non-zero with the message on stderr', () => {
    const cli = path.join(import.meta.dirname, '..', '..', 'tools', 'data', 'cli.ts');
    const p = spawnSync(process.execPath, ['--import', 'tsx', cli, '--sources', path.join(tempDir(), 'none'), '--out', out], {
      encoding: 'utf8',
    });
    assert.equal(p.status, 1, p.stderr);
    assert.match(p.stderr, /error: Missing source file: gpts-are-gpts\/full_onet_data\.tsv/);
    assert.deepEqual(snapshot(out), good);
  });
});
