import { expect, test } from 'vitest';
import { compareEvents, comparePlaces, sameActor, typesCompatible } from '../../../src/build/merge/index.js';
import { arabicAssassination, englishAssassination, otherAssassination } from './fixtures.js';

test.each([
  ['assassination', 'attack', true],
  ['bombing', 'attack', true],
  ['assassination', 'bombing', false],
  ['armed_clash', 'attack', false],
  ['hostage_taking', 'abduction', true],
  ['other', 'attack', false],
] as const)('types %s and %s compatible: %s', (a, b, ok) => {
  expect(typesCompatible(a, b)).toBe(ok);
  expect(typesCompatible(b, a)).toBe(ok);
});

test.each([
  ['سعدة فيصل الهرماس', 'Saada Faisal al-Hermas', true],
  ['هند لطيف الخضير', 'Hind Latif al-Khudair', true],
  ['هند لطيف الخضير', 'Hind al-Khudair', true],
  ['هند لطيف الخضير', 'Saada Faisal al-Hermas', false],
  ['Khalid Omar al-Hamad', 'Hind Latif al-Khudair', false],
])('persons %s and %s are the same: %s', (a, b, same) => {
  expect(sameActor({ name: a, role: 'victim' }, { name: b, role: 'victim' })).toBe(same);
});

test('registry ids decide over names', () => {
  expect(sameActor({ name: 'Daesh', id: 'isis', role: 'perpetrator' }, { name: 'Islamic State', id: 'isis', role: 'perpetrator' })).toBe(true);
  expect(sameActor({ name: 'IS', id: 'isis', role: 'perpetrator' }, { name: 'IS', id: 'hts', role: 'perpetrator' })).toBe(false);
});

test.each([
  ['a town inside the governorate another report names', { name: 'Hajin', iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'exact', point: { lat: 34.69, lon: 40.83 } }, { name: 'Deir ez-Zor', iso3: 'SYR', admin1: 'Deir ez-Zor Governorate', precision: 'admin1' }, 'inside'],
  ['two spellings of one governorate', { iso3: 'SYR', admin1: 'Dayr az Zawr', name: 'Dayr az Zawr', precision: 'admin1' }, { iso3: 'SYR', admin1: 'دير الزور', name: 'دير الزور', precision: 'admin1' }, 'same'],
  ['different governorates', { iso3: 'SYR', admin1: 'Raqqa', precision: 'admin1' }, { iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1' }, 'conflict'],
  ['different countries', { iso3: 'SYR', precision: 'country' }, { iso3: 'IRQ', precision: 'country' }, 'conflict'],
  ['towns 60 km apart', { iso3: 'SYR', precision: 'exact', point: { lat: 34.69, lon: 40.83 } }, { iso3: 'SYR', precision: 'exact', point: { lat: 35.02, lon: 40.45 } }, 'conflict'],
  ['near a town, 10 km away', { iso3: 'SYR', precision: 'near', point: { lat: 34.69, lon: 40.83 } }, { iso3: 'SYR', precision: 'exact', point: { lat: 34.75, lon: 40.9 } }, 'near'],
  ['a region spanning governorates', { iso3: 'SYR', admin1: 'Homs', precision: 'exact', point: { lat: 34.55, lon: 38.28 } }, { iso3: 'SYR', region: 'Syrian Badia', precision: 'region', point: { lat: 34.6, lon: 38.9 } }, 'near'],
  ['a whole country', { iso3: 'SYR', precision: 'country' }, { iso3: 'SYR', admin1: 'Homs', precision: 'admin1' }, 'country'],
] as const)('places: %s', (_label, a, b, agreement) => {
  expect(comparePlaces(a, b).agreement).toBe(agreement);
  expect(comparePlaces(b, a).agreement).toBe(agreement);
});

test('an Arabic and an English report of one assassination are one event', () => {
  const verdict = compareEvents(arabicAssassination, englishAssassination);
  expect(verdict.same).toBe(true);
  expect(verdict.reasons).toContain('named victims agree');
  expect(verdict.reasons).toContain('same perpetrator');
});

test('different named victims keep two assassinations apart', () => {
  expect(compareEvents(arabicAssassination, otherAssassination)).toMatchObject({ same: false, reasons: ['named victims differ'] });
});

test('conflicting perpetrators, dates or places keep reports apart', () => {
  const hts = { ...englishAssassination, actors: [{ name: 'HTS', id: 'hts', role: 'perpetrator' as const }] };
  expect(compareEvents(arabicAssassination, hts).reasons).toEqual(['perpetrators differ']);
  const march = { ...englishAssassination, date: { start: '2021-03-01', end: '2021-03-31', precision: 'month' as const } };
  expect(compareEvents(arabicAssassination, march).reasons).toEqual(['dates do not overlap']);
  const iraq = { ...englishAssassination, location: { iso3: 'IRQ', precision: 'country' as const } };
  expect(compareEvents(arabicAssassination, iraq).reasons).toEqual(['different countries (SYR, IRQ)']);
});

test('two events of one document are never merged: the annotator told them apart', () => {
  const twin = { ...englishAssassination, id: 'twin', sources: arabicAssassination.sources };
  expect(compareEvents(arabicAssassination, twin).reasons[0]).toMatch(/^kept apart: both come from document seed-report/);
});

test('two rows of one imported dataset are never merged', () => {
  const row = (id: string) => ({ ...otherAssassination, id, sources: [{ document: id }], codes: { acled: { event_id_cnty: id } } });
  expect(compareEvents(row('SYR1'), row('SYR2')).reasons[0]).toBe('kept apart: both come from dataset acled');
});

test('agreement on type and date alone is not enough', () => {
  const vague = { ...englishAssassination, actors: [], location: { iso3: 'SYR', precision: 'country' as const } };
  const also = { ...vague, id: 'x', sources: [{ document: 'x' }] };
  const verdict = compareEvents(vague, also);
  expect(verdict.same).toBe(false);
  expect(verdict.reasons[0]).toMatch(/too little agreement/);
});

test('the great-circle distance used in merging is turf’s', async () => {
  const { default: turfDistance } = await import('@turf/distance');
  const { distanceKm } = await import('../../../src/build/merge/place-compatibility.js');
  for (const [a, b] of [
    [[34.69, 40.83], [35.336, 40.14]],
    [[33.3, 44.4], [36.2, 37.15]],
    [[-33.9, 151.2], [51.5, -0.12]],
    [[0, 0], [0, 0]],
  ] as const) {
    const turf = turfDistance([a[1], a[0]], [b[1], b[0]], { units: 'kilometers' });
    expect(distanceKm(a[0], a[1], b[0], b[1])).toBeCloseTo(turf, 9);
  }
});

test('without reasons, a verdict is the same verdict', () => {
  for (const [a, b] of [
    [arabicAssassination, englishAssassination],
    [arabicAssassination, otherAssassination],
  ] as const) {
    const full = compareEvents(a, b);
    const bare = compareEvents(a, b, { explain: false });
    expect(bare.same).toBe(full.same);
    expect(bare.score).toBe(full.score);
    expect(bare.reasons).toEqual([]);
  }
});
