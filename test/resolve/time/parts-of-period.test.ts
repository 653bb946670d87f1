import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from '../../../src/resolve/time/calendar.js';
import { type Part, partOfDecade, partOfMonth, partOfMonths, partOfWeek, partOfYear, seasonMonths } from '../../../src/resolve/time/parts-of-period.js';

const fmt = (r: { start: number; end: number; precision: string }): [string, string, string] => [formatDay(r.start), formatDay(r.end), r.precision];

describe('parts of periods (the documented rule)', () => {
  it.each<[Part, string, string, string]>([
    ['early', '2020-02-01', '2020-02-10', 'month'],
    ['mid', '2020-02-11', '2020-02-20', 'month'],
    ['late', '2020-02-21', '2020-02-29', 'month'],
    ['firstHalf', '2020-02-01', '2020-02-15', 'month'],
    ['secondHalf', '2020-02-16', '2020-02-29', 'month'],
    ['week1', '2020-02-01', '2020-02-07', 'week'],
    ['week4', '2020-02-22', '2020-02-28', 'week'],
    ['lastWeek', '2020-02-23', '2020-02-29', 'week'],
  ])('%s of February 2020 is %s – %s (%s)', (part, start, end, precision) => {
    expect(fmt(partOfMonth(2020, 2, part))).toEqual([start, end, precision]);
  });

  it('ends "late" on the last day of every month', () => {
    expect(fmt(partOfMonth(2019, 2, 'late'))).toEqual(['2019-02-21', '2019-02-28', 'month']);
    expect(fmt(partOfMonth(2019, 3, 'late'))).toEqual(['2019-03-21', '2019-03-31', 'month']);
    expect(fmt(partOfMonth(2019, 4, 'late'))).toEqual(['2019-04-21', '2019-04-30', 'month']);
  });

  it.each<[Part, string, string, string]>([
    ['early', '2019-01-01', '2019-04-30', 'year'],
    ['mid', '2019-05-01', '2019-08-31', 'year'],
    ['late', '2019-09-01', '2019-12-31', 'year'],
    ['firstHalf', '2019-01-01', '2019-06-30', 'year'],
    ['secondHalf', '2019-07-01', '2019-12-31', 'year'],
    ['q1', '2019-01-01', '2019-03-31', 'year'],
    ['q4', '2019-10-01', '2019-12-31', 'year'],
    ['lastWeek', '2019-12-25', '2019-12-31', 'week'],
  ])('%s of 2019 is %s – %s (%s)', (part, start, end, precision) => {
    expect(fmt(partOfYear(2019, part))).toEqual([start, end, precision]);
  });

  it('splits a season into its months (one month: precision month)', () => {
    const winter = seasonMonths('winter', 2020);
    expect(winter.map(formatDay)).toEqual(['2019-12-01', '2020-01-01', '2020-02-01', '2020-03-01']);
    expect(fmt(partOfMonths(winter, 'early')!)).toEqual(['2019-12-01', '2019-12-31', 'month']);
    expect(fmt(partOfMonths(winter, 'late')!)).toEqual(['2020-02-01', '2020-02-29', 'month']);
    expect(seasonMonths('spring', 2019).map(formatDay)[0]).toBe('2019-03-01');
  });

  it('splits a week and a decade', () => {
    const monday = dayNumber(2021, 2, 15);
    expect(fmt(partOfWeek(monday, 'early'))).toEqual(['2021-02-15', '2021-02-17', 'week']);
    expect(fmt(partOfWeek(monday, 'late'))).toEqual(['2021-02-19', '2021-02-21', 'week']);
    expect(fmt(partOfDecade(1990, 'late'))).toEqual(['1997-01-01', '1999-12-31', 'year']);
    expect(fmt(partOfDecade(1990, undefined))).toEqual(['1990-01-01', '1999-12-31', 'year']);
  });
});
