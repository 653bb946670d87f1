import type { EventDate } from '../../schema/date.js';
import { calendarDate, daysInMonth, isCalendarDate } from '../common/calendar.js';

/**
 * GTD's date fields: `iyear`, `imonth`, `iday` (0 when unknown) and `approxdate`.
 *
 * @example
 * ```ts
 * const d: GtdDate = { iyear: 2014, imonth: 1, iday: 0, approxdate: 'January 2014' };
 * ```
 */
export interface GtdDate {
  iyear: number;
  /** 1–12, or 0 when unknown. */
  imonth: number;
  /** 1–31, or 0 when unknown. */
  iday: number;
  /** Free text, filled when the exact date is not known. */
  approxdate?: string;
}

/**
 * An event date from GTD's `iyear` / `imonth` / `iday`, where 0 means unknown (codebook notes
 * §3.4): a day; the whole month when `iday` is 0; the whole year when `imonth` is 0. `approxdate`
 * is kept as the date's text. Returns `undefined` for an impossible date.
 *
 * @example
 * ```ts
 * fromGtdDate({ iyear: 2014, imonth: 1, iday: 0 }); //=> { start: '2014-01-01', end: '2014-01-31', precision: 'month' }
 * ```
 */
export function fromGtdDate(date: GtdDate): EventDate | undefined {
  const { iyear, imonth, iday } = date;
  if (!Number.isInteger(iyear) || iyear < 1 || !Number.isInteger(imonth) || !Number.isInteger(iday)) return undefined;
  let out: EventDate | undefined;
  if (imonth === 0) out = { start: calendarDate(iyear, 1, 1), end: calendarDate(iyear, 12, 31), precision: 'year' };
  else if (imonth < 1 || imonth > 12) return undefined;
  else if (iday === 0) out = { start: calendarDate(iyear, imonth, 1), end: calendarDate(iyear, imonth, daysInMonth(iyear, imonth)), precision: 'month' };
  else {
    const day = calendarDate(iyear, imonth, iday);
    if (!isCalendarDate(day)) return undefined;
    out = { start: day, end: day, precision: 'day' };
  }
  if (date.approxdate !== undefined && date.approxdate.trim().length > 0) out.text = date.approxdate;
  return out;
}

/**
 * GTD's date fields of an event date: the day when it is one day; otherwise the parts that the
 * whole range shares (`iday` 0 when the days differ, `imonth` 0 when the months differ) with
 * `approxdate` saying the range (the date's text when it has one). `undefined` when the date has
 * no start, or spans several years.
 *
 * @example
 * ```ts
 * toGtdDate({ start: '2021-01-06', end: '2021-01-12', precision: 'week' }); //=> { iyear: 2021, imonth: 1, iday: 0, approxdate: '2021-01-06 to 2021-01-12' }
 * ```
 */
export function toGtdDate(date: EventDate): GtdDate | undefined {
  const { start, end } = date;
  if (start === undefined || end === undefined || start.slice(0, 4) !== end.slice(0, 4)) return undefined;
  const iyear = Number(start.slice(0, 4));
  if (start === end) return { iyear, imonth: Number(start.slice(5, 7)), iday: Number(start.slice(8, 10)) };
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return { iyear, imonth: sameMonth ? Number(start.slice(5, 7)) : 0, iday: 0, approxdate: date.text ?? `${start} to ${end}` };
}
