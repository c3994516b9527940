// Browser tests run in real headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './test/server-plugin.mjs';
import { cdpPlugin } from './test/cdp-plugin.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a hidden second page gets no animation frames, which stalls axe.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Decorators need the tsconfig (experimentalDecorators), or raw decorators reach the browser.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig }),
    cdpPlugin(),
    // Baselines are committed in test/visual/<browser>/baseline; refresh them deliberately with
    // `npm run test:browser -- --update-visual-baseline` after a visual change.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [testServerMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          // Pages run side by side; without these the hidden one's timers are throttled to a crawl.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countsReporter()],
};
