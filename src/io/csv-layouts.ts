import { ACLED_COLUMNS } from '../codebooks/acled/columns.js';
import { type ToAcledRowOptions, toAcledRow } from '../codebooks/acled/acled-row.js';
import { UCDP_GED_COLUMNS } from '../codebooks/ucdp/columns.js';
import { type ToUcdpRowOptions, toUcdpRow } from '../codebooks/ucdp/ucdp-row.js';
import type { ConflictEvent } from '../schema/event.js';
import { type CsvLayout, type CsvLayoutWriter, nativeLayout, recordLayout } from './csv-layout.js';

/**
 * Which CSV layout to write, and the options of the codebook layouts.
 *
 * @example
 * ```ts
 * const options: CsvLayoutOptions = { layout: 'acled', acled: { interCodes: 'numeric', civilianTargeting: 'Civilians targeted' } };
 * ```
 */
export interface CsvLayoutOptions {
  /** The column layout: `native` (default), `acled` or `ucdp`. */
  layout?: CsvLayout;
  /**
   * Options of the ACLED layout, passed to the codebooks' `toAcledRow`: `interCodes` (`text`
   * labels or `numeric` codes for inter1 / inter2 / interaction), `civilianTargeting` (the literal
   * written when civilians were targeted), `dateFormat`, `unknownFatalities`.
   */
  acled?: ToAcledRowOptions;
  /** Options of the UCDP GED layout, passed to the codebooks' `toUcdpRow` (`dateFormat`: `datetime` as GED's CSV, or `date`). */
  ucdp?: ToUcdpRowOptions;
}

/** ACLED columns that hold numbers (spreadsheet safety leaves plain numbers in them alone). */
export const ACLED_NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'year',
  'time_precision',
  'inter1',
  'inter2',
  'interaction',
  'iso',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'timestamp',
  'data_id',
  'event_id_no_cnty',
  'population_best',
  'population_1km',
  'population_2km',
  'population_5km',
]);

/** UCDP GED columns that hold numbers (spreadsheet safety leaves plain numbers in them alone). */
export const UCDP_NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'year',
  'active_year',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'dyad_dset_id',
  'dyad_new_id',
  'side_a_dset_id',
  'side_a_new_id',
  'side_b_dset_id',
  'side_b_new_id',
  'number_of_sources',
  'where_prec',
  'latitude',
  'longitude',
  'priogrid_gid',
  'country_id',
  'event_clarity',
  'date_prec',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
]);

/** A minimal event, used to check codebook options before anything is written. */
const PROBE: ConflictEvent = {
  id: 'probe',
  type: 'other',
  date: { precision: 'unknown' },
  location: { precision: 'unknown' },
  actors: [],
  sources: [],
  evidence: [],
};

/**
 * Makes the layout writer for one output (see {@link CsvLayoutOptions}).
 *
 * @throws {TypeError} for an unknown layout or invalid codebook options (checked before anything is written).
 */
export function createCsvLayout(options: CsvLayoutOptions): CsvLayoutWriter {
  const layout: string = options.layout ?? 'native';
  switch (layout) {
    case 'native':
      return nativeLayout();
    case 'acled': {
      const acled = options.acled ?? {};
      toAcledRow(PROBE, acled);
      return recordLayout('acled', ACLED_COLUMNS, ACLED_NUMERIC_COLUMNS, (event) => toAcledRow(event, acled));
    }
    case 'ucdp': {
      const ucdp = options.ucdp ?? {};
      toUcdpRow(PROBE, ucdp);
      return recordLayout('ucdp', UCDP_GED_COLUMNS, UCDP_NUMERIC_COLUMNS, (event) => toUcdpRow(event, ucdp));
    }
    default:
      throw new TypeError(`unknown CSV layout ${JSON.stringify(layout)}: expected native, acled or ucdp`);
  }
}
