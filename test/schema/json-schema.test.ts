import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect, test } from 'vitest';
import { eventJsonSchema } from '../../src/index.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const published = JSON.parse(readFileSync(new URL('../../schemas/event.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const events = JSON.parse(readFileSync(new URL('../fixtures/schema/valid-events.json', import.meta.url), 'utf8')) as Record<string, unknown>[];

test('schemas/event.schema.json is up to date (run `npm run schemas` when this fails)', () => {
  expect(published).toEqual(eventJsonSchema());
});

test('the schema is draft 2020-12 and describes its fields', () => {
  expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const props = published.properties as Record<string, { description?: string }>;
  for (const key of ['id', 'type', 'date', 'location', 'actors', 'sources', 'evidence', 'codes']) {
    expect(props[key]?.description, key).toBeTruthy();
  }
});

function validator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(published);
}

test('ajv (a third-party validator) accepts the schema and the events', () => {
  const validate = validator();
  for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
});

test('ajv rejects what the zod schema rejects', () => {
  const validate = validator();
  const [e] = events as [Record<string, unknown>];
  expect(validate({ ...e, type: 'massacre' })).toBe(false);
  expect(validate({ ...e, date: { start: '2019-02-30', end: '2019-02-30', precision: 'day' } })).toBe(false);
  expect(validate({ ...e, location: { precision: 'exact', point: { lat: 95, lon: 0 } } })).toBe(false);
  expect(validate({ ...e, date: { precision: 'month' } })).toBe(false);
});
