/**
 * The committed list of source downloads (tools/data/sources.manifest.json): where each file comes
 * from, what it becomes under the sources folder, and the size and SHA-256 it must have.
 *
 * A checksum is `null` until a maintainer records it with `data:fetch --update-manifest` on a
 * machine that can reach the publishers. Converted spreadsheet sheets carry their own checksums,
 * so a workbook whose own bytes are not yet recorded is still checked through the CSV it yields.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { BuildError } from './errors.ts';
import { SOURCES } from './meta.ts';

export const MANIFEST_PATH = path.join(import.meta.dirname, 'sources.manifest.json');

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');
/** A path under the sources folder: relative, forward slashes, no `..`. */
const relPath = z
  .string()
  .min(1)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').includes('..'),
    'a relative path inside the sources folder',
  );

const checked = { sha256: sha256.nullable(), size: z.number().int().nonnegative().nullable() };

const sheet = z.strictObject({ save: relPath, ...checked });

const download = z
  .strictObject({
    /** Short name used in progress lines and errors. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Key of SOURCES in meta.ts (licence, version, citation). */
    source: z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]),
    url: z.url({ protocol: /^https?$/ }),
    /** Size and SHA-256 of the bytes the URL returns (for a zip: of the archive). */
    ...checked,
    /** Keep the downloaded file as it is, at this path. */
    save: relPath.optional(),
    /** The download is a zip archive: take this member (matched by path, else by file name). */
    unzip: z.string().min(1).optional(),
    /** The download (or its zip member) is an .xlsx workbook: save these sheets as CSV. */
    sheets: z.record(z.string().min(1), sheet).optional(),
  })
  .refine((d) => (d.save === undefined) !== (d.sheets === undefined), 'needs exactly one of "save" or "sheets"')
  .refine((d) => d.unzip === undefined || d.sheets !== undefined, '"unzip" is only supported together with "sheets"');

export const manifestSchema = z.strictObject({
  /** Free text for maintainers. */
  comment: z.array(z.string()).optional(),
  downloads: z.array(download).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type Download = Manifest['downloads'][number];

/** Every file a download produces, with the checksum it must have (null when not recorded). */
export function outputsOf(d: Download): { save: string; sha256: string | null; size: number | null; sheet?: string }[] {
  if (d.save !== undefined) return [{ save: d.save, sha256: d.sha256, size: d.size }];
  return Object.entries(d.sheets ?? {}).map(([name, s]) => ({ ...s, sheet: name }));
}

export function parseManifest(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BuildError(`The manifest is not valid JSON: ${(e as Error).message}`, {
      file,
      fix: 'Restore it from git (git checkout -- tools/data/sources.manifest.json).',
    });
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BuildError(`The manifest is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
      file,
      fix: 'Correct that entry; see the comment at the top of the manifest for the format.',
    });
  }
  const m = result.data;
  const ids = new Set<string>();
  const saves = new Set<string>();
  for (const d of m.downloads) {
    if (ids.has(d.id))
      throw new BuildError(`The manifest lists the download "${d.id}" twice.`, { file, fix: 'Give each download its own id.' });
    ids.add(d.id);
    for (const o of outputsOf(d)) {
      if (saves.has(o.save))
        throw new BuildError(`Two downloads in the manifest write "${o.save}".`, { file, fix: 'Give each file one source.' });
      saves.add(o.save);
    }
  }
  return m;
}

export function readManifest(file = MANIFEST_PATH): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BuildError(`Cannot read the manifest: ${(e as Error).message}`, {
      file,
      fix: 'Pass --manifest <file> or restore it from git.',
    });
  }
  return parseManifest(text, file);
}

/** Written with two-space indentation and a final newline, as the committed file is. */
export function writeManifest(file: string, manifest: Manifest): void {
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
