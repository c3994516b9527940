// React 19 ships CommonJS only; scripts/test.mjs bundles this entry to ESM with esbuild
// (dist/test-vendor/frameworks.js) so the browser tests can run the README/docs examples.
export { createElement, useEffect, useRef } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export { createApp, h } from 'vue/dist/vue.esm-bundler.js';
