// Embed snippet generator: pick an occupation and options, preview the card and its badge, copy
// the code. (A module import, not <script src="../src/define.ts">: Vite serves demo/ as the root,
// so an HTML src cannot reach ../src, while an import is resolved on disk.)
import '../src/define.ts';
import type { Occupation } from '../src/data/contract.ts';
import { prerenderedSnippet, sizes } from './prerender.ts';
import { cardSnippet, DATA_URL, DEFAULTS } from './snippet.ts';

interface Entry {
  code: string;
  slug: string;
  title: string;
  score: number;
  level: string;
}

// The snippets load the published package from jsDelivr; its data/ folder sits beside the script.
/** The demo's own data API (vite.config.ts serves it at /data/). */
const LOCAL_DATA = '/data/';
/** Where the fallback link and the badge point: the occupation's page on O*NET OnLine. */
const infoUrl = (code: string) => `https://www.onetonline.org/link/summary/${code}`;
/** Size of v1/badges/<code>.svg (tools/data/badge.ts). */
const BADGE = { width: 360, height: 80 };
const LEVEL_WORDS: Record<string, string> = { low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'very high' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const input = $<HTMLInputElement>('occupation');
const hint = $('occupation-hint');
const card = $<HTMLElementTagNameMap['ai-risk-card']>('preview');
const frame = $('preview-frame');
const scriptCode = $<HTMLTextAreaElement>('script-code');
const badgeCode = $<HTMLTextAreaElement>('badge-code');
const badgeImg = $<HTMLImageElement>('badge-img');
const badgeLink = $<HTMLAnchorElement>('badge-link');
const badgeMsg = $('badge-msg');
const preCode = $<HTMLTextAreaElement>('pre-code');
const preSize = $('pre-size');
const darkOs = matchMedia('(prefers-color-scheme: dark)');
/** The preview's validated document (its load event), for the pre-rendered output. */
let loaded: Occupation | undefined;
let preToken = 0;
// At once, not in init(): the eager preview may load before the occupation list has.
card.addEventListener('ai-risk-card-load', (e) => {
  loaded = e.detail.data;
  update();
});

let list: Entry[] = [];
let updated = '';
let current: Entry | undefined;

/** Escape text for HTML content and double-quoted attribute values. */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** "2025-12-01" → "Dec 1, 2025", as on the badge. */
function asDate(iso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  return m && MONTHS[Number(m[2]) - 1] ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : iso;
}

/** A code ("15-2051.00", "15-2051", "Data Scientists (15-2051.00)"), a title or a slug. */
function resolve(raw: string): Entry | undefined {
  const q = raw.trim().toLowerCase();
  if (!q) return undefined;
  const m = /\b(\d\d-\d{4})(\.\d\d)?\b/.exec(q);
  if (m) {
    const code = m[1] + (m[2] ?? '.00');
    // Without the index (it failed to load), trust a well-formed code.
    return list.find((o) => o.code === code) ?? (list.length ? undefined : { code, slug: '', title: '', score: 0, level: '' });
  }
  return list.find((o) => o.title.toLowerCase() === q || o.slug === q);
}

const choice = (name: keyof typeof DEFAULTS): string =>
  (form.elements.namedItem(name) as RadioNodeList | null)?.value || DEFAULTS[name];

function badgeAlt(o: Entry): string {
  if (!o.title) return `AI exposure for occupation ${o.code}`;
  const date = updated ? ` Data as of ${asDate(updated)}.` : '';
  return `AI exposure for ${o.title}: ${o.score} out of 100, ${LEVEL_WORDS[o.level] ?? o.level}.${date}`;
}

function update() {
  const o = current;
  if (!o) return;
  const opts = { theme: choice('theme'), variant: choice('variant'), loading: choice('loading') };
  const name = o.title || `occupation ${o.code}`;

  // Live preview: the demo's own data; the preview always loads at once.
  card.setAttribute('occupation', o.code);
  card.setAttribute('theme', opts.theme);
  card.setAttribute('variant', opts.variant);
  const dark = opts.theme === 'dark' || (opts.theme === 'auto' && darkOs.matches);
  frame.classList.toggle('dark', dark);

  // (a) Script, space reservation (no layout shift) and tag; demo/snippet.ts.
  scriptCode.value = cardSnippet({
    code: o.code,
    title: name,
    ...opts,
    variant: opts.variant as 'full' | 'compact',
    href: infoUrl(o.code),
  });

  // (b) Badge image for script-less pages.
  const alt = badgeAlt(o);
  const img = `<img src="${DATA_URL}v1/badges/${o.code}.svg" alt="${esc(alt)}" width="${BADGE.width}" height="${BADGE.height}">`;
  badgeCode.value = `<a href="${infoUrl(o.code)}">${img}</a>`;
  badgeMsg.textContent = '';
  badgeImg.alt = alt;
  badgeImg.src = `${LOCAL_DATA}v1/badges/${o.code}.svg`;
  badgeLink.href = infoUrl(o.code);

  for (const id of ['script-code-status', 'badge-code-status', 'pre-code-status']) $(id).textContent = '';
  // (c) Pre-rendered HTML, once the preview has this occupation's document.
  if (loaded?.occupation.code === o.code) void prerender(opts);
  else {
    preCode.value = '';
    preSize.textContent = 'Waiting for the preview to load…';
  }
  fitCode();
  const params = new URLSearchParams({ occupation: o.code });
  for (const k of ['theme', 'variant', 'loading'] as const) if (opts[k] !== DEFAULTS[k]) params.set(k, opts[k]);
  history.replaceState(null, '', `#${params}`);
}

/** The pre-rendered output for the preview's document and the chosen options, with its size. */
async function prerender(opts: { theme: string; variant: string }) {
  const token = ++preToken;
  const text = await prerenderedSnippet(loaded!, opts);
  const size = await sizes(text);
  if (token !== preToken) return; // options changed meanwhile
  preCode.value = text;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  preSize.textContent = `Size of the pasted markup: ${kb(size.bytes)}${size.gzip ? ` (${kb(size.gzip)} gzipped, as most servers send it)` : ''}; data as of ${asDate(loaded!.updated)}.`;
}

/** Fit each code box to its wrapped text. */
function fitCode() {
  for (const area of [scriptCode, badgeCode]) {
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 2}px`;
  }
}

/** Apply the occupation field; `final` (change/submit) also reports a value that matches nothing. */
function pick(final: boolean) {
  const raw = input.value;
  const hit = resolve(raw);
  if (hit) {
    current = hit;
    input.removeAttribute('aria-invalid');
    hint.classList.remove('bad');
    hint.textContent = hit.title
      ? `${hit.code}: AI exposure ${hit.score}/100, ${LEVEL_WORDS[hit.level] ?? hit.level}.`
      : hit.code;
    update();
  } else if (final) {
    input.setAttribute('aria-invalid', 'true');
    hint.classList.add('bad');
    hint.textContent = raw.trim()
      ? `No occupation matches “${raw.trim()}”. Pick a title from the list or type a code such as 15-2051.00.`
      : 'Type an occupation title or code.';
  }
}

async function copy(id: string) {
  const area = $<HTMLTextAreaElement>(id);
  const status = $(`${id}-status`);
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard API (insecure origin, old browser) or permission refused: select the text so
    // one keystroke copies it.
    area.focus();
    area.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

async function init() {
  // Options from the address (#occupation=…&theme=…), so a configuration can be shared.
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('occupation');
  if (fromHash) input.value = fromHash;
  for (const k of ['theme', 'variant', 'loading'] as const) {
    const v = params.get(k);
    const radio = v && form.querySelector<HTMLInputElement>(`input[name="${k}"][value="${CSS.escape(v)}"]`);
    if (radio) radio.checked = true;
  }

  try {
    const index = await (await fetch(`${LOCAL_DATA}v1/index.json`)).json();
    list = index.occupations;
    updated = index.updated;
    const meta = await (await fetch(`${LOCAL_DATA}v1/meta.json`)).json().catch(() => ({}));
    $('dataset').textContent = meta.sample
      ? `Sample data: ${list.length} occupations. Run npm start with the public sources for all of them.`
      : `${list.length} occupations, data as of ${asDate(updated)}.`;
  } catch {
    $('dataset').textContent = `Could not load ${LOCAL_DATA}v1/index.json: type an O*NET-SOC code.`;
  }
  const options = document.createDocumentFragment();
  for (const o of list) {
    const opt = document.createElement('option');
    opt.value = `${o.title} (${o.code})`;
    options.append(opt);
  }
  $('occupation-list').append(options);

  // Show the chosen occupation as it appears in the list.
  const first = resolve(input.value) ?? resolve('15-2051.00') ?? list[0];
  if (first) input.value = first.title ? `${first.title} (${first.code})` : first.code;
  pick(true);

  input.addEventListener('input', () => pick(false));
  input.addEventListener('change', () => pick(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    pick(true);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'radio') update();
  });
  darkOs.addEventListener('change', update);
  addEventListener('resize', fitCode);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => copy(button.dataset.copy!));
  }
  badgeImg.addEventListener('error', () => {
    badgeMsg.textContent = `No badge at ${badgeImg.getAttribute('src')}: rebuild the data (npm run data:build).`;
  });
}

init();
