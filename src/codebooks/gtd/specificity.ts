import type { LocationPrecision } from '../../schema/location.js';

/**
 * GTD `specificity` (1–5).
 *
 * @example
 * ```ts
 * const s: GtdSpecificity = toGtdSpecificity('admin1'); //=> 4
 * ```
 */
export type GtdSpecificity = 1 | 2 | 3 | 4 | 5;

/**
 * GTD `specificity` of a location precision (codebook notes §3.4):
 *
 * - `exact` and `near` → 1: in a city, village or town, with its coordinates (`near` also sets
 *   `vicinity` = 1, see {@link toGtdVicinity});
 * - `admin3`, `admin2` → 3: not in a named town; the centroid of the smallest subnational
 *   region identified;
 * - `admin1`, `region` → 4: no second-order or smaller region identified; the centre of the
 *   first-order region (a named region is placed no better than its province);
 * - `country`, `unknown` → 5: no first-order region identified, coordinates unknown.
 *
 * GTD's 2 (a town whose coordinates were not found, coded to its smallest region) describes a
 * gazetteer gap, not a precision; it reads back as `admin2`.
 *
 * @example
 * ```ts
 * toGtdSpecificity('exact'); //=> 1
 * toGtdSpecificity('admin1'); //=> 4
 * toGtdSpecificity('country'); //=> 5
 * ```
 */
export function toGtdSpecificity(precision: LocationPrecision): GtdSpecificity {
  switch (precision) {
    case 'exact':
    case 'near':
      return 1;
    case 'admin3':
    case 'admin2':
      return 3;
    case 'admin1':
    case 'region':
      return 4;
    case 'country':
    case 'unknown':
      return 5;
  }
}

/**
 * The location precision of a GTD `specificity`: 1 `exact` (`near` when `vicinity` is 1), 2 and
 * 3 `admin2` (the smallest subnational region), 4 `admin1`, 5 `country`; other values
 * `undefined`.
 *
 * @example
 * ```ts
 * fromGtdSpecificity(1, 1); //=> 'near'
 * fromGtdSpecificity(4); //=> 'admin1'
 * ```
 */
export function fromGtdSpecificity(code: number, vicinity?: number): LocationPrecision | undefined {
  switch (code) {
    case 1:
      return vicinity === 1 ? 'near' : 'exact';
    case 2:
    case 3:
      return 'admin2';
    case 4:
      return 'admin1';
    case 5:
      return 'country';
    default:
      return undefined;
  }
}

/**
 * GTD `vicinity`: 1 when the event was in the immediate vicinity of the city (`near`), 0 when in
 * the city itself (`exact`), −9 (unknown) otherwise.
 *
 * @example
 * ```ts
 * toGtdVicinity('near'); //=> 1
 * toGtdVicinity('admin1'); //=> -9
 * ```
 */
export function toGtdVicinity(precision: LocationPrecision): 1 | 0 | -9 {
  if (precision === 'near') return 1;
  if (precision === 'exact') return 0;
  return -9;
}
