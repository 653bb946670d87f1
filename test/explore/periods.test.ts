import { describe, expect, test } from 'vitest';
import { nextPeriod, periodOf, periodStart, periodsBetween } from '../../src/explore/periods.js';

describe('periods', () => {
  test('ISO weeks across year ends: weeks start on Monday and belong to the year of their Thursday', () => {
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
    expect(periodOf('2021-01-04', 'week')).toBe('2021-W01');
    expect(periodOf('2019-12-30', 'week')).toBe('2020-W01');
    expect(periodStart('2020-W53', 'week')).toBe('2020-12-28');
    expect(periodStart('2020-W01', 'week')).toBe('2019-12-30');
    expect(nextPeriod('2020-W53', 'week')).toBe('2021-W01');
  });

  test('every day of 2015–2026 lies in the week that starts on or before it, at most 6 days earlier', () => {
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const start = periodStart(periodOf(day, 'week'), 'week');
      const gap = (t - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
      expect(gap >= 0 && gap <= 6, `${day} → ${start}`).toBe(true);
    }
  });

  test('months, years and days; the axis between two periods', () => {
    expect(periodOf('2021-12-31', 'month')).toBe('2021-12');
    expect(periodOf('2021-12-31', 'year')).toBe('2021');
    expect(periodStart('2021-12', 'month')).toBe('2021-12-01');
    expect(periodsBetween('2020-11', '2021-02', 'month')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(periodsBetween('2020-02-28', '2020-03-01', 'day')).toEqual(['2020-02-28', '2020-02-29', '2020-03-01']);
    expect(periodsBetween('2020-W52', '2021-W02', 'week')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(periodsBetween('2019', '2021', 'year')).toEqual(['2019', '2020', '2021']);
    expect(() => periodsBetween('1000-01', '9000-01', 'month', 1000)).toThrow(RangeError);
    expect(() => periodOf('2021-01-01', 'decade' as never)).toThrow(RangeError);
  });
});
