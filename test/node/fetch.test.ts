/**
 * `npm run data:fetch` against a local HTTP server that plays every publisher in the committed
 * manifest, serving the synthetic fixtures in the publishers' real formats: tab-delimited O*NET
 * text files, .xlsx workbooks (written with write-excel-file) and zipped workbooks for OEWS. Each
 * bad answer a real server gives must end in a specific message and leave the output as it was.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { build } from '../../tools/data/build.ts';
import { run } from '../../tools/data/fetch-cli.ts';
import { MARKER, fetchSources, type FetchOptions } from '../../tools/data/fetch.ts';
import { cellText, pythonFloat, toCsv, xlsxToCsv } from '../../tools/data/fetch-convert.ts';
import { retryAfterMs } from '../../tools/data/fetch-http.ts';
import { outputsOf, parseManifest, readManifest, type Download, type Manifest } from '../../tools/data/fetch-manifest.ts';
import { SPECS } from '../../tools/data/sources.ts';
import type { TableSpec } from '../../tools/data/table.ts';
import { FIXTURE, snapshot, tempDir } from './helpers.ts';

const COMMITTED = readManifest();
const UA = 'ai-risk-card-test/1.0 (fetch.test.ts)';

// ---------------------------------------------------------------------------------------------
// What each publisher serves: the fixture files in the format of the real download.

/** A CSV cell as an .xlsx cell: plain numbers become numbers (codes with leading zeros stay text). */
const xlsxCell = (text: string) => (text === '' ? null : /^-?(0|[1-9]\d*)(\.\d+)?$/.test(text) ? Number(text) : text);

const readCsvRows = (file: string): string[][] => parse(readFileSync(file), { relax_column_count: true, bom: true });

type XlsxCell = string | number | null | { value: Date; format: string };
async function workbook(sheets: Record<string, XlsxCell[][]>): Promise<Uint8Array> {
  const list = Object.entries(sheets).map(([sheet, data]) => ({ sheet, data }));
  return new Uint8Array(await writeExcelFile(list).toBuffer());
}

/** The bytes the real URL of `d` would return, made from the fixtures. */
async function serveBody(d: Download): Promise<Uint8Array> {
  if (d.save !== undefined) {
    const fixture = path.join(FIXTURE, d.save);
    const csvTwin = path.join(FIXTURE, d.save.replace(/\.txt$/, '.csv'));
    if (existsSync(fixture)) return readFileSync(fixture);
    // O*NET's text release: tab-delimited, unquoted, same columns as the fixture CSV.
    if (d.save.startsWith('onet-30.1/') && existsSync(csvTwin)) {
      return Buffer.from(
        readCsvRows(csvTwin)
          .map((r) => `${r.join('\t')}\r\n`)
          .join(''),
      );
    }
    return Buffer.from(`Licence or read-me text of ${d.id}.\n`);
  }
  const sheets: Record<string, XlsxCell[][]> = {};
  for (const [name, s] of Object.entries(d.sheets ?? {})) {
    const fixture = path.join(FIXTURE, s.save);
    sheets[name] = existsSync(fixture)
      ? readCsvRows(fixture).map((r) => r.map(xlsxCell))
      : [['Definitions of the columns'], [null, 'https://www.bls.gov/']];
  }
  const xlsx = await workbook(sheets);
  if (d.unzip === undefined) return xlsx;
  const folder = path.basename(new URL(d.url).pathname, '.zip');
  return zipSync({ [`${folder}/${d.unzip}`]: xlsx, [`${folder}/readme.txt`]: Buffer.from('OEWS\n') });
}

// ---------------------------------------------------------------------------------------------
// The server

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let origin: string;
const bodies = new Map<string, Uint8Array>();
/** Per-test replacements of the normal answer, by URL path. */
const overrides = new Map<string, Handler>();
const requests: { path: string; userAgent?: string }[] = [];

const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);
/** The committed manifest with its URLs moved to the local server and no checksums. */
function localManifest(): Manifest {
  const m: Manifest = structuredClone(COMMITTED);
  for (const d of m.downloads) {
    d.url = `${origin}${new URL(d.url).pathname}`;
    d.sha256 = null;
    d.size = null;
    for (const s of Object.values(d.sheets ?? {})) Object.assign(s, { sha256: null, size: null });
  }
  return m;
}

before(async () => {
  server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path: p, userAgent: req.headers['user-agent'] });
    const override = overrides.get(p);
    if (override) return override(req, res);
    const body = bodies.get(p);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const d of COMMITTED.downloads) bodies.set(pathOf(d.url), await serveBody(d));

  // What a maintainer's --update-manifest run records, then a good folder from a normal run.
  const r = await fetchSources(base(localManifest(), path.join(tempDir(), 'first'), { updateManifest: true }));
  pinned = r.manifest;
  good = path.join(tempDir(), 'sources');
  await fetchSources(base(pinned, good));
  goodFiles = snapshot(good);
});

after(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  overrides.clear();
  requests.length = 0;
});

// ---------------------------------------------------------------------------------------------
// Helpers

const waits: number[] = [];
const base = (manifest: Manifest, out: string, extra: Partial<FetchOptions> = {}): FetchOptions => ({
  manifest,
  out,
  userAgent: UA,
  retries: 0,
  backoffMs: 10,
  sleep: async (ms) => void waits.push(ms),
  ...extra,
});

/** A manifest with every value recorded, as a maintainer's --update-manifest run leaves it. */
let pinned: Manifest;
/** A folder holding a good fetch, to check that failed fetches leave it alone. */
let good: string;
let goodFiles: Map<string, string>;

const byId = (m: Manifest, id: string) => {
  const d = m.downloads.find((x) => x.id === id);
  assert.ok(d, id);
  return d;
};
const route = (m: Manifest, id: string) => pathOf(byId(m, id).url);

/** Run a fetch into the good folder that must fail; returns the message and checks nothing changed. */
async function failure(options: Partial<FetchOptions> = {}, manifest = pinned): Promise<string> {
  const error = await fetchSources(base(manifest, good, options)).then(
    () => assert.fail('the fetch should have failed'),
    (e: Error) => e,
  );
  assert.equal(error.name, 'BuildError', String(error.stack));
  assert.deepEqual(snapshot(good), goodFiles, 'the previous folder changed');
  assert.deepEqual(
    readdirSync(path.dirname(good)).filter((n) => n !== 'sources'),
    [],
    'temporary folders left behind',
  );
  assert.match(error.message, /fix: /);
  return error.message;
}

// ---------------------------------------------------------------------------------------------

describe('data:fetch, every source from the local publishers', () => {
  it('writes the layout data:build reads: the build gives the same documents as from the fixtures', () => {
    const fetched = build({ sources: good });
    const direct = build({ sources: FIXTURE });
    assert.equal(fetched.docs.length, 5);
    assert.deepEqual(fetched.docs, direct.docs);
    assert.deepEqual(fetched.titles, direct.titles);
    assert.deepEqual(
      fetched.files.map((f) => f.file),
      direct.files.map((f) => f.file.replace(/^(onet-30\.1\/.*)\.csv$/, '$1.txt')),
    );
  });

  it('saves each file of the committed manifest where the manifest says, plus its record', () => {
    const expected = COMMITTED.downloads.flatMap((d) => outputsOf(d).map((o) => o.save));
    assert.deepEqual([...goodFiles.keys()].sort(), [...expected, MARKER].sort());
    const record = JSON.parse(goodFiles.get(MARKER)!);
    assert.equal(record.downloads.length, COMMITTED.downloads.length);
  });

  it('converts workbooks the way the reference CSVs were made (title rows, indents, CRLF)', () => {
    const table = goodFiles.get('bls-ep/occupation_2024-34__Table_1.2.csv')!;
    const lines = table.split('\r\n');
    assert.equal(
      lines[0],
      '"Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"',
    );
    assert.equal(
      lines[4],
      "    Data scientists,15-2051,Line item,200,267,20,26,67,33.5,1,20,104000,Bachelor's degree,None,None,OOH Content",
    );
    const oews = goodFiles.get('bls-oews/national_M2024_dl__national_M2024_dl.csv')!.split('\r\n');
    assert.equal(
      oews[1],
      '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,00-0000,All Occupations,total,1000000,0,,,,,30,62400,0.1,14,17,23,37,60,29120,35360,47840,76960,124800',
    );
  });

  it('records every size and checksum with --update-manifest, and the next run checks them', () => {
    for (const d of pinned.downloads) {
      assert.match(d.sha256 ?? '', /^[0-9a-f]{64}$/, d.id);
      assert.equal(d.size, bodies.get(pathOf(d.url))!.length, d.id);
      for (const s of Object.values(d.sheets ?? {})) assert.match(s.sha256 ?? '', /^[0-9a-f]{64}$/, `${d.id} ${s.save}`);
    }
  });

  it('sends the User-Agent it is given with every request (BLS refuses anonymous clients)', async () => {
    await fetchSources(base(pinned, path.join(tempDir(), 'ua')));
    assert.equal(requests.length, COMMITTED.downloads.length);
    for (const r of requests) assert.equal(r.userAgent, UA, r.path);
  });

  it('replaces a folder it wrote before as a whole', async () => {
    const out = path.join(tempDir(), 'again');
    await fetchSources(base(pinned, out));
    writeFileSync(path.join(out, 'stale.csv'), 'left over');
    await fetchSources(base(pinned, out));
    assert.deepEqual(snapshot(out), goodFiles);
  });
});

describe('data:fetch, bad answers', () => {
  it('404: names the download, the URL and the status, and does not retry', async () => {
    const id = 'oews-2023';
    overrides.set(route(pinned, id), (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('gone'));
    const message = await failure({ retries: 3 });
    assert.match(
      message,
      /^oews-2023 \(bls-oews\/national_M2023_dl__national_M2023_dl\.csv\): download failed: HTTP 404 Not Found\./,
    );
    assert.ok(message.includes(`where: ${byId(pinned, id).url}`), message);
    assert.match(message, /put the new address in "url" in tools\/data\/sources\.manifest\.json/);
    assert.equal(requests.filter((r) => r.path === route(pinned, id)).length, 1);
  });

  it('wrong checksum: expected and actual size and SHA-256', async () => {
    const id = 'working-with-ai-scores';
    const body = Buffer.concat([bodies.get(route(pinned, id))!, Buffer.from('15-9999,Extra,0.9\n')]);
    overrides.set(route(pinned, id), (_req, res) => res.writeHead(200).end(body));
    const message = await failure();
    assert.match(
      message,
      /^working-with-ai-scores \(working-with-ai\/soc_ai_applicability_scores\.csv\): the download does not match the manifest/,
    );
    assert.ok(
      message.includes(`expected ${byId(pinned, id).size} bytes, SHA-256 ${byId(pinned, id).sha256}; got ${body.length} bytes`),
      message,
    );
    assert.match(message, /--update-manifest/);
  });

  it('a changed workbook whose own bytes are not recorded is caught by the checksum of its sheet', async () => {
    const manifest = structuredClone(pinned);
    Object.assign(byId(manifest, 'bls-ep-occupation'), { sha256: null, size: null });
    const sheet = readCsvRows(path.join(FIXTURE, 'bls-ep/occupation_2024-34__Table_1.2.csv')).map((r) => r.map(xlsxCell));
    sheet[4][8] = 40; // Data scientists: projected change 33.5 → 40
    const xlsx = await workbook({ Index: [['Index']], 'Table 1.2': sheet });
    overrides.set(route(manifest, 'bls-ep-occupation'), (_req, res) => res.writeHead(200).end(xlsx));
    const message = await failure({}, manifest);
    assert.match(
      message,
      /^bls-ep-occupation \(bls-ep\/occupation_2024-34__Table_1\.2\.csv\): sheet "Table 1\.2" converted to bls-ep\/occupation_2024-34__Table_1\.2\.csv does not match the manifest/,
    );
  });

  it('HTML instead of the file: says so, quotes the page title and explains the User-Agent', async () => {
    const page = '<!DOCTYPE html><html><head><title>Access Denied</title></head><body>Access Denied</body></html>';
    overrides.set(route(pinned, 'bls-ep-occupation'), (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(page),
    );
    const message = await failure();
    assert.match(
      message,
      /^bls-ep-occupation \(bls-ep\/occupation_2024-34__Table_1\.2\.csv\): the server answered with an HTML page \("Access Denied"\) instead of the file\./,
    );
    assert.match(message, /AI_RISK_CARD_USER_AGENT/);
  });

  it('HTML sent as a download (wrong content type) is caught too', async () => {
    const page = '\n  <html><head><title>File moved</title></head></html>';
    overrides.set(route(pinned, 'aei-task-mappings'), (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/csv' }).end(page),
    );
    assert.match(await failure(), /answered with an HTML page \("File moved"\)/);
  });

  it('retries a server that fails twice, with exponential backoff, then succeeds', async () => {
    let calls = 0;
    const p = route(pinned, 'gpts-are-gpts-weights');
    overrides.set(p, (_req, res) => {
      calls++;
      if (calls <= 2) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else res.writeHead(200).end(bodies.get(p));
    });
    waits.length = 0;
    const out = path.join(tempDir(), 'retried');
    await fetchSources(base(pinned, out, { retries: 2, backoffMs: 10 }));
    assert.equal(calls, 3);
    assert.deepEqual(waits, [10, 20]);
    assert.deepEqual(snapshot(out), goodFiles);
  });

  it('gives up after the last retry and says how many attempts it made', async () => {
    overrides.set(route(pinned, 'gpts-are-gpts-weights'), (_req, res) => res.writeHead(500).end());
    const message = await failure({ retries: 2 });
    assert.match(message, /download failed: HTTP 500 Internal Server Error \(gave up after 3 attempts\)\./);
    assert.match(message, /Check the network connection/);
  });

  it('honours Retry-After (429) instead of its own backoff', async () => {
    let calls = 0;
    const p = route(pinned, 'onet-skills');
    overrides.set(p, (_req, res) => {
      if (++calls === 1) res.writeHead(429, { 'retry-after': '7' }).end();
      else res.writeHead(200).end(bodies.get(p));
    });
    waits.length = 0;
    await fetchSources(base(pinned, path.join(tempDir(), 'limited'), { retries: 1 }));
    assert.deepEqual(waits, [7000]);
  });

  it('refuses a Retry-After longer than it will wait, and says so', async () => {
    overrides.set(route(pinned, 'onet-skills'), (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end());
    assert.match(
      await failure({ retries: 3 }),
      /onet-skills \(onet-30\.1\/Skills\.txt\): the server asks to wait 3600 s before retrying \(HTTP 503 Service Unavailable\)\./,
    );
  });

  it('times out a server that stops sending, retries, then reports the timeout', async () => {
    const p = route(pinned, 'onet-alternate-titles');
    overrides.set(p, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 1000 });
      res.write('O*NET-SOC Code\t'); // …and nothing more
    });
    const message = await failure({ retries: 1, timeoutMs: 150 });
    assert.match(
      message,
      /onet-alternate-titles \(onet-30\.1\/Alternate Titles\.txt\): download failed: no data received for 0\.15 s \(timeout\) \(gave up after 2 attempts\)\./,
    );
    assert.equal(requests.filter((r) => r.path === p).length, 2);
  });

  it('a workbook without the sheet the manifest names lists the sheets it has', async () => {
    const xlsx = await workbook({ Index: [['Index']], 'Table 1.2 (2025-35)': [['x']] });
    overrides.set(route(pinned, 'bls-ep-occupation'), (_req, res) => res.writeHead(200).end(xlsx));
    const manifest = structuredClone(pinned);
    Object.assign(byId(manifest, 'bls-ep-occupation'), { sha256: null, size: null });
    const message = await failure({}, manifest);
    assert.match(message, /has no sheet "Table 1\.2"\. Its sheets: "Index", "Table 1\.2 \(2025-35\)"\./);
    assert.match(message, /"unzip", "sheets"/);
  });

  it('a zip without the member the manifest names lists the members it has', async () => {
    const zip = zipSync({ 'oesm24nat/national_M2024_dl.xls': Buffer.from('old format') });
    overrides.set(route(pinned, 'oews-2024'), (_req, res) => res.writeHead(200).end(zip));
    const manifest = structuredClone(pinned);
    Object.assign(byId(manifest, 'oews-2024'), { sha256: null, size: null });
    assert.match(
      await failure({}, manifest),
      /has no member "national_M2024_dl\.xlsx"\. It holds: oesm24nat\/national_M2024_dl\.xls\./,
    );
  });

  it('a download that is not a workbook at all is named as such', async () => {
    overrides.set(route(pinned, 'bls-nem-onet-crosswalk'), (_req, res) => res.writeHead(200).end('Sort order,O*NET-SOC code\n'));
    const manifest = structuredClone(pinned);
    Object.assign(byId(manifest, 'bls-nem-onet-crosswalk'), { sha256: null, size: null });
    assert.match(await failure({}, manifest), /bls-nem-onet-crosswalk .*is not an \.xlsx workbook/);
  });

  it('checksums not recorded yet: downloads everything, writes nothing, lists what is missing', async () => {
    const message = await failure({}, localManifest());
    assert.match(
      message,
      /^The manifest has no checksum for \d+ downloads: gpts-are-gpts-labels, .*onet-read-me, .*aei-task-mappings\. Nothing was written\./,
    );
    assert.match(message, /npm run data:fetch -- --update-manifest/);
  });

  it('files that pass their checksums but not the data build’s reader are refused', async () => {
    const manifest = structuredClone(pinned);
    const d = byId(manifest, 'onet-skills');
    const body = Buffer.from('O*NET-SOC Code\tElement Name\n15-2051.00\tProgramming\n');
    overrides.set(route(manifest, 'onet-skills'), (_req, res) => res.writeHead(200).end(body));
    Object.assign(d, { sha256: null, size: null });
    const message = await failure({ updateManifest: true }, manifest);
    assert.match(message, /^Missing columns "Element ID", "Scale ID", "Data Value" in onet-30\.1\/Skills\.txt\./);
  });

  it('never replaces a folder it did not write', async () => {
    const notOurs = tempDir();
    writeFileSync(path.join(notOurs, 'notes.txt'), 'mine');
    const error = await fetchSources(base(pinned, notOurs)).catch((e: Error) => e);
    assert.match(String(error), /The output folder already holds files that data:fetch did not write/);
    assert.deepEqual([...snapshot(notOurs).keys()], ['notes.txt']);
  });
});

describe('data:fetch command line', () => {
  const capture = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  it('--update-manifest records the values in the manifest file; a plain run then passes', async () => {
    const file = path.join(tempDir(), 'manifest.json');
    writeFileSync(file, JSON.stringify(localManifest()));
    const out = path.join(tempDir(), 'cli');
    const first = await capture(['--manifest', file, '--out', out, '--update-manifest', '--user-agent', UA]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /^ai-risk-card data fetch\n {2}manifest: .*\n {2}output: {3}.*\n\[\d+\.\d s\] Downloading 1\/\d+: gpts-are-gpts-labels\n/,
    );
    assert.match(first.stdout, /Manifest: \d+ values recorded/);
    assert.match(first.stdout, /Done in \d+\.\d s: \d+ files \([\d,]+ bytes\) in /);
    assert.deepEqual(readManifest(file), pinned);
    const second = await capture(['--manifest', file, '--out', out], { AI_RISK_CARD_USER_AGENT: UA });
    assert.equal(second.code, 0, second.stderr);
    assert.doesNotMatch(second.stdout, /Manifest:/);
    for (const r of requests) assert.equal(r.userAgent, UA);
  });

  it('reports a failure with exit code 1 and leaves the folder alone', async () => {
    const file = path.join(tempDir(), 'manifest.json');
    writeFileSync(file, JSON.stringify(pinned));
    overrides.set(route(pinned, 'oews-2024'), (_req, res) => res.writeHead(403).end());
    const r = await capture(['--manifest', file, '--out', good, '--retries', '0']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error: oews-2024 .*HTTP 403 Forbidden/);
    assert.match(
      r.stderr,
      /fix: {3}The server refused this client\. BLS refuses clients it cannot identify: set AI_RISK_CARD_USER_AGENT/,
    );
    assert.match(r.stderr, /The output folder was not changed\./);
    assert.deepEqual(snapshot(good), goodFiles);
  });

  it('Ctrl-C during a download removes the temporary folder and ends the process by the signal', async () => {
    const file = path.join(tempDir(), 'manifest.json');
    writeFileSync(file, JSON.stringify(pinned));
    // The first download never finishes.
    overrides.set(route(pinned, 'gpts-are-gpts-labels'), (_req, res) => {
      res.writeHead(200, { 'content-length': 1000 });
      res.write('O*NET-SOC Code\t');
    });
    const parent = tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tools/data/fetch-cli.ts', '--manifest', file, '--out', path.join(parent, 'sources')],
      {
        cwd: path.join(import.meta.dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (stdout.includes('Downloading 1/')) child.kill('SIGINT');
    });
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    assert.deepEqual([code, signal], [null, 'SIGINT'], stdout);
    assert.deepEqual(readdirSync(parent), [], 'temporary folder left behind');
  });

  it('rejects unknown options and bad numbers with the usage (exit code 2)', async () => {
    const r = await capture(['--outt', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--outt'[\s\S]*Usage: npm run data:fetch/);
    assert.equal((await capture(['--retries', '-1'])).code, 2);
  });

  it('a damaged manifest is named with the entry at fault', () => {
    const bad = structuredClone(COMMITTED) as unknown as { downloads: Record<string, unknown>[] };
    bad.downloads[0].sha256 = 'ABC';
    assert.throws(
      () => parseManifest(JSON.stringify(bad), 'm.json'),
      /manifest is invalid at downloads\.0\.sha256: a lower-case hex SHA-256/,
    );
    const twice = structuredClone(COMMITTED);
    twice.downloads[1].save = twice.downloads[0].save;
    assert.throws(
      () => parseManifest(JSON.stringify(twice), 'm.json'),
      /Two downloads in the manifest write "gpts-are-gpts\/full_labelset\.tsv"/,
    );
  });
});

describe('the committed manifest', () => {
  it('produces every file data:build reads', () => {
    const saved = new Set(COMMITTED.downloads.flatMap((d) => outputsOf(d).map((o) => o.save)));
    const specs: Record<string, TableSpec> = SPECS;
    for (const [key, spec] of Object.entries(specs)) {
      const paths = [spec.file, ...(spec.alternatives ?? [])];
      assert.ok(
        paths.some((p) => saved.has(p)),
        `${key}: none of ${paths.join(', ')} is downloaded`,
      );
    }
  });

  it('pins every download by its own checksum or by those of all its sheets, except the O*NET files not recorded yet', () => {
    const unrecorded = COMMITTED.downloads.filter(
      (d) => d.sha256 === null && !(d.sheets && Object.values(d.sheets).every((s) => s.sha256 !== null)),
    );
    // O*NET's text files: no copy of them was available offline to take a checksum from; a
    // maintainer records them with --update-manifest (README, Data build).
    for (const d of unrecorded) assert.equal(d.source, 'onet', `${d.id} has no checksum`);
  });

  it('asks the publishers and pinned commits, over https', () => {
    for (const d of COMMITTED.downloads) {
      const u = new URL(d.url);
      assert.equal(u.protocol, 'https:', d.id);
      if (u.host === 'raw.githubusercontent.com')
        assert.match(u.pathname, /^\/[^/]+\/[^/]+\/[0-9a-f]{40}\//, `${d.id}: pinned commit`);
    }
  });
});

describe('spreadsheet conversion', () => {
  it('writes numbers as the reference conversion (Python) did', () => {
    assert.deepEqual([0.1, 33.5, 5, 1e-5, 0.0001, 1234567.25, 1e16, -2.5e-7, 0].map(pythonFloat), [
      '0.1',
      '33.5',
      '5.0',
      '1e-05',
      '0.0001',
      '1234567.25',
      '1e+16',
      '-2.5e-07',
      '0.0',
    ]);
  });

  it('quotes only what needs quoting, drops trailing empty cells and ends rows with CRLF', () => {
    assert.equal(
      toCsv([['a', 'b, c', 'say "hi"', null, ''], [], [null, 'x'], ['line\nbreak']]),
      'a,"b, c","say ""hi"""\r\n\r\n,x\r\n"line\nbreak"\r\n',
    );
    assert.equal(cellText(new Date(Date.UTC(2025, 7, 28))), '2025-08-28');
    assert.equal(cellText(new Date(Date.UTC(2025, 7, 28, 13, 5, 0))), '2025-08-28T13:05:00');
  });

  it('reads a real workbook: every sheet, indents kept, numbers and dates as stored', async () => {
    const xlsx = await workbook({
      'Table 1.2': [['Title row'], [], ['Name', 'Code', 'Value', null], ['  Indented', '00-0000', 1.5], [null, null, 3]],
      Definitions: [[{ value: new Date(Date.UTC(2025, 7, 28)), format: 'mm/dd/yyyy' }, 'As of']],
    });
    const sheets = await xlsxToCsv(xlsx, 'test.xlsx');
    assert.deepEqual([...sheets.keys()], ['Table 1.2', 'Definitions']);
    assert.equal(sheets.get('Table 1.2'), 'Title row\r\n\r\nName,Code,Value\r\n  Indented,00-0000,1.5\r\n,,3\r\n');
    assert.equal(sheets.get('Definitions'), '2025-08-28,As of\r\n');
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    assert.equal(retryAfterMs('120'), 120_000);
    assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30_000);
    assert.equal(retryAfterMs('soon'), undefined);
    assert.equal(retryAfterMs(null), undefined);
  });
});
