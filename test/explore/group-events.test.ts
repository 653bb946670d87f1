// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, test } from 'vitest';
import { countBy, crossCount, GroupCounter, groupKeys, OTHER_GROUP, pivotCounts, UNKNOWN_GROUP } from '../../src/explore/group-events.js';
import { eventsOf } from '../../src/explore/events-of.js';
import { readDataset, streamDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE, event } from './events.js';

const events = [
  event({ id: 'a', type: 'bombing', date: { start: '2021-01-30', end: '2021-02-02', precision: 'days' }, actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator' }, { name: 'ISIS', id: 'isis', role: 'claimant' }] }),
  event({ id: 'b', type: 'protest', date: { start: '2021-03-05', end: '2021-03-05', precision: 'day' }, location: { admin1: 'Raqqa', iso3: 'SYR', precision: 'admin1' }, actors: [{ name: 'Protesters (Syria)', role: 'actor' }] }),
  event({ id: 'c', type: 'assassination', date: { end: '2021-02-22', precision: 'unknown' }, actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator' }, { name: 'Saada al-Hermas', role: 'victim' }] }),
];

describe('countBy', () => {
  test('a multi-day event counts once, in the month of its start date; empty months are filled; undated events last', () => {
    expect(countBy(events, 'month')).toEqual([
      { key: '2021-01', count: 1 },
      { key: '2021-02', count: 0 },
      { key: '2021-03', count: 1 },
      { key: UNKNOWN_GROUP, count: 1 },
    ]);
    expect(countBy(events, 'month', { fill: false }).map((r) => r.key)).toEqual(['2021-01', '2021-03', UNKNOWN_GROUP]);
  });

  test('actors: once per event and identity (id, else folded name), shown by the first name met; roles', () => {
    expect(countBy(events, 'actor')).toEqual([
      { key: 'Islamic State', count: 2 },
      { key: 'Protesters (Syria)', count: 1 },
      { key: 'Saada al-Hermas', count: 1 },
    ]);
    expect(countBy(events, 'actor', { roles: ['victim'] })).toEqual([
      { key: 'Saada al-Hermas', count: 1 },
      { key: UNKNOWN_GROUP, count: 2 },
    ]);
  });

  test('types, families, admin1 with its country, limit and (other)', () => {
    expect(countBy(events, 'family')).toEqual([{ key: 'attack', count: 2 }, { key: 'protest', count: 1 }]);
    expect(groupKeys(events[1]!, 'admin1')).toEqual(['Raqqa, SYR']);
    expect(countBy(events, 'type', { limit: 1 })).toEqual([{ key: 'assassination', count: 1 }, { key: OTHER_GROUP, count: 2 }]);
    expect(countBy(events, (e) => (e.id === 'a' ? ['x', 'y'] : undefined))).toEqual([{ key: 'x', count: 1 }, { key: 'y', count: 1 }, { key: UNKNOWN_GROUP, count: 2 }]);
    expect(() => new GroupCounter('decade' as never)).toThrow(RangeError);
  });

  test('on the ACLED sample: months add up to the 528 events, stream and array agree, cross counts agree with single counts', async () => {
    const { value } = await readDataset(ACLED_SAMPLE);
    const months = countBy(value, 'month');
    expect(months.map((r) => r.key)).toEqual(['2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06']);
    expect(months.reduce((n, r) => n + r.count, 0)).toBe(528);
    expect(await countBy(eventsOf(streamDataset(ACLED_SAMPLE)), 'month')).toEqual(months);
    const cells = crossCount(value, 'month', 'type');
    for (const m of months) expect(cells.filter((c) => c.key === m.key).reduce((n, c) => n + c.count, 0)).toBe(m.count);
    const types = countBy(value, 'type');
    for (const t of types) expect(cells.filter((c) => c.group === t.key).reduce((n, c) => n + c.count, 0)).toBe(t.count);
    const limited = crossCount(value, 'month', 'type', { limit: 3 });
    expect(new Set(limited.map((c) => c.group))).toEqual(new Set([...types.slice(0, 3).map((t) => t.key), OTHER_GROUP]));
    const table = pivotCounts(limited);
    expect(table).toHaveLength(6);
    expect(Object.keys(table[0]!)).toEqual(['key', ...types.slice(0, 3).map((t) => t.key), OTHER_GROUP]);
  });
});
