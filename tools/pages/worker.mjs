// Worker entry of `npm run pages`: TypeScript through tsx's loader (execArgv does not reach a
// worker's own entry module on Node 20), then the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
