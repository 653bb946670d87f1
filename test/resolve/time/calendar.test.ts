import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysInMonth, formatDay, fromDayNumber, isValidDate, weekdayOf } from '../../../src/resolve/time/calendar.js';
import { precisionForSpan } from '../../../src/resolve/time/precision.js';

describe('calendar arithmetic', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(formatDay(dayNumber(2021, 2, 22))).toBe('2021-02-22');
    expect(fromDayNumber(dayNumber(1999, 12, 31))).toEqual({ year: 1999, month: 12, day: 31 });
    expect(formatDay(dayNumber(622, 7, 19))).toBe('0622-07-19');
  });

  it('knows weekdays (checked against a calendar)', () => {
    expect(weekdayOf(dayNumber(2021, 2, 22))).toBe(1); // Monday
    expect(weekdayOf(dayNumber(2019, 3, 23))).toBe(6); // Saturday
    expect(weekdayOf(dayNumber(1969, 12, 31))).toBe(3); // Wednesday
  });

  it('knows month lengths and valid dates', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidDate(2019, 2, 29)).toBe(false);
    expect(isValidDate(2019, 13, 1)).toBe(false);
    expect(isValidDate(2019, 12, 31)).toBe(true);
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(addMonths(2020, 11, 14)).toEqual({ year: 2022, month: 1 });
  });

  it('maps a span length to a precision', () => {
    expect([1, 2, 6, 7, 8, 31, 32, 400].map(precisionForSpan)).toEqual(['day', 'days', 'days', 'week', 'month', 'month', 'year', 'year']);
  });
});
