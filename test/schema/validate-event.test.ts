import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { type ConflictEvent, validateEvent } from '../../src/index.js';

const [assassination, badia] = JSON.parse(
  readFileSync(new URL('../fixtures/schema/valid-events.json', import.meta.url), 'utf8'),
) as [ConflictEvent, ConflictEvent];

const codes = (input: unknown, options = {}) => validateEvent(input, options).issues.map((i) => `${i.level}:${i.code}`);

test('a well-coded event has no issues', () => {
  const r = validateEvent(assassination);
  expect(r.issues).toEqual([]);
  expect(r.value?.id).toBe('ev-seed-assassination');
});

test('bad data never throws; structural problems are errors with paths', () => {
  for (const bad of [null, 42, 'x', [], {}, { id: 1 }]) {
    const r = validateEvent(bad);
    expect(r.value).toBeUndefined();
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.level === 'error')).toBe(true);
  }
  const r = validateEvent({ ...assassination, date: { start: '2019-02-30', end: '2019-03-01', precision: 'days' } });
  expect(r.issues).toContainEqual(expect.objectContaining({ code: 'invalid_format', path: ['date', 'start'], event: assassination.id }));
});

test('an unordered date range is an error that names the field', () => {
  const r = validateEvent({ ...assassination, date: { start: '2021-02-01', end: '2021-01-01', precision: 'month' } });
  expect(r.value).toBeUndefined();
  expect(r.issues).toContainEqual(expect.objectContaining({ code: 'date_range_unordered', level: 'error', path: ['date', 'end'] }));
});

test('an assassination needs a victim or target (codebook check, warning)', () => {
  const noVictim = { ...assassination, actors: assassination.actors.filter((a) => a.role !== 'victim') };
  expect(codes(noVictim)).toEqual(['warning:missing_victim']);
  const withTarget = { ...noVictim, actors: [...noVictim.actors, { name: 'council member', role: 'target' }] };
  expect(codes(withTarget)).toEqual([]);
});

test('an armed clash needs two sides', () => {
  const clash = { ...badia, type: 'armed_clash', actors: [badia.actors[0]] };
  expect(codes(clash)).toEqual(['warning:missing_side']);
  expect(codes({ ...clash, actors: badia.actors })).toEqual([]);
});

test('fatalities low <= best <= high is a warning, not a rejection (real UCDP rows break it)', () => {
  const r = validateEvent({ ...badia, fatalities: { low: 5, best: 3, high: 2 } });
  expect(r.value).toBeDefined();
  expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
    ['count_unordered', 'fatalities.low'],
    ['count_unordered', 'fatalities.high'],
  ]);
});

test('a point outside its stated country is a warning when the gazetteer knows the country', () => {
  const pointInCountry = (iso3: string, p: { lat: number; lon: number }) =>
    iso3 === 'SYR' ? p.lat > 32 && p.lat < 37.5 && p.lon > 35.5 && p.lon < 42.5 : undefined;
  expect(codes(assassination, { pointInCountry })).toEqual([]);
  const moved = { ...assassination, location: { ...assassination.location, point: { lat: 33.3, lon: 44.4 } } };
  expect(codes(moved, { pointInCountry })).toEqual(['warning:point_outside_country']);
  const unknownCountry = { ...moved, location: { ...moved.location, iso3: 'XKX' } };
  expect(codes(unknownCountry, { pointInCountry })).toEqual([]);
});

test('evidence must come from a listed source; events need a source', () => {
  expect(codes({ ...assassination, sources: [] })).toEqual(['warning:no_source', 'warning:evidence_without_source']);
});
