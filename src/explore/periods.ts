import { UTCDate } from '@date-fns/utc';
import { addDays, addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/**
 * A calendar period events are counted by: `day` (`2021-01-05`), ISO `week` (`2021-W01`, weeks
 * start on Monday and belong to the year of their Thursday), `month` (`2021-01`) or `year`
 * (`2021`).
 *
 * @example
 * ```ts
 * const interval: TimeInterval = 'week';
 * countBy(events, interval);
 * ```
 */
export type TimeInterval = 'day' | 'week' | 'month' | 'year';

const INTERVALS: readonly TimeInterval[] = ['day', 'week', 'month', 'year'];

function utc(date: string): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function checkInterval(interval: TimeInterval): void {
  if (!INTERVALS.includes(interval)) throw new RangeError(`unknown time interval ${JSON.stringify(interval)} (expected day, week, month or year)`);
}

/**
 * The period a calendar date falls in, as a sortable key.
 *
 * @example
 * ```ts
 * periodOf('2021-01-03', 'month'); //=> '2021-01'
 * periodOf('2021-01-03', 'week'); //=> '2020-W53' (ISO: the Sunday ends week 53 of 2020)
 * periodOf('2021-01-03', 'year'); //=> '2021'
 * ```
 */
export function periodOf(date: string, interval: TimeInterval): string {
  switch (interval) {
    case 'day':
      return date.slice(0, 10);
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
    case 'week': {
      const d = utc(date);
      return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
    }
  }
  checkInterval(interval);
  return date;
}

/**
 * The first day of a period key made by {@link periodOf}.
 *
 * @example
 * ```ts
 * periodStart('2021-02', 'month'); //=> '2021-02-01'
 * periodStart('2020-W53', 'week'); //=> '2020-12-28'
 * ```
 */
export function periodStart(key: string, interval: TimeInterval): string {
  switch (interval) {
    case 'day':
      return key;
    case 'month':
      return `${key}-01`;
    case 'year':
      return `${key}-01-01`;
    case 'week': {
      const year = Number(key.slice(0, 4));
      const week = Number(key.slice(6));
      // 4 January is always in ISO week 1.
      return iso(addWeeks(startOfISOWeek(new UTCDate(year, 0, 4)), week - 1));
    }
  }
  checkInterval(interval);
  return key;
}

/**
 * The period after a period key made by {@link periodOf}.
 *
 * @example
 * ```ts
 * nextPeriod('2020-W53', 'week'); //=> '2021-W01'
 * nextPeriod('2021-12', 'month'); //=> '2022-01'
 * ```
 */
export function nextPeriod(key: string, interval: TimeInterval): string {
  switch (interval) {
    case 'day':
      return iso(addDays(utc(key), 1));
    case 'week':
      return periodOf(iso(addDays(utc(periodStart(key, 'week')), 7)), 'week');
    case 'month': {
      const y = Number(key.slice(0, 4));
      const m = Number(key.slice(5, 7));
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
    case 'year':
      return String(Number(key) + 1);
  }
}

/**
 * Every period from `first` to `last` (keys made by {@link periodOf}), in order: the axis of a
 * timeline, with the empty periods in it.
 *
 * @throws {RangeError} when more than `limit` periods (default 100,000) would be made.
 *
 * @example
 * ```ts
 * periodsBetween('2020-11', '2021-02', 'month'); //=> ['2020-11', '2020-12', '2021-01', '2021-02']
 * ```
 */
export function periodsBetween(first: string, last: string, interval: TimeInterval, limit = 100_000): string[] {
  checkInterval(interval);
  const out: string[] = [];
  for (let key = first; key <= last; key = nextPeriod(key, interval)) {
    out.push(key);
    if (out.length > limit) throw new RangeError(`more than ${limit} ${interval} periods between ${first} and ${last}`);
  }
  return out;
}
