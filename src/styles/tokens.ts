/**
 * The one table of public design tokens: every `--ai-risk-card-*` custom property with its
 * light and dark default. The card's styles are generated from it (below), and so are the
 * badge generator's colours (tools/data/badge.ts) and the theming playground's defaults
 * (demo/theme.ts); the JSDoc `@cssprop` lines (and from them custom-elements.json and the
 * README's table) are checked against it by test/node/tokens.test.ts.
 *
 * `use` names the private `--_*` property the public one is read into, once, on `:host`
 * (everything inside uses only private ones). Tokens without `use` are read where they apply.
 */
import type { Level } from '../data/constants.js';

export interface Token {
  light: string;
  /** Default under a dark colour scheme, when it differs. */
  dark?: string;
  /** Default with `variant="compact"`, when it differs. */
  compact?: string;
  use?: string;
}

export const TOKENS = {
  'font-family': { light: 'inherit' },
  'font-size': { light: '1rem' },
  background: { light: '#fff', dark: '#16191f', use: 'bg' },
  color: { light: '#1a1d23', dark: '#eef0f4', use: 'fg' },
  'muted-color': { light: '#5b6270', dark: '#a7aebb', use: 'muted' },
  accent: { light: '#3056d3', dark: '#8aa7ff', use: 'accent' },
  'border-color': { light: '#bfc5cf', dark: '#434a59', use: 'border' },
  'track-color': { light: '#c7ccd5', dark: '#3b4250', use: 'track' },
  radius: { light: '12px', use: 'radius' },
  'max-width': { light: '720px', compact: '480px' },
  // One hue that deepens with the level (light: darker; dark: brighter); the level is always
  // also in words, so colour is never the only cue.
  'level-low': { light: '#6e86de', dark: '#5a6dad', use: 'low' },
  'level-moderate': { light: '#4c66d0', dark: '#7088d8', use: 'moderate' },
  'level-high': { light: '#3650bd', dark: '#93a8f5', use: 'high' },
  'level-very-high': { light: '#1e2d75', dark: '#c8d3ff', use: 'very-high' },
} as const satisfies Record<string, Token> & Record<`level-${Level}`, Token>;

export type TokenName = keyof typeof TOKENS;

/** `var(--ai-risk-card-<name>, <default>)`, the default switching with the colour scheme. */
export function tokenVar(name: TokenName, variant: 'light' | 'compact' = 'light'): string {
  const t: Token = TOKENS[name];
  const fallback = variant === 'compact' && t.compact ? t.compact : t.dark ? `light-dark(${t.light}, ${t.dark})` : t.light;
  return `var(--ai-risk-card-${name}, ${fallback})`;
}

/** Public tokens read into private ones, once, on :host: `--_bg: var(--ai-risk-card-background, …);`. */
export const privateTokens = (): string =>
  Object.entries(TOKENS as Record<TokenName, Token>)
    .filter(([, t]) => t.use)
    .map(([name, t]) => `--_${t.use}:${tokenVar(name as TokenName)};`)
    .join('');

/**
 * The rules that read public tokens, as CSS text: the private tokens and the two tokens used
 * where they apply (width on :host and on the mini card's dialog, font on the card and the mini
 * line). Kept apart from the static sheets so
 * those stay plain literals that the build minifies.
 */
export const tokenRules = (): string =>
  `:host{${privateTokens()}max-width:${tokenVar('max-width')}}` +
  `:host([variant='compact']){max-width:${tokenVar('max-width', 'compact')}}` +
  `.card{font-family:${tokenVar('font-family')};font-size:${tokenVar('font-size')}}` +
  `.mini{font-family:${tokenVar('font-family')}}.mini-dialog{width:${tokenVar('max-width')}}`;
