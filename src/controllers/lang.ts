/**
 * The card's language, kept current: its own or nearest ancestor's `lang`, else the document's,
 * else English. One MutationObserver for every card on the page watches `lang` attributes, so a
 * page (or an app's language switch) changing `lang` after the card rendered re-renders it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

const nearest = (el: Element) => (el.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'en';

export class LangController implements ReactiveController {
  /** The language to render in (a BCP 47 tag as the page wrote it). */
  lang = 'en';

  constructor(
    private readonly host: Host,
    /** Called when the language changed, before the render that uses it. */
    private readonly onChange?: (lang: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this);
    this.#check(false);
    observer ??= new MutationObserver(() => hosts.forEach((c) => c.#check(true)));
    if (hosts.size === 1) observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
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
    this.onChange?.(lang);
    if (update) this.host.requestUpdate();
  }
}
