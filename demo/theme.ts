// Theming playground: one control per public custom property (README, "CSS custom properties"),
// presets, a few ::part tweaks, a live preview and the CSS to copy. Only what the reader changed
// is printed. (A module import, not <script src="../src/define.ts">: Vite serves demo/ as the
// root, so an HTML src cannot reach ../src, while an import is resolved on disk.)
import '../src/define.js';
import { CODE, LEVELS, LEVEL_WORDS as LEVEL_LABELS } from '../src/data/contract.js';
import { TOKENS, type Token, type TokenName } from '../src/styles/tokens.js';

interface Entry {
  code: string;
  title: string;
  score: number;
  level: string;
}

type Kind = 'color' | 'px' | 'font';
type Group = 'colors' | 'levels' | 'shape';

interface Prop {
  /** The name after `--ai-risk-card-`; also the key in the address. */
  key: string;
  label: string;
  kind: Kind;
  group: Group;
  /** What the property does (README). */
  about: string;
  /** Defaults as src/styles/card.ts has them (light, and dark when it differs). */
  light: string;
  dark?: string;
  /** Default with variant="compact", when it differs. */
  compact?: string;
  min?: number;
  max?: number;
  step?: number;
}

/** Every public custom property, in the README's order within each group; defaults come from the token table. */
const DOCS: Omit<Prop, 'light' | 'dark' | 'compact'>[] = [
  { key: 'background', label: 'Background', kind: 'color', group: 'colors', about: 'Card background.' },
  { key: 'color', label: 'Text', kind: 'color', group: 'colors', about: 'Text colour.' },
  { key: 'muted-color', label: 'Secondary text', kind: 'color', group: 'colors', about: 'Secondary text.' },
  { key: 'accent', label: 'Accent', kind: 'color', group: 'colors', about: 'Links, focus rings, bars.' },
  { key: 'border-color', label: 'Borders', kind: 'color', group: 'colors', about: 'Borders.' },
  { key: 'track-color', label: 'Track', kind: 'color', group: 'colors', about: 'Empty part of bars and the gauge.' },
  {
    key: 'level-low',
    label: 'Low',
    kind: 'color',
    group: 'levels',
    about: 'Gauge colour at the low level (the lightest step of one hue).',
  },
  { key: 'level-moderate', label: 'Moderate', kind: 'color', group: 'levels', about: 'Gauge colour at the moderate level.' },
  { key: 'level-high', label: 'High', kind: 'color', group: 'levels', about: 'Gauge colour at the high level.' },
  {
    key: 'level-very-high',
    label: 'Very high',
    kind: 'color',
    group: 'levels',
    about: 'Gauge colour at the very-high level (the deepest step).',
  },
  { key: 'font-family', label: 'Font', kind: 'font', group: 'shape', about: 'Font of the card.' },
  {
    key: 'font-size',
    label: 'Text size',
    kind: 'px',
    group: 'shape',
    about: 'Base size of the card’s own type scale (default: the root size, 1rem = 16px in most browsers).',
    min: 12,
    max: 22,
    step: 1,
  },
  { key: 'radius', label: 'Corner radius', kind: 'px', group: 'shape', about: 'Corner radius.', min: 0, max: 40, step: 1 },
  {
    key: 'max-width',
    label: 'Maximum width',
    kind: 'px',
    group: 'shape',
    about: 'Maximum width of the card.',
    min: 280,
    max: 1200,
    step: 10,
  },
];

/** A token's default as the playground's control holds it: 6-digit hex, a number of px, '' for inherit. */
const control = (p: Omit<Prop, 'light' | 'dark' | 'compact'>, v: string) =>
  p.kind === 'color'
    ? (hex(v) ?? v)
    : p.kind === 'px'
      ? String(v.endsWith('rem') ? parseFloat(v) * 16 : parseFloat(v))
      : v === 'inherit'
        ? ''
        : v;

const PROPS: Prop[] = DOCS.map((p) => {
  const t: Token = TOKENS[p.key as TokenName];
  return {
    ...p,
    light: control(p, t.light),
    ...(t.dark && { dark: control(p, t.dark) }),
    ...(t.compact && { compact: control(p, t.compact) }),
  };
});

/** Font choices; '' (the default) is `inherit`: the page's font. */
const FONTS: { key: string; label: string; value: string }[] = [
  { key: 'system', label: 'System UI', value: 'system-ui, sans-serif' },
  { key: 'georgia', label: 'Georgia (serif)', value: "Georgia, 'Times New Roman', serif" },
  { key: 'palatino', label: 'Palatino (serif)', value: "'Palatino Linotype', Palatino, 'Book Antiqua', serif" },
  { key: 'helvetica', label: 'Helvetica / Arial (sans-serif)', value: "'Helvetica Neue', Helvetica, Arial, sans-serif" },
  { key: 'mono', label: 'Monospace (ui-monospace)', value: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
];

/** ::part tweaks; `a` is the accent as a CSS colour (the chosen one, else the card's default). */
const TWEAKS: { key: string; label: string; rules: (a: string) => [part: string, decls: string[]][] }[] = [
  {
    key: 'header',
    label: 'Border under the header',
    rules: (a) => [['header', [`border-bottom: 3px solid ${a}`, 'padding-bottom: 0.5em']]],
  },
  {
    key: 'gauge',
    label: 'Tinted gauge',
    rules: (a) => [['gauge', [`background: color-mix(in srgb, ${a} 10%, transparent)`, 'border-radius: 8px', 'padding: 0.5em']]],
  },
  { key: 'noborder', label: 'No card border', rules: () => [['card', ['border: 0']]] },
  { key: 'shadow', label: 'Soft shadow', rules: () => [['card', ['box-shadow: 0 4px 20px rgb(0 0 0 / 0.12)']]] },
];
/** Order of the part rules in the CSS. */
const PART_ORDER = ['card', 'header', 'gauge'];

interface Preset {
  name: string;
  /** Pins the theme too, when the colours are made for one. */
  theme?: Theme;
  values: Record<string, string>;
  parts: string[];
}
const PRESETS: Preset[] = [
  {
    name: 'Brand purple',
    theme: 'light',
    values: { accent: '#7c3aed', 'border-color': '#ddd6fe', 'track-color': '#ede9fe', radius: '16' },
    parts: ['header', 'gauge'],
  },
  {
    name: 'Newspaper serif',
    theme: 'light',
    values: {
      'font-family': 'georgia',
      background: '#fbf8f1',
      color: '#1b1b1b',
      'muted-color': '#545048',
      accent: '#8a1c1c',
      'border-color': '#d8d0bf',
      'track-color': '#ebe4d4',
      radius: '0',
    },
    parts: ['header'],
  },
  {
    name: 'High contrast',
    theme: 'light',
    values: {
      background: '#ffffff',
      color: '#000000',
      'muted-color': '#262626',
      accent: '#0030b8',
      'border-color': '#000000',
      'track-color': '#c8c8c8',
      'level-low': '#3a4fa8',
      'level-moderate': '#2b3f99',
      'level-high': '#1c2c7a',
      'level-very-high': '#0b1a5c',
      radius: '4',
    },
    parts: [],
  },
  {
    name: 'Dark navy',
    theme: 'dark',
    values: {
      background: '#0b1a30',
      color: '#e8eef8',
      'muted-color': '#a3b3cc',
      accent: '#7cc4ff',
      'border-color': '#223a5e',
      'track-color': '#1b3050',
      // The card's own dark level colours: they already read well on navy.
      ...Object.fromEntries(LEVELS.map((l) => [`level-${l}`, TOKENS[`level-${l}`].dark])),
      radius: '14',
    },
    parts: ['gauge'],
  },
  { name: 'Soft card', values: { radius: '20', 'font-family': 'system' }, parts: ['noborder', 'shadow'] },
];

/** Occupations across the exposure levels (all in the committed sample set, too). */
const SHOWCASE: Record<string, string> = {
  '15-2051.00': 'Data Scientists',
  '27-3042.00': 'Technical Writers',
  '43-4051.00': 'Customer Service Representatives',
  '13-2011.00': 'Accountants and Auditors',
  '15-1252.00': 'Software Developers',
  '41-2011.00': 'Cashiers',
  '29-1141.00': 'Registered Nurses',
  '47-2111.00': 'Electricians',
};
const LEVEL_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(LEVEL_LABELS).map(([k, v]) => [k, v.toLowerCase()]),
);

type Theme = 'auto' | 'light' | 'dark';
type Variant = 'full' | 'compact';
const DEFAULTS = { occupation: '15-2051.00', theme: 'auto' as Theme, variant: 'full' as Variant };
/** The preview card's class: the live <style> is scoped to it, the printed CSS is not. */
const PREVIEW_SELECTOR = 'ai-risk-card.theme-preview';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('controls');
const select = $<HTMLSelectElement>('occupation');
const card = $<HTMLElementTagNameMap['ai-risk-card']>('preview');
const frame = $('preview-frame');
const liveCss = $<HTMLStyleElement>('live-css');
const cssBox = $<HTMLPreElement>('css-box');
const cssCode = $('css-code');
const attrNote = $('attr-note');
const copyStatus = $('copy-status');
const darkOs = matchMedia('(prefers-color-scheme: dark)');

/** The reader's changes: property key → value (hex colour, pixels as a number, font key). */
const values = new Map<string, string>();
const parts = new Set<string>();

interface Row {
  prop: Prop;
  el: HTMLElement;
  main: HTMLInputElement | HTMLSelectElement;
  text?: HTMLInputElement;
  reset: HTMLButtonElement;
  state: HTMLElement;
  error: string;
}
const rows: Row[] = [];

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
}

/** "#abc" / "abc" / "#aabbcc" → "#aabbcc"; anything else → undefined. */
function hex(raw: string): string | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!m) return undefined;
  const s = m[1].toLowerCase();
  return `#${s.length === 3 ? [...s].map((c) => c + c).join('') : s}`;
}

/** A whole number of pixels within the property's range; anything else → undefined. */
function px(p: Prop, raw: string): string | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(raw)) return undefined;
  const n = Math.round(Number(raw));
  return n >= (p.min ?? 0) && n <= (p.max ?? Infinity) ? String(n) : undefined;
}

function valid(p: Prop, raw: string): string | undefined {
  if (p.kind === 'color') return hex(raw);
  if (p.kind === 'px') return px(p, raw);
  return FONTS.some((f) => f.key === raw) ? raw : undefined;
}

const radio = <T extends string>(name: string): T => (form.elements.namedItem(name) as RadioNodeList).value as T;
const theme = () => radio<Theme>('theme');
const variant = () => radio<Variant>('variant');
const isDark = () => theme() === 'dark' || (theme() === 'auto' && darkOs.matches);

/** The card's own value for a property under the current theme and variant. */
function defaultOf(p: Prop): string {
  if (p.compact && variant() === 'compact') return p.compact;
  return isDark() && p.dark ? p.dark : p.light;
}

/** What the preview shows for a property: the reader's value, else the default. */
const effective = (p: Prop) => values.get(p.key) ?? defaultOf(p);

function cssValue(p: Prop, v: string): string {
  if (p.kind === 'px') return `${v}px`; // "0px", not "0": the card multiplies the radius in calc()
  if (p.kind === 'font') return FONTS.find((f) => f.key === v)?.value ?? 'inherit';
  return v;
}

/** The accent for part rules: the chosen one, else the card's defaults for both schemes. */
function accentForParts(): string {
  const p = PROPS.find((q) => q.key === 'accent')!;
  return values.get('accent') ?? `light-dark(${p.light}, ${p.dark})`;
}

function cssText(selector: string): string {
  const blocks: string[] = [];
  const decls = PROPS.filter((p) => values.has(p.key)).map(
    (p) => `  --ai-risk-card-${p.key}: ${cssValue(p, values.get(p.key)!)};`,
  );
  if (decls.length) blocks.push(`${selector} {\n${decls.join('\n')}\n}`);
  const byPart = new Map<string, string[]>();
  for (const t of TWEAKS) {
    if (!parts.has(t.key)) continue;
    for (const [part, list] of t.rules(accentForParts())) byPart.set(part, [...(byPart.get(part) ?? []), ...list]);
  }
  for (const part of PART_ORDER) {
    const list = byPart.get(part);
    if (list) blocks.push(`${selector}::part(${part}) {\n${list.map((d) => `  ${d};`).join('\n')}\n}`);
  }
  return blocks.join('\n');
}

function defaultWords(p: Prop): string {
  if (p.kind === 'font') return 'inherit (the page’s font)';
  const value = p.kind === 'px' ? `${defaultOf(p)}px` : defaultOf(p);
  if (p.compact) return `${value} (${variant()} variant)`;
  if (!p.dark) return value;
  const scheme = isDark() ? 'dark' : 'light';
  return `${value} (${scheme} theme${theme() === 'auto' ? ', following your OS' : ''})`;
}

/** Show a row's state; `typing` is the text field being edited, which is left as it is. */
function syncRow(row: Row, typing?: HTMLInputElement) {
  const { prop: p, main, text, reset, state } = row;
  const set = values.get(p.key);
  if (p.kind === 'font') main.value = set ?? '';
  else main.value = effective(p);
  if (text && text !== typing) {
    text.value = set ?? '';
    text.removeAttribute('aria-invalid');
    row.error = '';
  }
  if (text) text.placeholder = defaultOf(p);
  row.el.classList.toggle('is-set', set !== undefined);
  reset.disabled = set === undefined;

  state.replaceChildren();
  if (row.error) state.append(h('strong', { class: 'bad' }, row.error), ' ');
  state.append(set === undefined ? 'Default: ' : 'Changed. Default: ');
  if (p.kind === 'color')
    state.append(h('span', { class: 'swatch', style: `background:${defaultOf(p)}`, 'aria-hidden': 'true' }));
  state.append(defaultWords(p), '. ', p.about);
}

function buildRow(p: Prop): Row {
  const id = `c-${p.key}`;
  const stateId = `s-${p.key}`;
  const described = { 'aria-describedby': stateId };
  let main: HTMLInputElement | HTMLSelectElement;
  let text: HTMLInputElement | undefined;
  const controls = h('div', { class: 'prop-controls' });

  if (p.kind === 'color') {
    main = h('input', { type: 'color', id, ...described });
    text = h('input', {
      type: 'text',
      class: 'hex',
      'aria-label': `${p.label}, hex value`,
      inputmode: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: '7',
      ...described,
    });
    controls.append(main, text);
  } else if (p.kind === 'px') {
    const range = { min: String(p.min), max: String(p.max), step: String(p.step) };
    main = h('input', { type: 'range', id, ...range, ...described });
    text = h('input', { type: 'number', class: 'num', 'aria-label': `${p.label} in pixels`, ...range, ...described });
    controls.append(main, h('span', { class: 'unit-wrap' }, text, h('span', { class: 'unit', 'aria-hidden': 'true' }, 'px')));
  } else {
    main = h('select', { id, ...described }, h('option', { value: '' }, 'Default (the page’s font)'));
    for (const f of FONTS) main.append(h('option', { value: f.key }, f.label));
    controls.append(main);
  }
  const reset = h('button', { type: 'button', class: 'reset', 'aria-label': `Reset ${p.label}` }, 'Reset');
  controls.append(reset);

  const el = h(
    'div',
    { class: 'prop', id: `row-${p.key}` },
    h(
      'div',
      { class: 'prop-head' },
      h('label', { for: id }, p.label),
      h('code', { class: 'prop-name' }, `--ai-risk-card-${p.key}`),
    ),
    controls,
    h('p', { class: 'prop-state', id: stateId }),
  );
  const row: Row = { prop: p, el, main, text, reset, state: el.querySelector('.prop-state')!, error: '' };

  main.addEventListener('input', () => {
    // The font's "Default" option is the unset state.
    if (p.kind === 'font' && !main.value) values.delete(p.key);
    else values.set(p.key, p.kind === 'color' ? hex(main.value)! : main.value);
    row.error = '';
    changed(row);
  });
  text?.addEventListener('input', () => {
    const raw = text.value;
    const v = valid(p, raw);
    if (!raw.trim()) values.delete(p.key);
    else if (v) values.set(p.key, v);
    else return; // half-typed: keep the last good value; `change` reports it
    text.removeAttribute('aria-invalid');
    row.error = '';
    changed(row, text);
  });
  text?.addEventListener('change', () => {
    if (!text.value.trim() || valid(p, text.value)) {
      syncRow(row); // normalise what was typed ("#abc" → "#aabbcc")
      return;
    }
    text.setAttribute('aria-invalid', 'true');
    row.error = p.kind === 'color' ? 'Not a colour: type #rrggbb.' : `Type a number from ${p.min} to ${p.max}.`;
    syncRow(row, text);
  });
  reset.addEventListener('click', () => {
    values.delete(p.key);
    row.error = '';
    changed(row);
    main.focus(); // the Reset button is now disabled: keep the focus in the row
  });
  return row;
}

function buildControls() {
  for (const p of PROPS) {
    const row = buildRow(p);
    rows.push(row);
    $(`group-${p.group}`).append(row.el);
  }
  for (const t of TWEAKS) {
    const box = h('input', { type: 'checkbox', name: 'part', value: t.key, id: `part-${t.key}` });
    box.addEventListener('change', () => {
      if (box.checked) parts.add(t.key);
      else parts.delete(t.key);
      render();
    });
    $('parts').append(h('label', { for: box.id }, box, ` ${t.label}`));
  }
  for (const preset of PRESETS) {
    const b = h('button', { type: 'button', 'aria-describedby': 'presets-hint' }, preset.name);
    b.addEventListener('click', () => {
      applyPreset(preset);
      $('preset-status').textContent = `Preset “${preset.name}” applied${preset.theme ? ` with the ${preset.theme} theme` : ''}.`;
    });
    $('presets').append(b);
  }
}

function applyPreset(preset: Preset) {
  values.clear();
  parts.clear();
  for (const [k, v] of Object.entries(preset.values)) {
    const p = PROPS.find((q) => q.key === k);
    const ok = p && valid(p, v);
    if (ok) values.set(k, ok);
  }
  for (const k of preset.parts) parts.add(k);
  if (preset.theme) setRadio('theme', preset.theme);
  for (const row of rows) row.error = '';
  render(true);
}

function setRadio(name: string, value: string) {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  if (input) input.checked = true;
}

/** A control changed: update its row and the rest, but not the field being typed in. */
function changed(row: Row, typing?: HTMLInputElement) {
  syncRow(row, typing);
  render(false);
}

/** Relative luminance and contrast ratio (WCAG 2). */
function luminance(color: string): number {
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function renderContrast() {
  const prop = (k: string) => PROPS.find((p) => p.key === k)!;
  const bg = effective(prop('background'));
  const list = $('contrast');
  list.replaceChildren();
  for (const k of ['color', 'muted-color', 'accent', 'level-low', 'level-moderate', 'level-high', 'level-very-high']) {
    const p = prop(k);
    const fg = effective(p);
    const r = contrast(fg, bg);
    const ok = r >= 4.5;
    list.append(
      h(
        'li',
        { class: ok ? '' : 'low' },
        h('span', { class: 'swatch', style: `background:${fg}`, 'aria-hidden': 'true' }),
        ` ${p.group === 'levels' ? `Level: ${p.label.toLowerCase()}` : p.label}: `,
        h('b', {}, `${r.toFixed(1)}:1`),
        ok ? '' : ' (below 4.5:1)',
      ),
    );
  }
}

let hashTimer = 0;
/** Options in the address (#accent=7c3aed&radius=0&parts=header+gauge), so a theme can be shared. */
function writeHash() {
  clearTimeout(hashTimer);
  const q = new URLSearchParams();
  if (select.value !== DEFAULTS.occupation) q.set('occupation', select.value);
  if (theme() !== DEFAULTS.theme) q.set('theme', theme());
  if (variant() !== DEFAULTS.variant) q.set('variant', variant());
  for (const p of PROPS) {
    const v = values.get(p.key);
    if (v !== undefined) q.set(p.key, p.kind === 'color' ? v.slice(1) : v);
  }
  const list = TWEAKS.filter((t) => parts.has(t.key)).map((t) => t.key);
  if (list.length) q.set('parts', list.join(' '));
  const s = q.toString();
  history.replaceState(null, '', s ? `#${s}` : location.pathname + location.search);
}

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  for (const p of PROPS) {
    const raw = q.get(p.key);
    const v = raw === null ? undefined : valid(p, raw);
    if (v) values.set(p.key, v);
  }
  for (const k of (q.get('parts') ?? '').split(/[\s,]+/)) if (TWEAKS.some((t) => t.key === k)) parts.add(k);
  for (const k of ['theme', 'variant'] as const) {
    const v = q.get(k);
    if (v) setRadio(k, v);
  }
  return q.get('occupation');
}

/** Apply everything to the preview and the output; `all` re-syncs every row (presets, theme). */
function render(all = true) {
  if (all) for (const row of rows) syncRow(row);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="part"]')) box.checked = parts.has(box.value);

  // A new occupation or variant starts at the card's top.
  if (card.getAttribute('occupation') !== select.value || card.getAttribute('variant') !== variant()) frame.scrollTop = 0;
  if (card.getAttribute('occupation') !== select.value) card.setAttribute('occupation', select.value);
  card.setAttribute('theme', theme());
  card.setAttribute('variant', variant());
  frame.classList.toggle('dark', isDark());
  liveCss.textContent = cssText(PREVIEW_SELECTOR);

  cssCode.textContent = cssText('ai-risk-card') || '/* Nothing changed yet: the card uses its defaults. */';
  const attrs = [
    theme() !== DEFAULTS.theme && `theme="${theme()}"`,
    variant() !== DEFAULTS.variant && `variant="${variant()}"`,
  ].filter(Boolean);
  attrNote.textContent = attrs.length
    ? `The preview also has ${attrs.join(' ')} on the element: add ${attrs.length > 1 ? 'them' : 'it'} to your <ai-risk-card> too (attributes, not CSS)${theme() !== DEFAULTS.theme ? ', or the colours you left at their defaults follow the reader’s OS setting' : ''}.`
    : '';
  copyStatus.textContent = '';
  renderContrast();
  clearTimeout(hashTimer);
  hashTimer = window.setTimeout(writeHash, 250);
}

async function copyText(text: string, fallback: () => string) {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard API (insecure origin, old browser) or permission refused.
    copyStatus.textContent = fallback();
  }
}

function selectCss(): string {
  cssBox.focus();
  const range = document.createRange();
  range.selectNodeContents(cssCode);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
}

async function init() {
  buildControls();
  const fromHash = readHash();

  let list: Entry[] = [];
  try {
    const index = await (await fetch('/data/v1/index.json')).json();
    list = index.occupations;
    const meta = await (await fetch('/data/v1/meta.json')).json().catch(() => ({}));
    $('dataset').textContent = meta.sample
      ? `Sample data: ${list.length} occupations. Run npm start with the public sources for all of them.`
      : `${list.length} occupations, data as of ${index.updated}.`;
  } catch {
    $('dataset').textContent = 'Could not load /data/v1/index.json: the preview may show an error.';
  }
  const codes = Object.keys(SHOWCASE);
  if (fromHash && CODE.test(fromHash) && !codes.includes(fromHash)) codes.push(fromHash);
  const entries = codes
    .map(
      (code) =>
        list.find((o) => o.code === code) ??
        (list.length ? undefined : { code, title: SHOWCASE[code] ?? code, score: -1, level: '' }),
    )
    .filter((o): o is Entry => !!o)
    .sort((a, b) => b.score - a.score);
  select.replaceChildren(
    ...entries.map((o) =>
      h(
        'option',
        { value: o.code },
        o.score < 0 ? `${o.title} (${o.code})` : `${o.title}: ${o.score}/100, ${LEVEL_WORDS[o.level] ?? o.level}`,
      ),
    ),
  );
  select.value = entries.some((o) => o.code === fromHash) ? fromHash! : DEFAULTS.occupation;

  render(true);
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.type === 'radio' || t === (select as unknown)) render(true);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  darkOs.addEventListener('change', () => render(true));
  $('reset-all').addEventListener('click', () => {
    values.clear();
    parts.clear();
    for (const row of rows) row.error = '';
    render(true);
    $('preset-status').textContent = 'All controls reset to the card’s defaults.';
  });
  $('copy').addEventListener('click', () => copyText(cssCode.textContent ?? '', selectCss));
  $('copy-link').addEventListener('click', () => {
    writeHash();
    copyText(location.href, () => 'Could not copy: the address bar holds the link to this theme.');
  });
}

init();
