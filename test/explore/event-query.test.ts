// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, test } from 'vitest';
import type { ConflictEvent } from '../../src/index.js';
import { eventMatcher } from '../../src/explore/event-query.js';
import { eventsOf } from '../../src/explore/events-of.js';
import { filterEvents } from '../../src/explore/filter-events.js';
import { readDataset, streamDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE, event } from './events.js';

const assassination = event({
  id: 'a',
  type: 'assassination',
  date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' },
  location: { name: 'Deir ez-Zor', admin1: 'Deir ez-Zor', country: 'Syria', iso3: 'SYR', point: { lat: 35.336, lon: 40.14 }, precision: 'admin1' },
  actors: [
    { name: 'Islamic State', id: 'isis', role: 'perpetrator', text: 'داعش' },
    { name: 'Women (Syria)', role: 'victim', associated: true },
  ],
});
const clash = event({
  id: 'b',
  type: 'armed_clash',
  date: { start: '2021-01-30', end: '2021-02-02', precision: 'days' },
  location: { name: 'Baqubah', admin1: 'Diyala', iso3: 'IRQ', country: 'Iraq', point: { lat: 33.75, lon: 44.64 }, precision: 'exact' },
  actors: [
    { name: 'Military Forces of Iraq (2020-)', role: 'actor' },
    { name: 'داعش', role: 'actor' },
  ],
});
const undated = event({ id: 'c', type: 'protest', date: { end: '2021-02-22', precision: 'unknown', text: 'recently' }, location: { precision: 'unknown', text: 'الشعفة' } });
const all = [assassination, clash, undated];
const ids = (q: Parameters<typeof filterEvents>[1]): string[] => filterEvents(all, q).map((e) => e.id);

describe('filterEvents', () => {
  test('a type includes its kinds; exactType does not', () => {
    expect(ids({ type: 'attack' })).toEqual(['a']);
    expect(ids({ exactType: 'attack' })).toEqual([]);
    expect(ids({ type: ['protest', 'armed_clash'] })).toEqual(['b', 'c']);
  });

  test('actors by id, by name in either script, without a trailing qualifier, by role', () => {
    expect(ids({ actor: 'isis' })).toEqual(['a']);
    expect(ids({ actor: 'islamic state' })).toEqual(['a']);
    // b names the group only in Arabic, without an id; a's actor was resolved to ISIS (id isis).
    expect(ids({ actor: 'داعش' })).toEqual(['a', 'b']);
    expect(ids({ actor: 'Military Forces of Iraq' })).toEqual(['b']);
    expect(ids({ actor: { actor: 'isis', role: 'victim' } })).toEqual([]);
    expect(ids({ actor: { actor: 'Women', role: 'victim' } })).toEqual(['a']);
    expect(ids({ actor: { actor: 'Women', associated: false } })).toEqual([]);
  });

  test('date ranges: overlap (default), within, start; an unknown date never matches', () => {
    // January 20–31: the month-precision event may have happened then, the clash too (it starts on the 30th).
    expect(ids({ from: '2021-01-20', to: '2021-01-31' })).toEqual(['a', 'b']);
    expect(ids({ from: '2021-01-20', to: '2021-01-31', dateMode: 'within' })).toEqual([]);
    expect(ids({ from: '2021-01-01', to: '2021-01-31', dateMode: 'within' })).toEqual(['a']);
    expect(ids({ from: '2021-02-01', dateMode: 'start' })).toEqual([]);
    expect(ids({ from: '2021-02-01' })).toEqual(['b']);
    expect(ids({ to: '2030-01-01' })).toEqual(['a', 'b']);
  });

  test('places: country by code or name, admin1 folded, box and polygon, precision', () => {
    expect(ids({ country: 'IRQ' })).toEqual(['b']);
    expect(ids({ country: ['syria', 'Iraq'] })).toEqual(['a', 'b']);
    expect(ids({ admin1: 'deir al-zor' })).toEqual(['a']);
    expect(ids({ bbox: [38, 34, 42, 37] })).toEqual(['a']);
    const square = { type: 'Polygon' as const, coordinates: [[[44, 33], [45, 33], [45, 34], [44, 34], [44, 33]]] };
    expect(ids({ within: square })).toEqual(['b']);
    expect(ids({ minLocationPrecision: 'admin1' })).toEqual(['a', 'b']);
    expect(ids({ minLocationPrecision: 'near' })).toEqual(['b']);
    expect(ids({ minDatePrecision: 'week' })).toEqual(['b']);
  });

  test('sources, disagreements and a free test', () => {
    expect(ids({ minSources: 1 })).toEqual(['a', 'b', 'c']);
    expect(ids({ minSources: 2 })).toEqual([]);
    expect(ids({ disagreements: false })).toEqual(['a', 'b', 'c']);
    expect(ids({ where: (e) => e.id !== 'a', type: ['attack', 'protest'] })).toEqual(['c']);
  });

  test('invalid queries are programmer errors', () => {
    expect(() => eventMatcher({ from: '2021-02-30' })).toThrow(RangeError);
    expect(() => eventMatcher({ from: '2021-03-01', to: '2021-02-01' })).toThrow(/after/);
    expect(() => eventMatcher({ type: 'massacre' as never })).toThrow(/unknown value "massacre"/);
    expect(() => eventMatcher({ bbox: [42, 34, 38, 37] })).toThrow(RangeError);
    expect(() => eventMatcher({ minLocationPrecision: 'street' as never })).toThrow(RangeError);
    expect(() => eventMatcher({ actor: ' ' })).toThrow(TypeError);
  });

  test('on the ACLED sample: 307 Syrian and 221 Iraqi events (the sample README), streamed or in memory', async () => {
    const { value: events } = await readDataset(ACLED_SAMPLE);
    expect(events).toHaveLength(528);
    expect(filterEvents(events, { country: 'SYR' })).toHaveLength(307);
    expect(filterEvents(events, { country: 'Iraq' })).toHaveLength(221);
    const streamed: string[] = [];
    const stream = filterEvents(eventsOf(streamDataset(ACLED_SAMPLE)), { country: 'IRQ', type: 'attack' });
    expect(Array.isArray(stream)).toBe(false);
    for await (const e of stream) streamed.push(e.id);
    expect(streamed).toEqual(filterEvents(events, { country: 'IRQ', type: 'attack' }).map((e) => e.id));
    // Every kind of attack, and nothing else.
    expect(streamed.length).toBeGreaterThan(0);
    for (const e of filterEvents(events, { type: 'attack' })) expect(['attack', 'assassination', 'bombing', 'shelling', 'air_strike', 'chemical_attack', 'sexual_violence']).toContain(e.type);
    // ACLED names actors with a qualifier: "Islamic State (Iraq)".
    const isis = filterEvents(events, { actor: 'Islamic State' });
    expect(isis.length).toBeGreaterThan(0);
    for (const e of isis) expect(e.actors.some((a) => a.name.startsWith('Islamic State'))).toBe(true);
  });
});

describe('actors by any of their names', () => {
  const seed: ConflictEvent[] = [
    {
      id: 'a',
      type: 'assassination',
      date: { start: '2021-01-01', end: '2021-01-31', precision: 'month' },
      location: { iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1' },
      actors: [
        { name: 'Islamic State', id: 'isis', role: 'perpetrator' },
        { name: 'Hind Latif al-Khudair', role: 'victim', kind: 'civilians' },
      ],
      sources: [{ document: 's' }],
      evidence: [],
    },
  ];

  test.each(['isis', 'Islamic State', 'داعش', 'تنظيم الدولة', 'ISIS', 'Daesh'])('%s finds the events of the resolved actor', (name) => {
    expect(filterEvents(seed, { actor: name })).toHaveLength(1);
  });

  test.each([
    ['Hind al-Khudair', 1],
    ['هند لطيف الخضير', 1],
    ['Hind Omar', 0],
    ['Hind', 0],
  ] as const)('a person named in part or in the other script: %s', (name, n) => {
    expect(filterEvents(seed, { actor: name })).toHaveLength(n);
  });

  test('a registry name does not match another actor', () => {
    expect(filterEvents(seed, { actor: 'هيئة تحرير الشام' })).toHaveLength(0);
  });
});
