// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, it } from 'vitest';
import { fromAcledRow, toAcledRow } from '../../../src/codebooks/acled/acled-row.js';
import { ACLED_COLUMNS } from '../../../src/codebooks/acled/columns.js';
import { formatAcledDate, parseAcledDate } from '../../../src/codebooks/acled/dates.js';
import { ConflictEventSchema, type ConflictEvent } from '../../../src/schema/event.js';
import { acledSample } from '../reference-data.js';

const sample = acledSample();

function imported(row: Record<string, string>, line = 0): ConflictEvent {
  const { value, issues } = fromAcledRow(row, { file: 'sample.csv', line });
  expect(issues).toEqual([]);
  if (value === undefined) throw new Error('no event');
  return value;
}

function rowById(id: string): Record<string, string> {
  const row = sample.rows.find((r) => r.event_id_cnty === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

function withoutCodes(event: ConflictEvent): ConflictEvent {
  const { codes: _codes, ...rest } = event;
  return rest;
}

describe('ACLED rows ↔ events on the 528 real rows', () => {
  it('has the 31 columns of the codebook in order (§1.1)', () => {
    expect(sample.fields).toEqual([...ACLED_COLUMNS]);
    expect(sample.rows).toHaveLength(528);
  });

  it('imports every row without issues into a schema-valid event', () => {
    sample.rows.forEach((row, i) => {
      const event = imported(row, i + 2);
      const parsed = ConflictEventSchema.safeParse(event);
      expect(parsed.success, `line ${i + 2}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    });
  });

  it('writes every row back cell for cell', () => {
    const mismatches: string[] = [];
    sample.rows.forEach((row, i) => {
      const back = toAcledRow(imported(row));
      for (const column of sample.fields) {
        if (back[column] !== row[column]) mismatches.push(`line ${i + 2} ${column}: ${JSON.stringify(row[column])} → ${JSON.stringify(back[column])}`);
      }
      expect(Object.keys(back)).toEqual([...ACLED_COLUMNS]);
    });
    expect(mismatches).toEqual([]);
  });

  it('derives every modelled cell from the event fields alone (no original codes)', () => {
    // Without codes.acled nothing can be copied: each cell must come from the event's fields.
    // Differences allowed, and checked: unmodelled columns are blank; the typo "Demostrations" is
    // written correctly; the one month-precision row gets the month midpoint; coordinates are the
    // same numbers.
    const mismatches: string[] = [];
    sample.rows.forEach((row, i) => {
      const fresh = toAcledRow(withoutCodes(imported(row)), { interCodes: 'numeric' });
      for (const column of ACLED_COLUMNS) {
        const a = row[column] ?? '';
        const b = fresh[column] ?? '';
        if (a === b) continue;
        if ((column === 'timestamp' || column === 'source_scale') && b === '') continue;
        if (column === 'disorder_type' && a.replace('Demostrations', 'Demonstrations') === b) continue;
        if ((column === 'latitude' || column === 'longitude') && Number(a) === Number(b)) continue;
        if (column === 'event_date' && row.time_precision === '3' && b === '2022-03-16') continue;
        mismatches.push(`line ${i + 2} ${column}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('maps a protest row: id, type, date, location, sole actor, sources, notes', () => {
    const event = imported(rowById('IRQ35656'));
    expect(event).toMatchObject({
      id: 'acled:IRQ35656',
      type: 'protest',
      subtype: 'peaceful',
      date: { start: '2022-01-02', end: '2022-01-02', precision: 'day' },
      location: {
        name: 'As Samawah',
        country: 'Iraq',
        iso3: 'IRQ',
        admin1: 'Al Muthanna',
        admin2: 'Al Samawa',
        admin3: 'Al Sowair',
        point: { lat: 31.3059, lon: 45.2799 },
        precision: 'exact',
      },
      actors: [{ name: 'Protesters (Iraq)', role: 'actor', kind: 'protesters' }],
      fatalities: { low: 0, best: 0, high: 0 },
      sources: [{ document: 'acled:IRQ35656#1', publisher: 'Al Mirbad' }],
      attributes: { civilianTargeting: false },
    });
    expect(event.notes).toMatch(/^On 2 January 2022, locals protested/);
  });

  it('maps the §1.8 example IRQ36367: perpetrator, civilian victim and the associated actor', () => {
    const event = imported(rowById('IRQ36367'));
    expect(event.type).toBe('attack');
    expect(event.subtype).toBe('attack_on_civilians');
    expect(event.actors).toEqual([
      { name: 'Unidentified Armed Group (Iraq)', role: 'perpetrator', kind: 'political_militia' },
      { name: 'Civilians (Iraq)', role: 'victim', kind: 'civilians' },
      { name: 'Women (Iraq)', role: 'victim', associated: true },
    ]);
  });

  it('maps both sides of a battle as actors with their kinds', () => {
    const event = imported(rowById('IRQ35711'));
    expect(event.type).toBe('armed_clash');
    expect(event.actors).toEqual([
      { name: 'Islamic State (Iraq)', role: 'actor', kind: 'rebel_group' },
      { name: 'Military Forces of Iraq (2020-) Popular Mobilization Forces', role: 'actor', kind: 'state_forces' },
    ]);
    expect(event.location.precision).toBe('near');
  });

  it('turns time_precision 2 and 3 into a week and a month, and writes the exact event_date back', () => {
    const week = imported(rowById('IRQ35781'));
    expect(week.date).toEqual({ start: '2022-01-06', end: '2022-01-12', precision: 'week' });
    const month = rowById('SYR99478');
    const event = imported(month);
    expect(event.date).toEqual({ start: '2022-03-01', end: '2022-03-31', precision: 'month' });
    // The day ACLED picked inside the month (the 5th) is kept while the date is unedited.
    expect(toAcledRow(event).event_date).toBe('2022-03-05');
    expect(toAcledRow(withoutCodes(event)).event_date).toBe('2022-03-16');
  });

  it('keeps multi-item sources and associated-actor lists', () => {
    const row = sample.rows.find((r) => r.source!.includes(';') && r.assoc_actor_2!.includes(';'));
    expect(row).toBeDefined();
    const event = imported(row ?? {});
    expect(event.sources.map((s) => s.publisher)).toEqual(row?.source!.split('; '));
    expect(event.actors.filter((a) => a.associated === true && a.role !== event.actors[0]?.role).map((a) => a.name)).toEqual(row?.assoc_actor_2!.split('; '));
  });
});

describe('ACLED legacy and current variants', () => {
  const base = rowById('IRQ36367');

  it('reads text inter codes and a text interaction, and writes them back as text', () => {
    const row = { ...base, inter1: 'Political militia', inter2: 'Civilians', interaction: 'Political militia-Civilians' };
    const event = imported(row);
    expect(event.actors.map((a) => a.kind)).toEqual(['political_militia', 'civilians', undefined]);
    expect(toAcledRow(event)).toEqual(toAcledRow(event));
    expect(toAcledRow(event)).toMatchObject({ inter1: 'Political militia', inter2: 'Civilians', interaction: 'Political militia-Civilians' });
  });

  it('converts inter codes to text or numbers on request when the actors change', () => {
    const event = imported(base);
    const edited = { ...event, actors: event.actors.map((a) => (a.kind === 'political_militia' ? { ...a, kind: 'rebel_group' as const } : a)) };
    expect(toAcledRow(edited)).toMatchObject({ inter1: '2', inter2: '7', interaction: '27' });
    expect(toAcledRow(edited, { interCodes: 'text' })).toMatchObject({ inter1: 'Rebel group', inter2: 'Civilians', interaction: 'Rebel group-Civilians' });
  });

  it('reads inter2 = 0 with no actor2, and writes 0 again in numeric files and blank in text files', () => {
    const row = rowById('IRQ35656');
    expect(row.inter2).toBe('0');
    const event = imported(row);
    expect(event.actors).toHaveLength(1);
    const edited = { ...event, actors: [{ ...(event.actors[0] ?? { name: 'x', role: 'actor' as const }), name: 'Protesters (International)' }] };
    expect(toAcledRow(edited)).toMatchObject({ actor2: '', inter2: '0', interaction: '60' });
    expect(toAcledRow(edited, { interCodes: 'text' })).toMatchObject({ actor2: '', inter2: '', interaction: 'Protesters only' });
  });

  it.each(['D Month YYYY', 'DD/MM/YYYY', 'DD-MM-YYYY'] as const)('reads event_date in %s and keeps that format, also for an edited date', (format) => {
    const row = { ...base, event_date: formatAcledDate(base.event_date!, format) };
    const event = imported(row);
    expect(event.date.start).toBe(base.event_date);
    expect(toAcledRow(event).event_date).toBe(row.event_date);
    const edited = { ...event, date: { start: '2022-02-07', end: '2022-02-07', precision: 'day' as const } };
    expect(parseAcledDate(toAcledRow(edited).event_date!)).toEqual({ date: '2022-02-07', format });
    expect(toAcledRow(edited, { dateFormat: 'YYYY-MM-DD' }).event_date).toBe('2022-02-07');
  });

  it('reads an older column set (data_id, event_id_no_cnty, iso3; no disorder_type, civilian_targeting, tags) and writes it back', () => {
    const { disorder_type: _d, civilian_targeting: _c, tags: _t, ...rest } = base;
    const row: Record<string, string> = { data_id: '9876543', iso: base.iso!, event_id_cnty: base.event_id_cnty!, event_id_no_cnty: '36367', ...rest, iso3: 'IRQ' };
    const event = imported(row);
    expect(event.attributes).toBeUndefined();
    expect(event.location.iso3).toBe('IRQ');
    const back = toAcledRow(event);
    for (const [column, cell] of Object.entries(row)) expect(back[column], column).toBe(cell);
    // The current columns the old file lacked are derived.
    expect(back.disorder_type).toBe('Political violence');
    expect(back.civilian_targeting).toBe('Civilian targeting');
    expect(Object.keys(back).slice(0, 31)).toEqual([...ACLED_COLUMNS]);
    expect(Object.keys(back).slice(31)).toEqual(['data_id', 'event_id_no_cnty', 'iso3']);
  });

  it('treats any non-empty civilian_targeting as true and writes the configured literal (§1.5)', () => {
    for (const literal of ['Civilians targeted', 'Civilian targeting', 'yes']) {
      const event = imported({ ...base, civilian_targeting: literal });
      expect(event.attributes?.civilianTargeting).toBe(true);
      expect(toAcledRow(event).civilian_targeting).toBe(literal);
    }
    const fresh = withoutCodes(imported(base));
    delete fresh.attributes;
    expect(toAcledRow(fresh).civilian_targeting).toBe('Civilian targeting');
    expect(toAcledRow(fresh, { civilianTargeting: 'Civilians targeted' }).civilian_targeting).toBe('Civilians targeted');
  });
});

describe('edited events write their new values', () => {
  const event = imported(rowById('IRQ36367'));
  const original = toAcledRow(event);

  function changed(a: Record<string, string>, b: Record<string, string>): string[] {
    return Object.keys(a).filter((k) => a[k] !== b[k]);
  }

  it('changes only the fatalities cell when fatalities change', () => {
    const row = toAcledRow({ ...event, fatalities: { low: 3, best: 4, high: 6 } });
    expect(row.fatalities).toBe('3');
    expect(changed(original, row)).toEqual(['fatalities']);
  });

  it('changes event_date and year when the date changes', () => {
    const row = toAcledRow({ ...event, date: { start: '2023-01-30', end: '2023-01-30', precision: 'day' } });
    expect([row.event_date, row.year, row.time_precision]).toEqual(['2023-01-30', '2023', '1']);
    expect(changed(original, row)).toEqual(['event_date', 'year']);
    const week = toAcledRow({ ...event, date: { start: '2022-02-06', end: '2022-02-12', precision: 'week' } });
    expect([week.event_date, week.time_precision]).toEqual(['2022-02-09', '2']);
  });

  it('recomputes the category and civilian targeting when the type changes', () => {
    const row = toAcledRow({ ...event, type: 'abduction', subtype: undefined, fatalities: { best: 0 }, attributes: {} });
    expect([row.event_type, row.sub_event_type, row.civilian_targeting]).toEqual(['Violence against civilians', 'Abduction/forced disappearance', 'Civilian targeting']);
  });

  it('writes a moved location and its precision', () => {
    const row = toAcledRow({ ...event, location: { ...event.location, point: { lat: 33.312805, lon: 44.361488 }, precision: 'admin1' } });
    expect([row.latitude, row.longitude, row.geo_precision]).toEqual(['33.3128', '44.3615', '3']);
    expect(changed(original, row)).toEqual(['latitude', 'longitude', 'geo_precision']);
  });

  it('writes added sources and tags', () => {
    const row = toAcledRow({ ...event, sources: [...event.sources, { document: 'new', publisher: 'Rudaw' }], tags: ['women targeted: politicians'] });
    expect(row.source!.endsWith('; Rudaw')).toBe(true);
    expect(row.tags).toBe('women targeted: politicians');
  });
});

describe('events not imported from ACLED', () => {
  const seed: ConflictEvent = {
    id: 'ev-3k9x1f0a2b',
    type: 'assassination',
    date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' },
    location: { name: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', admin1: 'Deir ez-Zor', precision: 'admin1' },
    actors: [
      { name: 'Islamic State', id: 'isis', role: 'perpetrator', kind: 'rebel_group' },
      { name: 'Saada Faisal al-Hermas', role: 'victim', kind: 'civilians', description: 'activist' },
    ],
    fatalities: { low: 2, best: 2, high: 2 },
    attributes: { claimed: true },
    sources: [{ document: 'seed', published: '2021-02-22', language: 'ar', publisher: 'Al Arabiya' }],
    evidence: [],
  };

  it('produces a sensible row with blank cells where the event lacks the data', () => {
    expect(toAcledRow(seed)).toEqual({
      event_id_cnty: 'ev-3k9x1f0a2b',
      event_date: '2021-01-16',
      year: '2021',
      time_precision: '3',
      disorder_type: 'Political violence',
      event_type: 'Violence against civilians',
      sub_event_type: 'Attack',
      actor1: 'Islamic State',
      assoc_actor_1: '',
      inter1: 'Rebel group',
      actor2: 'Saada Faisal al-Hermas',
      assoc_actor_2: '',
      inter2: 'Civilians',
      interaction: 'Rebel group-Civilians',
      civilian_targeting: 'Civilian targeting',
      iso: '760',
      region: 'Middle East',
      country: 'Syria',
      admin1: 'Deir ez-Zor',
      admin2: '',
      admin3: '',
      location: 'Deir ez-Zor',
      latitude: '',
      longitude: '',
      geo_precision: '3',
      source: 'Al Arabiya',
      source_scale: '',
      notes: '',
      fatalities: '2',
      tags: '',
      timestamp: '',
    });
  });

  it('leaves fatalities blank when unknown, or writes 0 on request (ACLED "no mention")', () => {
    const { fatalities: _f, ...noCount } = seed;
    expect(toAcledRow(noCount).fatalities).toBe('');
    expect(toAcledRow(noCount, { unknownFatalities: 'zero' }).fatalities).toBe('0');
  });

  it('leaves the date and the category blank when ACLED cannot record them', () => {
    const row = toAcledRow({ ...seed, type: 'other', date: { start: '2021-01-01', end: '2021-12-31', precision: 'year' } });
    expect([row.event_date, row.year, row.time_precision, row.event_type, row.sub_event_type]).toEqual(['', '2021', '', '', '']);
    expect(toAcledRow({ ...seed, date: { precision: 'unknown' } }).year).toBe('');
  });

  it('reads its own row back to the same fields', () => {
    const event = imported(toAcledRow(seed));
    expect(event.type).toBe('attack');
    expect(event.actors.map((a) => [a.name, a.role, a.kind])).toEqual([
      ['Islamic State', 'perpetrator', 'rebel_group'],
      ['Saada Faisal al-Hermas', 'victim', 'civilians'],
    ]);
    expect(event.date).toEqual({ start: '2021-01-01', end: '2021-01-31', precision: 'month' });
    expect(event.location).toMatchObject({ iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'region' });
  });
});

describe('bad rows give issues with file, line and column', () => {
  const base = rowById('IRQ36367');

  it('keeps an unreadable date as text with precision unknown', () => {
    const { value, issues } = fromAcledRow({ ...base, event_date: 'sometime in 2022' }, { file: 'a.csv', line: 7 });
    expect(value?.date).toEqual({ precision: 'unknown', text: 'sometime in 2022' });
    expect(issues).toEqual([expect.objectContaining({ code: 'acled_invalid_date', level: 'warning', file: 'a.csv', line: 7, path: ['event_date'], event: 'acled:IRQ36367' })]);
    expect(toAcledRow(value ?? ({} as ConflictEvent)).event_date).toBe('sometime in 2022');
  });

  it('keeps an unknown sub-event type as type other and writes the cells back', () => {
    const row = { ...base, event_type: 'Violence against civilians', sub_event_type: 'Massacre' };
    const { value, issues } = fromAcledRow(row, { file: 'a.csv', line: 3 });
    expect(value?.type).toBe('other');
    expect(issues.map((i) => i.code)).toEqual(['acled_unknown_sub_event_type']);
    expect(toAcledRow(value ?? ({} as ConflictEvent)).sub_event_type).toBe('Massacre');
  });

  it('flags invalid inter codes, an inconsistent interaction, bad coordinates, fatalities, time and geo precision', () => {
    const { value, issues } = fromAcledRow(
      { ...base, inter1: '12', interaction: '17', latitude: '123', fatalities: 'many', time_precision: '5', geo_precision: '0' },
      { line: 4 },
    );
    expect(issues.map((i) => i.code).sort()).toEqual(
      ['acled_interaction_mismatch', 'acled_invalid_coordinates', 'acled_invalid_fatalities', 'acled_invalid_geo_precision', 'acled_invalid_inter', 'acled_invalid_time_precision'].sort(),
    );
    expect(issues.every((i) => i.line === 4)).toBe(true);
    expect(value?.location.point).toBeUndefined();
    expect(value?.fatalities).toBeUndefined();
    // Nothing is lost: the row still writes back cell for cell.
    const back = toAcledRow(value ?? ({} as ConflictEvent));
    expect([back.inter1, back.latitude, back.fatalities, back.time_precision, back.geo_precision]).toEqual(['12', '123', 'many', '5', '0']);
  });

  it('gives a row without event_id_cnty a stable id', () => {
    const a = fromAcledRow({ ...base, event_id_cnty: '' });
    const b = fromAcledRow({ ...base, event_id_cnty: '' });
    expect(a.value?.id).toMatch(/^acled:row-/);
    expect(a.value?.id).toBe(b.value?.id);
    expect(a.issues.map((i) => i.code)).toEqual(['acled_missing_event_id']);
    expect(toAcledRow(a.value ?? ({} as ConflictEvent)).event_id_cnty).toBe('');
  });

  it('blanks the category of an edited event that ACLED cannot code, rather than keeping the stale one', () => {
    const event = imported(base);
    expect(toAcledRow({ ...event, type: 'other', subtype: undefined })).toMatchObject({ event_type: '', sub_event_type: '', disorder_type: '' });
  });

  it('rejects invalid options as programmer errors', () => {
    const event = imported(base);
    expect(() => toAcledRow(event, { interCodes: 'roman' as 'text' })).toThrow(TypeError);
    expect(() => toAcledRow(event, { dateFormat: 'MM/DD/YYYY' as 'DD/MM/YYYY' })).toThrow(TypeError);
    expect(() => toAcledRow(event, { unknownFatalities: 'none' as 'zero' })).toThrow(TypeError);
    expect(() => toAcledRow(event, { civilianTargeting: ' ' })).toThrow(TypeError);
  });
});
