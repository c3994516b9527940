/** The `occupation` block: code, title, slug, description, alternate titles, BLS code. */
import type { Occupation } from '../../../src/data/contract.ts';
import { slugify } from '../compute.ts';

export const MAX_ALT_TITLES = 10;

/** Reported titles (those shown in My Next Move first), else alternate titles; up to 10, no repeats. */
export function pickAltTitles(
  title: string,
  reported: readonly { title: string; featured: boolean }[] | undefined,
  alternate: readonly string[] | undefined,
): string[] {
  const candidates = reported?.length
    ? [...reported.filter((r) => r.featured), ...reported.filter((r) => !r.featured)].map((r) => r.title)
    : (alternate ?? []);
  const seen = new Set([title.toLowerCase()]);
  const out: string[] = [];
  for (const t of candidates) {
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length === MAX_ALT_TITLES) break;
  }
  return out;
}

/** Unique slugs: a title's slug, or slug-<code digits> when another occupation took it. */
export function slugger(): (title: string, code: string) => string {
  const taken = new Set<string>();
  return (title, code) => {
    let slug = slugify(title);
    if (taken.has(slug)) slug = `${slug}-${code.replace(/[^a-z0-9]/gi, '')}`;
    taken.add(slug);
    return slug;
  };
}

export function identitySection(o: {
  code: string;
  title: string;
  slug: string;
  description?: string;
  altTitles: string[];
  soc?: string;
}): Occupation['occupation'] {
  return {
    code: o.code,
    title: o.title,
    slug: o.slug,
    ...(o.description ? { description: o.description } : {}),
    ...(o.altTitles.length ? { altTitles: o.altTitles } : {}),
    ...(o.soc ? { socCode: o.soc } : {}),
  };
}
