import type { DatePrecision } from '../../schema/date.js';
import type { LocationPrecision } from '../../schema/location.js';

/**
 * UCDP GED `where_prec` (1–7).
 *
 * @example
 * ```ts
 * const w: UcdpWherePrec | undefined = toUcdpWherePrec('admin2'); //=> 3
 * ```
 */
export type UcdpWherePrec = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * UCDP GED `date_prec` (1–5).
 *
 * @example
 * ```ts
 * const d: UcdpDatePrec | undefined = toUcdpDatePrec('month'); //=> 4
 * ```
 */
export type UcdpDatePrec = 1 | 2 | 3 | 4 | 5;

/**
 * UCDP GED `where_prec` of a location precision (codebook notes §2.2): `exact` → 1 (the
 * coordinates are the place); `near` → 2 (an area around a named place, about 25 km); `admin3`
 * and `admin2` → 3 (UCDP has no third level: "somewhere in the district" is the honest UCDP
 * code for a sub-district); `admin1` → 4; `region` → 5 (larger than ADM1 but smaller than the
 * country, between places, or vaguely stated); `country` → 6; `unknown` has no code. UCDP's 7
 * (water or airspace) has no precision of its own: it reads back as `region`.
 *
 * @example
 * ```ts
 * toUcdpWherePrec('exact'); //=> 1
 * toUcdpWherePrec('admin1'); //=> 4
 * ```
 */
export function toUcdpWherePrec(precision: LocationPrecision): UcdpWherePrec | undefined {
  switch (precision) {
    case 'exact':
      return 1;
    case 'near':
      return 2;
    case 'admin3':
    case 'admin2':
      return 3;
    case 'admin1':
      return 4;
    case 'region':
      return 5;
    case 'country':
      return 6;
    case 'unknown':
      return undefined;
  }
}

/**
 * The location precision of a UCDP GED `where_prec`: 1 `exact`, 2 `near`, 3 `admin2`, 4 `admin1`,
 * 5 `region`, 6 `country`, 7 (over water or in international airspace, coded to the water
 * area's centroid) `region`. Any other value → `undefined`.
 *
 * @example
 * ```ts
 * fromUcdpWherePrec(3); //=> 'admin2'
 * fromUcdpWherePrec(7); //=> 'region'
 * ```
 */
export function fromUcdpWherePrec(code: number): LocationPrecision | undefined {
  switch (code) {
    case 1:
      return 'exact';
    case 2:
      return 'near';
    case 3:
      return 'admin2';
    case 4:
      return 'admin1';
    case 5:
    case 7:
      return 'region';
    case 6:
      return 'country';
    default:
      return undefined;
  }
}

const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'days', 'week', 'month', 'year'];

/**
 * UCDP GED `date_prec` of a date precision, one to one: `day` 1 (exact date), `days` 2 (a span of
 * 2–6 days), `week` 3, `month` 4, `year` 5; `unknown` has no code.
 *
 * @example
 * ```ts
 * toUcdpDatePrec('week'); //=> 3
 * ```
 */
export function toUcdpDatePrec(precision: DatePrecision): UcdpDatePrec | undefined {
  const i = DATE_PRECISIONS.indexOf(precision);
  return i < 0 ? undefined : ((i + 1) as UcdpDatePrec);
}

/**
 * The date precision of a UCDP GED `date_prec` (1 `day` … 5 `year`), or `undefined`.
 *
 * @example
 * ```ts
 * fromUcdpDatePrec(4); //=> 'month'
 * ```
 */
export function fromUcdpDatePrec(code: number): DatePrecision | undefined {
  return Number.isInteger(code) ? DATE_PRECISIONS[code - 1] : undefined;
}
