import type { EventDate } from '../../schema/date.js';
import { addDays, calendarDate, daysBetween, isCalendarDate, monthOf } from '../common/calendar.js';
import { type AcledTimePrecision, fromAcledTimePrecision } from './precision.js';

/**
 * How an ACLED `event_date` is written (codebook §1.6): `YYYY-MM-DD` (API, current codebook),
 * `D Month YYYY` (data export tool, e.g. `16 May 2025`), `DD/MM/YYYY` or `DD-MM-YYYY` (old
 * codebook).
  *
  * @example
  * ```ts
  * const format: AcledDateFormat = 'D Month YYYY'; // '16 May 2025'
  * ```
 */
export type AcledDateFormat = 'YYYY-MM-DD' | 'D Month YYYY' | 'DD/MM/YYYY' | 'DD-MM-YYYY';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));

/**
 * Reads an ACLED `event_date` in any of the formats of codebook §1.6 (English month names, full or
 * three-letter), returning the calendar date and the format it was written in, or `undefined`
 * when the text is not a real date in one of those formats.
 *
 * @example
 * ```ts
 * parseAcledDate('16 May 2025'); //=> { date: '2025-05-16', format: 'D Month YYYY' }
 * parseAcledDate('05/01/2022'); //=> { date: '2022-01-05', format: 'DD/MM/YYYY' }
 * parseAcledDate('2022-02-30'); //=> undefined
 * ```
 */
export function parseAcledDate(cell: string): { date: string; format: AcledDateFormat } | undefined {
  const text = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m !== null) return checked(Number(m[1]), Number(m[2]), Number(m[3]), 'YYYY-MM-DD');
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m !== null) {
    const name = (m[2] ?? '').toLowerCase();
    const month = MONTHS.findIndex((full) => full === name || (name.length === 3 && full.startsWith(name)) || (name === 'sept' && full === 'september'));
    return month < 0 ? undefined : checked(Number(m[3]), month + 1, Number(m[1]), 'D Month YYYY');
  }
  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m !== null) return checked(Number(m[4]), Number(m[3]), Number(m[1]), m[2] === '/' ? 'DD/MM/YYYY' : 'DD-MM-YYYY');
  return undefined;
}

function checked(year: number, month: number, day: number, format: AcledDateFormat): { date: string; format: AcledDateFormat } | undefined {
  const date = calendarDate(year, month, day);
  return isCalendarDate(date) ? { date, format } : undefined;
}

/**
 * Writes a calendar date as an ACLED `event_date` in the given format.
 *
 * @example
 * ```ts
 * formatAcledDate('2025-05-06', 'D Month YYYY'); //=> '6 May 2025'
 * formatAcledDate('2025-05-06', 'DD-MM-YYYY'); //=> '06-05-2025'
 * ```
 */
export function formatAcledDate(date: string, format: AcledDateFormat): string {
  const [y = '', m = '', d = ''] = date.split('-');
  switch (format) {
    case 'YYYY-MM-DD':
      return date;
    case 'D Month YYYY':
      return `${Number(d)} ${MONTH_NAMES[Number(m) - 1] ?? ''} ${y}`;
    case 'DD/MM/YYYY':
      return `${d}/${m}/${y}`;
    case 'DD-MM-YYYY':
      return `${d}-${m}-${y}`;
  }
}

/**
 * The honest date range of an ACLED event (codebook §1.4). ACLED codes every event on one day,
 * `event_date`, with `time_precision` saying how sure that day is:
 *
 * - 1: that day → `{ start: d, end: d, precision: 'day' }`;
 * - 2: the source gave a week or weekend and ACLED took its midpoint → the seven days centred on
 *   `event_date`, `{ start: d − 3, end: d + 3, precision: 'week' }`;
 * - 3: the source gave only the month and ACLED took its midpoint (or its first or last day for
 *   "beginning" / "end of" the month) → the whole calendar month of `event_date`,
 *   `precision: 'month'`.
 *
 * {@link acledEventDate} maps these ranges back: the midpoint of the week is `d` again, and the
 * day ACLED picked inside a month is kept in the event's original codes (`codes.acled`), so an
 * unedited event writes back its exact `event_date`.
 *
 * @example
 * ```ts
 * acledDateRange('2022-01-09', 2); //=> { start: '2022-01-06', end: '2022-01-12', precision: 'week' }
 * acledDateRange('2022-03-05', 3); //=> { start: '2022-03-01', end: '2022-03-31', precision: 'month' }
 * ```
 */
export function acledDateRange(date: string, timePrecision: AcledTimePrecision): EventDate {
  const precision = fromAcledTimePrecision(timePrecision);
  if (precision === 'week') return { start: addDays(date, -3), end: addDays(date, 3), precision: 'week' };
  if (precision === 'month') return { ...monthOf(date), precision: 'month' };
  return { start: date, end: date, precision: 'day' };
}

/**
 * The one day ACLED would write as `event_date` for a date range (codebook §1.4):
 *
 * - `day`: the day;
 * - `days`, `week`: the midpoint of the range (rounded down: a Monday–Sunday week gives Thursday,
 *   a Sunday–Saturday week Wednesday, as the codebook's "last week becomes Wednesday or
 *   Thursday");
 * - `month`: for a whole calendar month, its midpoint (rounded down: the 16th of a 31-day month,
 *   the 15th of a 30-day month); for a range that starts on the 1st but ends before the month's
 *   last day ("beginning of the month"), the first day; for one that ends on the last day but
 *   starts after the 1st ("end of the month"), the last day; otherwise the midpoint;
 * - `year`, `unknown`: `undefined`: ACLED records nothing vaguer than a month.
 *
 * ACLED codes one event per day; a `days` range is the uncertainty of one event, not a campaign,
 * so it stays one row (split campaigns into one event per day before writing, as ACLED does).
 *
 * @example
 * ```ts
 * acledEventDate({ start: '2022-01-06', end: '2022-01-12', precision: 'week' }); //=> '2022-01-09'
 * acledEventDate({ start: '2022-01-01', end: '2022-01-31', precision: 'month' }); //=> '2022-01-16'
 * acledEventDate({ start: '2022-01-01', end: '2022-01-10', precision: 'month' }); //=> '2022-01-01'
 * acledEventDate({ start: '2022-01-21', end: '2022-01-31', precision: 'month' }); //=> '2022-01-31'
 * ```
 */
export function acledEventDate(date: EventDate): string | undefined {
  const { start, end } = date;
  if (start === undefined || end === undefined) return undefined;
  const midpoint = addDays(start, Math.floor(daysBetween(start, end) / 2));
  switch (date.precision) {
    case 'day':
      return start;
    case 'days':
    case 'week':
      return midpoint;
    case 'month': {
      const startMonth = monthOf(start);
      const endMonth = monthOf(end);
      const startsOnFirst = start === startMonth.start;
      const endsOnLast = end === endMonth.end;
      if (startsOnFirst && !endsOnLast && startMonth.start === endMonth.start) return start;
      if (endsOnLast && !startsOnFirst && startMonth.start === endMonth.start) return end;
      return midpoint;
    }
    case 'year':
    case 'unknown':
      return undefined;
  }
}
