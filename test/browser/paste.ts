// Opens a pasted-snippet page (bench/snippet-pages.mjs) in an iframe of a given size and waits
// for its cards. Shared by snippet.test.ts and cdn.test.ts.
// @ts-expect-error plain ES module without types, shared with the bench (Node)
import * as pages from '../../bench/snippet-pages.mjs';

export const { readmeSnippet, onCdn, pastedBlog, visibleMoves, PUBLIC_CDN } = pages as {
  readmeSnippet: (readme: string, name?: string) => string;
  onCdn: (snippet: string, base: string) => string;
  pastedBlog: (snippet: string) => string;
  visibleMoves: (frames: Frame[]) => { at: number; from: number; to: number; defined: boolean }[];
  PUBLIC_CDN: string;
};

export interface Frame {
  t: number;
  defined: boolean;
  after: number;
  scroll: number;
  viewport: number;
  cards: { h: number; top: number }[];
}
export interface Record {
  cls: number | null;
  shifts: { at: number; value: number }[];
  frames: Frame[];
  loaded: number;
  errors: { occupation: string; kind: string; message: string }[];
}

/** The local npm CDN on another origin (test/server-plugin.mjs). */
export interface Cdn {
  origin: string;
  packed: boolean;
  version: string;
}
export const cdn = async (): Promise<Cdn> => (await fetch('/mock/cdn')).json();
export const readme = async () => (await fetch('/README.md', { cache: 'no-store' })).text();

const frame = (w: Window) => new Promise((r) => w.requestAnimationFrame(r));

/**
 * The page in an iframe of width × height (its own viewport), until `cards` cards have loaded
 * (scrolling each into view when it is lazy and off screen) or one failed; then two more frames
 * so late shifts are recorded.
 */
export async function openPage(
  html: string,
  { width, height, cards = 1, scroll = false }: { width: number; height: number; cards?: number; scroll?: boolean },
) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `position:fixed;left:0;top:0;border:0;width:${width}px;height:${height}px`;
  iframe.srcdoc = html;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const w = iframe.contentWindow as Window & { __paste: Record };
  const deadline = Date.now() + 15_000;
  while (w.__paste.loaded < cards && !w.__paste.errors.length) {
    if (Date.now() > deadline) throw new Error(`only ${w.__paste.loaded} of ${cards} cards loaded in 15 s`);
    if (scroll) {
      const waiting = [...w.document.querySelectorAll('ai-risk-card')].find((c) => !c.shadowRoot?.querySelector('h2'));
      waiting?.scrollIntoView();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await frame(w);
  await frame(w);
  await new Promise((r) => setTimeout(r, 100));
  await frame(w);
  return { iframe, win: w, doc: iframe.contentDocument!, record: structuredClone(w.__paste) as Record };
}
