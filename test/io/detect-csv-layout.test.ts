// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCsvLayout, normalizeHeaderName } from '../../src/io/detect-csv-layout.js';
import { NATIVE_COLUMN_NAMES } from '../../src/io/native-columns.js';
import { ACLED_SAMPLE, UCDP_SAMPLE } from './helpers.js';

function header(path: string): string[] {
  const first = readFileSync(path, 'utf8').split('\n')[0] ?? '';
  return first.split(',').map((c) => c.replace(/^"|"$/g, ''));
}

describe('detectCsvLayout', () => {
  it('recognises the real ACLED and UCDP GED samples', () => {
    expect(detectCsvLayout(header(ACLED_SAMPLE))).toBe('acled');
    expect(detectCsvLayout(header(UCDP_SAMPLE))).toBe('ucdp');
  });

  it('recognises a legacy ACLED header (no disorder_type; data_id, iso3)', () => {
    const legacy = ['data_id', 'iso', 'event_id_cnty', 'event_id_no_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'iso3'];
    expect(detectCsvLayout(legacy)).toBe('acled-legacy');
  });

  it('recognises the native layout, tolerating case, spaces and a BOM', () => {
    expect(detectCsvLayout(NATIVE_COLUMN_NAMES)).toBe('native');
    expect(detectCsvLayout(['\ufeffID', ' Type ', 'DATE_PRECISION', 'location_precision'])).toBe('native');
    expect(normalizeHeaderName('\ufeff Event_ID_Cnty ')).toBe('event_id_cnty');
  });

  it('returns undefined for other headers', () => {
    expect(detectCsvLayout(['name', 'value'])).toBeUndefined();
    expect(detectCsvLayout([])).toBeUndefined();
  });
});
