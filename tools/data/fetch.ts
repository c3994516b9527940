/**
 * Download every source file the data build reads, check it against the committed manifest and
 * put it where `data:build` looks, all at once or not at all.
 *
 * Everything is downloaded into a temporary sibling of the output folder, checked (size and
 * SHA-256 of each download, and of each CSV converted from a workbook), converted, and read once
 * with the data build's own loader; only then does the temporary folder replace the output
 * folder, by two renames (as tools/data/write.ts does for the API). Any failure removes the
 * temporary folder and leaves the output folder as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BuildError } from './errors.ts';
import { ConvertError, unzipMembers, xlsxToCsv } from './fetch-convert.ts';
import { download, type HttpOptions } from './fetch-http.ts';
import { outputsOf, type Download, type Manifest } from './fetch-manifest.ts';
import { loadSources } from './sources.ts';

/** Written into the output folder; only a folder holding it is ever replaced. */
export const MARKER = '.ai-risk-card-sources.json';

export interface FetchOptions extends Omit<HttpOptions, 'onRetry'> {
  manifest: Manifest;
  /** The sources folder to create or replace. */
  out: string;
  /** Record sizes and checksums in the returned manifest instead of failing on missing or changed ones. */
  updateManifest?: boolean;
  onProgress?: (line: string) => void;
}

export interface FetchResult {
  out: string;
  /** Files written, relative to `out`. */
  files: { save: string; size: number; sha256: string }[];
  /** The manifest with every size and checksum as downloaded (differs only with updateManifest). */
  manifest: Manifest;
  /** What --update-manifest recorded or changed, one line each. */
  changes: string[];
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const short = (h: string | null) => (h ? `${h.slice(0, 12)}…` : 'none');

export async function fetchSources(options: FetchOptions): Promise<FetchResult> {
  const progress = options.onProgress ?? (() => {});
  const out = path.resolve(options.out);
  refuseForeign(out);
  const parent = path.dirname(out);
  guard(() => mkdirSync(parent, { recursive: true }), parent);

  const manifest: Manifest = structuredClone(options.manifest);
  const changes: string[] = [];
  const unpinned: string[] = [];
  const files: FetchResult['files'] = [];
  let tmp: string | undefined = guard(() => mkdtempSync(path.join(parent, `.${path.basename(out)}-fetch-`)), parent);
  // Ctrl-C during a download must not leave the temporary folder behind: remove it, then let the
  // signal end the process as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const downloads = path.join(tmp, '.downloads');
    mkdirSync(downloads);
    const total = manifest.downloads.length;
    for (const [i, d] of manifest.downloads.entries()) {
      const saves = outputsOf(d).map((o) => o.save);
      const what = `${d.id} (${saves.join(', ')})`;
      progress(`Downloading ${i + 1}/${total}: ${d.id}`);
      progress(`  ${d.url}`);
      const raw = path.join(downloads, String(i));
      const got = await download(d.url, raw, what, {
        ...options,
        onRetry: ({ attempt, reason, waitMs }) => progress(`  ${reason}; retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s`),
      });
      refuseHtml(d, what, got.contentType, got.head);

      const recorded = d.sha256 !== null && d.size !== null;
      const matches = d.sha256 === got.sha256 && d.size === got.size;
      if (recorded && !matches && !options.updateManifest) {
        throw new BuildError(
          `${what}: the download does not match the manifest: expected ${d.size} bytes, SHA-256 ${d.sha256}; got ${got.size} bytes, SHA-256 ${got.sha256}.`,
          {
            file: d.url,
            fix: 'The publisher changed the file, or something between you and it did. If the new file is the release you want, check it and record it with npm run data:fetch -- --update-manifest, then commit tools/data/sources.manifest.json.',
          },
        );
      }
      if (!matches && options.updateManifest) {
        changes.push(
          `${d.id}: ${got.size} bytes, SHA-256 ${short(got.sha256)} (was ${d.size ?? 'none'} bytes, ${short(d.sha256)})`,
        );
        d.sha256 = got.sha256;
        d.size = got.size;
      }

      // Every output must be checked by something: the download's own checksum, or its own.
      const outputs = await produce(d, raw, tmp, what);
      for (const o of outputs) {
        files.push(o);
        const entry = d.sheets && o.sheet !== undefined ? d.sheets[o.sheet] : undefined;
        if (!entry) continue; // saved as downloaded: checked above
        const same = entry.sha256 === o.sha256 && entry.size === o.size;
        if (entry.sha256 !== null && !same && !options.updateManifest) {
          throw new BuildError(
            `${what}: sheet "${o.sheet}" converted to ${o.save} does not match the manifest: expected ${entry.size} bytes, SHA-256 ${entry.sha256}; got ${o.size} bytes, SHA-256 ${o.sha256}.`,
            {
              file: d.url,
              fix: 'The workbook changed upstream (or the spreadsheet library converts differently after an upgrade). Compare the new CSV with the old one; if it is right, record it with npm run data:fetch -- --update-manifest and commit tools/data/sources.manifest.json.',
            },
          );
        }
        if (!same && options.updateManifest) {
          changes.push(
            `${d.id} / ${o.save}: ${o.size} bytes, SHA-256 ${short(o.sha256)} (was ${entry.size ?? 'none'} bytes, ${short(entry.sha256)})`,
          );
          entry.sha256 = o.sha256;
          entry.size = o.size;
        }
      }
      if (!recorded && !options.updateManifest) {
        // A workbook whose own bytes are not recorded is still pinned when each sheet it yields
        // is (BLS re-packs workbooks without changing their content).
        const sheetsPinned = d.sheets !== undefined && Object.values(d.sheets).every((s) => s.sha256 !== null);
        if (!sheetsPinned) unpinned.push(d.id);
      }
      for (const o of outputs) progress(`  ${o.save}: ${o.size.toLocaleString('en-US')} bytes`);
    }
    rmSync(downloads, { recursive: true, force: true });

    if (unpinned.length) {
      throw new BuildError(
        `The manifest has no checksum for ${unpinned.length} download${unpinned.length > 1 ? 's' : ''}: ${unpinned.join(', ')}. Nothing was written.`,
        {
          file: 'tools/data/sources.manifest.json',
          fix: 'A maintainer records them once on a machine that reaches the publishers: npm run data:fetch -- --update-manifest, checks the files, and commits the manifest.',
        },
      );
    }

    progress('Checking the files with the data build’s reader');
    loadSources(tmp, { onFile: ({ file, rows }) => progress(`  ${file}: ${rows.toLocaleString('en-US')} rows`) });

    writeFileSync(
      path.join(tmp, MARKER),
      `${JSON.stringify(
        {
          generator: 'ai-risk-card data:fetch',
          note: 'Written by npm run data:fetch. The folder is replaced as a whole on the next run.',
          downloads: manifest.downloads.map((d) => ({ id: d.id, url: d.url, size: d.size, sha256: d.sha256 })),
          files,
        },
        null,
        2,
      )}\n`,
    );
    swap(tmp, out);
    tmp = undefined;
  } catch (e) {
    if (e instanceof ConvertError) throw new BuildError(e.message, { fix: convertFix });
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  return { out, files, manifest, changes };
}

const convertFix =
  'The publisher may have changed the file format or the sheet names. Open the file, compare it with tools/data/sources.manifest.json ("unzip", "sheets"), correct the manifest and run npm run data:fetch -- --update-manifest.';

/** Save or convert one download into `dir`; returns what was written with its size and checksum. */
async function produce(d: Download, raw: string, dir: string, what: string) {
  const written: { save: string; size: number; sha256: string; sheet?: string }[] = [];
  const write = (save: string, bytes: Uint8Array, sheet?: string) => {
    const file = path.join(dir, save);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    written.push({ save, size: bytes.length, sha256: sha(bytes), ...(sheet === undefined ? {} : { sheet }) });
  };
  if (d.save !== undefined) {
    const file = path.join(dir, d.save);
    mkdirSync(path.dirname(file), { recursive: true });
    renameSync(raw, file);
    const bytes = readFileSync(file);
    written.push({ save: d.save, size: bytes.length, sha256: sha(bytes) });
    return written;
  }
  let workbook: Uint8Array = readFileSync(raw);
  let label = `${what}: the download from ${d.url}`;
  if (d.unzip !== undefined) {
    workbook = unzipMembers(workbook, [d.unzip], label).get(d.unzip)!;
    label = `${what}: "${d.unzip}" in ${d.url}`;
  }
  const sheets = await xlsxToCsv(workbook, label);
  for (const [name, s] of Object.entries(d.sheets ?? {})) {
    const csv = sheets.get(name);
    if (csv === undefined) {
      throw new ConvertError(
        `${label} has no sheet "${name}". Its sheets: ${[...sheets.keys()].map((k) => `"${k}"`).join(', ')}.`,
      );
    }
    write(s.save, Buffer.from(csv, 'utf8'), name);
  }
  return written;
}

/**
 * Error pages come back with status 200 surprisingly often (BLS's "Access Denied", login walls,
 * "file moved" pages). No source is HTML, so an HTML answer is always an error.
 */
function refuseHtml(d: Download, what: string, contentType: string, head: Uint8Array): void {
  const start = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (!/\btext\/html\b/i.test(contentType) && !start.startsWith('<!doctype html') && !start.startsWith('<html')) return;
  const title = /<title[^>]*>([^<]*)/i.exec(Buffer.from(head).toString('utf8'))?.[1]?.trim();
  throw new BuildError(`${what}: the server answered with an HTML page${title ? ` ("${title}")` : ''} instead of the file.`, {
    file: d.url,
    fix: 'Open the URL in a browser. If the page says access is denied, the server wants a User-Agent that identifies you: set AI_RISK_CARD_USER_AGENT (for example "ai-risk-card data:fetch (you@example.org)"). If the file moved, put the new address in tools/data/sources.manifest.json.',
  });
}

/** An existing output folder is replaced only when it is empty or was written by data:fetch. */
function refuseForeign(out: string): void {
  if (!existsSync(out)) return;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch (e) {
    throw new BuildError(`Cannot read the output folder: ${(e as Error).message}`, {
      file: out,
      fix: 'Choose another folder with --out.',
    });
  }
  if (entries.length === 0 || entries.includes(MARKER)) return;
  throw new BuildError('The output folder already holds files that data:fetch did not write; it will not replace them.', {
    file: out,
    fix: `Choose a new or empty folder with --out (then pass the same folder to data:build --sources), or move this one away. data:fetch only replaces folders that contain its ${MARKER}.`,
  });
}

/** Replace `target` by `fresh`; on failure put the old folder back. */
function swap(fresh: string, target: string): void {
  if (!existsSync(target)) {
    guard(() => renameSync(fresh, target), target);
    return;
  }
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  guard(() => renameSync(target, old), target);
  try {
    renameSync(fresh, target);
  } catch (e) {
    renameSync(old, target);
    throw writeError(e, target);
  }
  rmSync(old, { recursive: true, force: true });
}

function guard<T>(fn: () => T, where: string): T {
  try {
    return fn();
  } catch (e) {
    throw writeError(e, where);
  }
}

function writeError(e: unknown, where: string): BuildError {
  const err = e as NodeJS.ErrnoException;
  return new BuildError(`Cannot write the sources folder: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' '), {
    file: where,
    fix: 'Check that the folder is writable and the disk has space, or choose another folder with --out.',
  });
}
