/**
 * Composite occupations: `--custom <dir>` holds `<id>.json` specs for occupations O*NET does not
 * have (e.g. AI/ML Engineers), built from real rated tasks of O*NET occupations:
 *
 *   {
 *     "code": "ai-ml-engineers",              // publisher id: a-z, 0-9, dashes, 3–64, a letter first
 *     "title": "AI/ML Engineers",
 *     "description": "…",                     // optional
 *     "altTitles": ["AI/ML Engineer", …],     // optional; joins v1/titles.json
 *     "tasks": [{ "from": "15-2051.00", "ids": [21823, 21824] }, …],
 *     "bls": "15-1221"                        // optional: the BLS code whose figures apply
 *   }
 *
 * Scores come from those tasks' ratings by the same method as every other document; the
 * document says it is a composite and of what. A bad spec stops the build naming file and field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { OCCUPATION_CODE } from '../../src/data/contract.ts';
import type { OccupationInput } from './build.ts';
import { BuildError } from './errors.ts';
import type { WeightedTask } from './sections/exposure.ts';
import type { Sources } from './sources.ts';

const ONET = /^\d\d-\d{4}\.\d\d$/;

export const specSchema = z
  .object({
    code: z
      .string()
      .regex(
        OCCUPATION_CODE,
        'must be a publisher id: lowercase letters, digits and dashes, 3–64 characters, starting with a letter',
      )
      .refine((c) => !ONET.test(c), 'must not be an O*NET-SOC code: those occupations are built from O*NET'),
    title: z.string().trim().min(1, 'must not be blank'),
    description: z.string().optional(),
    altTitles: z.array(z.string().trim().min(1, 'must not be blank')).max(50).default([]),
    tasks: z
      .array(
        z
          .object({
            from: z.string().regex(ONET, 'must be an O*NET-SOC code like 15-2051.00'),
            ids: z.array(z.number().int().positive()).min(1),
          })
          .strict(),
      )
      .min(1),
    bls: z
      .string()
      .regex(/^\d\d-\d{4}$/, 'must be a SOC code like 15-1221')
      .optional(),
  })
  .strict();

export type CompositeSpec = z.infer<typeof specSchema> & { file: string };

const FIX = 'See tools/data/custom.ts for the spec format, or README.md (Data build, composite occupations).';

/** Read and check every `*.json` spec in `dir` (other files are ignored). */
export function readCustom(dir: string): CompositeSpec[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new BuildError(`Custom occupation directory not found: ${dir}`, {
      file: dir,
      fix: 'Pass --custom a folder of <id>.json specs, or leave the option out.',
    });
  }
  const out: CompositeSpec[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new BuildError(`Invalid JSON in custom occupation ${name}: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`, {
        file,
        fix: FIX,
      });
    }
    const r = specSchema.safeParse(data);
    if (!r.success) {
      const issue = r.error.issues[0];
      const at =
        issue.path
          .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
          .join('')
          .replace(/^\./, '') || '(root)';
      throw new BuildError(`Custom occupation ${name}: ${at} ${issue.message}`, { file, fix: FIX });
    }
    if (`${r.data.code}.json` !== name) {
      throw new BuildError(`Custom occupation ${name} has code "${r.data.code}"; the file must be named after it.`, {
        file,
        fix: `Rename it to ${r.data.code}.json.`,
      });
    }
    out.push({ ...r.data, file });
  }
  return out;
}

/** Build inputs for the composites, from the labelled tasks they name. */
export function compositeInputs(
  specs: readonly CompositeSpec[],
  src: Sources,
  tasksByCode: ReadonlyMap<string, readonly WeightedTask[]>,
): OccupationInput[] {
  const nemTitles = new Map<string, string>();
  for (const { nem, nemTitle } of src.crosswalk.values()) nemTitles.set(nem, nemTitle);
  return specs.map((spec) => {
    const tasks: WeightedTask[] = [];
    const of: { code: string; title: string; tasks: number }[] = [];
    spec.tasks.forEach((group, i) => {
      const rated = tasksByCode.get(group.from);
      const title = src.occupations.get(group.from)?.title;
      if (!rated || !title) {
        throw new BuildError(
          `Custom occupation ${spec.code}: tasks[${i}].from ${group.from} has no rated tasks in full_labelset.tsv.`,
          { file: spec.file, fix: 'Use an O*NET-SOC code listed in v1/index.json.' },
        );
      }
      for (const id of group.ids) {
        const t = rated.find((x) => x.id === id);
        if (!t) {
          throw new BuildError(`Custom occupation ${spec.code}: task ${id} is not a rated task of ${group.from} (${title}).`, {
            file: spec.file,
            fix: `Use Task IDs of ${group.from} from v1/occupations/${group.from}.json.`,
          });
        }
        if (tasks.some((x) => x.code === t.code && x.id === t.id)) {
          throw new BuildError(`Custom occupation ${spec.code}: task ${id} of ${group.from} is listed twice.`, {
            file: spec.file,
            fix: 'List each task once.',
          });
        }
        tasks.push(t);
      }
      of.push({ code: group.from, title, tasks: group.ids.length });
    });
    if (spec.bls && !nemTitles.has(spec.bls)) {
      throw new BuildError(
        `Custom occupation ${spec.code}: bls ${spec.bls} is not a code of the BLS National Employment Matrix crosswalk.`,
        { file: spec.file, fix: 'Use a SOC code like 15-1221, or leave bls out.' },
      );
    }
    const list = of.map((o) => `${o.title} (${o.tasks})`);
    const names = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0];
    const bls = spec.bls ? ` BLS figures are those of SOC ${spec.bls} (${nemTitles.get(spec.bls)}).` : ' No BLS figures apply.';
    return {
      code: spec.code,
      title: spec.title,
      description: spec.description,
      altTitles: spec.altTitles,
      tasks,
      nem: spec.bls ? { code: spec.bls, title: nemTitles.get(spec.bls)! } : undefined,
      composite: {
        note: `${spec.title} is a composite occupation, not one of O*NET’s: its ${tasks.length} rated tasks come from ${names}.${bls}`,
        of,
      },
    };
  });
}
