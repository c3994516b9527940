import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { AiRiskCard } from '../../src/ai-risk-card.js';
import { $, fullDoc, requests, text } from './helpers.js';

describe('lifecycle', () => {
  it('properties set before the element upgrades are honoured', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('ai-risk-card-late') as AiRiskCard;
    el.data = await fullDoc();
    el.theme = 'dark';
    host.append(el);
    class Late extends AiRiskCard {}
    const loaded = oneEvent(el, 'ai-risk-card-load');
    Late.define('ai-risk-card-late');
    await loaded;
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('moving a card in the DOM neither refetches nor re-renders from scratch', async () => {
    const path = 'test/fixtures/data/v1/occupations/15-2051.00.json';
    const [a, b] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    const el = document.createElement('ai-risk-card');
    const url = `${path}?move=${Math.random()}`;
    el.src = `/mock/count/${url}`;
    const loaded = oneEvent(el, 'ai-risk-card-load');
    a.append(el);
    await loaded;
    await el.updateComplete;
    const h2 = $(el, 'h2');
    let events = 0;
    el.addEventListener('ai-risk-card-load', () => events++);
    el.addEventListener('ai-risk-card-error', () => events++);
    b.append(el);
    a.append(el);
    await el.updateComplete;
    expect(await requests(url)).to.equal(1);
    expect(events).to.equal(0);
    expect($(el, 'h2') === h2, 'the same heading element').to.be.true;
  });

  it('1,000 mount/unmount cycles leave no memory behind (heap after GC)', async function () {
    this.timeout(60000);
    // Chromium only: a heap reading after a forced GC needs the DevTools protocol; Firefox (BiDi)
    // and WebKit (classic WebDriver) give automation neither.
    if (typeof (await executeServerCommand<number | false, string>('heap')) !== 'number') this.skip();
    const doc = await fullDoc();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i += 50) {
        const batch = Array.from({ length: 50 }, () => {
          const el = document.createElement('ai-risk-card');
          el.data = doc;
          host.append(el);
          return el;
        });
        await Promise.all(batch.map((el) => el.updateComplete));
        await waitUntil(() => batch.every((el) => $(el, 'h2')));
        for (const el of batch) el.remove();
      }
    };
    // Heap after full GC, through the DevTools protocol (test/engine-plugin.mjs).
    // The lowest of a few readings: the test runner's own traffic adds noise of a few hundred kB.
    const settle = async () => {
      let least = Infinity;
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 100));
        least = Math.min(least, (await executeServerCommand<number, string>('heap'))!);
      }
      return least;
    };
    await cycle(200); // warm up: JIT code, Lit template caches, formatter cache
    const before = await settle();
    await cycle(1000);
    const after = await settle();
    const growth = after - before;
    console.log(`heap growth after 1,000 mount/unmount cycles: ${(growth / 1024).toFixed(1)} KiB (${before} → ${after} bytes)`);
    expect(growth).to.be.below(1024 * 1024);
  });
});
