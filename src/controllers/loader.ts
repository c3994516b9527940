/**
 * Loading as a Lit ReactiveController: what to fetch (the pure `resolveTarget`), when (lazy cards
 * wait for the one shared IntersectionObserver), fetching through the page-wide cache, lookups
 * (slug, SOC code, job title, `auto`) through the lookup chunk loaded on demand, timeouts, and
 * races (the latest inputs win; a stale answer is dropped). The element only renders `state` and
 * announces what `onSettled` reports.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Occupation } from '../data/contract.js';
import { LoadError, type ErrorKind } from '../data/errors.js';
import type { Detail } from '../i18n/details.js';
import { loadDetails } from '../i18n/registry.js';
import { load, validate } from '../data/load.js';
import { resolveTarget } from '../data/target.js';
import { unwatch, whenNear } from '../data/visible.js';
import type { Match } from '../types.js';

/** Where data lives when no data-source is given: `data/` beside the loaded script. */
const DEFAULT_BASE = new URL(/* @vite-ignore */ './data/', import.meta.url).href;

export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  occupation?: string;
  jobTitle?: string;
  dataSource?: string;
  timeout: number;
  loading: 'lazy' | 'eager';
}

export type LoadState =
  | { status: 'pending' }
  | { status: 'loaded'; data: Occupation; match?: Match }
  | { status: 'error'; kind: ErrorKind; message: string; detail: Detail };

export interface LoaderOptions {
  /** The state changed (called before the render that shows it). */
  onChange?(state: LoadState): void;
  /** A load ended and the card has rendered it; not called for stale loads. */
  onSettled?(state: Exclude<LoadState, { status: 'pending' }>): void;
}

/**
 * The English words of an error detail, for the event. They load with the error details table;
 * if even that fails (the network is down), the event says the detail's key.
 */
async function describe([key, ...args]: Detail): Promise<string> {
  try {
    return ((await loadDetails())[key] as (...a: unknown[]) => string)(...args);
  } catch {
    return key;
  }
}

export class Loader implements ReactiveController {
  state: LoadState = { status: 'pending' };
  /** Bumped per load; an answer for an older token is stale and dropped (latest wins). */
  #token = 0;
  /** The load that waits for the viewport (lazy cards), if any. */
  #pending?: () => void;
  /** The inputs of the last request, to tell when they change. */
  #inputs?: unknown[];

  constructor(
    private readonly host: LoaderHost,
    private readonly options: LoaderOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected() {
    // A pre-rendered card (renderCard) carries its validated document inline: take it, so the
    // bundle takes the card over without fetching it again (see src/ssr.ts).
    const h = this.host;
    const inline = h.data == null && h.querySelector('script[data-ai-risk-card]');
    if (inline)
      try {
        h.data = JSON.parse(inline.textContent!);
      } catch {
        /* not JSON: the card loads as its attributes say */
      }
    // Re-armed after a move; a card that already has its data does not fetch again.
    if (this.#pending) whenNear(this.host, this.#pending);
  }

  hostDisconnected() {
    unwatch(this.host);
  }

  hostUpdate() {
    const h = this.host;
    // Switched to eager while still waiting for the viewport: load now.
    if (h.loading === 'eager' && this.#pending) this.#pending();
    // A `data` object wins over every attribute, so attributes change nothing while it is set.
    const inputs = h.data != null ? [h.data] : [h.data, h.occupation, h.src, h.dataSource, h.jobTitle];
    const last = this.#inputs;
    if (!last || last.length !== inputs.length || inputs.some((v, i) => !Object.is(v, last[i]))) {
      this.#inputs = inputs;
      this.#request();
    }
  }

  /** Load again, bypassing the page's shared cache (Retry). */
  reload() {
    this.#cancelWait();
    this.#load(true);
  }

  #cancelWait() {
    unwatch(this.host);
    this.#pending = undefined;
  }

  /** Load now, or once the card nears the viewport when lazy and there is something to fetch. */
  #request() {
    this.#cancelWait();
    ++this.#token; // whatever was in flight is stale now
    this.#set({ status: 'pending' });
    const h = this.host;
    if (h.data != null || h.loading === 'eager' || !h.isConnected) return this.#load(false);
    this.#pending = () => {
      this.#cancelWait();
      this.#load(false);
    };
    whenNear(h, this.#pending);
  }

  #set(state: LoadState) {
    this.state = state;
    this.options.onChange?.(state);
    this.host.requestUpdate();
  }

  async #load(fresh: boolean) {
    const token = ++this.#token;
    const h = this.host;
    this.#set({ status: 'pending' });
    let next: Exclude<LoadState, { status: 'pending' }>;
    try {
      const t = resolveTarget({
        data: h.data,
        src: h.src,
        occupation: h.occupation,
        jobTitle: h.jobTitle,
        dataSource: h.dataSource,
        base: DEFAULT_BASE,
        baseURI: isServer ? '' : document.baseURI,
      });
      let data: Occupation;
      let match: Match | undefined;
      // Synchronous for `data`: the first render already shows it.
      if (t.kind === 'data') data = validate(t.data);
      else {
        let url: URL;
        if (t.kind === 'url') url = t.url;
        else ({ url, match } = await (await import('../data/resolve.js')).locate(t, h.timeout, document));
        data = await load(url, { fresh, timeout: h.timeout });
      }
      next = { status: 'loaded', data, match };
    } catch (e) {
      const err =
        e instanceof LoadError ? e : new LoadError('invalid-data', 'unexpected', e instanceof Error ? e.message : String(e));
      next = { status: 'error', kind: err.kind, message: await describe(err.detail), detail: err.detail };
    }
    if (token !== this.#token) return;
    this.#set(next);
    // Announced after the card has rendered it, so a listener sees the new DOM.
    await h.updateComplete;
    if (token === this.#token) this.options.onSettled?.(next);
  }
}
