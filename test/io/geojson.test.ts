import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGeoJson, readGeoJson, streamGeoJson } from '../../src/io/from-geojson.js';
import { eventToFeature, GEOJSON_PROPERTY_NAMES, toFeatureCollection, toGeoJson, writeGeoJson } from '../../src/io/to-geojson.js';
import { expectGolden, fixtureEvents, plain, tempDir } from './helpers.js';
import { nativeView } from './native-losses.js';
import { syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

const ogrinfo = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
const hasOgrinfo = ogrinfo.status === 0;
if (!hasOgrinfo) console.warn('ogrinfo (GDAL) is not installed: skipping the GDAL check of the GeoJSON output (apt-get install gdal-bin)');

describe('eventToFeature / toGeoJson', () => {
  const events = fixtureEvents();

  it('puts longitude first, as RFC 7946 requires', () => {
    const seed = eventToFeature(events[0]!);
    expect(seed).toMatchObject({ type: 'Feature', id: 'ev-seed-assassination', geometry: { type: 'Point', coordinates: [40.14, 35.336] } });
    expect(eventToFeature(events[4]!).geometry).toEqual({ type: 'Point', coordinates: [-20.4, -9.65] });
    expect(eventToFeature(events[0]!, { coordinatePrecision: 1 }).geometry).toEqual({ type: 'Point', coordinates: [40.1, 35.3] });
  });

  it('gives a null geometry, with the reason, to events without coordinates', () => {
    const unknown = eventToFeature(events[2]!);
    expect(unknown.geometry).toBeNull();
    expect(unknown.properties.geometry_missing).toBe('location precision unknown: no coordinates');
    expect(eventToFeature(events[1]!).properties.geometry_missing).toBe('location precision region: no coordinates');
    expect(eventToFeature(events[0]!).properties.geometry_missing).toBeNull();
  });

  it('has the same flat, typed properties on every feature', () => {
    for (const e of events) {
      const p = eventToFeature(e).properties;
      expect(Object.keys(p)).toEqual(GEOJSON_PROPERTY_NAMES);
      expect('lat' in p || 'lon' in p).toBe(false);
    }
    const p = eventToFeature(events[0]!).properties;
    expect(p.fatalities_best).toBe(2);
    expect(p.claimed).toBe(true);
    expect(p.injuries_best).toBeNull();
    expect(p.victims).toBe('Saada Faisal al-Hermas; Hind Latif al-Khudair; Women (Syria)');
  });

  it('matches the golden file and is the same text writeGeoJson streams', async () => {
    const { value, issues } = toGeoJson(events);
    expect(issues).toEqual([]);
    expectGolden('events.geojson', value);
    expect(JSON.parse(value)).toEqual(plain(toFeatureCollection(events)));
    const path = join(tmp.dir, 'events.geojson');
    const written = await writeGeoJson(events, path);
    expect(readFileSync(path, 'utf8')).toBe(value);
    expect(written.value).toEqual({ events: 5, skipped: 0, bytes: Buffer.byteLength(value) });
    const empty = join(tmp.dir, 'empty.geojson');
    await writeGeoJson([], empty);
    expect(JSON.parse(readFileSync(empty, 'utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it.skipIf(!hasOgrinfo)('is read by GDAL (ogrinfo -ro -al -so)', async () => {
    const path = join(tmp.dir, 'gdal.geojson');
    await writeGeoJson([...events, ...syntheticEvents(200)], path);
    const out = execFileSync('ogrinfo', ['-ro', '-al', '-so', path], { encoding: 'utf8' });
    expect(out).toMatch(/Feature Count: 205/);
    expect(out).toMatch(/Geometry: Point/);
    expect(out).toMatch(/fatalities_best: Integer/);
    expect(out).toMatch(/claimed: Integer\(Boolean\)/);
    expect(out).toMatch(/date_start: Date/);
    expect(out).toMatch(/victims: String/);
    // Extent in longitude, latitude order: the western point (-20.4, -9.65) and Mosul (43.13, 36.34).
    expect(out).toMatch(/Extent: \(-20\.400000, -9\.650000\) - \(45\.279900, 36\.340900\)/);
    const one = execFileSync('ogrinfo', ['-ro', '-al', '-where', "id = 'ev-seed-assassination'", path], { encoding: 'utf8' });
    expect(one).toMatch(/POINT \(40\.14 35\.336\)/);
    expect(one).toMatch(/date_text \(String\) = شهر يناير الماضي/);
  });
});

describe('readGeoJson', () => {
  it('reads our output back line by line, with the point from the geometry', async () => {
    const events = fixtureEvents();
    const path = join(tmp.dir, 'back.geojson');
    await writeGeoJson(events, path);
    const { value, issues } = await readGeoJson(path);
    expect(plain(value)).toEqual(plain(events.map(nativeView)));
    expect(issues).toMatchObject([{ code: 'no_source', file: path, line: 6 }]);
  });

  it('reads pretty-printed GeoJSON and objects, naming JSON paths in issues', async () => {
    const fc = toFeatureCollection(fixtureEvents());
    fc.features[1]!.properties.fatalities_low = 'dozens';
    const path = join(tmp.dir, 'pretty.geojson');
    writeFileSync(path, JSON.stringify(fc, null, 2));
    const { value, issues } = await readGeoJson(path);
    expect(value).toHaveLength(5);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid_number', path: ['features', 1, 'properties', 'fatalities_low'] }));
    const fromObject = await parseGeoJson(fc);
    expect(fromObject.value).toHaveLength(5);
  });

  it('reports lines that are not features and non-point geometries', async () => {
    const text = toGeoJson(fixtureEvents().slice(0, 2)).value.split('\n');
    const polygon = JSON.stringify({ ...eventToFeature(fixtureEvents()[3]!), geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } });
    const path = join(tmp.dir, 'broken.geojson');
    writeFileSync(path, [text[0], text[1], '{"type":"Feature", broken', `${polygon},`, text[2], text[3]].join('\n'));
    const records = [];
    for await (const r of streamGeoJson(path)) records.push(r);
    expect(records.map((r) => [r.line, r.value?.id])).toEqual([
      [2, 'ev-seed-assassination'],
      [3, undefined],
      [4, 'ev-clash-iraq'],
      [5, 'ev-badia-attacks'],
    ]);
    expect(records[1]!.issues).toMatchObject([{ code: 'invalid_json', line: 3 }]);
    expect(records[2]!.issues).toMatchObject([{ code: 'unsupported_geometry', line: 4 }]);
    expect(records[2]!.value?.location.point).toBeUndefined();
  });

  it('says when the text is not GeoJSON', async () => {
    expect((await parseGeoJson('{"type":"Topology"}')).issues).toMatchObject([{ code: 'not_geojson' }]);
    expect((await parseGeoJson('{oops')).issues).toMatchObject([{ code: 'invalid_json' }]);
  });
});
