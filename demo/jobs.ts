// Demo job board and blog: registers the element, says which data set the page runs on, and
// (job board) switches the listings between compact cards and mini rows.
// (A module import, not <script src="../src/define.ts">: Vite serves demo/ as the root, so an
// HTML src cannot reach ../src, while an import is resolved on disk.)
import '../src/define.js';

const note = document.getElementById('dataset');

async function describeData() {
  if (!note) return;
  try {
    const meta = await (await fetch('/data/v1/meta.json')).json();
    // With the committed sample set (8 occupations), titles outside it find no occupation.
    note.textContent = meta.sample
      ? `Sample data: ${meta.counts?.occupations ?? 8} occupations, so listings outside them show “not found”. Run npm start with the public sources for all ${meta.totalOccupations ?? 923}.`
      : `Real data: ${meta.counts?.occupations ?? 'all'} occupations from the public sources (data as of ${meta.updated}).`;
  } catch {
    note.textContent = 'Could not load /data/v1/meta.json.';
  }
}

describeData();

// Compact cards or mini rows: the same cards, one attribute apart (variant), and the same data
// requests (the page-wide cache keeps one per occupation). ?cards=mini opens the page in mini rows.
const radios = document.querySelectorAll<HTMLInputElement>('input[name=view]');
function show(view: string) {
  const mini = view === 'mini';
  document.body.classList.toggle('mini', mini);
  for (const card of document.querySelectorAll('ai-risk-card')) card.variant = mini ? 'mini' : 'compact';
  for (const r of radios) r.checked = r.value === view;
}
for (const r of radios)
  r.addEventListener('change', () => {
    show(r.value);
    const url = new URL(location.href);
    url.searchParams.set('cards', r.value);
    history.replaceState(null, '', url);
  });
if (new URLSearchParams(location.search).get('cards') === 'mini') show('mini');
