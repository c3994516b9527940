/**
 * `v1/badges/<code>.svg`: a small image of an occupation's AI exposure for pages that allow no
 * scripts (READMEs, wikis, site builders, email): `<img src=".../v1/badges/15-2051.00.svg">`.
 *
 * Self-contained (no fonts, images, scripts, styles or IDs, so it also works inlined several
 * times in one page), system font stack, the card's light-theme colours. Pure: the same document
 * gives the same bytes on every machine (no Intl, no clock).
 */
import { LEVEL_WORDS, LEVELS, type Occupation } from '../../src/data/contract.ts';
import { TOKENS } from '../../src/styles/tokens.ts';

export const BADGE_WIDTH = 360;
export const BADGE_HEIGHT = 80;

/** The card's light-theme level colours (src/styles/tokens.ts); all pass WCAG AA on white. */
export const LEVEL_COLORS = Object.fromEntries(LEVELS.map((l) => [l, TOKENS[`level-${l}`].light])) as Record<
  Occupation['exposure']['level'],
  string
>;

const BACKGROUND = TOKENS.background.light;
const TEXT = TOKENS.color.light;
const MUTED = TOKENS['muted-color'].light;
const BORDER = TOKENS['border-color'].light;
const TRACK = TOKENS['track-color'].light;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const PAD = 16;
const TITLE_SIZE = 15;
const TITLE_MAX = BADGE_WIDTH - 2 * PAD;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Escape text for XML content and attribute values (either quote). */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Drop what XML 1.0 cannot hold (C0 controls but tab/newline, lone surrogates, U+FFFE/U+FFFF):
 * a single one would make the whole image fail to load. Runs of white space become one space.
 */
export function cleanText(s: string): string {
  return s
    .replace(
      // Control characters are exactly what this strips: XML 1.0 forbids them.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** "2025-12-01" → "Dec 1, 2025" (the card's en dateStyle: medium), fixed so builds are byte-identical. */
export function badgeDate(iso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

/**
 * Advance widths in em of DejaVu Sans Bold, the widest common system sans (Linux's system-ui);
 * narrower fonts (San Francisco, Segoe UI, Roboto) then leave room rather than overflow.
 */
const WIDTHS: Record<string, number> = {
  ' ': 0.35,
  '!': 0.44,
  '"': 0.52,
  '#': 0.84,
  $: 0.7,
  '%': 1.0,
  '&': 0.87,
  "'": 0.33,
  '(': 0.46,
  ')': 0.46,
  '*': 0.52,
  '+': 0.84,
  ',': 0.38,
  '-': 0.42,
  '.': 0.38,
  '/': 0.37,
  ':': 0.4,
  ';': 0.4,
  '?': 0.59,
  '@': 1.0,
  A: 0.78,
  B: 0.77,
  C: 0.74,
  D: 0.83,
  E: 0.69,
  F: 0.69,
  G: 0.82,
  H: 0.84,
  I: 0.38,
  J: 0.38,
  K: 0.78,
  L: 0.64,
  M: 1.0,
  N: 0.84,
  O: 0.85,
  P: 0.74,
  Q: 0.85,
  R: 0.77,
  S: 0.72,
  T: 0.69,
  U: 0.82,
  V: 0.78,
  W: 1.11,
  X: 0.78,
  Y: 0.73,
  Z: 0.73,
  a: 0.68,
  b: 0.72,
  c: 0.6,
  d: 0.72,
  e: 0.68,
  f: 0.44,
  g: 0.72,
  h: 0.72,
  i: 0.35,
  j: 0.35,
  k: 0.67,
  l: 0.35,
  m: 1.05,
  n: 0.72,
  o: 0.69,
  p: 0.72,
  q: 0.72,
  r: 0.5,
  s: 0.6,
  t: 0.48,
  u: 0.72,
  v: 0.66,
  w: 0.93,
  x: 0.65,
  y: 0.66,
  z: 0.59,
  '…': 1.0,
  '–': 0.5,
  '—': 1.0,
  '’': 0.33,
};

/** Estimated width in em of one grapheme. */
function charWidth(g: string): number {
  const w = WIDTHS[g];
  if (w !== undefined) return w;
  if (/^\d$/.test(g)) return 0.7;
  const cp = g.codePointAt(0)!;
  // CJK, Hangul, emoji and other wide characters take a full em; anything else a wide letter.
  return cp >= 0x1100 ? 1.05 : 0.8;
}

const graphemes = (s: string): string[] =>
  Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s), (x) => x.segment);

/** Estimated width in px of `s` at `size` px. */
export function textWidth(s: string, size: number): number {
  return graphemes(s).reduce((w, g) => w + charWidth(g), 0) * size;
}

/**
 * Fit `s` into `max` px at `size` px: unchanged when it fits, else cut (at a word boundary when
 * that keeps most of it) and ended with an ellipsis. Never splits a character or an emoji.
 */
export function truncate(s: string, max: number, size: number): string {
  if (textWidth(s, size) <= max) return s;
  const room = max - charWidth('…') * size;
  const gs = graphemes(s);
  let n = 0;
  let w = 0;
  while (n < gs.length && w + charWidth(gs[n]) * size <= room) w += charWidth(gs[n++]) * size;
  let cut = gs.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:\-–—/(&]+$/u, '')}…`;
}

/** The sentence read by screen readers and shown as the tooltip (with the full title). */
export function badgeLabel(doc: Occupation): string {
  const { score, level } = doc.exposure;
  const title = cleanText(doc.occupation.title) || doc.occupation.code;
  return `AI exposure for ${title}: ${score} out of 100, ${LEVEL_WORDS[level].toLowerCase()}. Data as of ${badgeDate(doc.updated)}.`;
}

/** The badge of one occupation document, as SVG text (UTF-8, about 1.1 kB). */
export function badgeSvg(doc: Occupation): string {
  const { score, level } = doc.exposure;
  const color = LEVEL_COLORS[level];
  const title = truncate(cleanText(doc.occupation.title) || doc.occupation.code, TITLE_MAX, TITLE_SIZE);
  const label = xmlEscape(badgeLabel(doc));
  const W = BADGE_WIDTH;
  const H = BADGE_HEIGHT;
  // The meter fills the rest of the score row, up to 100 px: a track filled to the score.
  const words = `${LEVEL_WORDS[level]} exposure`;
  const rowEnd = PAD + textWidth(String(score), 22) + textWidth('/100', 12) + 8 + textWidth(words, 13);
  const meterX = Math.round(Math.max(rowEnd + 12, W - PAD - 100));
  const meterW = W - PAD - meterX;
  const fill = Math.round(meterW * Math.max(0, Math.min(100, score))) / 100;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" rx="10" fill="${BACKGROUND}" stroke="${BORDER}"/>`,
    `<g font-family="${xmlEscape(FONT)}">`,
    `<text x="${PAD}" y="21" font-size="11" fill="${MUTED}">AI exposure</text>`,
    `<text x="${W - PAD}" y="21" font-size="11" fill="${MUTED}" text-anchor="end">Data as of ${xmlEscape(badgeDate(doc.updated))}</text>`,
    `<text x="${PAD}" y="42" font-size="${TITLE_SIZE}" font-weight="700" fill="${TEXT}">${xmlEscape(title)}</text>`,
    `<text x="${PAD}" y="67" fill="${color}"><tspan font-size="22" font-weight="700">${score}</tspan>` +
      `<tspan font-size="12" fill="${MUTED}">/100</tspan>` +
      `<tspan dx="8" font-size="13" font-weight="700">${words}</tspan></text>`,
    `</g>`,
  ];
  // Left out if the words ever leave it too little room.
  if (meterW >= 40) {
    lines.push(`<rect x="${meterX}" y="58" width="${meterW}" height="6" rx="3" fill="${TRACK}"/>`);
    if (fill > 0) lines.push(`<rect x="${meterX}" y="58" width="${fill}" height="6" rx="3" fill="${color}"/>`);
  }
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}
