/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone can move a date.
 */

const DAY_MS = 86_400_000;

/**
 * True for a real calendar date written `YYYY-MM-DD` (`2019-02-30` is not).
 *
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); //=> true
 * isCalendarDate('2023-02-29'); //=> false
 * ```
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The number of days of a month (1–12).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Writes a date from year, month (1–12) and day.
 *
 * @example
 * ```ts
 * calendarDate(2022, 1, 5); //=> '2022-01-05'
 * ```
 */
export function calendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toDayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `days` days after (or before, when negative) a date.
 *
 * @example
 * ```ts
 * addDays('2022-03-01', -1); //=> '2022-02-28'
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Days from `start` to `end` (0 when they are equal).
 *
 * @example
 * ```ts
 * daysBetween('2022-01-06', '2022-01-12'); //=> 6
 * ```
 */
export function daysBetween(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start);
}

/**
 * The first and last day of the month a date falls in.
 *
 * @example
 * ```ts
 * monthOf('2022-02-14'); //=> { start: '2022-02-01', end: '2022-02-28' }
 * ```
 */
export function monthOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return { start: calendarDate(y, m, 1), end: calendarDate(y, m, daysInMonth(y, m)) };
}
