// Demo job board and blog: registers the element and says which data set the page runs on.
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
