// Prints the CDN bundle's size (gzip -9 and brotli) against the budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 16384;
const file = 'dist/ai-risk-card.js';
const buf = readFileSync(file);
const gz = gzipSync(buf, { level: 9 }).length;
const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${file}: ${buf.length} bytes, ${gz} gzip -9, ${br} brotli (budget ${BUDGET} gzip -9: ${gz <= BUDGET ? 'within' : `over by ${gz - BUDGET}`})`);
if (process.argv.includes('--enforce') && gz > BUDGET) process.exit(1);
