import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Puts the page under the given OS media features and answers whether they now apply: Chromium
 * emulates them per page (test/engine-plugin.mjs); Firefox and WebKit cannot change them at
 * runtime, so web-test-runner.config.mjs starts instances that way (groups os-dark and
 * os-forced-colors) and this only checks.
 */
export async function underOs(features: { name: string; value: string }[]): Promise<boolean> {
  if (await executeServerCommand('media', features)) await new Promise((r) => requestAnimationFrame(r));
  return features.every(({ name, value }) => matchMedia(`(${name}: ${value})`).matches);
}

/** Ends per-page emulation (a no-op where the instance was started that way). */
export const resetOs = () => executeServerCommand('media', []);
