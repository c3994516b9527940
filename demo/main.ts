// Demo page logic: load the occupation index and let the reader pick any occupation.
import '../src/define.js';

interface IndexEntry {
  code: string;
  slug: string;
  title: string;
  score: number;
  level: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const card = $<HTMLElementTagNameMap['ai-risk-card']>('main');
const input = $<HTMLInputElement>('q');
const msg = $('pick-msg');

function show(code: string) {
  card.occupation = code;
  history.replaceState(null, '', `#${code}`);
  $('snippet').textContent =
    `<script type="module" src="https://YOUR-CDN/ai-risk-card.js"></script>\n` +
    `<ai-risk-card occupation="${code}" data-source="https://YOUR-CDN/data/"></ai-risk-card>`;
}

async function init() {
  let list: IndexEntry[] = [];
  try {
    const res = await fetch('/data/v1/index.json');
    const index = await res.json();
    list = index.occupations;
    const meta = await (await fetch('/data/v1/meta.json')).json().catch(() => ({}));
    $('dataset').textContent = meta.sample
      ? `Sample data: ${list.length} occupations committed with the repository. Put the sources beside the project (../shared/data) or set AI_RISK_CARD_SOURCES and run npm start again for all of them.`
      : `Real data: ${list.length} occupations, built ${index.updated} from the public sources.`;
  } catch {
    $('dataset').textContent = 'Could not load /data/v1/index.json.';
  }
  const dl = $('occupations');
  for (const o of list) {
    const opt = document.createElement('option');
    opt.value = `${o.title} (${o.code})`;
    dl.append(opt);
  }
  $('pick').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim().toLowerCase();
    const code = q.match(/\d\d-\d{4}\.\d\d/)?.[0];
    const hit = list.find((o) => o.code === code) ?? list.find((o) => o.title.toLowerCase() === q) ?? list.find((o) => o.title.toLowerCase().includes(q));
    if (!q || !hit) {
      msg.textContent = q ? `No occupation matches “${input.value}”.` : 'Type an occupation title or code.';
      return;
    }
    msg.textContent = `Showing ${hit.title} (${hit.code}).`;
    show(hit.code);
  });
  show(/^#\d\d-\d{4}\.\d\d$/.test(location.hash) ? location.hash.slice(1) : card.occupation || '15-2051.00');
}

init();
