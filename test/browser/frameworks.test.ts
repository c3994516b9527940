import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, fullDoc, text } from './helpers.js';

/**
 * The React 19 and Vue 3 examples of docs/frameworks.md, run for real. The runtimes are bundled
 * to ESM by scripts/test.mjs (React ships CommonJS only).
 */
type Vendor = any;
const vendor = (): Promise<Vendor> => import(/* @vite-ignore */ `${location.origin}/dist/test-vendor/frameworks.js`);

describe('frameworks', () => {
  it('React 19: props become attributes/properties, on<event> props become listeners', async () => {
    const { createElement, createRoot, flushSync } = await vendor();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(host);
    const seen: number[] = [];
    const doc = await fullDoc();
    flushSync(() =>
      root.render(
        createElement('div', null, [
          createElement('ai-risk-card', {
            key: 'a',
            occupation: '41-2011.00',
            'data-source': '/test/fixtures/data/',
            loading: 'eager',
            variant: 'compact',
            'onai-risk-card-load': (e: CustomEvent) => seen.push(e.detail.data.exposure.score),
          }),
          createElement('ai-risk-card', {
            key: 'b',
            data: doc,
            'onai-risk-card-load': (e: CustomEvent) => seen.push(e.detail.data.exposure.score),
          }),
        ]),
      ),
    );
    const [a, b] = host.querySelectorAll('ai-risk-card');
    await waitUntil(() => seen.length === 2, 'both cards load', { timeout: 5000 });
    expect(seen.sort()).to.deep.equal([18, 62]);
    expect(a.getAttribute('variant')).to.equal('compact');
    expect(text($(a, 'h2'))).to.equal('Will AI replace Cashiers?');
    expect(text($(b, 'h2'))).to.equal('Will AI replace Data Scientists?');
    root.unmount();
  });

  it('Vue 3: isCustomElement, :attr bindings, .prop bindings and @event listeners', async () => {
    const { createApp } = await vendor();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: string[] = [];
    const app = createApp({
      data: () => ({ code: '41-2011.00', doc: null as unknown }),
      methods: { onLoad: (e: CustomEvent) => seen.push(e.detail.occupation) },
      template: `<div>
        <ai-risk-card :occupation="code" data-source="/test/fixtures/data/" loading="eager" @ai-risk-card-load="onLoad" />
        <ai-risk-card v-if="doc" .data="doc" @ai-risk-card-load="onLoad" />
      </div>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'ai-risk-card';
    const vm = app.mount(host);
    vm.doc = await fullDoc();
    await waitUntil(() => seen.length === 2, 'both cards load', { timeout: 5000 });
    expect(seen.sort()).to.deep.equal(['15-2051.00', '41-2011.00']);
    vm.code = '15-2051.00';
    await waitUntil(() => seen.length === 3, 'the bound attribute change reloads', { timeout: 5000 });
    expect(text($(host.querySelector('ai-risk-card')!, 'h2'))).to.equal('Will AI replace Data Scientists?');
    app.unmount();
  });
});
