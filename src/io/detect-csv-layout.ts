/**
 * The layouts a CSV header can be recognised as: our `native` layout, an ACLED export (`acled`,
 * the current 31 columns with `disorder_type`; `acled-legacy`, older exports without it, e.g. with
 * `data_id` / `event_id_no_cnty` / `iso3`), or UCDP GED (`ucdp`).
 */
export type CsvHeaderLayout = 'native' | 'acled' | 'acled-legacy' | 'ucdp';

/**
 * Normalises a header cell for matching: trimmed, lower case, without a byte-order mark.
 *
 * @example
 * ```ts
 * normalizeHeaderName('\ufeff Event_ID_Cnty '); //=> 'event_id_cnty'
 * ```
 */
export function normalizeHeaderName(name: string): string {
  return name.replace(/^\ufeff/, '').trim().toLowerCase();
}

/**
 * Recognises the layout of a CSV file from its header row, by the columns that only that layout
 * has: UCDP GED has `relid`, `type_of_violence` and `where_prec`; ACLED has `event_id_cnty`,
 * `event_type` and `sub_event_type` (current exports also `disorder_type`); the native layout has
 * `id`, `type`, `date_precision` and `location_precision`. Returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * detectCsvLayout(['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type']); //=> 'acled'
 * detectCsvLayout(['id', 'relid', 'year', 'type_of_violence', 'where_prec']); //=> 'ucdp'
 * detectCsvLayout(['name', 'value']); //=> undefined
 * ```
 */
export function detectCsvLayout(header: readonly string[]): CsvHeaderLayout | undefined {
  const names = new Set(header.map(normalizeHeaderName));
  const all = (...cols: string[]): boolean => cols.every((c) => names.has(c));
  if (all('relid', 'type_of_violence', 'where_prec')) return 'ucdp';
  if (all('event_id_cnty', 'event_type', 'sub_event_type')) return names.has('disorder_type') ? 'acled' : 'acled-legacy';
  if (all('id', 'type', 'date_precision', 'location_precision')) return 'native';
  return undefined;
}
