import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Loader, type LoaderHost, type LoadState } from '../../src/controllers/loader.ts';
import { loadDetails } from '../../src/i18n/registry.ts';

/** The loader's answer is set once the error details have loaded and its continuation has run. */
const settled = async () => {
  await loadDetails();
  await new Promise((r) => setImmediate(r));
};

/** The least of a Lit host the loader uses: properties, addController, requestUpdate. */
function host(props: Partial<LoaderHost>) {
  let updates = 0;
  const h = {
    loading: 'eager',
    timeout: 1000,
    isConnected: true,
    addController() {},
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
    ...props,
  } as unknown as LoaderHost;
  return { h, updates: () => updates };
}

test('an unchanged input (NaN too: the same value) starts no new load on the next update', async () => {
  (globalThis as any).document ??= { baseURI: 'https://page.example/' };
  const states: LoadState['status'][] = [];
  const { h } = host({ data: NaN });
  const loader = new Loader(h, { onChange: (s) => states.push(s.status) });
  loader.hostUpdate();
  await settled();
  assert.equal(loader.state.status, 'error');
  const seen = states.length;
  loader.hostUpdate(); // the render the error asked for
  loader.hostUpdate();
  assert.equal(states.length, seen, `loads restarted: ${states.join(', ')}`);
});

test('a changed input starts a new load; the stale answer is dropped', async () => {
  const { h } = host({ data: { schemaVersion: 2 } });
  const loader = new Loader(h);
  loader.hostUpdate();
  (h as any).data = { schemaVersion: 3 };
  loader.hostUpdate();
  await settled();
  assert.equal(loader.state.status, 'error');
  assert.equal(loader.state.status === 'error' && loader.state.message, 'Invalid data at schemaVersion: expected 1.');
});
