// Exports the v1 contract as JSON Schema (dist/schema/occupation.v1.json) for data publishers.
// Generated from src/data/contract.ts, never written by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { occupationSchema } from '../src/data/contract.ts';

// io: 'input' describes what a publisher may send: extra fields are allowed (the card ignores them).
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/ai-risk-card/dist/schema/occupation.v1.json',
  title: 'ai-risk-card occupation document, v1',
  ...toJSONSchema(occupationSchema, { io: 'input' }),
};
mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/occupation.v1.json', JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/schema/occupation.v1.json');
