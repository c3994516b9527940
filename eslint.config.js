// ESLint flat config: JavaScript and typescript-eslint recommended rules everywhere, Lit and
// web-component rules for the browser code, browser or Node globals by folder. Formatting is
// Prettier's job (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'demo/sample-data/',
    'test/fixtures/',
    'test/node/fixtures/',
    'test/visual/',
    'test/screenshots/',
    'bench/results.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are a compile error already (tsconfig noUnusedLocals/Parameters); `_` marks
      // parameters kept for a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The card and the pages that host it: browser globals, Lit templates, custom elements.
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts', 'test/frameworks/**/*.{ts,mjs,js}', 'test/pages/**/*.js'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests feed hostile and malformed payloads, and scripts read raw JSON: `any` is the honest type there.
    files: ['test/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The WebKit launcher's screenshot callbacks run in the browser.
    files: ['test/webkit-launcher.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Build tools, data build, scripts, Node tests, test-runner plugins and config files run in Node.
    files: ['tools/**', 'scripts/**', 'bench/**', 'test/node/**', 'test/*.{js,mjs}', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark's page.evaluate() callbacks run in the browser.
    files: ['scripts/bench.mjs', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
