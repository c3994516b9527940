/**
 * Server rendering: `renderCard(document, options)` → the card's full markup as declarative shadow
 * DOM, drawn by the element's own render() and styles under @lit-labs/ssr (never a second copy of
 * the templates). The package's `ai-risk-card/ssr` export; Node only (it installs Lit's DOM shim).
 *
 * Takeover in the browser: the element carries its validated document inline
 * (`<script type="application/json" data-ai-risk-card>` child). When the bundle upgrades the
 * element, the loader reads that script instead of fetching (controllers/loader.ts), and the
 * element keeps the pre-rendered shadow root until it can draw the same card (words and data
 * here), then replaces it in one task (ai-risk-card.ts, shouldUpdate): no request, no paint of a
 * skeleton, no layout shift. Lit's own hydration (@lit-labs/ssr-client) is not used: the CDN
 * bundle's templates are minified, so their digests never match the server's, and its support
 * code would not fit the core budget. Without the script the pre-rendered card is complete.
 */
import { render } from '@lit-labs/ssr/lib/render-with-global-dom-shim.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AiRiskCard } from './ai-risk-card.js';
import { CODE, validateOccupation, type Occupation } from './data/contract.js';
import { loadLocale, localeOf, type Strings } from './i18n/registry.js';
import { vars } from './views/vars.js';

export interface RenderOptions {
  /** `light`, `dark` or `auto` (default: follows the reader's `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';
  /** `full` (default), `compact`, or any other variant the element has (the element's own type). */
  variant?: AiRiskCard['variant'];
  /** Sections to show, as the `sections` attribute: a list or a comma-separated string. */
  sections?: string | readonly string[];
  /** Language of the card (BCP 47); its words are loaded on the server. Written as the card's `lang`. */
  lang?: string;
  /** Outline level of the card's title (1–6, default 2). */
  headingLevel?: number;
  /** URL template for related jobs (`/careers/{slug}`), as the `related-href` attribute. */
  relatedHref?: string;
  /** Base URL of the data API, as the `data-source` attribute (where the script loads related jobs, or this card without `inlineData`). */
  dataSource?: string;
  /** Overrides for UI messages, as the `strings` property (strings only: functions cannot be serialised). */
  strings?: Strings;
  /**
   * Carry the document inline so the script takes the card over without fetching it (default true).
   * `false`: smaller markup; with the script, the card loads its `occupation` when near the viewport
   * and keeps the pre-rendered markup until then.
   */
  inlineData?: boolean;
  /** Add schema.org `Occupation` and `FAQPage` JSON-LD after the card (default false). */
  jsonLd?: boolean;
  /** Canonical URL of the page, used as the JSON-LD `url` when given. */
  url?: string;
}

/** JSON inside a <script> element: `<` escaped so no `</script>` or `<!--` in the data can end it. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

let defined: Promise<unknown> | undefined;

type Tree = TemplateResult | Tree[] | unknown;
const TYPE = '_$litType$';
const DIRECTIVE = '_$litDirective$';
/** The class behind views/vars.ts's directive, to find its results in a template tree. */
const VARS = (vars({}) as unknown as Record<string, unknown>)[DIRECTIVE];
const rewritten = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

/**
 * Element directives never run under @lit-labs/ssr, so the CSS properties views/vars.ts sets
 * through CSSOM in the browser (bar widths) would be missing: on the server each `${vars(…)}` is
 * turned into a `style=${"--v:66%"}` binding of the same template, with the same values.
 */
function serverVars(v: Tree): Tree {
  if (Array.isArray(v)) return v.map(serverVars);
  if (!v || typeof v !== 'object' || !(TYPE in v)) return v;
  const t = v as TemplateResult;
  const at = t.values.flatMap((x, i) => ((x as Record<string, unknown>)?.[DIRECTIVE] === VARS ? [i] : []));
  const values = t.values.map((x, i) =>
    at.includes(i)
      ? Object.entries((x as unknown as { values: [Record<string, string>] }).values[0])
          .map(([k, val]) => `${k}:${val}`)
          .join(';')
      : serverVars(x),
  );
  if (!at.length) return { ...t, values };
  // One rewritten strings array per template and position list, so Lit's template cache holds.
  let byAt = rewritten.get(t.strings);
  if (!byAt) rewritten.set(t.strings, (byAt = new Map()));
  const key = at.join();
  let strings = byAt.get(key);
  if (!strings) {
    const s = t.strings.map((x, i) => (at.includes(i) ? `${x} style=` : x));
    byAt.set(key, (strings = Object.assign(s, { raw: s }) as unknown as TemplateStringsArray));
  }
  return { ...t, strings, values };
}

/** The element as the browser has it; on the server its render() output gets serverVars(). */
async function define() {
  const { AiRiskCard } = await import('./ai-risk-card.js');
  // Nothing connects on the server, and @lit-labs/ssr never runs the controllers' hostUpdate: the
  // card's own controllers (language, data) run it here, before render().
  const controllers = new WeakMap<object, ReactiveController[]>();
  class ServerCard extends AiRiskCard {
    override addController(c: ReactiveController) {
      controllers.set(this, [...(controllers.get(this) ?? []), c]);
      super.addController(c);
    }
    protected override willUpdate(changed: PropertyValues<this>) {
      for (const c of controllers.get(this) ?? []) c.hostUpdate?.();
      super.willUpdate(changed);
    }
    override render() {
      return serverVars(super.render()) as TemplateResult<1>;
    }
  }
  if (!customElements.get('ai-risk-card')) customElements.define('ai-risk-card', ServerCard);
}

/** Clear error for a bad argument: renderCard never writes half a card. */
function fail(message: string): never {
  throw new TypeError(`renderCard: ${message}`);
}

/**
 * The card's markup for one occupation document: `<ai-risk-card>` with a declarative shadow root
 * holding the styles and the rendered card, plus (by default) the document inline, and with
 * `jsonLd: true` the JSON-LD after it.
 */
export async function renderCard(document: unknown, options: RenderOptions = {}): Promise<string> {
  const v = validateOccupation(document);
  if (!v.ok) fail(`the document is not a valid occupation document: ${v.path} ${v.message}`);
  const o = options;
  if (o.theme && !['light', 'dark', 'auto'].includes(o.theme))
    fail(`theme must be light, dark or auto, not ${JSON.stringify(o.theme)}`);
  // Any variant the element knows (another may be added to it); only the shape is checked here.
  if (o.variant != null && !/^[a-z][a-z-]*$/.test(o.variant))
    fail(`variant must be a variant name like compact, not ${JSON.stringify(o.variant)}`);
  const level = o.headingLevel ?? 2;
  if (!Number.isInteger(level) || level < 1 || level > 6) fail(`headingLevel must be a whole number from 1 to 6, not ${level}`);
  if (o.lang != null && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(o.lang))
    fail(`lang must be a BCP 47 tag like es or pt-BR, not ${JSON.stringify(o.lang)}`);
  const sections = Array.isArray(o.sections) ? o.sections.join(',') : (o.sections as string | undefined);
  // Defined once per process, from the same module the package's browser entry uses.
  await (defined ??= define());
  const lang = o.lang;
  if (lang) await loadLocale(localeOf(lang));
  // The document as the browser would keep it (validated, extra fields stripped).
  const data = v.data;
  const inline = o.inlineData !== false;
  // prettier-ignore
  const card = html`<ai-risk-card occupation=${data.occupation.code} theme=${ifDefined(o.theme)} variant=${ifDefined(o.variant)} sections=${ifDefined(sections)} lang=${ifDefined(lang)} heading-level=${ifDefined(o.headingLevel)} related-href=${ifDefined(o.relatedHref)} data-source=${ifDefined(o.dataSource)} .data=${data} .strings=${o.strings}>${inline ? unsafeHTML(`<script type="application/json" data-ai-risk-card>${scriptJson(data)}</script>`) : nothing}</ai-risk-card>`;
  let out = await collectResult(render(card));
  out = tidy(out, level);
  if (o.jsonLd) out += jsonLdScripts(data, o.url);
  return out;
}

/**
 * Lit's hydration markers are dropped (the card does not hydrate through Lit, see above); and the
 * heading levels the element sets after each render in the browser (updated()) are written here.
 * Text and attribute values are escaped by Lit, so `<h2`/`<h3`/`<h4`/`<!--` in the output are always markup.
 */
function tidy(markup: string, level: number): string {
  let s = markup
    .replace(/<!--(?:lit-part[^>]*|\/lit-part|lit-node \d+|\?lit\$\d+\$)?-->/g, '')
    .replace(/^<ai-risk-card\s+/, '<ai-risk-card ');
  if (level !== 2) s = s.replace(/<h([234])(?=[\s>])/g, (_, n) => `<h${n} aria-level="${Math.min(6, level + Number(n) - 2)}"`);
  return s;
}

/** schema.org `Occupation` and `FAQPage` for one document (the FAQ page only when it has a FAQ). */
export function jsonLd(document: Occupation, url?: string): object[] {
  const d = document;
  const occ: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: d.occupation.title,
  };
  if (url) occ.url = url;
  if (d.occupation.altTitles?.length) occ.alternateName = d.occupation.altTitles.slice(0, 20);
  if (d.occupation.description) occ.description = d.occupation.description;
  occ.occupationalCategory = CODE.test(d.occupation.code)
    ? { '@type': 'CategoryCode', codeValue: d.occupation.code, inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019' } }
    : d.occupation.code;
  occ.occupationLocation = { '@type': 'Country', name: 'United States' };
  if (d.wage)
    occ.estimatedSalary = {
      '@type': 'MonetaryAmountDistribution',
      name: 'median wage',
      currency: d.wage.currency,
      duration: d.wage.period === 'year' ? 'P1Y' : 'PT1H',
      median: d.wage.median,
    };
  if (d.skills?.length) occ.skills = [...d.skills].sort((a, b) => b.importance - a.importance).map((s) => s.name);
  if (d.tasks.length) occ.responsibilities = d.tasks.map((t) => t.statement);
  if (d.entry?.education) occ.educationRequirements = d.entry.education;
  if (d.entry?.experience) occ.experienceRequirements = d.entry.experience;
  const out: object[] = [occ];
  if (d.faq?.length)
    out.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      ...(url ? { url } : {}),
      mainEntity: d.faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answer },
      })),
    });
  return out;
}

/** The JSON-LD as `<script type="application/ld+json">` elements. */
export const jsonLdScripts = (document: Occupation, url?: string) =>
  jsonLd(document, url)
    .map((o) => `<script type="application/ld+json">${scriptJson(o)}</script>`)
    .join('');
