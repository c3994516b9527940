// WebKit for web-test-runner: WebKitWebDriver (Debian webkit2gtk-driver) starts
// `MiniBrowser --automation`; @web/test-runner-webdriver drives it over classic WebDriver
// (WebKitWebDriver refuses the BiDi capability). With no DISPLAY the driver runs under its own
// xvfb-run, so `web-test-runner` works the same from a terminal and from CI.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { PNG } from 'pngjs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SCREEN = { width: 1280, height: 1024 };

export const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

class WebKitLauncher extends WebdriverLauncher {
  #driverProcess;

  constructor({ name = 'WebKit', args = [], binary = process.env.MINIBROWSER_PATH || MINIBROWSER } = {}) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation', ...args] },
      },
    });
    this.label = name;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = this.label;
    const port = await freePort();
    const driver = process.env.WEBKIT_WEBDRIVER || 'WebKitWebDriver';
    const [cmd, cmdArgs] = process.env.DISPLAY
      ? [driver, [`--port=${port}`]]
      : ['xvfb-run', ['-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24`, driver, `--port=${port}`]];
    // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and MiniBrowser together.
    this.#driverProcess = spawn(cmd, cmdArgs, { detached: true, stdio: 'ignore' });
    const kill = () => this.#kill();
    process.once('exit', kill);
    this.options.port = port;
    await waitForDriver(port, this.#driverProcess);
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // With no window manager, keyboard focus follows the pointer, which rests at the screen
    // centre: the window must cover it or nothing in the page ever has :focus-visible.
    await this.driver.setWindowRect(0, 0, SCREEN.width, SCREEN.height);
    return manager;
  }

  // WebKitGTK's element screenshots come back partly black, so the element's box is cut out of
  // viewport screenshots instead, scrolling and stitching when it is taller than the viewport.
  async takeScreenshot(_sessionId, locator) {
    const driver = this.driver;
    const element = await driver.execute(locator, []);
    // Scrolls, waits two frames so the next screenshot shows the new position, then measures.
    const measure = (scrollTo) =>
      driver.executeAsync(
        (el, top, done) => {
          if (top == null) el.scrollIntoView({ block: 'start', inline: 'start' });
          else window.scrollTo(scrollX, top);
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const r = el.getBoundingClientRect();
              done({ x: r.left, y: r.top, width: r.width, height: r.height, pageTop: r.top + scrollY, dpr: devicePixelRatio });
            }),
          );
        },
        element,
        scrollTo,
      );
    const first = await measure(null);
    const { dpr } = first;
    const out = new PNG({ width: Math.round(first.width * dpr), height: Math.round(first.height * dpr) });
    let done = 0; // device px of the element already copied
    for (let box = first; done < out.height;) {
      const shot = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
      const srcY = Math.round(box.y * dpr) + done;
      const rows = Math.min(shot.height - srcY, out.height - done);
      const x = Math.max(0, Math.round(box.x * dpr));
      const w = Math.min(shot.width - x, out.width);
      if (srcY < 0 || rows <= 0 || w <= 0) throw new Error('cannot bring the element into the viewport');
      PNG.bitblt(shot, out, x, srcY, w, rows, 0, done);
      done += rows;
      if (done < out.height) box = await measure(first.pageTop + done / dpr);
    }
    return PNG.sync.write(out);
  }

  async stop() {
    await super.stop();
    this.#kill();
  }

  #kill() {
    const p = this.#driverProcess;
    if (!p || p.exitCode !== null || p.signalCode) return;
    try {
      process.kill(-p.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
