import { z } from 'zod';
import { ConflictEventSchema } from './event.js';

/** The `$id` of the published event JSON Schema. *
 * @example
 * ```ts
 * eventJsonSchema().$id === EVENT_SCHEMA_ID; //=> true
 * ```
 */
export const EVENT_SCHEMA_ID = 'https://unpkg.com/conflict-events/schemas/event.schema.json';

/**
 * The JSON Schema (draft 2020-12) of one conflict event, generated from the zod schema with field
 * descriptions. This is what `npm run schemas` writes to `schemas/event.schema.json`, for
 * validators in other languages (ajv, Python's jsonschema, R's jsonvalidate).
 *
 * Checks that JSON Schema cannot express (an ordered date range, `low <= best <= high`, codebook
 * rules) are made by {@link validateEvent} only.
 *
 * @example
 * ```ts
 * const schema = eventJsonSchema();
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function eventJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ConflictEventSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: EVENT_SCHEMA_ID, ...rest };
}
