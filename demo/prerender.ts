// The embed generator's third output, "pre-rendered HTML": a card drawn by the element in this
// browser, written out in the shape renderCard (src/ssr.ts) writes on a server: <ai-risk-card>
// with a declarative shadow root (its styles and its markup) and its validated document inline,
// which the script reads instead of fetching when it takes the card over.
import type { LitElement } from 'lit';
import type { Occupation } from '../src/data/contract.ts';
import { DEFAULTS, SCRIPT_URL } from './snippet.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface PrerenderOptions {
  theme?: string;
  variant?: string;
}

/** The card's markup as the HTML serializer writes it, without Lit's comment markers. */
function shadowMarkup(root: ShadowRoot): string {
  const box = document.createElement('div');
  box.append(...[...root.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => n.cloneNode(true)));
  // Comments are removed as nodes, never by pattern: no text or attribute value can be cut.
  const walk = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walk.nextNode()) comments.push(walk.currentNode);
  for (const c of comments) c.parentNode!.removeChild(c);
  return box.innerHTML;
}

/**
 * Draw `doc` with the chosen options in a card off screen, and return the markup to paste: the
 * script (optional), then the pre-rendered card.
 */
export async function prerenderedSnippet(doc: Occupation, o: PrerenderOptions): Promise<string> {
  const el = document.createElement('ai-risk-card');
  const attrs: [string, string][] = [['occupation', doc.occupation.code]];
  for (const k of ['theme', 'variant'] as const) if (o[k] && o[k] !== DEFAULTS[k]) attrs.push([k, o[k]!]);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  el.data = doc;
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;left:-10000px;top:0;width:720px';
  box.append(el);
  document.body.append(box);
  try {
    await el.updateComplete;
    const styles = (customElements.get('ai-risk-card') as unknown as typeof LitElement).elementStyles.map((s) =>
      'cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join(''),
    );
    const host = attrs.map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
    const data = JSON.stringify(doc).replace(/</g, '\\u003c');
    return [
      `<!-- optional, once per page: makes the card interactive and lets it load fresh data -->`,
      `<script type="module" src="${SCRIPT_URL}"></script>`,
      '',
      `<ai-risk-card ${host}><template shadowrootmode="open"><style>${styles.join('')}</style>${shadowMarkup(el.shadowRoot!)}</template>` +
        `<script type="application/json" data-ai-risk-card>${data}</script></ai-risk-card>`,
    ].join('\n');
  } finally {
    box.remove();
  }
}

/** Bytes of the text as UTF-8, and gzipped (what a server sends), for the trade-off line. */
export async function sizes(text: string): Promise<{ bytes: number; gzip?: number }> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'undefined') return { bytes: bytes.length };
  const gz = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  return { bytes: bytes.length, gzip: gz.byteLength };
}
