import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAnnotations } from '../../../src/annotations/read-annotations.js';
import { assembleEvents, type ConflictEvent } from '../../../src/index.js';
import { expectFixture } from '../../helpers/fixtures.js';
import { SHARED_DIR, sharedPath } from '../../helpers/shared.js';

const root = new URL('../../../', import.meta.url).pathname;
const brat = await readAnnotations(`${root}examples/seed/seed-report.ann`);
const inline = await readAnnotations(`${root}examples/seed/seed-report.inline.md`);
const english = await readAnnotations(`${root}examples/seed-en`);

const byType = (events: ConflictEvent[], type: string): ConflictEvent[] => events.filter((e) => e.type === type);
const actorsOf = (e: ConflictEvent | undefined, role: string): string[] => (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.id ?? a.name);

describe('the seed report (brat)', () => {
  const [doc] = brat.value;
  const { value: events, issues } = assembleEvents(doc!);

  test('reads without errors and yields the four events the report tells', () => {
    expect(brat.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(events.map((e) => e.type).sort()).toEqual(['assassination', 'attack', 'attack', 'territory_change']);
  });

  test('the January assassination of the two activists, claimed by ISIS, in the Deir ez-Zor countryside', () => {
    const [e] = byType(events, 'assassination');
    expect(e?.date).toEqual({ start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'في شهر يناير الماضي' });
    expect(e?.location).toMatchObject({ iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1', text: 'ريف مدينة دير الزور السورية' });
    expect(actorsOf(e, 'perpetrator')).toEqual(['isis']);
    expect(actorsOf(e, 'claimant')).toEqual(['isis']);
    expect(actorsOf(e, 'victim')).toEqual(['سعدة فيصل الهرماس', 'هند لطيف الخضير']);
    expect(e?.actors.filter((a) => a.role === 'victim').every((a) => a.kind === 'civilians' && a.description?.startsWith('ناشطتان') === true)).toBe(true);
    expect(e?.attributes?.claimed).toBe(true);
    // A completed assassination with named victims and no count: as many fatalities as victims.
    expect(e?.fatalities).toEqual({ low: 2, best: 2, high: 2 });
  });

  test('the February ISIS attacks on government forces in the Badia', () => {
    const e = byType(events, 'attack').find((x) => x.date.start === '2021-02-01');
    expect(e?.date).toMatchObject({ start: '2021-02-01', end: '2021-02-22' });
    expect(e?.location).toMatchObject({ iso3: 'SYR', precision: 'region', name: 'Syrian Badia' });
    expect(actorsOf(e, 'perpetrator')).toEqual(['isis']);
    expect(actorsOf(e, 'target')).toEqual(['syrian-government-forces']);
    // "العشرات" is 12 under the ACLED convention.
    expect(e?.fatalities).toMatchObject({ low: 12, best: 12, convention: 'acled', text: 'العشرات' });
  });

  test('the Turkish offensive of early October 2019 and the SDF announcement of late March 2019', () => {
    const offensive = byType(events, 'attack').find((x) => x.date.start?.startsWith('2019') === true);
    expect(offensive?.date).toMatchObject({ start: '2019-10-01', end: '2019-10-10', precision: 'month' });
    expect(actorsOf(offensive, 'perpetrator')).toEqual(['turkish-forces']);
    const [defeat] = byType(events, 'territory_change');
    expect(defeat?.date).toMatchObject({ start: '2019-03-21', end: '2019-03-31', precision: 'month' });
    expect(actorsOf(defeat, 'actor')).toEqual(['sdf']);
    expect(actorsOf(defeat, 'target')).toEqual(['isis']);
    expect(defeat?.location).toMatchObject({ iso3: 'SYR', precision: 'country' });
  });

  test('every value keeps the span it came from, and the span is the text at those offsets', () => {
    const text = Array.from(doc!.text);
    for (const e of events) {
      const fields = new Set(e.evidence.map((x) => x.field.split('.')[0]));
      expect(fields.has('type')).toBe(true);
      expect(fields.has('date')).toBe(true);
      expect(fields.has('location')).toBe(true);
      for (const x of e.evidence) expect(text.slice(x.start, x.end).join('')).toBe(x.text);
      expect(e.sources).toEqual([{ document: 'seed-report', published: '2021-02-22', language: 'ar', title: doc!.metadata.title }]);
    }
  });

  test('the inline copy of the annotation gives the same events', () => {
    const { value: fromInline } = assembleEvents(inline.value[0]!);
    expect(fromInline).toEqual(events);
  });

  test('golden file: test/fixtures/build/seed-report.events.json', () => {
    expectFixture(new URL('../../fixtures/build/seed-report.events.json', import.meta.url), events);
  });
});

describe('the English companion report (Label Studio)', () => {
  test('gives the assassination and the Badia attacks', () => {
    const { value: events, issues } = assembleEvents(english.value[0]!);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    const [assassination] = byType(events, 'assassination');
    expect(actorsOf(assassination, 'victim')).toEqual(['Saada Faisal al-Hermas', 'Hind Latif al-Khudair']);
    expect(assassination?.location).toMatchObject({ admin1: 'Deir ez-Zor' });
    const [attack] = byType(events, 'attack');
    expect(attack?.fatalities).toMatchObject({ best: 12, text: 'dozens' });
    expect(attack?.location).toMatchObject({ precision: 'region', name: 'Syrian Badia' });
  });
});

test('resolution can be turned off: text only, nothing invented', () => {
  const { value: events } = assembleEvents(brat.value[0]!, { resolve: false });
  const [e] = byType(events, 'assassination');
  expect(e?.date).toEqual({ precision: 'unknown', end: '2021-02-22', text: 'في شهر يناير الماضي' });
  expect(e?.location).toEqual({ precision: 'unknown', name: 'ريف مدينة دير الزور السورية', text: 'ريف مدينة دير الزور السورية' });
  expect(e?.actors.every((a) => a.id === undefined && a.kind === undefined)).toBe(true);
});

test.skipIf(SHARED_DIR === undefined)('the seed text in examples/ is the received report, byte for byte', () => {
  const received = readFileSync(sharedPath('seed/000_af08a84683ad50d3.txt'));
  expect(readFileSync(`${root}examples/seed/seed-report.txt`).equals(received)).toBe(true);
});
