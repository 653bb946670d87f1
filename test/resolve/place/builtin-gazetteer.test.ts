// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BUILTIN_GAZETTEER_FILES, builtinGazetteer } from '../../../src/resolve/place/builtin-gazetteer.js';
import type { GazetteerFile } from '../../../src/resolve/place/data-format.js';
import { resolvePlace } from '../../../src/resolve/place/resolve-place.js';
import { validateEvent } from '../../../src/schema/validate-event.js';
import { sharedPath } from '../../helpers/shared.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = join(repoRoot, 'data/gazetteer');

describe('data/gazetteer', () => {
  test('is compact: well under 5 MB in total', () => {
    const total = readdirSync(dataDir).reduce((s, f) => s + statSync(join(dataDir, f)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  test('every record names its source; every hand-added place and region cites one', () => {
    for (const file of BUILTIN_GAZETTEER_FILES) {
      const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as GazetteerFile;
      expect(data.licence.length, file).toBeGreaterThan(10);
      for (const r of data.records) {
        expect(r.source.length, r.id).toBeGreaterThan(10);
        if (r.id.startsWith('ce:')) expect(r.source, r.id).toMatch(/Wikipedia|GeoNames|Natural Earth|usage|SNHR/);
        if (r.kind === 'region') expect(r.note, r.id).toMatch(/^Point:/);
        if (r.point !== undefined) {
          expect(Math.abs(r.point[0]), r.id).toBeLessThanOrEqual(90);
          expect(Math.abs(r.point[1]), r.id).toBeLessThanOrEqual(180);
        }
      }
    }
  });

  test('records are sorted by id (stable output of the build script)', () => {
    for (const file of BUILTIN_GAZETTEER_FILES) {
      const ids = (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as GazetteerFile).records.map((r) => r.id);
      expect(ids, file).toEqual([...ids].sort());
    }
  });

  test('has countries worldwide, admin-1 units worldwide, and the towns reports name', () => {
    const g = builtinGazetteer();
    expect(g.country('SY')?.iso3).toBe('SYR');
    expect(g.country('IRQ')).toMatchObject({ name: 'Iraq', iso2: 'IQ', isoNumeric: '368' });
    expect(g.country('FRA')?.names).toContainEqual({ text: 'فرنسا', lang: 'ar' });
    expect([...g.entries()].filter((e) => e.kind === 'country').length).toBeGreaterThan(240);
    expect([...g.entries()].filter((e) => e.kind === 'admin1').length).toBeGreaterThan(4000);
    for (const name of ['al-Shuhayl', 'Diban', 'Gharanij', 'al-Susah', 'al-Baghuz Fawqani', 'Hajin', 'al-Busayrah', 'al-Mayadin', 'Abu Kamal', 'al-Bukamal', 'Hasakah', 'Qamishli', 'Manbij', 'Tabqa', 'al-Sukhnah', 'Palmyra', 'Tadmur', 'al-Hol']) {
      expect(g.lookup(name, { kinds: ['populated_place'], exactOnly: true })[0]?.entry.iso3, name).toBe('SYR');
    }
    for (const name of ['الشحيل', 'ذيبان', 'غرانيج', 'السوسة', 'الباغوز فوقاني', 'هجين', 'البصيرة', 'الميادين', 'البوكمال', 'الحسكة', 'القامشلي', 'منبج', 'الطبقة', 'السخنة', 'تدمر', 'الهول']) {
      expect(g.lookup(name, { kinds: ['populated_place'], exactOnly: true })[0]?.entry.admin1Code, name).toMatch(/^SY-/);
    }
  });
});

describe('point in polygon', () => {
  const g = builtinGazetteer();
  test.each([
    ['Hajin', 34.69508, 40.83138, 'Deir ez-Zor', 'SYR'],
    ['Mosul', 36.335, 43.11889, 'Ninawa', 'IRQ'],
    ['Ramadi', 33.42056, 43.30778, 'Anbar', 'IRQ'],
    ['Raqqa', 35.95283, 39.00788, 'Raqqa', 'SYR'],
    ['Palmyra', 34.5624, 38.28402, 'Homs', 'SYR'],
  ])('%s lies in %s', (_name, lat, lon, admin1, iso3) => {
    expect(g.admin1At({ lat, lon })?.name).toBe(admin1);
    expect(g.pointInCountry(iso3, { lat, lon })).toBe(true);
  });

  test('pointInCountry: false across the border, undefined where no polygon is shipped', () => {
    expect(g.pointInCountry('IRQ', { lat: 34.69508, lon: 40.83138 })).toBe(false);
    expect(g.pointInCountry('TUR', { lat: 41.0082, lon: 28.9784 })).toBe(true);
    expect(g.pointInCountry('JOR', { lat: 31.9539, lon: 35.9106 })).toBe(true);
    expect(g.pointInCountry('FRA', { lat: 48.8566, lon: 2.3522 })).toBeUndefined();
    expect(g.admin1At({ lat: 48.8566, lon: 2.3522 })).toBeUndefined();
  });

  test('every region point lies in its country and every town in its admin1 polygon', () => {
    for (const e of g.entries()) {
      if (e.point === undefined || e.iso3 === undefined) continue;
      if (e.kind === 'region') expect(g.pointInCountry(e.iso3, e.point), e.id).toBe(true);
      if (e.kind === 'populated_place' && e.id.startsWith('ce:')) expect(g.admin1At(e.point)?.admin1Code, e.id).toBe(e.admin1Code);
    }
  });

  test('works as validateEvent’s pointInCountry option', () => {
    const event = {
      id: 'ev-1', type: 'attack', date: { start: '2021-01-24', end: '2021-01-24', precision: 'day' },
      location: { name: 'Hajin', iso3: 'IRQ', point: { lat: 34.69508, lon: 40.83138 }, precision: 'exact' },
      actors: [{ name: 'Islamic State', role: 'perpetrator' }, { name: 'civilians', role: 'victim' }],
      sources: [{ document: 'd1' }], evidence: [],
    };
    const g2 = builtinGazetteer();
    const { issues } = validateEvent(event, { pointInCountry: (iso3, p) => g2.pointInCountry(iso3, p) });
    expect(issues.map((i) => i.code)).toContain('point_outside_country');
  });
});

describe('against real ACLED codings (reference data, not shipped)', () => {
  const csv = readFileSync(sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

  test('most ACLED locations that resolve to a town resolve within 15 km of ACLED’s point', () => {
    const seen = new Set<string>();
    let resolved = 0;
    let close = 0;
    for (const row of rows) {
      const location = row.location ?? '';
      if (seen.has(location)) continue;
      seen.add(location);
      const r = resolvePlace(location, { country: row.country === 'Syria' ? 'SYR' : 'IRQ' });
      if (r.value.precision !== 'exact' || r.value.point === undefined || r.value.iso3 !== (row.country === 'Syria' ? 'SYR' : 'IRQ')) continue;
      resolved++;
      const dLat = (r.value.point.lat - Number(row.latitude)) * 111;
      const dLon = (r.value.point.lon - Number(row.longitude)) * 91;
      if (Math.hypot(dLat, dLon) < 15) close++;
    }
    expect(resolved).toBeGreaterThan(60);
    // The misses are homonyms: villages of the same name elsewhere in the country.
    expect(close / resolved).toBeGreaterThan(0.9);
  });
});
