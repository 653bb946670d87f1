/**
 * The 31 columns of a current ACLED export, in order (codebook §1.1: the codebook's Table 1,
 * acledR's dummy data and the 2025 export tool agree).
 *
 * @example
 * ```ts
 * ACLED_COLUMNS.length; //=> 31
 * ACLED_COLUMNS[0]; //=> 'event_id_cnty'
 * ```
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/**
 * One of the {@link ACLED_COLUMNS}.
 *
 * @example
 * ```ts
 * const column: AcledColumn = 'sub_event_type';
 * ```
 */
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/**
 * Columns of older ACLED exports that an importer tolerates (codebook §1.1): `data_id`,
 * `event_id_no_cnty` and `iso3` of the old format, and the population columns of
 * `population=full` exports. They are kept in `codes.acled` and written back after the 31
 * current columns.
 *
 * @example
 * ```ts
 * ACLED_LEGACY_COLUMNS.includes('iso3'); //=> true
 * ```
 */
export const ACLED_LEGACY_COLUMNS: readonly string[] = ['data_id', 'event_id_no_cnty', 'iso3', 'population_best', 'population_1km', 'population_2km', 'population_5km'];
