import { describe, expect, test } from 'vitest';
import { LocationSchema } from '../../../src/schema/location.js';
import { resolvePlace } from '../../../src/resolve/place/resolve-place.js';

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

describe('the seed report’s places', () => {
  test('ريف مدينة دير الزور → Deir ez-Zor governorate (admin1), Syria', () => {
    const r = resolvePlace('ريف مدينة دير الزور');
    expect(r.value).toMatchObject({ name: 'Deir ez-Zor', admin1: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', precision: 'admin1', text: 'ريف مدينة دير الزور' });
    expect(r.value.gazetteerId).toMatch(/^ne:SYR-/);
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.issues).toEqual([]);
  });

  test('with the preposition and the adjective of the report: في ريف مدينة دير الزور السورية', () => {
    const r = resolvePlace('في ريف مدينة دير الزور السورية');
    expect(r.value).toMatchObject({ admin1: 'Deir ez-Zor', iso3: 'SYR', precision: 'admin1' });
  });

  test('البادية السورية → region Syrian Badia, in Syria', () => {
    const r = resolvePlace('البادية السورية');
    expect(r.value).toMatchObject({ name: 'Syrian Badia', region: 'Syrian Badia', iso3: 'SYR', precision: 'region', gazetteerId: 'ce:region/syrian-badia' });
    expect(r.value.point).toBeDefined();
  });

  test('بالقرب من الحدود العراقية ـ السورية → the Iraq–Syria border area (region)', () => {
    const r = resolvePlace('بالقرب من الحدود العراقية ـ السورية');
    expect(r.value).toMatchObject({ precision: 'region', gazetteerId: 'ce:region/iraq-syria-border', iso3: 'SYR' });
    expect(r.value.region).toBe('Iraq–Syria border area');
  });

  test('في جيبٍ صحراوي بين محافظتي دير الزور وحمص → region between the two governorates', () => {
    const r = resolvePlace('في جيبٍ صحراوي بين محافظتي دير الزور وحمص السوريتين');
    expect(r.value).toMatchObject({ name: 'between Deir ez-Zor and Homs', precision: 'region', iso3: 'SYR' });
    expect(r.value.admin1).toBeUndefined();
    const p = r.value.point;
    expect(p).toBeDefined();
    // Between the two: within the box of the two governorates' points, in Syria.
    expect(p!.lat).toBeGreaterThan(34);
    expect(p!.lat).toBeLessThan(35.4);
    expect(p!.lon).toBeGreaterThan(38);
    expect(p!.lon).toBeLessThan(40.4);
  });

  test('سوريا → country', () => {
    const r = resolvePlace('سوريا');
    expect(r.value).toMatchObject({ name: 'Syria', iso3: 'SYR', precision: 'country', gazetteerId: 'ne:SYR' });
    expect(r.issues).toEqual([]);
  });

  test('every seed place validates against the schema', () => {
    for (const t of ['ريف مدينة دير الزور', 'البادية السورية', 'بالقرب من الحدود العراقية ـ السورية', 'في جيبٍ صحراوي بين محافظتي دير الزور وحمص', 'سوريا', 'كالرقة ودير الزور']) {
      expect(LocationSchema.safeParse(resolvePlace(t).value).success).toBe(true);
    }
  });
});

describe('English forms', () => {
  test.each([
    ['Deir ez-Zor countryside', { admin1: 'Deir ez-Zor', precision: 'admin1', iso3: 'SYR' }],
    ['the countryside of Deir al-Zour', { admin1: 'Deir ez-Zor', precision: 'admin1' }],
    ['eastern Deir ez-Zor countryside', { admin1: 'Deir ez-Zor', precision: 'admin1' }],
    ['near al-Shuhayl', { name: 'al-Shuhayl', precision: 'near', admin1: 'Deir ez-Zor', iso3: 'SYR' }],
    ['the Syrian desert', { name: 'Syrian Badia', precision: 'region' }],
    ['Anbar province', { name: 'Anbar', admin1: 'Anbar', precision: 'admin1', iso3: 'IRQ' }],
    ['Mosul', { name: 'Mosul', admin1: 'Ninawa', precision: 'exact', iso3: 'IRQ' }],
    ['Ramadi', { name: 'Ramadi', admin1: 'Anbar', precision: 'exact', iso3: 'IRQ' }],
    ['in Hajin, Syria', { name: 'Hajin', admin1: 'Deir ez-Zor', precision: 'exact' }],
    ['east of Hajin', { name: 'Hajin', precision: 'near' }],
    ['on the outskirts of Raqqa', { name: 'Raqqa', precision: 'near', admin1: 'Raqqa' }],
    ['Syria', { precision: 'country', iso3: 'SYR' }],
    ['the Iraqi-Syrian border', { precision: 'region', gazetteerId: 'ce:region/iraq-syria-border' }],
    ['between Raqqa and Deir ez-Zor', { precision: 'region', name: 'between Raqqa and Deir ez-Zor', iso3: 'SYR' }],
    ['Nineveh governorate', { admin1: 'Ninawa', precision: 'admin1' }],
    ['Dayr az Zawr', { name: 'Deir ez-Zor', precision: 'exact' }],
    ['Abu Kamal', { name: 'Abu Kamal', precision: 'exact', admin1: 'Deir ez-Zor' }],
    ['Palmyra', { name: 'Palmyra', admin1: 'Homs', precision: 'exact' }],
    ['Tabqa', { precision: 'exact', admin1: 'Raqqa' }],
  ] as const)('%s', (text, expected) => {
    expect(resolvePlace(text).value).toMatchObject(expected);
  });

  test('near a place without coordinates says so', () => {
    const r = resolvePlace('near al-Shuhayl');
    expect(r.value.point).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain('place_without_point');
  });
});

describe('Arabic forms', () => {
  test.each([
    ['بريف دير الزور الشرقي', { admin1: 'Deir ez-Zor', precision: 'admin1' }],
    ['ريف دمشق', { name: 'Rif Dimashq', precision: 'admin1' }],
    ['في مدينة هجين', { name: 'Hajin', precision: 'exact' }],
    ['قرب الشحيل', { name: 'al-Shuhayl', precision: 'near' }],
    ['محافظة الأنبار', { name: 'Anbar', precision: 'admin1', iso3: 'IRQ' }],
    ['محافظة الموصل', { name: 'Ninawa', precision: 'admin1' }],
    ['الموصل', { name: 'Mosul', precision: 'exact', admin1: 'Ninawa' }],
    ['الرمادي', { name: 'Ramadi', precision: 'exact' }],
    ['بالرقة', { name: 'Raqqa', precision: 'exact' }],
    ['الشعفة', { name: 'al-Shaafah', precision: 'exact', admin1: 'Deir ez-Zor' }],
    ['الباغوز', { name: 'al-Baghuz Fawqani', precision: 'exact' }],
    ['ذيبان', { precision: 'exact', admin1: 'Deir ez-Zor' }],
    ['غرانيج', { name: 'Gharanij', precision: 'exact' }],
    ['السوسة', { precision: 'exact', admin1: 'Deir ez-Zor' }],
    ['العراق', { precision: 'country', iso3: 'IRQ' }],
    ['بادية حمص', { precision: 'region', admin1: 'Homs', region: 'Homs desert' }],
    ['وادي الفرات', { precision: 'region', gazetteerId: 'ce:region/euphrates-valley' }],
    ['منطقة الجزيرة', { precision: 'region', gazetteerId: 'ce:region/jazira' }],
  ] as const)('%s', (text, expected) => {
    expect(resolvePlace(text).value).toMatchObject(expected);
  });
});

describe('disambiguation and honesty', () => {
  test('an unknown place is kept as text with precision unknown and an issue', () => {
    const r = resolvePlace('قرية أم الطيور المجهولة');
    expect(r.value).toEqual({ name: 'قرية أم الطيور المجهولة', precision: 'unknown', text: 'قرية أم الطيور المجهولة' });
    expect(r.confidence).toBe(0);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'unknown_place', level: 'warning', path: ['location'] });
  });

  test('the city name alone is the city; the governorate is a candidate', () => {
    const r = resolvePlace('دير الزور');
    expect(r.value.precision).toBe('exact');
    expect(r.value.gazetteerId).toBe('geonames:170794');
    expect(r.candidates.map((c) => c.kind)).toContain('admin1');
    expect(r.issues).toEqual([]);
  });

  test('a country named exactly beats a province spelled the same (سوريا vs Soria)', () => {
    expect(resolvePlace('سوريا').value.iso3).toBe('SYR');
  });

  test('a loose match in another country than the context is refused, an exact one is flagged', () => {
    const r = resolvePlace('Al Dibs', { country: 'SYR' });
    expect(r.value.iso3).toBe('IRQ');
    expect(r.issues.map((i) => i.code)).toContain('place_outside_country');
    expect(resolvePlace('Alqamiyyeh', { country: 'SYR' }).value.precision).toBe('unknown');
  });

  test('a skeleton match is flagged and less confident than an exact one', () => {
    const loose = resolvePlace('Qamishlee');
    const exact = resolvePlace('Qamishli');
    expect(loose.value.gazetteerId).toBe(exact.value.gazetteerId);
    expect(loose.issues.map((i) => i.code)).toContain('approximate_place_match');
    expect(loose.confidence).toBeLessThan(exact.confidence);
  });

  test('the towns of the Euphrates resolve within a few km of their published coordinates', () => {
    // Wikipedia infobox coordinates (public facts), compared with what the resolver returns.
    const published: [string, number, number][] = [
      ['Gharanij', 34.78389, 40.72833],
      ['al-Baghuz Fawqani', 34.45861, 40.95056],
      ['al-Hawl', 36.3914, 41.1514],
    ];
    for (const [name, lat, lon] of published) {
      const p = resolvePlace(name).value.point;
      expect(p, name).toBeDefined();
      expect(km(p!, { lat, lon }), name).toBeLessThan(3);
    }
  });

  test('throws only for a non-string', () => {
    expect(() => resolvePlace(42 as unknown as string)).toThrow(TypeError);
  });
});
