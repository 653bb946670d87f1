// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
/**
 * Real data: the notes of 528 ACLED events (Syria and Iraq, 2022 H1) begin with the date of the
 * event ("On 2 January 2022, …", "Around 9 January 2022 (as reported), …"). The first date
 * findDates reads in each note must hold the coded event_date, with the precision of the coded
 * time_precision (1 = a day, 2 = a week or a few days).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/resolve/time/index.js';
import { sharedPath } from '../../helpers/shared.js';

const csvPath = sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv');
const rows = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true }).data;

const PRECISION: Record<string, string[]> = { '1': ['day'], '2': ['days', 'week'], '3': ['month'] };

describe('findDates on ACLED notes', () => {
  it('reads all 528 rows', () => {
    expect(rows).toHaveLength(528);
  });

  it('finds the coded event date first in every note', () => {
    const misses: string[] = [];
    for (const row of rows) {
      const eventDate = row.event_date ?? '';
      const first = findDates(row.notes ?? '', { published: eventDate, language: 'en' }).value[0];
      const v = first?.value;
      if (v?.start === undefined || v.end === undefined || v.start > eventDate || v.end < eventDate) {
        misses.push(`${row.event_id_cnty ?? ''}: ${first?.text ?? '(none)'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('gives the coded precision (all but one "Around …" row that ACLED coded as month-precise)', () => {
    const mismatches = rows.filter((row) => {
      const first = findDates(row.notes ?? '', { published: row.event_date ?? '', language: 'en' }).value[0];
      return first === undefined || !(PRECISION[row.time_precision ?? ''] ?? []).includes(first.value.precision);
    });
    expect(mismatches.map((r) => [r.time_precision, (r.notes ?? '').slice(0, 20)])).toEqual([['3', 'Around 5 March 2022 ']]);
  });
});
