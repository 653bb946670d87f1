import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinGazetteer } from '../../../src/resolve/place/builtin-gazetteer.js';
import { composeGazetteers } from '../../../src/resolve/place/compose-gazetteers.js';
import { createGazetteer } from '../../../src/resolve/place/create-gazetteer.js';
import { loadGazetteerCsv } from '../../../src/resolve/place/load-gazetteer-csv.js';
import { loadGazetteerGeoJson } from '../../../src/resolve/place/load-gazetteer-geojson.js';
import { loadGeoNames } from '../../../src/resolve/place/load-geonames.js';
import { resolvePlace } from '../../../src/resolve/place/resolve-place.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/place');
const f = (name: string): string => join(fixtures, name);

describe('loadGeoNames', () => {
  test('reads the 19-column rows, skips broken ones with file and line', async () => {
    const { value, issues } = await loadGeoNames(f('geonames-sample.txt'));
    expect(value.size).toBe(4);
    expect(value.get('geonames:174506')).toMatchObject({ name: 'Hajin', kind: 'populated_place', iso3: 'SYR', featureCode: 'PPLA3', population: 29237 });
    expect(issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['invalid_geonames_row', 'geonames-sample.txt', 3],
      ['invalid_geonames_row', 'geonames-sample.txt', 6],
      ['invalid_geonames_row', 'geonames-sample.txt', 7],
    ]);
    expect(issues.every((i) => i.level === 'error')).toBe(true);
    expect(issues[0]?.message).toMatch(/19 tab-separated columns/);
    expect(issues[1]?.message).toMatch(/135\.5/);
  });

  test('takes Arabic names from the alternatenames column and from alternateNamesV2 by language', async () => {
    const { value, issues } = await loadGeoNames(f('geonames-sample.txt'), { alternateNames: f('alternate-names-sample.txt'), admin1Codes: f('admin1-codes-sample.txt') });
    const hajin = value.get('geonames:174506');
    expect(hajin?.names).toContainEqual({ text: 'هجين', lang: 'ar' });
    expect(hajin?.admin1).toBe('Dayr az Zawr');
    // 'link' rows and historic names are not names; other languages than ar/en are left out.
    expect(hajin?.names.some((n) => n.text.startsWith('https://'))).toBe(false);
    expect(value.get('geonames:99072')?.names.some((n) => n.text === 'نينوى القديمة')).toBe(false);
    expect(value.lookup('البصيرة')[0]?.entry.id).toBe('geonames:173927');
    expect(issues.find((i) => i.file === 'alternate-names-sample.txt')).toMatchObject({ code: 'invalid_geonames_row', line: 9 });
  });

  test('filters by country', async () => {
    const { value } = await loadGeoNames(f('geonames-sample.txt'), { countries: ['IQ'] });
    expect([...value.entries()].map((e) => e.id)).toEqual(['geonames:99072']);
  });
});

describe('loadGazetteerCsv', () => {
  test('reads a header CSV; keeps bad coordinates as text, skips nameless rows, flags unknown codes', async () => {
    const { value, issues } = await loadGazetteerCsv(f('places.csv'));
    expect(value.size).toBe(4);
    const hol = value.lookup('الهول')[0]?.entry;
    expect(hol).toMatchObject({ name: 'al-Hol', iso3: 'SYR', admin1: 'Al-Hasakah', point: { lat: 36.3914, lon: 41.1514 } });
    expect(value.lookup('Shuhail')).toEqual([]);
    expect(value.lookup('Gharanij')[0]?.entry.iso3).toBe('SYR');
    expect(value.lookup('Khasham')[0]?.entry).toMatchObject({ iso3: 'SYR' });
    expect(value.lookup('Khasham')[0]?.entry.point).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line, i.level])).toEqual([
      ['missing_place_name', 4, 'error'],
      ['invalid_coordinates', 5, 'error'],
      ['unknown_place_kind', 6, 'warning'],
    ]);
    expect(issues.every((i) => i.file === 'places.csv')).toBe(true);
    // ATL is three capital letters: taken as given (an ISO-shaped code), not rejected.
    expect(value.lookup('Atlantis Camp')[0]?.entry.iso3).toBe('ATL');
  });

  test('reads a CSV without header in the documented column order', async () => {
    const { value, issues } = await loadGazetteerCsv(f('places-noheader.csv'));
    expect(issues).toEqual([]);
    expect(value.lookup('Hajeen')[0]?.entry).toMatchObject({ name: 'Hajin', admin1: 'Deir ez-Zor', iso3: 'SYR' });
    expect(value.lookup('السوسة')[0]?.entry.name).toBe('al-Susah');
  });
});

describe('loadGazetteerGeoJson', () => {
  test('points become places, polygons become areas for admin2At; bad features are reported by JSON path', async () => {
    const { value, issues } = await loadGazetteerGeoJson(f('places.geojson'));
    expect(value.size).toBe(3);
    expect(value.admin2At({ lat: 34.45861, lon: 40.95056 })?.name).toBe('Abu Kamal test box');
    expect(value.admin2At({ lat: 36.3, lon: 43.1 })).toBeUndefined();
    expect(value.lookup('Gharanij')[0]?.entry.name).toBe('غرانيج');
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_place_name', 'features.3.properties.name'],
      ['invalid_geometry', 'features.4.geometry'],
      ['invalid_coordinates', 'features.5.geometry.coordinates'],
    ]);
  });

  test('a file that is not a FeatureCollection is an error, not an exception', async () => {
    const { value, issues } = await loadGazetteerGeoJson({ type: 'Feature' });
    expect(value.size).toBe(0);
    expect(issues[0]?.code).toBe('invalid_geojson');
  });
});

describe('composeGazetteers', () => {
  test('a user gazetteer adds places and districts to the built-in one; earlier sources win', async () => {
    const mine = (await loadGazetteerGeoJson(f('places.geojson'))).value;
    const g = composeGazetteers(mine, builtinGazetteer());
    // The user's polygon now gives admin2 to a built-in town inside it.
    const hajin = resolvePlace('countryside of Hajin', { gazetteer: g });
    expect(hajin.value).toMatchObject({ name: 'Abu Kamal test box', precision: 'admin2' });
    // Same name in both: both are candidates.
    expect(g.lookup('الباغوز فوقاني').map((m) => m.entry.id).sort()).toEqual(['ce:place/sy/al-baghuz-fawqani', 'geojson:places.geojson:1']);
    // What only the built-in gazetteer knows still resolves.
    expect(resolvePlace('Mosul', { gazetteer: g }).value.admin1).toBe('Ninawa');
    expect(g.pointInCountry('SYR', { lat: 34.69508, lon: 40.83138 })).toBe(true);
    expect(g.size).toBe(mine.size + builtinGazetteer().size);
  });

  test('on equal scores the earlier source wins', () => {
    const entry = { name: 'Tall Abyad', names: [], kind: 'populated_place' as const, iso3: 'SYR', source: 'test' };
    const a = createGazetteer([{ ...entry, id: 'a:1' }]);
    const b = createGazetteer([{ ...entry, id: 'b:1' }]);
    expect(composeGazetteers(b, a).lookup('Tall Abyad').map((m) => m.entry.id)).toEqual(['b:1', 'a:1']);
    expect(composeGazetteers(a, b).lookup('Tall Abyad').map((m) => m.entry.id)).toEqual(['a:1', 'b:1']);
  });

  test('needs at least one source', () => {
    expect(() => composeGazetteers()).toThrow(RangeError);
  });
});
