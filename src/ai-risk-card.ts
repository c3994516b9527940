import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from './controllers/locale.js';
import { Loader, type LoadState } from './controllers/loader.js';
import type { Task } from './data/contract.js';
import { CODE } from './data/constants.js';
import { TIMEOUT } from './data/load.js';
import { whenNear } from './data/visible.js';
import { date } from './i18n/format.js';
import { loadDetails, messages, type Strings } from './i18n/registry.js';
import { styles } from './styles/card.js';
import type { ErrorDetail, LoadDetail, Section } from './types.js';
import type { ViewContext } from './views/context.js';
import { careerStyles, entry, groupNote, related } from './views/career.js';
import { badge, gauge } from './views/gauge.js';
import { compactSources, extras, overview, signals, sources } from './views/sections.js';
import { error, loading } from './views/states.js';
import { miniBoxStyles, miniSkeleton } from './views/mini-skeleton.js';
import { stats, summary } from './views/stats.js';
import { verdict } from './views/verdict.js';
import { sortTasks, tasks, type TaskUi } from './views/tasks.js';
import { VERSION } from './version.js';

export type { ErrorDetail, LoadDetail, Match, Section } from './types.js';

/**
 * Typical height in em of each section of a loaded card at 720px (measured on real documents;
 * they add up to the ~78em the full skeleton reserves; closed disclosures are one row each). With `sections`, the skeleton reserves
 * the sum of the listed ones, so a trimmed card does not collapse its placeholder on load.
 */
const SECTION_EM: Record<string, number> = {
  gauge: 10,
  signals: 3,
  stats: 8,
  overview: 0,
  tasks: 30,
  skills: 3,
  tools: 0,
  risks: 0,
  'ai-tools': 0,
  'future-skills': 0,
  faq: 3,
  career: 3,
  related: 3,
};
const reserve = (list: string[]) => 15 + list.reduce((a, s) => a + (SECTION_EM[s] ?? 0), 0); // + header, verdict and sources

type MiniChunk = typeof import('./views/mini.js');
/** The mini line and its dialog (views/mini.ts): a chunk, loaded when the first mini card updates; null: unreachable. */
let miniChunk: MiniChunk | undefined | null;
let miniLoad: Promise<unknown> | undefined;

/** The task list's own state (see #tasks). */
interface TaskState {
  open: number;
  all: boolean;
}

/** The `strings` attribute: a JSON object, else nothing (with a warning naming the problem). */
function parseStrings(value: string | null): Strings | undefined {
  if (!value) return undefined;
  try {
    const o = JSON.parse(value);
    if (o && typeof o === 'object' && !Array.isArray(o)) return o;
  } catch {
    /* reported below */
  }
  console.warn('<ai-risk-card>: the strings attribute is not a JSON object; it is ignored.');
  return undefined;
}

/**
 * Answers "Will AI replace this job?" for one US occupation: a plain verdict composed from the
 * figures, an AI-exposure gauge with its rank among US occupations, key labour market figures,
 * task-by-task AI coverage with per-rater marks, and in disclosures how the score is built,
 * career, related jobs, skills, tools, risks, FAQ and sources, from a static JSON API or a `data` object.
 *
 * @summary AI exposure card for a US occupation (O*NET-SOC code).
 * @tagname ai-risk-card
 *
 * @fires {CustomEvent<LoadDetail>} ai-risk-card-load - Data loaded, validated and rendered (sent after
 *   the render, so listeners see the new card). `detail: { occupation, data, match? }`; `match:
 *   { query, title, code, confidence, alternatives }` when a job title was matched (confidence 0–1,
 *   calibrated: of answers at 0.8 or more, about 95 % are right; alternatives: the next best
 *   occupations as `{ code, title, confidence }`).
 * @fires {CustomEvent<ErrorDetail>} ai-risk-card-error - Loading or validation failed. `detail: { occupation, kind, message }`.
 *
 * @csspart card - The card's outer box.
 * @csspart header - Title, code, data date and verdict.
 * @csspart verdict - The plain-language verdict under the title, composed from the figures.
 * @csspart gauge - The exposure gauge (role="meter").
 * @csspart stats - The stat tiles.
 * @csspart tasks - The list of task coverage bars.
 * @csspart task - One task row.
 * @csspart faq - The FAQ section.
 * @csspart sources - The sources section.
 * @csspart error - The error state.
 * @csspart mini - The mini card's one-line button (`variant="mini"`).
 * @csspart dialog - The modal dialog in which a mini card shows the full card.
 *
 * @cssprop [--ai-risk-card-font-family=inherit] - Font of the card (by default the page's font).
 * @cssprop [--ai-risk-card-font-size=1rem] - Base size of the card's own type scale (by default the root size, not the host paragraph's).
 * @cssprop [--ai-risk-card-background=#fff] - Card background (dark: #16191f).
 * @cssprop [--ai-risk-card-color=#1a1d23] - Text colour (dark: #eef0f4).
 * @cssprop [--ai-risk-card-muted-color=#5b6270] - Secondary text (dark: #a7aebb).
 * @cssprop [--ai-risk-card-accent=#3056d3] - Links, focus rings, bars (dark: #8aa7ff).
 * @cssprop [--ai-risk-card-border-color=#bfc5cf] - Borders (dark: #434a59).
 * @cssprop [--ai-risk-card-track-color=#c7ccd5] - Empty part of bars and the gauge (dark: #3b4250).
 * @cssprop [--ai-risk-card-radius=12px] - Corner radius.
 * @cssprop [--ai-risk-card-max-width=720px] - Maximum width of the card (compact: 480px).
 * @cssprop [--ai-risk-card-level-low=#6e86de] - Gauge colour at the low level, the lightest step of one hue (dark: #5a6dad).
 * @cssprop [--ai-risk-card-level-moderate=#4c66d0] - Gauge colour at the moderate level (dark: #7088d8).
 * @cssprop [--ai-risk-card-level-high=#3650bd] - Gauge colour at the high level (dark: #93a8f5).
 * @cssprop [--ai-risk-card-level-very-high=#1e2d75] - Gauge colour at the very-high level, the deepest step (dark: #c8d3ff).
 */
export class AiRiskCard extends LitElement {
  static override styles = [styles, careerStyles, miniBoxStyles];
  // Declared here rather than with decorators: the decorator helpers cost the bundle bytes.
  static override properties = {
    occupation: {},
    dataSource: { attribute: 'data-source' },
    src: {},
    data: { attribute: false },
    theme: { reflect: true },
    timeout: { type: Number },
    loading: {},
    variant: { reflect: true },
    sections: {},
    jobTitle: { attribute: 'job-title' },
    relatedHref: { attribute: 'related-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    strings: { converter: { fromAttribute: parseStrings } },
  };
  static readonly version = VERSION;

  /** Register the element; tolerant of the script being loaded twice. */
  static define(tag = 'ai-risk-card', registry: CustomElementRegistry = customElements) {
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) registry.define(tag, this);
    else if (existing.version !== VERSION)
      console.warn(`<${tag}>: version ${existing.version ?? 'unknown'} is already registered; version ${VERSION} was not.`);
  }

  /**
   * O*NET-SOC code (`15-2051.00`), 6-digit SOC code (`15-2051`: its `.00` occupation), slug
   * (`data-scientists`), or `auto` (the page's schema.org `JobPosting` JSON-LD: `occupationalCategory`
   * when it holds an O*NET-SOC code, else `title`). SOC codes and slugs are resolved through
   * `v1/index.json`, fetched once per page and only when needed.
   */
  occupation?: string;
  /**
   * Base URL of the data API (the folder holding `v1/`); default: `data/` beside the script.
   * Anything but an http(s) URL is refused (`not-found`).
   */
  dataSource?: string;
  /** Full http(s) or `blob:` URL of one occupation document; overrides `occupation` and `data-source`. */
  src?: string;
  /** An occupation document set from script: validated, never fetched. */
  data?: unknown;
  /** Colour theme: `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /**
   * How long to wait for the data server, in milliseconds.
   * @default 10000
   */
  timeout = TIMEOUT;
  /**
   * `lazy`: fetch when the card comes within 300px of the viewport (one IntersectionObserver shared
   * by all cards); `eager`: fetch at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';
  /**
   * `full`, or `compact`: score badge beside the title, the verdict, one line of three key
   * figures, the most exposed task, sources behind a disclosure, and "Full breakdown", which
   * expands to the full card; or `mini`: one line for a row of search results (score, level,
   * title; under 64px tall) that opens the full card in a modal dialog.
   */
  variant: 'full' | 'compact' | 'mini' = 'full';
  /**
   * Comma-separated sections to show in the full card (default: all): `gauge`, `signals`, `stats`,
   * `overview`, `tasks`, `career`, `related`, `skills`, `tools`, `risks`, `ai-tools`, `future-skills`, `faq`. The header
   * (with the verdict) and the sources always show (the sources carry the attribution the data
   * licences require). Listed sections render open; by default the detail sits in disclosures.
   */
  sections?: string;
  /**
   * A job title ("Senior Machine Learning Engineer") matched to the best occupation through the
   * data's job-title index (`v1/lookup/`), used when `occupation` is not set. The card shows the
   * matched title and code; the load event reports the match, its confidence and alternatives.
   * A vague title ("Manager") or no match: a `not-found` error.
   */
  jobTitle?: string;
  /**
   * URL template for related jobs, e.g. `/careers/{slug}` (`{slug}` and `{code}` are filled in).
   * Without it, a related job is a button that switches this card to that occupation.
   */
  relatedHref?: string;
  /** Outline level of the card's title (1–6, default 2); section titles are one level below. */
  headingLevel = 2;
  /**
   * Overrides for any UI message (keys as in src/i18n/en.ts): a string, with named placeholders
   * where the message has data (`{ heading: 'Is AI coming for {title}?' }`), or a function from
   * script. As an attribute: the same object as JSON (`strings='{"retry":"Try again"}'`).
   */
  strings?: Strings;

  /**
   * State of the task list: details opened by tap, click or Enter (index in sorted order, -1:
   * none; Esc closes them), all tasks shown. Changed only through #setTasks, which re-renders.
   */
  #tasks: TaskState = { open: -1, all: false };

  readonly #locale = new LocaleController(this);
  readonly #loader = new Loader(this, {
    onChange: (s) => this.#reset(s),
    onSettled: (s) => this.#announce(s),
  });
  /** The loaded document's tasks, most exposed first. */
  #sorted: Task[] = [];
  /** The last render threw (see render()). */
  #broken = false;
  /** Focus was on a control that the next render removes. */
  #refocus = false;
  /** `variant="mini"`: its line and dialog, once their chunk is here. */
  #mini?: InstanceType<MiniChunk['Mini']>;
  /** Pre-rendered by renderCard: its declarative shadow root came with the page; see shouldUpdate. */
  #ssr?: boolean;
  /** A lazy pre-rendered card came near the viewport. */
  #near = false;

  protected override shouldUpdate() {
    // A pre-rendered card stays as the server drew it until this card can draw the same (its
    // words and its data are here); then its markup is replaced in the same task, so nothing
    // paints in between: no skeleton, no layout shift. A failed load keeps the pre-rendered card.
    // Decided at the first update, not in the constructor: an element created by the parser while
    // already defined gets its declarative shadow root after construction.
    if ((this.#ssr ??= !!this.renderRoot.querySelector(':not(style)'))) {
      this.#locale.hostUpdate();
      this.#loader.hostUpdate();
      if (!this.#locale.ready || this.#loader.state.status !== 'loaded') return false;
      // Lazy cards are taken over as they near the viewport: a board of 100 pre-rendered cards
      // costs the script only the ones a reader reaches.
      if (this.loading === 'lazy' && !this.#near) {
        whenNear(this, () => {
          this.#near = true;
          this.requestUpdate();
        });
        return false;
      }
      this.#ssr = false;
      // Lit would render before the first pre-rendered node (renderBefore); it is gone now.
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    return true;
  }

  protected override updated(_changed: PropertyValues<this>) {
    if (this.variant === 'mini') this.#miniLoaded();
    // Real h2/h3 elements keep the markup simple; aria-level moves them in the host's outline.
    const lvl = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    for (const h of this.renderRoot.querySelectorAll('h2, h3, h4')) {
      if (lvl === 2) h.removeAttribute('aria-level');
      else h.setAttribute('aria-level', String(Math.min(6, lvl + Number(h.localName[1]) - 2)));
    }
  }

  /** Load the data again, bypassing the page's shared cache. */
  reload() {
    this.#loader.reload();
  }

  #emit<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /** New data: task order and task UI start afresh (before the render that shows it). */
  #reset(s: LoadState) {
    if (s.status !== 'loaded') return;
    this.#sorted = sortTasks(s.data.tasks);
    this.#tasks = { open: -1, all: false };
  }

  /** A load ended and was rendered: tell the page, and put focus back if its control went. */
  async #announce(s: Exclude<LoadState, { status: 'pending' }>) {
    // Not before the card shows it in its own language.
    if (!this.#locale.ready) {
      await this.#locale.loaded;
      await this.updateComplete;
      if (this.#loader.state !== s) return; // superseded meanwhile
    }
    if (s.status === 'loaded' && !this.#broken)
      this.#emit<LoadDetail>('ai-risk-card-load', { occupation: s.data.occupation.code, data: s.data, match: s.match });
    else if (s.status === 'error')
      this.#emit<ErrorDetail>('ai-risk-card-error', { occupation: this.occupation ?? '', kind: s.kind, message: s.message });
    else {
      // A document that validated but could not be drawn was shown as an error: say so, once,
      // with the detail's words (loaded with the error details).
      const message = (await loadDetails().catch(() => undefined))?.undrawable() ?? 'undrawable';
      this.requestUpdate();
      await this.updateComplete;
      if (this.#loader.state !== s) return;
      this.#emit<ErrorDetail>('ai-risk-card-error', { occupation: this.occupation ?? '', kind: 'invalid-data', message });
    }
    if (this.#refocus) {
      // After Retry or "Show the full card" the button that had focus is gone: move focus to
      // the card's title (or the new Retry button, or a mini card's line), not to <body>.
      this.#refocus = false;
      const target = this.renderRoot.querySelector<HTMLElement>('h2, [role=alert] button, button.mini');
      target?.setAttribute('tabindex', target.localName === 'h2' ? '-1' : '0');
      target?.focus();
    }
  }

  #onRetry = () => {
    this.#refocus = true;
    this.reload();
  };

  #onExpand = async () => {
    this.variant = 'full';
    await this.updateComplete;
    const h = this.renderRoot.querySelector<HTMLElement>('h2');
    h?.setAttribute('tabindex', '-1');
    h?.focus();
  };

  /** A related job was chosen (no related-href): show it in this card, focus on its title. */
  #onRelated = (code: string) => {
    this.#refocus = true;
    this.src = undefined;
    this.data = undefined;
    this.jobTitle = undefined;
    this.occupation = code;
  };

  /** Loads the mini chunk (once per page), then makes this card's line and dialog. */
  #miniLoaded() {
    if (miniChunk === undefined)
      (miniLoad ??= import('./views/mini.js').then(
        (m) => (miniChunk = m),
        () => (miniChunk = null), // unreachable: the card shows in full instead
      )).then(() => this.requestUpdate());
    this.#mini ??= miniChunk ? new miniChunk.Mini(this) : undefined;
  }

  #setTasks(change: Partial<TaskState>) {
    this.#tasks = { ...this.#tasks, ...change };
    this.requestUpdate();
  }

  #taskUi(): TaskUi {
    const t = () => this.#tasks;
    return {
      ...t(),
      toggle: (i) => this.#setTasks({ open: t().open === i ? -1 : i }),
      more: () => this.#setTasks({ all: !t().all }),
    };
  }

  override render() {
    const lang = this.#locale.lang;
    const ctx: ViewContext = { m: messages(lang, this.strings), lang };
    this.#broken = false;
    try {
      return this.variant === 'mini' && miniChunk !== null
        ? (this.#mini?.render(ctx, this.#locale.ready, this.#loader.state, () => this.#card(ctx, true), this.#onRetry) ??
            miniSkeleton(ctx, this.#locale.ready))
        : this.#card(ctx);
    } catch {
      this.#broken = true;
      // A document that validated but cannot be drawn must not leave a stale or broken card.
      return html`<article part="card" class="card">${error(ctx, 'invalid-data', ['undrawable'], () => this.reload())}</article>`;
    }
  }

  #card(ctx: ViewContext, full = false) {
    const { m, lang } = ctx;
    const compact = !full && this.variant === 'compact';
    const list = this.sections?.split(',').map((x) => x.trim());
    const skeleton = (c: ViewContext) => loading(c, list && !compact ? reserve(list) : undefined);
    // Until the words for the card's language are here, the skeleton stays (without text).
    if (!this.#locale.ready)
      return html`<article part="card" class="card">${skeleton({ ...ctx, m: { ...m, loading: '' } })}</article>`;
    const s = this.#loader.state;
    const d = s.status === 'loaded' ? s.data : undefined;
    const show = (x: Section) => compact || !list || list.includes(x);
    const match = s.status === 'loaded' ? s.match : undefined;
    const open = !!list; // a host that lists sections wants to see them
    // Compact clamps a long title to three lines: the tooltip has the occupation's whole name.
    const title = html`<h2 id="title" title=${compact && d ? d.occupation.title : nothing}>${m.heading(d?.occupation.title ?? '')}</h2>`;
    // Code and data date: under the title; in the compact card, with the sources.
    const meta =
      d &&
      html`<p class="meta">
        ${CODE.test(d.occupation.code) ? 'O*NET-SOC ' : ''}<span class="nw">${d.occupation.code}</span> ·
        <time datetime=${d.updated}>${m.updated(date(lang, d.updated))}</time>
      </p>`;
    return html`<article part="card" class="card" aria-labelledby=${d ? 'title' : nothing}>
      ${
        s.status === 'error'
          ? error(ctx, s.kind, s.detail, this.#onRetry)
          : !d
            ? skeleton(ctx)
            : html`<header part="header" class=${compact ? 'head-row' : ''}>
                ${compact ? badge(ctx, d.exposure) : nothing}
                <div class="head-text">
                  ${title} ${compact ? nothing : meta}
                  ${match ? html`<p class="meta match">${m.matched(match.query, match.title, Math.round(match.confidence * 100))}</p>` : nothing}
                </div>
                ${verdict(ctx, d, compact)} ${summary(ctx, d)}
              </header>
              ${
                compact
                  ? html`${stats(ctx, d, true)} ${groupNote(ctx, d, true)} ${tasks(ctx, this.#sorted, this.#taskUi(), 1)}
                    <div class="foot-row">
                      ${compactSources(ctx, d, meta)}
                      <button type="button" class="more" @click=${this.#onExpand}>${m.expand}</button>
                    </div>`
                  : html`${show('gauge') ? gauge(ctx, d.exposure) : nothing}
                    ${show('stats') ? html`${stats(ctx, d)} ${groupNote(ctx, d)}` : nothing}
                    ${show('tasks') ? tasks(ctx, this.#sorted, this.#taskUi()) : nothing}
                    ${show('signals') ? signals(ctx, d, open, show('overview')) : show('overview') ? overview(ctx, d) : nothing}
                    ${show('career') ? entry(ctx, d, open) : nothing}
                    ${show('related') ? related(ctx, d, this.relatedHref, this.#onRelated, open) : nothing} ${extras(ctx, d, show, open)}
                    ${sources(ctx, d)}`
              }`
      }
    </article>`;
  }
}
