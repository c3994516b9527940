import { html, nothing } from 'lit';
import type { Occupation } from '../data/contract.js';
import type { Section } from '../types.js';
import type { ViewContext } from './context.js';
import { number } from '../i18n/format.js';
import { vars } from './vars.js';

/**
 * A titled section behind a disclosure (closed unless `open`): the card opens with its answer,
 * and the detail is one labelled click away. `part` names it for `::part` styling. The heading
 * sits in the summary, so the card's outline keeps every section.
 */
export const fold = (id: string, title: string, body: unknown, part?: string, open = false) =>
  html`<details class="sec fold sec-${id}" part=${part ?? nothing} ?open=${open}>
    <summary><h3 id="h-${id}">${title}</h3></summary>
    ${body}
  </details>`;

/** A titled section that is always open. */
const section = (id: string, title: string, body: unknown) =>
  html`<section class="sec sec-${id}" aria-labelledby="h-${id}">
    <h3 id="h-${id}">${title}</h3>
    ${body}
  </section>`;

/** Only http(s) links are ever rendered, whatever the data says. */
const safeHref = (u?: string) => (u && /^https?:\/\//i.test(u) ? u : undefined);

/**
 * How the score is built: the rated signals on the 0–100 scale (bars), observed use as ranks in
 * words ("Microsoft Copilot usage: top 4 % of occupations"), never on the rated scale, and the
 * overview. Each signal's note is its description, also for screen readers.
 */
export function signals({ m, lang }: ViewContext, d: Occupation, open = false, withOverview = true) {
  const s = d.exposure.signals ?? [];
  const rated = s.filter((x) => x.kind === 'rated');
  const seen = s.filter((x) => x.kind === 'observed');
  const ov = withOverview ? d.overview : undefined;
  if (!s.length && !ov?.length) return nothing;
  const share = (p: number) => number(lang, p / 100, { style: 'percent' });
  return fold(
    'signals',
    m.aboutScore,
    html`${
      rated.length
        ? html`<ul class="signals">
            ${rated.map(
              (x) => html`<li class="signal" title=${x.note ?? nothing}>
                <span class="sig-label"><bdi>${x.label}</bdi></span>
                <span class="bar" aria-hidden="true"><span class="fill" ${vars({ '--v': `${x.score}%` })}></span></span>
                <b>${Math.round(x.score)}</b>
                ${x.note ? html`<span class="sr">(${x.note})</span>` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${seen.map((x) => {
      const r = Math.round(x.score);
      return html`<p class="observed" title=${x.note ?? nothing}>
        ${r >= 50 ? m.observedTop(x.label, share(Math.max(1, 100 - r))) : m.observedAbove(x.label, share(r))}
        ${x.note ? html`<span class="sr">(${x.note})</span>` : nothing}
      </p>`;
    })}
    ${ov?.map((p) => html`<p class="ov">${p}</p>`)}`,
    undefined,
    open,
  );
}

/** The overview as an open section (only when a host lists `overview` without `signals`). */
export const overview = ({ m }: ViewContext, d: Occupation) =>
  d.overview?.length
    ? section(
        'overview',
        m.overview,
        d.overview.map((p) => html`<p>${p}</p>`),
      )
    : nothing;

/** A sub-section inside a disclosure (h4: one level below the disclosure's title). */
const sub = (id: string, title: string, body: unknown) =>
  html`<section class="sub sec-${id}" aria-labelledby="h-${id}">
    <h4 id="h-${id}">${title}</h4>
    ${body}
  </section>`;

const list = (id: string, title: string, items?: readonly string[]) =>
  items?.length ? sub(id, title, html`<ul class="list">${items.map((s) => html`<li>${s}</li>`)}</ul>`) : nothing;

/**
 * Skills, tools, risks, AI tools and future skills in one disclosure, then the FAQ in its own,
 * each part where the data has it and `show` allows. `open`: the host listed sections itself.
 */
export function extras({ m }: ViewContext, d: Occupation, show: (s: Section) => boolean, open = false) {
  const inner = [
    d.skills?.length && show('skills')
      ? sub(
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
      ? sub(
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
      ? sub('ai-tools', m.aiTools, html`<ul class="chips">${d.aiTools.map((t) => html`<li>${t}</li>`)}</ul>`)
      : nothing,
    show('future-skills') ? list('future', m.futureSkills, d.futureSkills) : nothing,
  ];
  return [
    inner.some((x) => x !== nothing) ? fold('more', m.moreAbout, inner, undefined, open) : nothing,
    d.faq?.length && show('faq')
      ? fold(
          'faq',
          m.faq,
          d.faq.map((f) => html`<details><summary>${f.question}</summary><p>${f.answer}</p></details>`),
          'faq',
          open,
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

/** Always present: the sources carry the attribution their licences require (O*NET is CC BY 4.0). */
export const sources = ({ m }: ViewContext, d: Occupation) => fold('sources', m.sourcesShort, sourceList(d), 'sources');

/** The compact card's sources: the same list behind a disclosure, with the code and data date. */
export const compactSources = ({ m }: ViewContext, d: Occupation, meta: unknown) =>
  html`<details part="sources" class="sec-sources"><summary>${m.sourcesShort}</summary>${meta}${sourceList(d)}</details>`;
