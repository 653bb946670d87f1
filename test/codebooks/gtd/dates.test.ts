import { describe, expect, it } from 'vitest';
import { fromGtdDate, toGtdDate } from '../../../src/codebooks/gtd/dates.js';

describe('GTD dates: iyear / imonth / iday with 0 for unknown (codebook notes §3.4)', () => {
  it('reads a day, a month (iday 0) and a year (imonth 0)', () => {
    expect(fromGtdDate({ iyear: 2014, imonth: 1, iday: 1 })).toEqual({ start: '2014-01-01', end: '2014-01-01', precision: 'day' });
    expect(fromGtdDate({ iyear: 2016, imonth: 2, iday: 0, approxdate: 'February 2016' })).toEqual({ start: '2016-02-01', end: '2016-02-29', precision: 'month', text: 'February 2016' });
    expect(fromGtdDate({ iyear: 2014, imonth: 0, iday: 0 })).toEqual({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
    expect(fromGtdDate({ iyear: 2014, imonth: 2, iday: 30 })).toBeUndefined();
    expect(fromGtdDate({ iyear: 2014, imonth: 13, iday: 0 })).toBeUndefined();
  });

  it('writes a day, and the shared parts of a range with approxdate', () => {
    expect(toGtdDate({ start: '2021-01-06', end: '2021-01-06', precision: 'day' })).toEqual({ iyear: 2021, imonth: 1, iday: 6 });
    expect(toGtdDate({ start: '2021-01-06', end: '2021-01-12', precision: 'week' })).toEqual({ iyear: 2021, imonth: 1, iday: 0, approxdate: '2021-01-06 to 2021-01-12' });
    expect(toGtdDate({ start: '2021-01-28', end: '2021-02-03', precision: 'week', text: 'last week' })).toEqual({ iyear: 2021, imonth: 0, iday: 0, approxdate: 'last week' });
    expect(toGtdDate({ start: '2020-12-28', end: '2021-01-03', precision: 'week' })).toBeUndefined();
    expect(toGtdDate({ precision: 'unknown' })).toBeUndefined();
  });

  it('round-trips day, month and year dates', () => {
    for (const d of [{ iyear: 2019, imonth: 7, iday: 14 }, { iyear: 2019, imonth: 7, iday: 0 }, { iyear: 2019, imonth: 0, iday: 0 }]) {
      const date = fromGtdDate(d);
      expect(date === undefined ? undefined : toGtdDate(date)).toMatchObject(d);
    }
  });
});
