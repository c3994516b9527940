import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Occupation, Task } from './data/contract.js';
import { CODE, dataRoot, docUrl, httpUrl, load, LoadError, TIMEOUT, validate, type ErrorKind } from './data/load.js';
import { jobPosting, matchTitle, resolveCode, type Match } from './data/resolve.js';
import { unwatch, whenNear } from './data/visible.js';
import type { Messages } from './i18n/en.js';
import { messages } from './i18n/registry.js';
import { date } from './i18n/format.js';
import { styles } from './styles/card.js';
import type { ViewContext } from './views/context.js';
import { careerStyles, entry, groupNote, related } from './views/career.js';
import { gauge } from './views/gauge.js';
import { compactSources, extras, overview, signals, sources } from './views/sections.js';
import { error, loading } from './views/states.js';
import { stats, summary } from './views/stats.js';
import { sortTasks, tasks, type TaskUi } from './views/tasks.js';
import { VERSION } from './version.js';

export interface LoadDetail {
  occupation: string;
  data: Occupation;
  /** How a `job-title` (or the page's JobPosting title) was matched, when it was. */
  match?: Match;
}
export type { Match };

/** Section names for the `sections` attribute. The header and the sources always show. */
export type Section = 'gauge' | 'signals' | 'stats' | 'overview' | 'tasks' | 'skills' | 'tools' | 'risks' | 'ai-tools' | 'future-skills' | 'faq' | 'career' | 'related';
export interface ErrorDetail {
  occupation: string;
  kind: ErrorKind;
  message: string;
}

/**
 * Typical height in em of each section of a loaded card at 720px (measured on real documents;
 * they add up to the ~190em the full skeleton reserves). With `sections`, the skeleton reserves
 * the sum of the listed ones, so a trimmed card does not collapse its placeholder on load.
 */
const SECTION_EM: Record<string, number> = {
  gauge: 14, signals: 0, stats: 18, overview: 18, tasks: 46, skills: 16, tools: 10, risks: 16, 'ai-tools': 4, 'future-skills': 12, faq: 18, career: 8, related: 14,
};
const reserve = (list: string[]) => 22 + list.reduce((a, s) => a + (SECTION_EM[s] ?? 0), 0); // + header and sources

/** Where data lives when no data-source is given: `data/` beside the loaded script. */
const DEFAULT_BASE = new URL(/* @vite-ignore */ './data/', import.meta.url).href;

/**
 * Answers "Will AI replace this job?" for one US occupation: an AI-exposure gauge, key labour
 * market figures, task-by-task AI coverage with per-rater scores, skills, tools, risks, FAQ and
 * sources, from a static JSON API or a `data` object.
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
 * @csspart header - Title, code and data date.
 * @csspart gauge - The exposure gauge (role="meter").
 * @csspart stats - The stat tiles.
 * @csspart tasks - The list of task coverage bars.
 * @csspart task - One task row.
 * @csspart faq - The FAQ section.
 * @csspart sources - The sources section.
 * @csspart error - The error state.
 *
 * @cssprop [--ai-risk-card-font-family=inherit] - Font of the card (by default the page's font).
 * @cssprop [--ai-risk-card-background=#fff] - Card background (dark: #16191f).
 * @cssprop [--ai-risk-card-color=#1a1d23] - Text colour (dark: #eef0f4).
 * @cssprop [--ai-risk-card-muted-color=#5b6270] - Secondary text (dark: #a7aebb).
 * @cssprop [--ai-risk-card-accent=#3056d3] - Links, focus rings, bars (dark: #8aa7ff).
 * @cssprop [--ai-risk-card-border-color=#dde1e8] - Borders (dark: #323844).
 * @cssprop [--ai-risk-card-track-color=#e8ebf0] - Empty part of bars and the gauge (dark: #2a303b).
 * @cssprop [--ai-risk-card-radius=12px] - Corner radius.
 * @cssprop [--ai-risk-card-max-width=720px] - Maximum width of the card.
 * @cssprop [--ai-risk-card-level-low=#1b7f4b] - Colour of the low level (dark: #4ade80).
 * @cssprop [--ai-risk-card-level-moderate=#9a6700] - Colour of the moderate level (dark: #facc15).
 * @cssprop [--ai-risk-card-level-high=#c2410c] - Colour of the high level (dark: #fb923c).
 * @cssprop [--ai-risk-card-level-very-high=#b91c1c] - Colour of the very-high level (dark: #f87171).
 */
export class AiRiskCard extends LitElement {
  static override styles = [styles, careerStyles];
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
  @property() occupation?: string;
  /**
   * Base URL of the data API (the folder holding `v1/`); default: `data/` beside the script.
   * Anything but an http(s) URL is refused (`not-found`).
   */
  @property({ attribute: 'data-source' }) dataSource?: string;
  /** Full http(s) or `blob:` URL of one occupation document; overrides `occupation` and `data-source`. */
  @property() src?: string;
  /** An occupation document set from script: validated, never fetched. */
  @property({ attribute: false }) data?: unknown;
  /** Colour theme: `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /**
   * How long to wait for the data server, in milliseconds.
   * @default 10000
   */
  @property({ type: Number }) timeout = TIMEOUT;
  /**
   * `lazy`: fetch when the card comes within 300px of the viewport (one IntersectionObserver shared
   * by all cards); `eager`: fetch at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /**
   * `full`, or `compact`: gauge, three key stats, the top three tasks, sources behind a disclosure,
   * and a button that expands to the full card.
   */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /**
   * Comma-separated sections to show in the full card (default: all): `gauge`, `signals`, `stats`,
   * `overview`, `tasks`, `career`, `related`, `skills`, `tools`, `risks`, `ai-tools`, `future-skills`, `faq`. The header
   * and the sources always show (the sources carry the attribution the data licences require).
   */
  @property() sections?: string;
  /**
   * A job title ("Senior Machine Learning Engineer") matched to the best occupation through the
   * data's job-title index (`v1/lookup/`), used when `occupation` is not set. The card shows the
   * matched title and code; the load event reports the match, its confidence and alternatives.
   * A vague title ("Manager") or no match: a `not-found` error.
   */
  @property({ attribute: 'job-title' }) jobTitle?: string;
  /**
   * URL template for related jobs, e.g. `/careers/{slug}` (`{slug}` and `{code}` are filled in).
   * Without it, a related job is a button that switches this card to that occupation.
   */
  @property({ attribute: 'related-href' }) relatedHref?: string;
  /** Outline level of the card's title (1–6, default 2); section titles are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Overrides for any UI message (see src/i18n/en.ts), e.g. `{ retry: 'Try again' }`. */
  @property({ attribute: false }) strings?: Partial<Messages>;

  @state() private _data?: Occupation;
  @state() private _error?: { kind: ErrorKind; message: string };
  @state() private _open = -1;
  @state() private _dismissed = -1;
  @state() private _all = false;
  @state() private _match?: Match;

  #sorted: Task[] = [];
  /** Bumped per load; a response for an older token is stale and dropped (latest wins). */
  #token = 0;

  protected override willUpdate(changed: PropertyValues<this>) {
    // Switched to eager while still waiting for the viewport: load now.
    if (changed.has('loading') && this.loading === 'eager' && this.#pending) this.#pending();
    if (
      !this.hasUpdated ||
      changed.has('data') ||
      (this.data == null && (['occupation', 'src', 'dataSource', 'jobTitle'] as const).some((k) => changed.has(k)))
    )
      this.#request();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Re-armed after a move; a card that already has its data does not fetch again.
    if (this.#pending) whenNear(this, this.#pending);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatch(this);
  }

  protected override updated() {
    // Real h2/h3 elements keep the markup simple; aria-level moves them in the host's outline.
    const lvl = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    for (const h of this.renderRoot.querySelectorAll('h2, h3')) {
      if (lvl === 2) h.removeAttribute('aria-level');
      else h.setAttribute('aria-level', String(Math.min(6, lvl + (h.localName === 'h3' ? 1 : 0))));
    }
  }

  #emit<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /** The load that waits for the viewport (lazy cards), if any. */
  #pending?: () => void;

  /** Load now, or once the card nears the viewport when lazy and there is something to fetch. */
  #request() {
    unwatch(this);
    this.#pending = undefined;
    ++this.#token; // whatever was in flight is stale now
    this._data = this._error = undefined;
    if (this.data != null || this.loading === 'eager' || !this.isConnected) return this.#load(false);
    this.#pending = () => {
      unwatch(this);
      this.#pending = undefined;
      this.#load(false);
    };
    whenNear(this, this.#pending);
  }

  /**
   * Events go out after the card has rendered what they announce, so a listener sees the new
   * DOM and may set new data; a stale load (token no longer current) announces nothing.
   */
  async #announce<T>(token: number, name: string, detail: T) {
    await this.updateComplete;
    if (token !== this.#token) return;
    // A document that validated but could not be drawn was shown as an error: say so, once.
    if (this.#broken && name === 'ai-risk-card-load')
      this.#emit<ErrorDetail>('ai-risk-card-error', { occupation: this.occupation ?? '', kind: 'invalid-data', message: 'This document could not be displayed.' });
    else this.#emit(name, detail);
    if (this.#refocus) {
      // After Retry or "Show the full card" the button that had focus is gone: move focus to
      // the card's title (or the new Retry button), not to <body>.
      this.#refocus = false;
      const target = this.renderRoot.querySelector<HTMLElement>('h2, [role=alert] button');
      target?.setAttribute('tabindex', target.localName === 'h2' ? '-1' : '0');
      target?.focus();
    }
  }

  /** The last render threw (see render()). */
  #broken = false;
  /** Focus was on a control that the next render removes. */
  #refocus = false;

  #show(token: number, data: Occupation, match?: Match) {
    this._data = data;
    this._match = match;
    this._error = undefined;
    this.#sorted = sortTasks(data.tasks);
    this._open = this._dismissed = -1;
    this._all = false;
    this.#announce<LoadDetail>(token, 'ai-risk-card-load', { occupation: data.occupation.code, data, match });
  }

  #fail(token: number, e: unknown) {
    const err =
      e instanceof LoadError ? e : new LoadError('invalid-data', `Unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    this._data = undefined;
    this._error = { kind: err.kind, message: err.message };
    this.#announce<ErrorDetail>(token, 'ai-risk-card-error', { occupation: this.occupation ?? '', kind: err.kind, message: err.message });
  }

  /** Which document to fetch: src, else occupation (code, SOC, slug or "auto"), else job-title. */
  async #target(): Promise<{ url: URL; match?: Match }> {
    if (this.src) return { url: httpUrl(this.src, 'src', true) };
    const root = dataRoot(this.dataSource, DEFAULT_BASE);
    let occ = (this.occupation ?? '').trim();
    let title = (this.jobTitle ?? '').trim();
    if (occ === 'auto') {
      const post = jobPosting(document);
      if (!post) throw new LoadError('not-found', 'occupation="auto" found no schema.org JobPosting (JSON-LD) on this page.');
      occ = post.code ?? '';
      title = post.title ?? '';
    }
    let match: Match | undefined;
    if (!occ && title) {
      match = await matchTitle(title, root, this.timeout);
      if (!match) throw new LoadError('not-found', `No occupation matches the job title "${title.slice(0, 80)}".`);
      occ = match.code;
    }
    if (!occ) throw new LoadError('not-found', 'No occupation given: set occupation="15-2051.00" (an O*NET-SOC code), job-title or src.');
    return { url: docUrl(root, await resolveCode(occ, root, this.timeout)), match };
  }

  async #load(fresh: boolean) {
    const token = ++this.#token;
    this._data = this._error = undefined;
    try {
      let data: Occupation;
      let match: Match | undefined;
      if (this.data != null) data = validate(this.data);
      else {
        const t = await this.#target();
        match = t.match;
        data = await load(t.url, { fresh, timeout: this.timeout });
      }
      if (token === this.#token) this.#show(token, data, match);
    } catch (e) {
      if (token === this.#token) this.#fail(token, e);
    }
  }

  #expand = async () => {
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

  /** Load the data again, bypassing the page's shared cache. */
  reload() {
    unwatch(this);
    this.#pending = undefined;
    this.#load(true);
  }

  #ui(): TaskUi {
    return {
      open: this._open,
      dismissed: this._dismissed,
      all: this._all,
      toggle: (i) => {
        this._open = this._open === i ? -1 : i;
        this._dismissed = -1; // an explicit click or tap undoes an earlier Esc
      },
      dismiss: (i) => {
        this._dismissed = i;
        if (i >= 0 && this._open === i) this._open = -1;
      },
      more: () => (this._all = !this._all),
    };
  }

  /** The card's language: its own or nearest ancestor's lang, else the document's, else English. */
  #lang() {
    return (this.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'en';
  }

  override render() {
    this.#broken = false;
    try {
      return this.#card();
    } catch {
      this.#broken = true;
      // A document that validated but cannot be drawn must not leave a stale or broken card.
      const ctx = { m: messages(this.#lang(), this.strings), lang: this.#lang() };
      return html`<article part="card" class="card">${error(ctx, 'invalid-data', 'This document could not be displayed.', () => this.reload())}</article>`;
    }
  }

  #card() {
    const lang = this.#lang();
    const m = messages(lang, this.strings);
    const ctx: ViewContext = { m, lang };
    const d = this._data;
    const e = this._error;
    const compact = this.variant === 'compact';
    const list = this.sections?.split(',').map((x) => x.trim());
    const show = (s: Section) => compact || !list || list.includes(s);
    const match = this._match;
    return html`<article part="card" class="card" aria-labelledby=${d ? 'title' : nothing}>
      ${e
        ? error(ctx, e.kind, e.message, () => {
            this.#refocus = true;
            this.reload();
          })
        : !d
          ? loading(ctx, list && !compact ? reserve(list) : undefined)
          : html`<header part="header">
                <h2 id="title">${m.heading(d.occupation.title)}</h2>
                <p class="meta">
                  ${CODE.test(d.occupation.code) ? 'O*NET-SOC ' : ''}<span class="nw">${d.occupation.code}</span> ·
                  <time datetime=${d.updated}>${m.updated(date(lang, d.updated))}</time>
                </p>
                ${match ? html`<p class="meta match">${m.matched(match.query, match.title, Math.round(match.confidence * 100))}</p>` : nothing}
                ${summary(ctx, d)}
              </header>
              <div class="summary">
                ${show('gauge') ? gauge(ctx, d.exposure) : nothing} ${compact ? stats(ctx, d, true) : show('signals') ? signals(ctx, d) : nothing}
              </div>
              ${compact || show('stats') ? groupNote(ctx, d) : nothing}
              ${compact
                ? html`${tasks(ctx, this.#sorted, this.#ui(), 3)} ${compactSources(ctx, d)}
                    <button type="button" class="more" @click=${this.#expand}>${m.expand}</button>`
                : html`${show('stats') ? stats(ctx, d) : nothing} ${show('overview') ? overview(ctx, d) : nothing}
                  ${show('tasks') ? tasks(ctx, this.#sorted, this.#ui()) : nothing} ${show('career') ? entry(ctx, d) : nothing}
                  ${show('related') ? related(ctx, d, this.relatedHref, this.#onRelated) : nothing} ${extras(ctx, d, show)} ${sources(ctx, d)}`}`}
    </article>`;
  }
}
