/**
 * `tsx tools/data/effects.ts <before>/v1 <after>/v1`
 *
 * Measures what a method change did: compares two built API folders occupation by occupation and
 * prints, per section, how many documents changed and, for the exposure score, how many changed
 * level and the mean shift. The method changelog (meta.ts, README.md) quotes its output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Occupation } from '../../src/data/contract.ts';

type Doc = Occupation & Record<string, unknown>;

export interface Effects {
  compared: number;
  score: { changed: number; levelChanged: number; meanShift: number; meanAbsShift: number; up: number; down: number };
  changed: Record<string, number>;
}

const readDocs = (dir: string): Map<string, Doc> => {
  const occ = path.join(dir, 'occupations');
  if (!existsSync(occ)) throw new Error(`No occupations/ folder in ${dir}`);
  return new Map(
    readdirSync(occ)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(path.join(occ, f), 'utf8')) as Doc]),
  );
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields compared, each as a function of a document. */
const FIELDS: Record<string, (d: Doc) => unknown> = {
  'demand trend': (d) => d.demand?.trend,
  'wage figure or period': (d) => d.wage && [d.wage.median, d.wage.period],
  'wage change': (d) => d.wage?.changePct,
  'employment count': (d) => d.employment?.count,
  'augmentation shown': (d) => !!d.augmentation,
  'augmentation level': (d) => d.augmentation?.level,
  'Copilot rank': (d) => d.exposure.signals?.find((s) => s.id === 'working-with-ai')?.score,
  'Claude rank': (d) => d.exposure.signals?.find((s) => s.id === 'aei-2025-02-10')?.score,
  'key risks': (d) => d.risks,
  'skills to future-proof': (d) => d.futureSkills,
  'alternate titles': (d) => d.occupation.altTitles,
  overview: (d) => d.overview,
  faq: (d) => d.faq,
};

export function effects(before: Map<string, Doc>, after: Map<string, Doc>): Effects {
  const codes = [...before.keys()].filter((c) => after.has(c));
  let changed = 0;
  let levelChanged = 0;
  let sum = 0;
  let abs = 0;
  let up = 0;
  let down = 0;
  const counts: Record<string, number> = Object.fromEntries(Object.keys(FIELDS).map((k) => [k, 0]));
  for (const c of codes) {
    const a = before.get(c)!;
    const b = after.get(c)!;
    const shift = b.exposure.score - a.exposure.score;
    if (shift) changed++;
    if (shift > 0) up++;
    if (shift < 0) down++;
    if (a.exposure.level !== b.exposure.level) levelChanged++;
    sum += shift;
    abs += Math.abs(shift);
    for (const [k, f] of Object.entries(FIELDS)) if (!same(f(a), f(b))) counts[k]++;
  }
  const n = codes.length || 1;
  return {
    compared: codes.length,
    score: {
      changed,
      levelChanged,
      meanShift: Math.round((100 * sum) / n) / 100,
      meanAbsShift: Math.round((100 * abs) / n) / 100,
      up,
      down,
    },
    changed: counts,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    process.stderr.write('Usage: tsx tools/data/effects.ts <before>/v1 <after>/v1\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(effects(readDocs(before), readDocs(after)), null, 2)}\n`);
  }
}
