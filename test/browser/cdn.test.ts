import { expect } from '@open-wc/testing';
import { cdn, onCdn, openPage, pastedBlog, readme, readmeSnippet, type Cdn } from './paste.js';

/**
 * The package as a public npm CDN serves it: `npm pack` (prepack builds the full data set),
 * unpacked by scripts/pack-test.mjs under a local server at /npm/ai-risk-card@<version>/ on
 * another origin, sending Access-Control-Allow-Origin: * as jsDelivr and unpkg do. A page on this
 * origin holds only the README's CDN snippet (read from README.md now): a code card, a job-title
 * card and a badge image must all show real data. Skipped without the packed package (it needs
 * the public sources).
 */
describe('the packed package from an npm CDN on another origin', function () {
  this.timeout(30_000);
  let server: Cdn;
  before(async function () {
    server = await cdn();
    if (!server.packed) this.skip();
  });

  it('renders the code card, the job-title card and the badge of the README snippet', async () => {
    expect(new URL(server.origin).origin === location.origin, 'CDN and page share an origin').to.equal(false);
    const pkg = `${server.origin}/npm/ai-risk-card@${server.version}/dist/data/v1/`;
    const index: { code: string; title: string; score: number }[] = (await (await fetch(`${pkg}index.json`)).json()).occupations;
    const byCode = new Map(index.map((o) => [o.code, o]));
    expect(index.length).to.equal(923);

    const snippet = readmeSnippet(await readme(), 'cdn');
    const { iframe, doc, win, record } = await openPage(pastedBlog(onCdn(snippet, `${server.origin}/npm/`)), {
      width: 1024,
      height: 900,
      cards: 2,
      scroll: true,
    });
    try {
      expect(record.errors).to.deep.equal([]);
      // The script itself came from the CDN origin (a module script across origins needs CORS).
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('/dist/ai-risk-card.js'));
      expect(scripts.length).to.equal(1);
      expect(scripts[0].startsWith(`${server.origin}/npm/ai-risk-card@`)).to.equal(true);

      const [byCodeCard, byTitleCard] = [...doc.querySelectorAll('ai-risk-card')];
      const shown = (el: Element) => ({
        title: el.shadowRoot!.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim(),
        score: Number(el.shadowRoot!.querySelector('[role=meter]')!.getAttribute('aria-valuenow')),
      });

      const code = byCodeCard.getAttribute('occupation')!;
      const real = byCode.get(code)!;
      expect(shown(byCodeCard).title).to.contain(real.title);
      expect(shown(byCodeCard).score).to.equal(real.score);

      // The job title resolves through the real job-title index (v1/lookup/) to a real occupation.
      const t = shown(byTitleCard);
      const ds = byCode.get('15-2051.00')!;
      expect(t.title, byTitleCard.getAttribute('job-title')!).to.contain(ds.title);
      expect(t.score).to.equal(ds.score);
      expect(byTitleCard.shadowRoot!.querySelector('.match')!.textContent).to.contain(byTitleCard.getAttribute('job-title'));

      const img = doc.querySelector('img')!;
      img.scrollIntoView();
      if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
      expect(img.naturalWidth, `badge ${img.src}`).to.equal(360);
      const badgeCode = /badges\/(.+)\.svg$/.exec(img.src)![1];
      const svg = await (await fetch(img.src)).text();
      expect(svg).to.contain(`${byCode.get(badgeCode)!.title}: ${byCode.get(badgeCode)!.score} out of 100`);
      expect(img.alt).to.contain(`${byCode.get(badgeCode)!.score} out of 100`);
    } finally {
      iframe.remove();
    }
  });

  it('resolves a version range as jsDelivr does (the README uses @0.1)', async () => {
    const range = server.version.split('.').slice(0, 2).join('.');
    // A cross-origin fetch that succeeds proves the server sent Access-Control-Allow-Origin.
    const res = await fetch(`${server.origin}/npm/ai-risk-card@${range}/dist/data/v1/meta.json`);
    expect((await res.json()).counts.occupations).to.equal(923);
  });
});
