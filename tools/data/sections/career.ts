/**
 * Career sections: typical entry requirements and openings (BLS Employment Projections), the
 * O*NET Job Zone, and related occupations with their exposure.
 */
import type { Level, Occupation } from '../../../src/data/contract.ts';
import type { Projection } from '../sources.ts';

/** O*NET's names of the five Job Zones. */
export const JOB_ZONES: Record<number, string> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};

export function entrySection(p: Projection | undefined): Occupation['entry'] {
  if (!p || !(p.education || p.experience || p.training)) return undefined;
  return {
    ...(p.education ? { education: p.education } : {}),
    ...(p.experience ? { experience: p.experience } : {}),
    ...(p.training ? { training: p.training } : {}),
    source: 'BLS Employment Projections 2024–34',
  };
}

export function jobZoneSection(zone: number | undefined): Occupation['jobZone'] {
  return zone ? { zone, label: JOB_ZONES[zone] } : undefined;
}

export const MAX_RELATED = 10;

/** Related occupations that the build also produces, best match first, with their exposure. */
export function relatedSection(
  codes: readonly string[] | undefined,
  built: ReadonlyMap<string, { title: string; slug: string; score: number; level: Level }>,
): Occupation['related'] {
  const out = (codes ?? [])
    .filter((c) => built.has(c))
    .slice(0, MAX_RELATED)
    .map((c) => {
      const b = built.get(c)!;
      return { code: c, title: b.title, slug: b.slug, score: b.score, level: b.level };
    });
  return out.length ? out : undefined;
}
