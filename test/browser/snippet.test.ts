import { expect } from '@open-wc/testing';
import { cardSnippet, reserveStyle } from '../../demo/snippet.js';
import { cdn, onCdn, openPage, pastedBlog, readme, readmeSnippet, visibleMoves, type Record } from './paste.js';

/**
 * No layout shift from the code users copy: the README's first snippet (read from README.md now,
 * so the two cannot drift) and the embed generator's output, pasted as they are into a blog post
 * with the card in the first viewport. The CDN URL is mapped to the local npm CDN, which answers
 * after 400 ms like a distant server, so the page paints before the module runs, as it does for
 * real readers. Checked in every engine by geometry (nothing visible moves; the element has the
 * skeleton's height before it is defined); in Chromium also by the Layout Instability API.
 */
const RTT = 400;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function paste(snippet: string, size: { width: number; height: number }) {
  const { origin } = await cdn();
  const page = await openPage(pastedBlog(onCdn(snippet, `${origin}/rtt/${RTT}/npm/`)), size);
  page.iframe.remove();
  return page.record;
}

/**
 * `slack`: how far visible content may move when the card's data arrives. A full card is taller
 * than the first viewport, so what follows it is out of view and must not move at all (0). A
 * compact card is short (median ~215–275px by engine), content below it is in view, and compact cards differ by
 * a few lines (title and verdict length): the reserve is their median, so the rest of the page
 * may move by up to 3em (48px) once, and CLS must still stay at most 0.01.
 */
function expectNoShift(r: Record, what: string, slack = 0) {
  expect(r.errors, `${what}: card errors`).to.deep.equal([]);
  expect(r.loaded, `${what}: cards loaded`).to.equal(1);
  const first = r.frames[0];
  const defined = r.frames.find((f) => f.defined)!;
  // The page really was painted before the module ran: otherwise this test could not fail.
  expect(first.defined, `${what}: first frame before the module ran`).to.equal(false);
  expect(
    Math.abs(first.cards[0].h - defined.cards[0].h),
    `${what}: height before (${first.cards[0].h}) and after (${defined.cards[0].h}) upgrade`,
  ).to.be.at.most(1);
  expect(
    visibleMoves(r.frames).filter((m) => Math.abs(m.to - m.from) > slack),
    `${what}: visible moves`,
  ).to.deep.equal([]);
  if (r.cls !== null) expect(r.cls, `${what}: CLS ${JSON.stringify(r.shifts)}`).to.be.at.most(0.01);
}

describe('pasted snippets cause no layout shift', function () {
  this.timeout(20_000);
  let top: string;
  before(async () => {
    top = readmeSnippet(await readme(), 'top');
  });

  it("the README's first snippet, desktop (1280 × 800)", async () => {
    expectNoShift(await paste(top, DESKTOP), 'README, desktop');
  });

  it("the README's first snippet, phone (390 × 844)", async () => {
    expectNoShift(await paste(top, PHONE), 'README, phone');
  });

  it('control: without its <style> rule the same snippet does shift the page', async () => {
    const bare = top.replace(/<style>[\s\S]*?<\/style>\n?/, '');
    expect(bare).not.to.equal(top);
    const r = await paste(bare, DESKTOP);
    expect(r.loaded).to.equal(1);
    expect(visibleMoves(r.frames).length, 'visible moves').to.be.at.least(1);
    if (r.cls !== null) expect(r.cls).to.be.above(0.1);
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`the embed generator's output, variant ${variant}`, async () => {
      const code = cardSnippet({
        code: '15-2051.00',
        title: 'Data Scientists',
        variant,
        href: 'https://www.onetonline.org/link/summary/15-2051.00',
      });
      expectNoShift(await paste(code, DESKTOP), `generator, ${variant}`, variant === 'compact' ? 48 : 0);
    });
  }

  it('the README snippets and the generator reserve the same space', async () => {
    const text = await readme();
    expect(top).to.contain(reserveStyle('full'));
    expect(readmeSnippet(text, 'cdn')).to.contain(reserveStyle('compact'));
  });

  it("the README's CSP hash is the hash of the first snippet's <style> rule", async () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(top)![1];
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    const hash = btoa(String.fromCharCode(...digest));
    expect(await readme()).to.contain(`style-src 'self' 'sha256-${hash}'`);
  });
});
