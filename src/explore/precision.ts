import type { DatePrecision } from '../schema/date.js';
import { LOCATION_PRECISION_RANK, type LocationPrecision } from '../schema/location.js';

/**
 * The order of date precisions, most precise first: `DATE_PRECISION_RANK.day` is 0 and
 * `unknown` is last.
 *
 * @example
 * ```ts
 * DATE_PRECISION_RANK.week < DATE_PRECISION_RANK.month; //=> true
 * ```
 */
export const DATE_PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  days: 1,
  week: 2,
  month: 3,
  year: 4,
  unknown: 5,
};

/**
 * True when a date precision is at least as precise as `min`: `day` and `week` are at least
 * `month`; `year` is not.
 *
 * @example
 * ```ts
 * datePrecisionAtLeast('week', 'month'); //=> true
 * datePrecisionAtLeast('year', 'month'); //=> false
 * ```
 */
export function datePrecisionAtLeast(precision: DatePrecision, min: DatePrecision): boolean {
  return DATE_PRECISION_RANK[precision] <= DATE_PRECISION_RANK[min];
}

/**
 * True when a location precision is at least as precise as `min` (see
 * `LOCATION_PRECISION_RANK`): `exact`, `near` and `admin2` are at least `admin1`; `country` is not.
 *
 * @example
 * ```ts
 * locationPrecisionAtLeast('near', 'admin2'); //=> true
 * locationPrecisionAtLeast('region', 'admin1'); //=> false
 * ```
 */
export function locationPrecisionAtLeast(precision: LocationPrecision, min: LocationPrecision): boolean {
  return LOCATION_PRECISION_RANK[precision] <= LOCATION_PRECISION_RANK[min];
}
