// Server commands that need the Chrome DevTools Protocol:
//   executeServerCommand('heap')  the page's JS heap in bytes after a full garbage collection
//                                 (performance.memory is cached and coarse)
//   executeServerCommand('media', [{ name: 'forced-colors', value: 'active' }])  emulated media
//                                 features (wtr's emulateMedia does not reach forced-colors here)
export function cdpPlugin() {
  // Emulation lasts only as long as the DevTools session that set it, so media sessions stay open.
  const media = new Map();
  return {
    name: 'ai-risk-card-cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap' && command !== 'media') return undefined;
      const page = session.browser.getPage(session.id);
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
