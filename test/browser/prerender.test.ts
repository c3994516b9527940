/**
 * The embed generator's "pre-rendered HTML" (demo/prerender.ts): the card drawn in the browser and
 * written out. It must be the markup renderCard writes on a server for the same document and
 * options (served by test/ssr-plugin.mjs), so both take over the same way; pasted into a page it
 * shows the card, and the script takes it over without fetching.
 */
import { expect } from '@open-wc/testing';
import { prerenderedSnippet, sizes } from '../../demo/prerender.js';
import { fullDoc } from './helpers.js';

const parse = (html: string) =>
  (Document as unknown as { parseHTMLUnsafe(s: string): Document }).parseHTMLUnsafe(html).querySelector('ai-risk-card')!;
/** Elements, sorted attributes (style declarations without spaces) and collapsed text; no <style>, no comments. */
function dom(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return (n.textContent ?? '').replace(/\s+/g, ' ');
  if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const e = n as Element;
  if (e.localName === 'style') return '';
  const kids = [...n.childNodes].map(dom).join('').replace(/\s+/g, ' ').trim();
  if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return kids;
  const attrs = [...e.attributes]
    .map((a) => `${a.name}="${a.name === 'style' ? a.value.replace(/[\s;]+/g, '') : a.value}"`)
    .sort()
    .join(' ');
  return `<${e.localName} ${attrs}>${kids}</${e.localName}>`;
}

describe('embed generator: pre-rendered HTML', () => {
  it('is the markup renderCard writes for the same document and options', async () => {
    const doc = await fullDoc();
    const snippet = await prerenderedSnippet(doc, { theme: 'light' });
    const server = await (await fetch('/ssr/full.html')).text();
    const mine = parse(snippet);
    const theirs = parse(server);
    expect(mine.shadowRoot, 'a declarative shadow root').to.exist;
    expect(dom(mine.shadowRoot!)).to.equal(dom(theirs.shadowRoot!));
    expect(mine.getAttribute('theme')).to.equal('light');
    expect(JSON.parse(mine.querySelector('script[data-ai-risk-card]')!.textContent!)).to.deep.equal(doc);
    expect(snippet).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/ai-risk-card@');
  });

  it('escapes what the data says: markup in a title stays text', async () => {
    const doc = await fullDoc();
    doc.occupation.title = '</script><img src=x onerror="window.__pwned=1"><!--';
    const el = parse(await prerenderedSnippet(doc, {}));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain(doc.occupation.title);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(JSON.parse(el.querySelector('script[data-ai-risk-card]')!.textContent!).occupation.title).to.equal(
      doc.occupation.title,
    );
  });

  it('pasted into a page: the card shows and is taken over without a request for its document', async () => {
    const doc = await fullDoc();
    const snippet = await prerenderedSnippet(doc, { variant: 'compact' });
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('15-2051.00.json')).length;
    const host = document.createElement('div');
    document.body.append(host);
    const loaded = new Promise((r) => host.addEventListener('ai-risk-card-load', r));
    (host as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(snippet.slice(snippet.indexOf('<ai-risk-card')));
    await loaded;
    const el = host.querySelector('ai-risk-card')!;
    expect(el.shadowRoot!.querySelectorAll('[part=task]').length).to.equal(1); // compact: the most exposed task
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('15-2051.00.json')).length).to.equal(before);
    host.remove();
  });

  it('states its size, raw and gzipped', async () => {
    const s = await sizes('x'.repeat(10000));
    expect(s.bytes).to.equal(10000);
    expect(s.gzip).to.be.within(20, 200);
  });
});

describe('embed generator page: the pre-rendered output', () => {
  it('appears for the preview’s occupation with its size, and follows the options', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1100px;height:800px';
    document.body.append(frame);
    await new Promise((r) => {
      frame.onload = r;
      frame.src = '/demo/embed.html';
    });
    const doc = frame.contentDocument!;
    const code = () => (doc.getElementById('pre-code') as HTMLTextAreaElement).value;
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      return ok();
    };
    expect(await until(() => code().includes('shadowrootmode="open"'))).to.equal(true);
    expect(code()).to.contain('occupation="15-2051.00"').and.contain('<script type="application/json" data-ai-risk-card>');
    expect(doc.getElementById('pre-size')!.textContent).to.match(/^Size of the pasted markup: [\d.]+ kB/);
    doc.querySelector<HTMLInputElement>('input[name=variant][value=compact]')!.click();
    expect(await until(() => code().includes('variant="compact"'))).to.equal(true);
    frame.remove();
  });
});
