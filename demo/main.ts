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
  card.jobTitle = undefined;
  card.occupation = code;
  history.replaceState(null, '', `#${code}`);
}

function updateSnippet(code: string) {
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
      : `Real data: ${list.length} occupations from the public sources (data as of ${index.updated}).`;
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
    const raw = input.value.trim();
    const q = raw.toLowerCase();
    if (!q) {
      msg.textContent = 'Type an occupation title, a job title or a code.';
      return;
    }
    // A code from the list ("Title (15-2051.00)"), an O*NET-SOC or SOC code, or an exact title:
    // straight to the card. Anything else is a job title for the card's own title matching.
    const code = q.match(/\d\d-\d{4}(\.\d\d)?/)?.[0];
    const hit = code ? undefined : list.find((o) => o.title.toLowerCase() === q);
    if (code || hit) {
      msg.textContent = '';
      show(code ?? hit!.code);
    } else {
      msg.textContent = `Matching the job title “${raw}”…`;
      card.removeAttribute('occupation');
      card.jobTitle = raw;
      history.replaceState(null, '', `#title=${encodeURIComponent(raw)}`);
    }
  });
  card.addEventListener('ai-risk-card-load', (e) => {
    const m = e.detail.match;
    msg.textContent = m
      ? `“${m.query}” matched “${m.title}”: ${e.detail.data.occupation.title} (${e.detail.occupation}), ${Math.round(m.confidence * 100)}% match.`
      : '';
    updateSnippet(e.detail.occupation);
  });
  card.addEventListener('ai-risk-card-error', (e) => (msg.textContent = e.detail.message));
  const fromHash = () => {
    const h = decodeURIComponent(location.hash.slice(1));
    if (h.startsWith('title=')) {
      card.removeAttribute('occupation');
      card.jobTitle = h.slice(6);
    } else show(/^\d\d-\d{4}(\.\d\d)?$/.test(h) ? h : card.occupation || '15-2051.00');
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
}

init();
