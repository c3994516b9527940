/**
 * Message tables by language. English is built in. Spanish, German, French and Brazilian
 * Portuguese are modules beside the bundle (src/i18n/locales/), loaded once per page per language
 * when a card's nearest `lang` needs them; a page may also register a table itself
 * (`registerStrings`, or importing `ai-risk-card/i18n/es`). A card's `strings` overrides any
 * message, with a function or with a string using named placeholders ("Custom heading for {title}").
 */
import { html } from 'lit';
import type { Details } from './details.js';
import { en, type Messages } from './en.js';

/** An override: a function, or a string with the message's named placeholders; objects key by key. */
type Override<T> = T extends (...args: never[]) => unknown
  ? T | string
  : T extends object
    ? { [K in keyof T]?: Override<T[K]> }
    : string;
export type Strings = { [K in keyof Messages]?: Override<Messages[K]> };

/** The locales that ship beside the bundle, by lower-case tag. */
const LOCALES: Record<string, () => Promise<{ default: Messages }>> = {
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  'pt-br': () => import('./locales/pt-BR.js'),
};
/** A language whose own table is absent falls back to a close one. */
const NEAR: Record<string, string> = { pt: 'pt-br' };

/**
 * Placeholder names of each message that takes arguments, in argument order: what
 * `{title}` means in a string override. Keys are unique across the table and its `details`.
 */
const PARAMS: Record<string, string[]> = Object.fromEntries(
  (
    'heading title|updated date|levelExposure level|meterText score level|tasksShareNote n total|workers n|summary title score level|' +
    'matched query title percent|showAll n|spread n|notHttp attr value|badOccupation value|noTitleMatch title|notInIndex value|' +
    'invalidFile file path problem|noData status|noFile file status|noAnswer seconds|tooSlow seconds|http status retryAfter|' +
    'invalid path problem|unexpected message|verdictTasks lead mostly partly total|verdictDemand trend percent period group|' +
    'rank percent|median score|taskSummary mostly partly none|disagreeSays rater|observedTop label percent|observedAbove label percent'
  )
    .split('|')
    .map((e) => {
      const [k, ...names] = e.split(' ');
      return [k, names];
    }),
);

const tables = new Map<string, Partial<Messages>>([['en', en as Partial<Messages>]]);
let details: Details | undefined;
let detailsLoad: Promise<Details> | undefined;

/**
 * The English error details (src/i18n/details.ts, a chunk of its own), loaded once, when a card
 * first has an error to show; from then on every table's `details` apply.
 */
export function loadDetails(): Promise<Details> {
  return (detailsLoad ??= import('./details.js').then((m) => {
    details = m.details;
    merged.clear();
    return m.details;
  }));
}
const merged = new Map<string, Messages>();
const loads = new Map<string, Promise<void>>();

/** Make a message table available to every card whose language is `lang` (e.g. "es"). */
export function registerStrings(lang: string, table: Partial<Messages>) {
  tables.set(lang.toLowerCase(), table);
  merged.clear();
}

/** Which table serves a language: "es-MX" → "es", "pt-PT" → "pt-br", unknown → "en". */
export function localeOf(lang: string): string {
  const l = lang.toLowerCase();
  const primary = l.split('-')[0];
  for (const k of [l, primary, NEAR[primary]]) if (k && (tables.has(k) || k in LOCALES)) return k;
  return 'en';
}

/**
 * Load a locale's table from beside the bundle, once per page; undefined when it is already
 * here. A locale that fails to load (offline, blocked) leaves that language in English.
 */
export function loadLocale(locale: string): Promise<void> | undefined {
  if (tables.has(locale) || !(locale in LOCALES)) return undefined;
  let p = loads.get(locale);
  if (!p) {
    p = LOCALES[locale]().then(
      (m) => registerStrings(locale, m.default),
      () => registerStrings(locale, {}),
    );
    loads.set(locale, p);
  }
  return p;
}

/** A string override as the message function: `{name}` filled in, data in <bdi> where the original has it. */
function compile(key: string, text: string, original: (...args: never[]) => unknown) {
  const names = PARAMS[key] ?? [];
  const rich = typeof original(...(names as never[])) !== 'string';
  const parts = text.split(/\{(\w+)\}/);
  return (...args: unknown[]) => {
    const out = parts.map((p, i) => {
      const at = i % 2 ? names.indexOf(p) : -2;
      return at === -2 ? p : at < 0 ? `{${p}}` : rich ? html`<bdi>${args[at]}</bdi>` : String(args[at]);
    });
    return rich ? out : out.join('');
  };
}

/**
 * Overrides merged into a table, key by key (an override of one level word keeps the others).
 * One of the wrong kind (a number where a string or function is expected) would break every
 * render: it is ignored and the built-in message kept.
 */
function merge<T extends object>(base: T, over: object): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    if (!Object.hasOwn(base, k) || v == null) continue;
    const b = (base as Record<string, unknown>)[k];
    if (typeof b === 'function' && typeof v === 'string') out[k] = compile(k, v, b as () => unknown);
    else if (typeof b === 'object' && typeof v === 'object' && !Array.isArray(v)) out[k] = merge(b as object, v);
    else if (typeof v === typeof b) out[k] = v;
  }
  return out as T;
}

const withOverrides = new WeakMap<object, Map<Messages, Messages>>();

/** The messages for a language ("es-MX" falls back to "es", then English), plus overrides. */
export function messages(lang: string, override?: Strings): Messages {
  const l = localeOf(lang);
  let m = merged.get(l);
  if (!m) merged.set(l, (m = merge({ ...en, details } as Messages, tables.get(l) ?? {})));
  if (!override || typeof override !== 'object') return m;
  let cache = withOverrides.get(override);
  if (!cache) withOverrides.set(override, (cache = new Map()));
  let o = cache.get(m);
  if (!o) cache.set(m, (o = merge(m, override)));
  return o;
}
