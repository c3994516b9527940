// Browser tests in three engines, all system browsers (nothing is downloaded):
//   chromium  Debian's /usr/bin/chromium (or CHROME_PATH) through puppeteer-core and CDP
//   firefox   Debian's /usr/bin/firefox-esr (or FIREFOX_PATH) through puppeteer-core over
//             WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver), under
//             its own xvfb-run when there is no DISPLAY (test/webkit-launcher.mjs)
// BROWSERS=chromium (or any comma-separated subset) runs fewer engines, e.g. for fast local runs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './test/server-plugin.mjs';
import { ssrMiddleware } from './test/ssr-plugin.mjs';
import { enginePlugin } from './test/engine-plugin.mjs';
import { freePort, webkitLauncher } from './test/webkit-launcher.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!ENGINES.includes(name)) throw new Error(`BROWSERS: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
}

const chromium = () => {
  const launcher = chromeLauncher({
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
  });
  launcher.name = 'Chromium';
  return launcher;
};

// Firefox cannot change media features at runtime over BiDi; prefs set them for a whole instance.
const firefox = (prefs = {}, name = 'Firefox') => {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: prefs,
    },
  });
  launcher.name = name;
  return launcher;
};

const instances = {
  chromium: chromium(),
  firefox: firefox(),
  webkit: webkitLauncher(),
};
const pick = (map) => wanted.filter((name) => map[name]).map((name) => map[name]);

// Tests of what the OS decides (colour scheme, forced colours) run in instances started that way
// where the engine cannot emulate it at runtime; Chromium emulates it per page (enginePlugin).
const osFiles = 'test/browser/os/**/*.test.ts';
// `web-test-runner some.test.ts` runs just that file: the OS groups only join full runs.
const cliFiles = process.argv.slice(2).filter((a) => !a.startsWith('-') && /\.test\.ts$|\*/.test(a));
const groups = cliFiles.length
  ? []
  : [
      {
        name: 'os-dark',
        files: `test/browser/os/dark.test.ts`,
        browsers: pick({
          chromium: instances.chromium,
          firefox: firefox({ 'layout.css.prefers-color-scheme.content-override': 0 }, 'Firefox (dark OS)'),
          webkit: webkitLauncher({ name: 'WebKit (dark OS)', args: ['--dark-mode'] }),
        }),
      },
      {
        name: 'os-forced-colors',
        files: `test/browser/os/forced-colors.test.ts`,
        browsers: pick({
          chromium: instances.chromium,
          firefox: firefox({ 'browser.display.document_color_use': 2 }, 'Firefox (forced colours)'),
          // WebKitGTK has no forced-colours mode: the test skips there, saying so.
          webkit: instances.webkit,
        }),
      },
    ];

export default {
  // An ephemeral port: several checkouts may run tests on one machine at once.
  port: await freePort(),
  files: ['test/browser/**/*.test.ts', `!${osFiles}`],
  groups,
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a hidden second page gets no animation frames, which stalls axe.
  concurrency: 1,
  // One engine at a time: two cores cannot run two browsers without timing out tests.
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  // Decorators need the tsconfig (experimentalDecorators), or raw decorators reach the browser.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig }),
    enginePlugin(),
    // Baselines are committed per engine in test/visual/<browser>/baseline; refresh them
    // deliberately with `npm run test:browser -- --update-visual-baseline` after a visual change.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [testServerMiddleware(), ssrMiddleware()],
  browsers: pick(instances),
  reporters: [defaultReporter(), countsReporter()],
};
