// Server commands whose means differ by engine. Each answers what it could do, so a test can
// skip (with its reason) where the engine offers no way:
//   executeServerCommand('media', [{ name: 'forced-colors', value: 'active' }])
//       emulates media features for the rest of the page's life and answers true; answers false
//       where the engine cannot change them at runtime. Chromium: the DevTools protocol
//       (wtr's emulateMedia does not reach forced-colors). Firefox (WebDriver BiDi) and WebKit
//       (classic WebDriver) have no runtime emulation; the config starts extra instances with a
//       dark OS scheme or forced colours instead (groups `os-dark`, `os-forced-colors`).
//   executeServerCommand('heap')
//       the page's JS heap in bytes after a full garbage collection, or false where the engine
//       offers no GC + heap reading to automation (only Chromium's DevTools protocol does;
//       performance.memory is cached and coarse).
const cdpOf = (session) => {
  const browser = session.browser;
  if (browser.type !== 'puppeteer') return undefined;
  const page = browser.getPage(session.id);
  return page.browser().cdpSupported === false ? undefined : page;
};

export function enginePlugin() {
  // Emulation lasts only as long as the DevTools session that set it, so media sessions stay open.
  const media = new Map();
  return {
    name: 'ai-risk-card-engine',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap' && command !== 'media') return undefined;
      const page = cdpOf(session);
      if (!page) return false;
      if (command === 'media') {
        let cdp = media.get(session.id);
        if (!cdp) media.set(session.id, (cdp = await page.target().createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { features: payload ?? [] });
        return true;
      }
      const cdp = await page.target().createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
