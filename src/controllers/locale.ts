/**
 * The card's language, kept current, and its words loaded: the card's own or nearest
 * ancestor's `lang`, else the document's, else English. One MutationObserver for every card on
 * the page watches `lang` attributes, so a page (or an app's language switch) changing `lang`
 * after the card rendered re-renders it. A language whose table lives beside the bundle is
 * loaded first; until it is here `ready` is false and the card keeps its skeleton (no flash of
 * English, no layout shift).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadLocale, localeOf } from '../i18n/registry.js';

type Host = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// On the server (renderCard) there is no tree to walk: the card's own lang attribute decides.
const nearest = (el: Element) =>
  isServer
    ? el.getAttribute('lang') || 'en'
    : (el.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'en';

export class LocaleController implements ReactiveController {
  /** The language to render in (a BCP 47 tag as the page wrote it). */
  lang = 'en';
  /** The words for `lang` are here. */
  ready = true;
  #loading: Promise<void> = Promise.resolve();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Resolves once the words for the current language are here. */
  get loaded(): Promise<void> {
    return this.#loading;
  }

  hostConnected() {
    hosts.add(this);
    this.#check(false);
    observer ??= new MutationObserver(() => hosts.forEach((c) => c.#check(true)));
    if (hosts.size === 1)
      observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  }

  hostUpdate() {
    // Also on every update: a card inside another shadow root is out of the observer's sight.
    this.#check(false);
  }

  hostDisconnected() {
    hosts.delete(this);
    if (!hosts.size) observer?.disconnect();
  }

  #check(update: boolean) {
    const lang = nearest(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    const pending = loadLocale(localeOf(lang));
    this.ready = !pending;
    if (pending) {
      this.#loading = pending.then(() => {
        if (this.lang !== lang) return this.#loading; // changed again meanwhile: wait for that one
        this.ready = true;
        this.host.requestUpdate();
      });
    } else this.#loading = Promise.resolve();
    if (update) this.host.requestUpdate();
  }
}
