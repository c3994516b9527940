import { html, nothing } from 'lit';
import type { Occupation } from '../data/contract.js';
import type { Section } from '../types.js';
import type { ViewContext } from './context.js';
import { vars } from './vars.js';

/** A titled section; `part` names it for `::part` styling. Absent when there is nothing to show. */
const section = (id: string, title: string, body: unknown, part?: string) =>
  html`<section class="sec sec-${id}" part=${part ?? nothing} aria-labelledby="h-${id}">
    <h3 id="h-${id}">${title}</h3>
    ${body}
  </section>`;

const list = (id: string, title: string, items?: readonly string[]) =>
  items?.length ? section(id, title, html`<ul class="list">${items.map((s) => html`<li>${s}</li>`)}</ul>`) : nothing;

/** Only http(s) links are ever rendered, whatever the data says. */
const safeHref = (u?: string) => (u && /^https?:\/\//i.test(u) ? u : undefined);

export function signals({ m }: ViewContext, d: Occupation) {
  const s = d.exposure.signals;
  if (!s?.length) return nothing;
  return html`<div class="signals">
    <h3 id="h-signals">${m.signals}</h3>
    <ul aria-labelledby="h-signals">
      ${s.map(
        (x) => html`<li class="signal sig-${x.kind}" title=${x.note ?? nothing}>
          <span class="sig-label"><bdi>${x.label}</bdi>${x.kind === 'observed' ? html` <i>${m.observed}</i>` : nothing}</span>
          <span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${x.score}%` })}></span></span>
          <b>${Math.round(x.score)}</b>
          ${x.note ? html`<span class="sr">(${x.note})</span>` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

export const overview = ({ m }: ViewContext, d: Occupation) =>
  d.overview?.length
    ? section(
        'overview',
        m.overview,
        d.overview.map((p) => html`<p>${p}</p>`),
      )
    : nothing;

/** Skills, tools, risks, AI tools, future skills and FAQ, each where the data has it and `show` allows. */
export function extras({ m }: ViewContext, d: Occupation, show: (s: Section) => boolean) {
  return [
    d.skills?.length && show('skills')
      ? section(
          'skills',
          m.skills,
          html`<ol class="skills">
            ${[...d.skills]
              .sort((a, b) => b.importance - a.importance)
              .map(
                (s) => html`<li>
                  <span>${s.name}</span>
                  <span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${s.importance}%` })}></span></span>
                  <span class="num">${Math.round(s.importance)}</span>
                </li>`,
              )}
          </ol>`,
        )
      : nothing,
    d.tools?.length && show('tools')
      ? section(
          'tools',
          m.tools,
          html`<ul class="chips">
            ${d.tools.map(
              (t) =>
                html`<li class=${t.inDemand ? 'hot' : ''}><bdi>${t.name}</bdi>${t.inDemand ? html`<span class="tag">${m.inDemand}</span>` : nothing}</li>`,
            )}
          </ul>`,
        )
      : nothing,
    show('risks') ? list('risks', m.risks, d.risks) : nothing,
    d.aiTools?.length && show('ai-tools')
      ? section('ai-tools', m.aiTools, html`<ul class="chips">${d.aiTools.map((t) => html`<li>${t}</li>`)}</ul>`)
      : nothing,
    show('future-skills') ? list('future', m.futureSkills, d.futureSkills) : nothing,
    d.faq?.length && show('faq')
      ? section(
          'faq',
          m.faq,
          d.faq.map((f) => html`<details><summary>${f.question}</summary><p>${f.answer}</p></details>`),
          'faq',
        )
      : nothing,
  ];
}

const sourceList = (d: Occupation) =>
  html`<ul class="sources">
    ${d.sources.map((s) => {
      const href = safeHref(s.url);
      return html`<li>
        ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer"><bdi>${s.label}</bdi></a>` : html`<bdi>${s.label}</bdi>`}${
          s.license ? html` <span class="license">(<bdi>${s.license}</bdi>)</span>` : nothing
        }
      </li>`;
    })}
  </ul>`;

/** Always shown: the sources carry the attribution their licences require (O*NET is CC BY 4.0). */
export const sources = ({ m }: ViewContext, d: Occupation) =>
  section('sources', m.sources, html`${sourceList(d)}<p class="disclaimer">${m.disclaimer}</p>`, 'sources');

/** The compact card's sources: the same list behind a disclosure, and the disclaimer. */
export const compactSources = ({ m }: ViewContext, d: Occupation) =>
  html`<div part="sources" class="sec-sources">
    <p class="disclaimer">${m.disclaimer}</p>
    <details><summary>${m.sourcesShort}</summary>${sourceList(d)}</details>
  </div>`;
