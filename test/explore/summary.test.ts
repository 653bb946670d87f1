// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { mergeEvents } from '../../src/build/merge/index.js';
import { eventsOf } from '../../src/explore/events-of.js';
import { DatasetSummary, summarize, SummaryAccumulator } from '../../src/explore/summary.js';
import { readDataset, streamDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE, event, twoReports } from './events.js';

describe('summarize', () => {
  test('the ACLED sample: counts, span, countries, fatalities; stream and array agree', async () => {
    const { value } = await readDataset(ACLED_SAMPLE);
    const s = summarize(value);
    expect(s.events).toBe(528);
    expect(s.byCountry).toEqual([{ key: 'SYR', count: 307 }, { key: 'IRQ', count: 221 }]);
    expect(s.dateSpan.first).toBe('2022-01-01');
    expect(s.byYear).toEqual([{ key: '2022', count: 528 }]);
    expect(s.byType.reduce((n, r) => n + r.count, 0)).toBe(528);
    expect(s.fatalities.best).toBe(value.reduce((n, e) => n + (e.fatalities?.best ?? 0), 0));
    expect(s.topActors).toHaveLength(11); // 10 and (other)
    expect(s.topActors.at(-1)?.key).toBe('(other)');
    expect(s.unresolvedPlaces).toBe(0);
    const streamed = await summarize(eventsOf(streamDataset(ACLED_SAMPLE)));
    expect(streamed).toBeInstanceOf(DatasetSummary);
    expect(streamed.toJSON()).toEqual(s.toJSON());
  });

  test('merge statistics: several sources, merged reports, disagreements by field; unresolved places and dates', () => {
    const merged = mergeEvents(twoReports()).value;
    expect(merged).toHaveLength(1);
    const unknown = event({ id: 'u', date: { end: '2021-02-22', precision: 'unknown', text: 'recently' }, location: { precision: 'unknown', text: 'الشعفة' } });
    const s = summarize([...merged, unknown]);
    expect(s.merge).toEqual({ multiSource: 1, merged: 1, mergedReports: 2, withDisagreements: 1, disagreementsByField: [{ key: 'fatalities.best', count: 1 }] });
    expect(s.undated).toBe(1);
    expect(s.unresolvedPlaces).toBe(1);
    expect(s.fatalities).toMatchObject({ low: 2, best: 2, high: 3, withFigure: 1, withoutFigure: 1 });
    expect(s.topPublishers.map((r) => r.key)).toEqual(['Al Arabiya', 'Wire <Agency>', '(unknown)']);
  });

  test('prints as a report in the REPL and console.log, gives rows for console.table, and JSON', () => {
    const s = summarize(mergeEvents(twoReports()).value);
    const text = inspect(s);
    expect(text).toBe(String(s));
    expect(text).toContain('1 event, 2021-01-14 to 2021-01-14');
    expect(text).toContain('fatalities   low 2 · best 2 · high 3; from 1 event with a figure');
    expect(text).toContain('disagreements 1 event: fatalities.best 1');
    expect(text).toMatch(/By type:\n {2}assassination {2}1 \(100%\)/);
    const rows = s.rows();
    expect(rows.find((r) => r.measure === 'events with disagreements')?.value).toBe(1);
    for (const r of rows) expect(Object.keys(r)).toEqual(['measure', 'value']);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s.toJSON());
    expect(() => new SummaryAccumulator({ top: 0 })).toThrow(RangeError);
  });

  test('an empty dataset', () => {
    const s = summarize([]);
    expect(s.events).toBe(0);
    expect(String(s)).toContain('0 events, no dated event');
  });
});
