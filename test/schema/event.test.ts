import { readFileSync } from 'node:fs';
import { expectTypeOf, test, expect } from 'vitest';
import {
  ConflictEventSchema,
  EVENT_TYPES,
  EventDateSchema,
  LocationSchema,
  type ConflictEvent,
  type DatePrecision,
  type EventType,
  type LocationPrecision,
} from '../../src/index.js';

const valid = JSON.parse(readFileSync(new URL('../fixtures/schema/valid-events.json', import.meta.url), 'utf8')) as unknown[];

test('the fixture events parse', () => {
  for (const e of valid) expect(ConflictEventSchema.safeParse(e).success).toBe(true);
});

test('event types include every type the brief names', () => {
  for (const t of [
    'assassination', 'attack', 'armed_clash', 'bombing', 'shelling', 'air_strike', 'abduction', 'sexual_violence',
    'arrest', 'property_destruction', 'territory_change', 'strategic_development', 'protest', 'riot', 'other',
  ]) {
    expect(EVENT_TYPES).toContain(t);
  }
});

test.each([
  ['2019-02-30', false],
  ['2019-02-29', false],
  ['2020-02-29', true],
  ['2021-13-01', false],
  ['2021-1-01', false],
  ['2021-01-31', true],
])('calendar date %s valid: %s', (date, ok) => {
  expect(EventDateSchema.safeParse({ start: date, end: date, precision: 'day' }).success).toBe(ok);
});

test('a date range must be ordered', () => {
  const r = EventDateSchema.safeParse({ start: '2021-02-10', end: '2021-02-01', precision: 'days' });
  expect(r.success).toBe(false);
  expect(r.error?.issues[0]?.path).toEqual(['end']);
});

test('known precisions need start and end; unknown does not', () => {
  expect(EventDateSchema.safeParse({ precision: 'month', text: 'January' }).success).toBe(false);
  expect(EventDateSchema.safeParse({ precision: 'unknown', text: 'some time ago' }).success).toBe(true);
});

test.each([
  [{ lat: 91, lon: 0 }, false],
  [{ lat: -90, lon: 180 }, true],
  [{ lat: 35, lon: -181 }, false],
])('point %o in range: %s', (point, ok) => {
  expect(LocationSchema.safeParse({ point, precision: 'exact' }).success).toBe(ok);
});

test('iso3 must be three capital letters', () => {
  expect(LocationSchema.safeParse({ iso3: 'SY', precision: 'country' }).success).toBe(false);
  expect(LocationSchema.safeParse({ iso3: 'SYR', precision: 'country' }).success).toBe(true);
});

test('counts are non-negative integers', () => {
  const base = valid[0] as ConflictEvent;
  expect(ConflictEventSchema.safeParse({ ...base, fatalities: { best: -1 } }).success).toBe(false);
  expect(ConflictEventSchema.safeParse({ ...base, fatalities: { best: 2.5 } }).success).toBe(false);
});

test('users can extend the schema with their own fields', () => {
  const Extended = ConflictEventSchema.extend({ coder: ConflictEventSchema.shape.id });
  const r = Extended.safeParse({ ...(valid[0] as object), coder: 'rh' });
  expect(r.success).toBe(true);
  expectTypeOf<ReturnType<typeof Extended.parse>>().toHaveProperty('coder');
});

test('the exported types are what an editor shows', () => {
  expectTypeOf<ConflictEvent['type']>().toEqualTypeOf<EventType>();
  expectTypeOf<ConflictEvent['date']['precision']>().toEqualTypeOf<DatePrecision>();
  expectTypeOf<ConflictEvent['location']['precision']>().toEqualTypeOf<LocationPrecision>();
  expectTypeOf<ConflictEvent['actors'][number]['role']>().toEqualTypeOf<'perpetrator' | 'target' | 'victim' | 'claimant' | 'actor' | 'other'>();
});
