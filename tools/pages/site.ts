/**
 * The static site of `npm run pages`: one page per occupation with the card pre-rendered by
 * renderCard, and the index, sitemap and robots files. Pure functions of the data: the same inputs
 * give the same bytes.
 */
import { LEVEL_WORDS, type Occupation } from '../../src/data/contract.js';
import { jsonLdScripts, renderCard } from '../../src/ssr.js';

export interface SiteOptions {
  /** Absolute base URL of the site, ending in `/` (canonical URLs, Open Graph, sitemap). */
  baseUrl: string;
  /** URL of the card's script (takes the pre-rendered cards over), or '' for none. */
  script: string;
  /** The data's base URL, for the card's data-source (related jobs are links, so rarely used). */
  dataSource?: string;
}

export interface Entry {
  code: string;
  slug: string;
  title: string;
  score: number;
  level: keyof typeof LEVEL_WORDS;
}

export const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const num = (n: number) => n.toLocaleString('en-US');
const money = (n: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);

const PAGE_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1d23;background:#f6f7f9}
@media (prefers-color-scheme:dark){body{color:#eef0f4;background:#0e1014}a{color:#8aa7ff}}
header,main,footer{max-width:760px;margin:0 auto;padding:12px 16px}
ai-risk-card{display:block;margin:8px 0 24px}
nav ul{padding-left:1.2em}footer{font-size:14px;opacity:.8}
.s{width:100%;max-width:420px;font:inherit;padding:6px 10px;margin:8px 0}
ol.all{padding-left:1.4em}ol.all li{margin:2px 0}ol.all small{opacity:.75}`;

/** The page title and meta description, written from the document's own figures. */
export function describe(d: Occupation) {
  const t = d.occupation.title;
  const level = LEVEL_WORDS[d.exposure.level].toLowerCase();
  const title = `Will AI replace ${t}? AI exposure ${Math.round(d.exposure.score)}/100`;
  const parts = [
    `${t}: AI exposure ${Math.round(d.exposure.score)} out of 100 (${level}), from task-by-task ratings of ${d.tasks.length} O*NET tasks.`,
  ];
  if (d.wage) parts.push(`Median wage ${money(d.wage.median, d.wage.currency)} per ${d.wage.period}.`);
  if (d.employment) parts.push(`${num(d.employment.count)} US workers.`);
  if (d.demand?.changePct != null)
    parts.push(
      `Employment ${d.demand.changePct >= 0 ? 'projected to grow' : 'projected to change'} ${d.demand.changePct > 0 ? '+' : ''}${d.demand.changePct}%${d.demand.period ? ` (${d.demand.period})` : ''}.`,
    );
  parts.push('Exposure, not a forecast of job loss.');
  return { title, description: parts.join(' ') };
}

const head = (o: { title: string; description: string; url: string; image?: string; extra?: string }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<meta name="description" content="${esc(o.description)}">
<link rel="canonical" href="${esc(o.url)}">
<meta property="og:type" content="website">
<meta property="og:title" content="${esc(o.title)}">
<meta property="og:description" content="${esc(o.description)}">
<meta property="og:url" content="${esc(o.url)}">
${o.image ? `<meta property="og:image" content="${esc(o.image)}">\n<meta property="og:image:type" content="image/svg+xml">\n<meta name="twitter:card" content="summary">\n` : ''}<style>${PAGE_CSS}</style>
${o.extra ?? ''}</head>`;

/** One occupation's page (`<slug>/index.html`). `known`: slugs that have a page, for related links. */
export async function occupationPage(d: Occupation, known: Map<string, Entry>, o: SiteOptions): Promise<string> {
  const url = `${o.baseUrl}${d.occupation.slug}/`;
  const { title, description } = describe(d);
  const card = await renderCard(d, {
    headingLevel: 1,
    relatedHref: '../{slug}/',
    dataSource: o.dataSource,
  });
  const related = (d.related ?? []).filter((r) => r.slug && known.has(r.slug));
  return `${head({
    title,
    description,
    url,
    image: `${url}badge.svg`,
    extra: jsonLdScripts(d, url) + (o.script ? `\n<script type="module" src="${esc(o.script)}"></script>\n` : '\n'),
  })}
<body>
<header><a href="../">All occupations</a></header>
<main>
${card}
${
  related.length
    ? `<nav aria-labelledby="rel"><h2 id="rel">Related occupations</h2><ul>${related
        .map((r) => {
          const e = known.get(r.slug!)!;
          return `<li><a href="../${esc(e.slug)}/">${esc(e.title)}</a> <small>(AI exposure ${Math.round(e.score)})</small></li>`;
        })
        .join('')}</ul></nav>`
    : ''
}
</main>
<footer>Data updated ${esc(d.updated)} · O*NET-SOC ${esc(d.occupation.code)} · sources listed in the card</footer>
</body>
</html>
`;
}

/** The index: every occupation, with a search over titles (and a few alternate titles) that filters the list. */
export function indexPage(entries: Entry[], alt: Map<string, string[]>, o: SiteOptions, updated: string): string {
  const items = [...entries]
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    .map(
      (e) =>
        `<li data-t="${esc([e.title, ...(alt.get(e.code) ?? [])].join('|').toLowerCase())}"><a href="${esc(e.slug)}/">${esc(e.title)}</a> <small>${Math.round(e.score)}/100, ${LEVEL_WORDS[e.level].toLowerCase()}</small></li>`,
    )
    .join('\n');
  // Filtering only: without script the whole list shows.
  const search = `<script>
const q=document.getElementById('q'),items=[...document.querySelectorAll('ol.all li')],n=document.getElementById('n');
q.hidden=false;q.addEventListener('input',()=>{const w=q.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);let c=0;for(const li of items){const t=li.dataset.t,ok=w.every((x)=>t.includes(x));li.hidden=!ok;c+=ok}n.textContent=w.length?c+' of ${entries.length} occupations':''});
</script>`;
  return `${head({
    title: 'Will AI replace my job? AI exposure of every US occupation',
    description: `AI exposure, wages, employment and task-by-task AI coverage for ${entries.length} US occupations (O*NET, BLS), from public data. Exposure, not a forecast of job loss.`,
    url: o.baseUrl,
  })}
<body>
<main>
<h1>AI exposure of ${entries.length} US occupations</h1>
<p>Data updated ${esc(updated)}. Each page shows how much of the occupation's tasks today's AI could help with, who rated them, wages, employment and sources.</p>
<label for="q">Search occupations</label><br>
<input id="q" class="s" type="search" placeholder="e.g. nurse, software, accountant" autocomplete="off" hidden>
<p id="n" aria-live="polite"></p>
<ol class="all">
${items}
</ol>
</main>
${search}
</body>
</html>
`;
}

export function sitemap(entries: Entry[], updated: Map<string, string>, o: SiteOptions): string {
  const urls = [
    `<url><loc>${esc(o.baseUrl)}</loc></url>`,
    ...[...entries]
      .sort((a, b) => (a.slug < b.slug ? -1 : 1))
      .map((e) => `<url><loc>${esc(`${o.baseUrl}${e.slug}/`)}</loc><lastmod>${esc(updated.get(e.code) ?? '')}</lastmod></url>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export const robots = (o: SiteOptions) => `User-agent: *\nAllow: /\nSitemap: ${o.baseUrl}sitemap.xml\n`;
