/**
 * Publisher overlays: `--overlay <dir>` holds `<O*NET code>.json` files with partial documents that
 * add or replace the generated editorial text of one occupation. Figures (scores, wages, tasks,
 * sources) cannot be overridden, so an overlay can never misstate the data behind the card.
 *
 * Overlays are read and checked before anything is written; a bad one stops the build with its
 * file and the offending field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OCCUPATION_CODE, validateOccupation, type Occupation } from '../../src/data/contract.ts';
import { BuildError } from './errors.ts';

/** Top-level keys an overlay may set (replacing the generated value). */
export const OVERLAY_KEYS = ['overview', 'risks', 'aiTools', 'futureSkills', 'faq', 'occupation'] as const;
/** Keys of `occupation` an overlay may set. */
export const OVERLAY_OCCUPATION_KEYS = ['description', 'altTitles'] as const;

export interface Overlay {
  code: string;
  file: string;
  data: Record<string, unknown>;
}

const FIX = `An overlay is a JSON object with any of: ${OVERLAY_KEYS.join(', ')} (occupation: ${OVERLAY_OCCUPATION_KEYS.join(', ')}), in the shape of the v1 contract (src/data/contract.ts).`;

/** Read every `*.json` in `dir`; other files (e.g. a README) are ignored. */
export function readOverlays(dir: string): Overlay[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new BuildError(`Overlay directory not found: ${dir}`, {
      file: dir,
      fix: 'Pass --overlay a folder of <code>.json files, or leave the option out.',
    });
  }
  const out: Overlay[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    const code = name.slice(0, -'.json'.length);
    if (!OCCUPATION_CODE.test(code)) {
      throw new BuildError(`Overlay file name is not an O*NET-SOC code or publisher id: ${name}`, {
        file,
        fix: 'Name each overlay after its occupation, e.g. 15-2051.00.json.',
      });
    }
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      // V8 names a position for most errors; turn it into a line. Its excerpts may span lines.
      const message = (e as Error).message.replace(/\s*\n\s*/g, ' ');
      const at = /position (\d+)/.exec(message);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
      throw new BuildError(`Invalid JSON in overlay ${name}: ${message}`, { file, line, fix: FIX });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new BuildError(`Overlay ${name} must be a JSON object.`, { file, fix: FIX });
    }
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(OVERLAY_KEYS as readonly string[]).includes(key)) {
        throw new BuildError(`Overlay ${name} sets "${key}", which overlays cannot change.`, { file, column: key, fix: FIX });
      }
    }
    const occ = record.occupation;
    if (occ !== undefined) {
      if (typeof occ !== 'object' || occ === null || Array.isArray(occ)) {
        throw new BuildError(`Overlay ${name}: "occupation" must be an object.`, { file, column: 'occupation', fix: FIX });
      }
      for (const key of Object.keys(occ)) {
        if (!(OVERLAY_OCCUPATION_KEYS as readonly string[]).includes(key)) {
          throw new BuildError(`Overlay ${name} sets "occupation.${key}", which overlays cannot change.`, {
            file,
            column: `occupation.${key}`,
            fix: FIX,
          });
        }
      }
    }
    out.push({ code, file, data: record });
  }
  return out;
}

/** Apply one overlay to a generated document and validate the result against the contract. */
export function applyOverlay(doc: Occupation, overlay: Overlay): Occupation {
  const { occupation, ...rest } = overlay.data;
  const merged = {
    ...doc,
    ...rest,
    occupation: { ...doc.occupation, ...(occupation as object | undefined) },
  };
  const result = validateOccupation(merged);
  if (!result.ok) {
    throw new BuildError(
      `Overlay ${path.basename(overlay.file)} makes the document invalid at ${result.path}: ${result.message}`,
      { file: overlay.file, column: result.path, fix: FIX },
    );
  }
  return result.data;
}
