import type { DatePrecision } from '../../schema/date.js';
import type { LocationPrecision } from '../../schema/location.js';

/**
 * ACLED `geo_precision` (codebook §1.4).
 *
 * @example
 * ```ts
 * const g: AcledGeoPrecision | undefined = toAcledGeoPrecision('near'); //=> 2
 * ```
 */
export type AcledGeoPrecision = 1 | 2 | 3;

/**
 * ACLED `time_precision` (codebook §1.4).
 *
 * @example
 * ```ts
 * const t: AcledTimePrecision | undefined = toAcledTimePrecision('month'); //=> 3
 * ```
 */
export type AcledTimePrecision = 1 | 2 | 3;

/**
 * ACLED `geo_precision` of a location precision (codebook §1.4): 1 for a particular town (`exact`,
 * also ACLED's `City - District` places); 2 for a small part of a region or "near" a town
 * (`near`, `admin3`, `admin2`: coded to a nearby town); 3 for a larger region (`admin1`,
 * `region`, and `country`, which ACLED records only for some strategic developments).
 * `unknown` has no ACLED code.
 *
 * @example
 * ```ts
 * toAcledGeoPrecision('exact'); //=> 1
 * toAcledGeoPrecision('admin2'); //=> 2
 * toAcledGeoPrecision('admin1'); //=> 3
 * toAcledGeoPrecision('unknown'); //=> undefined
 * ```
 */
export function toAcledGeoPrecision(precision: LocationPrecision): AcledGeoPrecision | undefined {
  switch (precision) {
    case 'exact':
      return 1;
    case 'near':
    case 'admin3':
    case 'admin2':
      return 2;
    case 'admin1':
    case 'region':
    case 'country':
      return 3;
    case 'unknown':
      return undefined;
  }
}

/**
 * The location precision of an ACLED `geo_precision`: 1 → `exact`, 2 → `near` (a small part of a
 * region, coded to a nearby town), 3 → `region` (a larger region; ACLED uses a natural location or
 * the provincial capital). Any other value → `undefined`.
 *
 * @example
 * ```ts
 * fromAcledGeoPrecision(2); //=> 'near'
 * ```
 */
export function fromAcledGeoPrecision(code: number): LocationPrecision | undefined {
  switch (code) {
    case 1:
      return 'exact';
    case 2:
      return 'near';
    case 3:
      return 'region';
    default:
      return undefined;
  }
}

/**
 * ACLED `time_precision` of a date precision (codebook §1.4): `day` → 1; `days` and `week` → 2
 * (the source gives a week, weekend or a few days); `month` → 3. ACLED records nothing vaguer, so
 * `year` and `unknown` have no code.
 *
 * @example
 * ```ts
 * toAcledTimePrecision('days'); //=> 2
 * toAcledTimePrecision('year'); //=> undefined
 * ```
 */
export function toAcledTimePrecision(precision: DatePrecision): AcledTimePrecision | undefined {
  switch (precision) {
    case 'day':
      return 1;
    case 'days':
    case 'week':
      return 2;
    case 'month':
      return 3;
    case 'year':
    case 'unknown':
      return undefined;
  }
}

/**
 * The date precision of an ACLED `time_precision`: 1 → `day`, 2 → `week`, 3 → `month`.
 *
 * @example
 * ```ts
 * fromAcledTimePrecision(2); //=> 'week'
 * ```
 */
export function fromAcledTimePrecision(code: number): DatePrecision | undefined {
  switch (code) {
    case 1:
      return 'day';
    case 2:
      return 'week';
    case 3:
      return 'month';
    default:
      return undefined;
  }
}
