import type { EventDate } from '../../schema/date.js';

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar date `YYYY-MM-DD` (no time zone involved).
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); //=> 1
 * ```
 */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

/** A date range as day numbers, or undefined when the date is not known well enough. */
export interface DayRange {
  start: number;
  end: number;
}

/**
 * The range of days an event date covers, or `undefined` when start or end is unknown.
 *
 * @example
 * ```ts
 * dayRange({ start: '2021-01-01', end: '2021-01-31', precision: 'month' }); //=> { start: 18628, end: 18658 }
 * ```
 */
export function dayRange(date: EventDate): DayRange | undefined {
  if (date.start === undefined || date.end === undefined) return undefined;
  return { start: dayNumber(date.start), end: dayNumber(date.end) };
}

/**
 * The width of a date in days (1 for a single day), or Infinity when unknown.
 *
 * @example
 * ```ts
 * dateWidth({ start: '2021-02-01', end: '2021-02-22', precision: 'month' }); //=> 22
 * ```
 */
export function dateWidth(date: EventDate): number {
  const r = dayRange(date);
  return r === undefined ? Number.POSITIVE_INFINITY : r.end - r.start + 1;
}
