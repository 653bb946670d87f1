/**
 * `npm run schemas`: writes the JSON Schema of the event to schemas/event.schema.json.
 * test/schema/json-schema.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventJsonSchema } from '../src/schema/json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schemas', 'event.schema.json');
writeFileSync(target, `${JSON.stringify(eventJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
