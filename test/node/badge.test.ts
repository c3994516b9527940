/** The SVG badges (tools/data/badge.ts) and their place in the data build. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Occupation } from '../../src/data/contract.ts';
import {
  BADGE_HEIGHT,
  BADGE_WIDTH,
  LEVEL_COLORS,
  badgeDate,
  badgeLabel,
  badgeSvg,
  cleanText,
  textWidth,
  truncate,
} from '../../tools/data/badge.ts';
import { build } from '../../tools/data/build.ts';
import { renderFiles } from '../../tools/data/output.ts';
import { FIXTURE, readJson, runCli, tempDir } from './helpers.ts';

const result = build({ sources: FIXTURE });
const base = result.docs.find((d) => d.occupation.code === '15-2051.00')!;
const withDoc = (title: string, score = 63, level: Occupation['exposure']['level'] = 'very-high'): Occupation => ({
  ...base,
  occupation: { ...base.occupation, title },
  exposure: { ...base.exposure, score, level },
});

/** The text of the title line (the 15 px bold <text>), entities decoded. */
const titleLine = (svg: string) => decode(/<text [^>]*font-size="15" font-weight="700"[^>]*>([^<]*)<\/text>/.exec(svg)![1]);
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

/**
 * Well-formed enough for an image decoder: every `&` starts a numeric entity, every `<` starts a
 * tag this generator writes, and tags balance.
 */
function assertWellFormed(svg: string) {
  assert.doesNotMatch(svg, /&(?!#\d+;)/, 'bare &');
  const tags = [...svg.matchAll(/<(\/?)([a-z]+)\b[^<>]*?(\/?)>/g)];
  assert.equal(svg.split('<').length - 1, tags.length, 'a < that opens no tag');
  const stack: string[] = [];
  for (const [, close, name, self] of tags) {
    assert.ok(['svg', 'title', 'rect', 'g', 'text', 'tspan'].includes(name), `unexpected <${name}>`);
    if (self) continue;
    if (close) assert.equal(stack.pop(), name);
    else stack.push(name);
  }
  assert.deepEqual(stack, []);
  // Attribute values never hold a raw quote of either kind (values are double-quoted).
  for (const [tag] of tags) assert.doesNotMatch(tag, /="[^"]*'/, tag);
}

describe('badgeSvg', () => {
  it('shows the title, score, level in words and data date, with an accessible name', () => {
    const svg = badgeSvg(base);
    assert.match(
      svg,
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-label="`,
      ),
    );
    const label = 'AI exposure for Data Scientists: 70 out of 100, very high. Data as of Dec 1, 2025.';
    assert.equal(badgeLabel(base), label);
    assert.ok(svg.includes(`aria-label="${label}"`));
    assert.ok(svg.includes(`<title>${label}</title>`));
    assert.equal(titleLine(svg), 'Data Scientists');
    assert.ok(svg.includes('>70</tspan><tspan font-size="12" fill="#5b6270">/100</tspan>'));
    assert.ok(svg.includes('>Very high exposure</tspan>'));
    assert.ok(svg.includes('>Data as of Dec 1, 2025</text>'));
    assert.ok(svg.endsWith('</svg>\n'));
    assertWellFormed(svg);
  });

  it('is self-contained: no external references, scripts, styles or IDs', () => {
    const svg = badgeSvg(withDoc('Data Scientists'));
    assert.doesNotMatch(svg, /<script|<style|<image|<foreignObject|href=|url\(|@import|\bid=|\bon[a-z]+=/i);
    // The only URL is the SVG namespace.
    assert.deepEqual(svg.match(/https?:\/\/[^"\s]+/g), ['http://www.w3.org/2000/svg']);
  });

  it('escapes <, &, and both quotes everywhere text goes', () => {
    const title = `Tom & Jerry's <b>"Best"</b> & <script>alert(1)</script>`;
    const svg = badgeSvg(withDoc(title));
    assertWellFormed(svg);
    assert.doesNotMatch(svg, /<b>|<script|"Best"|Jerry's/);
    assert.ok(svg.includes('Tom &#38; Jerry&#39;s &#60;b&#62;&#34;Best&#34;&#60;/b&#62;'));
    assert.ok(decode(/aria-label="([^"]*)"/.exec(svg)![1]).includes(`for ${title}:`));
    assert.ok(decode(/<title>([^<]*)<\/title>/.exec(svg)![1]).includes(`for ${title}:`));
    assert.ok(title.startsWith(titleLine(svg).slice(0, -1)));
  });

  it('drops characters XML cannot hold and collapses white space', () => {
    assert.equal(cleanText('A\u0000\u0007B\u000B \n\t C\uFFFE\uD800'), 'AB C');
    assert.equal(cleanText('  Data\u00A0 Scientists 👩‍🔬 '), 'Data Scientists 👩‍🔬');
    const svg = badgeSvg(withDoc('Bad\u0001 title\uDC00'));
    assert.equal(titleLine(svg), 'Bad title');
    assertWellFormed(svg);
    // Nothing left: the code stands in for the title.
    assert.equal(titleLine(badgeSvg(withDoc('\u0002 '))), base.occupation.code);
  });

  it('keeps titles that fit and ends long ones with an ellipsis, at a word when it can', () => {
    assert.equal(truncate('Data Scientists', 328, 15), 'Data Scientists');
    const long = 'Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic';
    const cut = titleLine(badgeSvg(withDoc(long)));
    assert.ok(cut.endsWith('…'));
    assert.ok(long.startsWith(cut.slice(0, -1)));
    assert.ok(textWidth(cut, 15) <= BADGE_WIDTH - 32, `${cut} is too wide`);
    assert.ok(cut.length > 20);
    // Cut at a word boundary, with no comma or space left before the ellipsis.
    assert.doesNotMatch(cut, /[\s,]…$/);
    assert.ok(long.slice(cut.length - 1).startsWith(' '), `cut inside a word: ${cut}`);
    // One unbroken word: cut inside it, never beyond the room.
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosisologists';
    const w = truncate(word, 200, 15);
    assert.ok(w.endsWith('…') && word.startsWith(w.slice(0, -1)) && textWidth(w, 15) <= 200);
  });

  it('never splits an emoji or a surrogate pair', () => {
    const title = `${'👩‍🔬'.repeat(40)}`;
    const cut = truncate(title, 200, 15);
    assert.ok(cut.endsWith('…'));
    const body = cut.slice(0, -1);
    assert.equal(body.length % '👩‍🔬'.length, 0);
    assert.ok(body.length > 0 && title.startsWith(body));
    assertWellFormed(badgeSvg(withDoc(title)));
  });

  it('uses the card’s light-theme colour of each level', () => {
    assert.deepEqual(LEVEL_COLORS, { low: '#6e86de', moderate: '#4c66d0', high: '#3650bd', 'very-high': '#1e2d75' });
    const cases = [
      [5, 'low', 'Low'],
      [25, 'moderate', 'Moderate'],
      [45, 'high', 'High'],
      [100, 'very-high', 'Very high'],
    ] as const;
    for (const [score, level, words] of cases) {
      const svg = badgeSvg(withDoc('Cooks', score, level));
      const color = LEVEL_COLORS[level];
      assert.ok(svg.includes(`<text x="16" y="67" fill="${color}">`), level);
      assert.ok(svg.includes(`>${words} exposure</tspan>`), level);
      assert.ok(svg.includes(`height="6" rx="3" fill="${color}"/>`), `meter of ${level}`);
      for (const other of Object.values(LEVEL_COLORS))
        if (other !== color) assert.ok(!svg.includes(other), `${level} shows ${other}`);
      assertWellFormed(svg);
    }
    // Score 0: the meter's track only.
    assert.doesNotMatch(badgeSvg(withDoc('Cooks', 0, 'low')), /fill="#6e86de"\/>/);
  });

  it('formats the data date without Intl, and keeps an impossible one as written', () => {
    assert.equal(badgeDate('2025-12-01'), 'Dec 1, 2025');
    assert.equal(badgeDate('2026-01-15'), 'Jan 15, 2026');
    assert.equal(badgeDate('2026-13-01'), '2026-13-01');
  });

  it('is deterministic: same document, same bytes', () => {
    const again = build({ sources: FIXTURE });
    for (const d of result.docs) {
      const twin = again.docs.find((x) => x.occupation.code === d.occupation.code)!;
      assert.equal(badgeSvg(d), badgeSvg(structuredClone(twin)), d.occupation.code);
    }
  });
});

describe('badges in the data build', () => {
  it('writes one badge per occupation, from the written document', () => {
    const out = tempDir();
    const r = runCli(['--sources', FIXTURE, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const v1 = path.join(out, 'v1');
    const codes = readJson(path.join(v1, 'index.json')).occupations.map((o: { code: string }) => o.code);
    assert.equal(codes.length, 5);
    assert.deepEqual(readdirSync(path.join(v1, 'badges')).sort(), codes.map((c: string) => `${c}.svg`).sort());
    for (const code of codes) {
      const svg = readFileSync(path.join(v1, 'badges', `${code}.svg`), 'utf8');
      assert.equal(svg, badgeSvg(readJson(path.join(v1, 'occupations', `${code}.json`))), code);
      assertWellFormed(svg);
    }
  });

  it('is part of the rendered file set, sample builds included', () => {
    const files = renderFiles(result, { sample: { label: 'Sample data: test', totalOccupations: 5 } });
    const badges = [...files.keys()].filter((k) => k.startsWith('v1/badges/'));
    assert.deepEqual(badges.sort(), result.docs.map((d) => `v1/badges/${d.occupation.code}.svg`).sort());
  });
});
