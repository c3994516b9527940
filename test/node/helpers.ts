/** Shared helpers for the data-build tests (not a test file itself). */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../tools/data/cli.ts';

export const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'sources');

const made: string[] = [];
// Removed when the test process ends (node:test's after() would fire early inside hooks).
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test file's process ends. */
export function tempDir(prefix = 'ai-risk-card-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A writable copy of the synthetic sources, to damage in one test. */
export function fixtureCopy(): string {
  const dir = path.join(tempDir(), 'sources');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process and capture what it prints. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every file under `dir` (relative path → content), for before/after comparisons. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

export const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));
