/** Kept equal to package.json's version (a Node test checks it). */
export const VERSION = '0.1.0';
