import { describe, expect, it } from 'vitest';
import { flattenEvent, flattenEventRecord } from '../../src/io/flatten-event.js';
import { NATIVE_COLUMNS, NATIVE_COLUMN_NAMES } from '../../src/io/native-columns.js';
import { fromNativeRecord } from '../../src/io/native-row.js';
import { fixtureEvents, plain } from './helpers.js';
import { nativeView } from './native-losses.js';
import { syntheticEvent } from './synthetic-events.js';

const cell = (cells: unknown[], name: string): unknown => cells[NATIVE_COLUMN_NAMES.indexOf(name)];

describe('flattenEvent', () => {
  it('gives one cell per native column, every column documented', () => {
    expect(new Set(NATIVE_COLUMN_NAMES).size).toBe(NATIVE_COLUMNS.length);
    for (const c of NATIVE_COLUMNS) expect(c.description.length).toBeGreaterThan(10);
    for (const e of fixtureEvents()) expect(flattenEvent(e)).toHaveLength(NATIVE_COLUMNS.length);
  });

  it('flattens the seed assassination into the right columns', () => {
    const [seed] = fixtureEvents();
    const cells = flattenEvent(seed!);
    expect(cell(cells, 'id')).toBe('ev-seed-assassination');
    expect(cell(cells, 'date_start')).toBe('2021-01-01');
    expect(cell(cells, 'date_end')).toBe('2021-01-31');
    expect(cell(cells, 'date_precision')).toBe('month');
    expect(cell(cells, 'lat')).toBe(35.336);
    expect(cell(cells, 'lon')).toBe(40.14);
    expect(cell(cells, 'perpetrators')).toBe('Islamic State');
    expect(cell(cells, 'perpetrator_ids')).toBe('isis');
    expect(cell(cells, 'victims')).toBe('Saada Faisal al-Hermas; Hind Latif al-Khudair; Women (Syria)');
    expect(cell(cells, 'victim_ids')).toBeUndefined();
    expect(cell(cells, 'victim_kinds')).toBe('civilians; civilians;');
    expect(cell(cells, 'associated_actors')).toBe('victim:Women (Syria)');
    expect(cell(cells, 'claimants')).toBe('Islamic State');
    expect(cell(cells, 'fatalities_best')).toBe(2);
    expect(cell(cells, 'injuries_best')).toBeUndefined();
    expect(cell(cells, 'claimed')).toBe(true);
    expect(cell(cells, 'civilian_targeting')).toBe(true);
    expect(cell(cells, 'attempted')).toBeUndefined();
    expect(cell(cells, 'source_count')).toBe(1);
    expect(cell(cells, 'evidence_count')).toBe(1);
    expect(cell(cells, 'tags')).toBe('women targeted: activists');
  });

  it('keeps other attributes as JSON and disagreements as a count and fields', () => {
    const badia = fixtureEvents()[1]!;
    const r = flattenEventRecord(badia);
    expect(JSON.parse(String(r.attributes_other))).toEqual({ ucdp_event_clarity: 2, source_quality: 'single', verified: false });
    expect(r.disagreement_count).toBe(1);
    expect(r.disagreement_fields).toBe('fatalities.best');
    expect(r.source_documents).toBe('seed; wire-2');
    expect(r.source_publishers).toBe('Al Arabiya;');
    expect(r.targets).toBe('Military Forces of Syria; National Defence Forces\\; Syria');
    expect(r.lat).toBeUndefined();
  });
});

describe('fromNativeRecord', () => {
  it('rebuilds every fixture event up to the documented losses', () => {
    for (const e of fixtureEvents()) {
      const { value, issues } = fromNativeRecord(flattenEventRecord(e));
      expect(issues.filter((i) => i.level === 'error')).toEqual([]);
      expect(plain(value)).toEqual(plain(nativeView(e)));
    }
  });

  it('rebuilds from text cells, as a CSV reader gives them', () => {
    for (let i = 0; i < 50; i++) {
      const e = syntheticEvent(i);
      const text = Object.fromEntries(Object.entries(flattenEventRecord(e)).map(([k, v]) => [k, v === undefined ? '' : String(v)]));
      const { value } = fromNativeRecord(text);
      expect(plain(value)).toEqual(plain(nativeView(e)));
    }
  });

  it('reports cells that do not fit their column, naming the column, file and line', () => {
    const record = { ...flattenEventRecord(fixtureEvents()[0]!), fatalities_best: 'dozens', claimed: 'maybe', lat: '35.3', lon: undefined };
    const { value, issues } = fromNativeRecord(record, { file: 'events.csv', line: 7 });
    expect(value).toBeDefined();
    expect(value?.fatalities).toEqual({ low: 2, high: 2, text: 'اغتيال ناشطتين' });
    expect(value?.location.point).toBeUndefined();
    const codes = issues.map((i) => [i.code, i.level, i.file, i.line, i.path.join('.')]);
    expect(codes).toContainEqual(['invalid_number', 'error', 'events.csv', 7, 'fatalities_best']);
    expect(codes).toContainEqual(['invalid_boolean', 'error', 'events.csv', 7, 'claimed']);
    expect(codes).toContainEqual(['half_a_point', 'warning', 'events.csv', 7, 'lat']);
    expect(issues.find((i) => i.code === 'invalid_number')?.message).toContain('"dozens"');
  });

  it('warns when parallel lists do not line up, and validates the event', () => {
    const record = { ...flattenEventRecord(fixtureEvents()[0]!), victim_kinds: 'civilians', associated_actors: 'victim:Nobody' };
    const { value, issues } = fromNativeRecord(record);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['list_length_mismatch', 'unknown_associated_actor']));
    expect(value?.actors.filter((a) => a.role === 'victim').map((a) => a.kind)).toEqual(['civilians', undefined, undefined]);

    const bad = fromNativeRecord({ ...flattenEventRecord(fixtureEvents()[0]!), type: 'massacre', date_start: '2019-02-30' });
    expect(bad.value).toBeUndefined();
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['type', 'date.start']));
  });

  it('keeps unreadable other attributes as text, flagged', () => {
    const { value, issues } = fromNativeRecord({ ...flattenEventRecord(fixtureEvents()[0]!), attributes_other: '{not json' });
    expect(value?.attributes?.attributes_other).toBe('{not json');
    expect(issues.map((i) => i.code)).toContain('invalid_attributes');
  });
});
