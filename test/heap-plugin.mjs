// executeServerCommand('heap'): the page's JS heap in bytes after a full garbage collection,
// measured through the Chrome DevTools Protocol (performance.memory is cached and coarse).
export function heapPlugin() {
  return {
    name: 'ai-risk-card-heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const page = session.browser.getPage(session.id);
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
