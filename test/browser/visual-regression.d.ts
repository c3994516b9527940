// The package's index.d.ts re-exports './browser/commands.mjs', which has only a .d.ts beside it,
// so TypeScript (moduleResolution Bundler) sees no exports. This states the one we use.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
