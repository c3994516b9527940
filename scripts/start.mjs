// `npm start`: the demo on real data when the public sources are present, sample data otherwise.
//   sources: $AI_RISK_CARD_SOURCES, else ../shared/data (see README "Data build")
//   built data: dist/data (rebuilt when missing or older than the sources or the build code)
import { spawn, spawnSync } from 'node:child_process';
import { dataPlan } from './data-location.mjs';

const { sources, out, sample, hasSources, stale } = dataPlan();

let data = sample;
if (hasSources) {
  if (stale) {
    console.log(`Building the data API from ${sources} …`);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/data/cli.ts', '--sources', sources, '--out', out, '--custom', 'demo/custom'],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) {
      console.error('The data build failed (see above); showing the committed sample data instead.');
    } else data = out;
  } else {
    console.log(`Using the data built in ${out} (up to date with ${sources}).`);
    data = out;
  }
} else {
  console.log(`No sources at ${sources}: showing the committed sample data (demo/sample-data).`);
  console.log('Set AI_RISK_CARD_SOURCES=/path/to/data (see README, "Data build") for all occupations.');
}

const port = process.env.PORT || '5173';
console.log(`Serving the demo with data from ${data}`);
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', port, '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, AI_RISK_CARD_DATA: data },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => vite.kill(sig));
vite.on('exit', (code) => process.exit(code ?? 0));
