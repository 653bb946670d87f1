/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar). No `Date` in local time is ever made here, so the machine's time zone cannot leak
 * into a result.
 */

const MS_PER_DAY = 86_400_000;

/**
 * A calendar day: whole days since 1970-01-01.
 *
 * @example
 * ```ts
 * const d: DayNumber = dayNumber(2021, 2, 22); //=> 18680
 * ```
 */
export type DayNumber = number;

/**
 * A Gregorian calendar date as three numbers (month 1–12).
 *
 * @example
 * ```ts
 * fromDayNumber(18680); //=> { year: 2021, month: 2, day: 22 }
 * ```
 */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The day number of a Gregorian date. Out-of-range days roll over (`(2021, 2, 29)` is 1 March),
 * so check with {@link isValidDate} first when the input comes from text.
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 2); //=> 1
 * ```
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/**
 * The Gregorian date of a day number.
 *
 * @example
 * ```ts
 * fromDayNumber(0); //=> { year: 1970, month: 1, day: 1 }
 * ```
 */
export function fromDayNumber(n: DayNumber): YearMonthDay {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The weekday of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * weekdayOf(dayNumber(2021, 2, 22)); //=> 1 (Monday)
 * ```
 */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

/**
 * How many days a month has.
 *
 * @example
 * ```ts
 * daysInMonth(2020, 2); //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/**
 * True when the three numbers name a real Gregorian date.
 *
 * @example
 * ```ts
 * isValidDate(2019, 2, 30); //=> false
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatDay(dayNumber(2021, 2, 22)); //=> '2021-02-22'
 * ```
 */
export function formatDay(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Adds months to a (year, month) pair.
 *
 * @example
 * ```ts
 * addMonths(2021, 1, -1); //=> { year: 2020, month: 12 }
 * ```
 */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/**
 * The first and last day numbers of a month.
 *
 * @example
 * ```ts
 * monthRange(2021, 2).map(formatDay); //=> ['2021-02-01', '2021-02-28']
 * ```
 */
export function monthRange(year: number, month: number): [DayNumber, DayNumber] {
  return [dayNumber(year, month, 1), dayNumber(year, month + 1, 1) - 1];
}

/**
 * The first and last day numbers of a year.
 *
 * @example
 * ```ts
 * yearRange(2020).map(formatDay); //=> ['2020-01-01', '2020-12-31']
 * ```
 */
export function yearRange(year: number): [DayNumber, DayNumber] {
  return [dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1) - 1];
}
