/**
 * Write the API folder all at once or not at all.
 *
 * Files go into a temporary sibling of `<out>/v1`, which then replaces `v1` by two renames. A
 * failure while writing removes the temporary folder and leaves the previous `v1` untouched; a
 * reader sees either the old or the new folder, never a mix. (POSIX cannot exchange two
 * directories in one call, so for the instant between the renames `v1` is absent; nothing is
 * ever half written.) Only `v1` is replaced, so other files under `<out>` are kept.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { BuildError } from './errors.ts';
import { GENERATOR } from './meta.ts';

const ROOT = 'v1';

export function writeOutput(outDir: string, files: ReadonlyMap<string, string>): { dir: string; files: number } {
  const out = path.resolve(outDir);
  const target = path.join(out, ROOT);
  for (const rel of files.keys()) {
    if (!rel.startsWith(`${ROOT}/`) || rel.includes('..')) throw new Error(`bug: output path outside ${ROOT}/: ${rel}`);
  }

  guard(() => mkdirSync(out, { recursive: true }), out);
  refuseForeign(target);

  let tmp: string | undefined;
  try {
    tmp = guard(() => mkdtempSync(path.join(out, `.${ROOT}-tmp-`)), out);
    // mkdtemp creates the folder private (0700); the API is meant to be served and read.
    const dir = tmp;
    guard(() => chmodSync(dir, 0o755), dir);
    const dirs = new Set<string>();
    for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = path.join(tmp, rel.slice(ROOT.length + 1));
      const dir = path.dirname(file);
      if (!dirs.has(dir)) {
        guard(() => mkdirSync(dir, { recursive: true }), dir);
        dirs.add(dir);
      }
      guard(() => writeFileSync(file, content), file);
    }
    swap(tmp, target);
    tmp = undefined;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  return { dir: target, files: files.size };
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

/**
 * Never delete a folder this build did not make: an existing `v1` must be empty or hold a
 * meta.json written by this generator.
 */
function refuseForeign(target: string): void {
  if (!existsSync(target)) return;
  let entries: string[];
  try {
    entries = readdirSync(target);
  } catch (e) {
    throw writeError(e, target);
  }
  if (entries.length === 0) return;
  let generator: unknown;
  try {
    generator = JSON.parse(readFileSync(path.join(target, 'meta.json'), 'utf8')).generator;
  } catch {
    generator = undefined;
  }
  if (generator !== GENERATOR) {
    throw new BuildError(`Refusing to replace ${target}: it is not the output of a previous data build.`, {
      file: target,
      fix: 'Pass --out a new or empty folder, or one that a previous build wrote.',
    });
  }
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
  return new BuildError(`Cannot write the output: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' ').trim(), {
    file: where,
    fix: 'Choose a writable --out folder (the default is dist/data) or fix its permissions and free space. Nothing was changed.',
  });
}
