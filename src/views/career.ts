import { css, html, nothing } from 'lit';
import type { Occupation } from '../data/contract.js';
import { number } from '../i18n/format.js';
import type { ViewContext } from './context.js';
import { fold } from './sections.js';
import { vars } from './vars.js';

/**
 * Career sections added in method 1.1: the BLS group note (all variants), entry requirements with
 * openings and Job Zone, and related jobs with their exposure. Each is absent when the document
 * has nothing for it, so documents from older builds render as before.
 */

/** Says whose figures wage, employment and demand are when they belong to a BLS group. */
export function groupNote({ m }: ViewContext, d: Occupation, compact = false) {
  const g = d.blsGroup;
  if (!g || !(d.wage || d.employment || d.demand)) return nothing;
  return html`<p class="group-note">${(compact ? m.groupShort : m.groupFigures)(g.title, g.code, !!g.residual)}</p>`;
}

const row = (label: string, value?: unknown) =>
  value == null || value === '' ? nothing : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/** Typical entry education, experience and training, annual openings and the O*NET Job Zone. */
export function entry({ m, lang }: ViewContext, d: Occupation, open = false) {
  const e = d.entry;
  const o = d.openings;
  const z = d.jobZone;
  if (!e && !o && !z) return nothing;
  return fold(
    'entry',
    m.entryHeading,
    html`<dl class="facts">
      ${row(m.entryEducation, e?.education)} ${row(m.entryExperience, e?.experience)} ${row(m.entryTraining, e?.training)}
      ${row(m.jobZone, z && m.jobZoneValue(z.zone, z.label))}
      ${row(m.openings, o && m.openingsValue(number(lang, o.annual), o.period))}
    </dl>`,
    undefined,
    open,
  );
}

/**
 * Fill a `related-href` template: `{slug}` and `{code}` are replaced (URL-encoded). A template
 * with a scheme other than http(s) is refused, so data can never produce a script URL.
 */
export function relatedUrl(template: string | undefined, r: { code: string; slug?: string }): string | undefined {
  if (!template) return undefined;
  const url = template.replace(/\{(slug|code)\}/g, (_, k: string) =>
    encodeURIComponent(k === 'slug' ? (r.slug ?? r.code) : r.code),
  );
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return scheme && !/^https?$/i.test(scheme[1]) ? undefined : url;
}

/** Related jobs, each with its exposure; links through `href`, or buttons that switch the card. */
export function related(
  { m }: ViewContext,
  d: Occupation,
  href: string | undefined,
  select: (code: string) => void,
  open = false,
) {
  const list = d.related;
  if (!list?.length) return nothing;
  return fold(
    'related',
    m.related,
    html`<ul class="related">
      ${list.map((r) => {
        const url = relatedUrl(href, r);
        const name = html`<bdi>${r.title}</bdi>`;
        const score = r.score != null ? Math.round(r.score) : undefined;
        return html`<li class=${r.level ? `lv-${r.level}` : ''}>
          ${
            url
              ? html`<a href=${url}>${name}</a>`
              : html`<button type="button" class="link" @click=${() => select(r.code)}>${name}</button>`
          }
          ${
            score != null
              ? html`<span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${score}%` })}></span></span>
                <span class="num">${m.relatedScore(score, r.level ? m.level[r.level] : '')}</span>`
              : nothing
          }
        </li>`;
      })}
    </ul>`,
    'related',
    open,
  );
}

export const careerStyles = css`
  .group-note {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em 1em;
    margin: 0;
  }
  .facts dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .related {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .related li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 6em auto;
    align-items: center;
    gap: 0.75em;
  }
  .related .link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .related a {
    color: var(--_accent);
  }
  .related .num {
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
  }
`;
