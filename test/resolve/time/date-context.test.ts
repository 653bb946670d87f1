import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/resolve/time/calendar.js';
import { resolveContext } from '../../../src/resolve/time/date-context.js';
import { findDates, resolveDate } from '../../../src/resolve/time/index.js';

describe('resolveContext', () => {
  it('reads a calendar date', () => {
    const ctx = resolveContext('x', { published: '2021-02-22' });
    expect(ctx.published).toBe(dayNumber(2021, 2, 22));
    expect(ctx.publishedMinutes).toBeUndefined();
    expect(ctx.timeZone).toBe('UTC');
  });

  it('turns an instant into the calendar date of the report zone', () => {
    const damascus = resolveContext('x', { published: '2021-02-21T23:30:00Z', timeZone: 'Asia/Damascus' });
    expect(damascus.published).toBe(dayNumber(2021, 2, 22));
    expect(damascus.publishedMinutes).toBe(90);
    const utc = resolveContext('x', { published: '2021-02-21T23:30:00Z' });
    expect(utc.published).toBe(dayNumber(2021, 2, 21));
    expect(resolveContext('x', { published: '2021-02-22T00:30:00+0200', timeZone: 'Asia/Baghdad' }).published).toBe(dayNumber(2021, 2, 22));
    expect(resolveContext('x', { published: '2021-02-22T00:30:00.123+02:00', timeZone: 'America/New_York' }).published).toBe(dayNumber(2021, 2, 21));
  });

  it('reads a date-time without offset as wall-clock time in the report zone', () => {
    const ctx = resolveContext('x', { published: '2021-02-22T08:15', timeZone: 'Asia/Damascus' });
    expect(ctx.published).toBe(dayNumber(2021, 2, 22));
    expect(ctx.publishedMinutes).toBe(8 * 60 + 15);
  });

  it('detects the language from the script', () => {
    expect(resolveContext('أمس').language).toBe('ar');
    expect(resolveContext('yesterday').language).toBe('en');
    expect(resolveContext('12/3/2019').language).toBe('en');
    expect(resolveContext('x', { language: 'ar-SY' }).language).toBe('ar');
    expect(resolveContext('x', { language: 'FR' }).support).toBe('chrono');
    expect(resolveContext('x', { language: 'tr' }).support).toBe('numeric');
  });

  it('starts weeks on Saturday in Arabic and Monday otherwise', () => {
    expect(resolveContext('أمس').weekStartsOn).toBe(6);
    expect(resolveContext('yesterday').weekStartsOn).toBe(1);
    expect(resolveContext('yesterday', { weekStartsOn: 0 }).weekStartsOn).toBe(0);
  });

  it.each([
    [{ published: 'yesterday' }, /not a date/],
    [{ published: '2019-02-30' }, /not a calendar date/],
    [{ published: '2021-02-22T25:00:00Z' }, /invalid time/],
    [{ published: '22/02/2021' }, /not a date/],
    [{ timeZone: 'Mars/Olympus' }, /unknown time zone/],
    [{ language: 'not a language tag!' }, /BCP 47/],
    [{ weekStartsOn: 7 }, /weekStartsOn/],
  ])('throws a RangeError for invalid options %j', (context, message) => {
    expect(() => resolveDate('أمس', context)).toThrow(RangeError);
    expect(() => resolveDate('أمس', context)).toThrow(message);
    expect(() => findDates('أمس', context)).toThrow(RangeError);
  });

  it('throws a TypeError for options of the wrong type', () => {
    expect(() => resolveDate('أمس', { published: 20210222 as unknown as string })).toThrow(TypeError);
    expect(() => resolveDate('أمس', null as unknown as object)).toThrow(TypeError);
    expect(() => resolveDate(42 as unknown as string, {})).toThrow(TypeError);
  });
});
