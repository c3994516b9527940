import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LEVELS } from '../../src/data/contract.ts';
import { privateTokens, TOKENS, tokenVar, type Token, type TokenName } from '../../src/styles/tokens.ts';
import { LEVEL_COLORS } from '../../tools/data/badge.ts';

const tokens = Object.entries(TOKENS as Record<TokenName, Token>);

test('the JSDoc @cssprop lines (and so custom-elements.json and the README) state every token with its table defaults', () => {
  const src = readFileSync('src/ai-risk-card.ts', 'utf8');
  const documented = [...src.matchAll(/@cssprop \[--ai-risk-card-([\w-]+)=([^\]]+)\] - ([^\n]*)/g)].map(
    ([, name, light, rest]) => ({
      name,
      light,
      dark: rest.match(/\(dark: ([^)]+)\)/)?.[1],
      compact: rest.match(/\(compact: ([^)]+)\)/)?.[1],
    }),
  );
  assert.deepEqual(documented.map((d) => d.name).sort(), tokens.map(([n]) => n).sort(), 'one @cssprop per token');
  for (const d of documented) {
    const t: Token = TOKENS[d.name as TokenName];
    assert.equal(d.light, t.light, `${d.name}: light default`);
    assert.equal(d.dark, t.dark, `${d.name}: dark default`);
    assert.equal(d.compact, t.compact, `${d.name}: compact default`);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const props = manifest.modules.flatMap((m: any) => m.declarations ?? []).flatMap((d: any) => d.cssProperties ?? []);
  for (const [name, t] of tokens)
    assert.equal(props.find((p: any) => p.name === `--ai-risk-card-${name}`)?.default, t.light, `manifest: ${name}`);
});

test('the card reads every public token once, into a private one, with the table default', () => {
  const css = privateTokens();
  for (const [name, t] of tokens) {
    if (t.use) assert.ok(css.includes(`--_${t.use}:${tokenVar(name as TokenName)};`), name);
  }
  assert.equal(tokenVar('background'), 'var(--ai-risk-card-background, light-dark(#fff, #16191f))');
  assert.equal(tokenVar('max-width', 'compact'), 'var(--ai-risk-card-max-width, 480px)');
});

test('no copy of a token default or public name outside the table (src/, badge, playground)', () => {
  const files = [
    ...readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src', f)),
    'tools/data/badge.ts',
    'demo/theme.ts',
  ].filter((f) => f !== join('src', 'styles', 'tokens.ts') && f !== join('src', 'ai-risk-card.ts'));
  const colours = new Set(tokens.flatMap(([, t]) => [t.light, t.dark]).filter((v): v is string => !!v && v.startsWith('#')));
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const c of colours) assert.ok(!new RegExp(`${c}(?![0-9a-f])`, 'i').test(text), `${f} restates ${c}`);
    if (f.startsWith('src'))
      assert.ok(!/var\(--ai-risk-card-/.test(text), `${f} reads a public token directly instead of through styles/tokens.ts`);
  }
});

test("the badge uses the table's light level colours", () => {
  for (const l of LEVELS) assert.equal(LEVEL_COLORS[l], TOKENS[`level-${l}`].light);
});

/** WCAG contrast ratio of two #rgb / #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.length === 4 ? hex.replace(/\w/g, (c) => c + c) : hex;
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(h.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('bar tracks and borders stand out from the card (at least 1.5:1) in both themes', () => {
  const bg: Token = TOKENS.background;
  for (const name of ['track-color', 'border-color'] as const) {
    const t: Token = TOKENS[name];
    assert.ok(contrast(t.light, bg.light) >= 1.5, `${name} light: ${contrast(t.light, bg.light).toFixed(2)}:1`);
    assert.ok(contrast(t.dark!, bg.dark!) >= 1.5, `${name} dark: ${contrast(t.dark!, bg.dark!).toFixed(2)}:1`);
  }
  // The gauge's one hue deepens with the level: each step further from the background.
  for (const theme of ['light', 'dark'] as const) {
    const steps = LEVELS.map((l) => contrast((TOKENS[`level-${l}`] as Token)[theme]!, (bg as Token)[theme]!));
    assert.deepEqual(
      steps,
      [...steps].sort((p, q) => p - q),
      `${theme}: ${steps.map((s) => s.toFixed(1)).join(' < ')}`,
    );
    assert.ok(steps[0] >= 3, `${theme}: the lightest level is a visible graphic (3:1)`);
  }
});
