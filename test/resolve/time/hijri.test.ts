import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian } from '../../../src/resolve/time/index.js';
import { dayNumber, formatDay } from '../../../src/resolve/time/calendar.js';
import { hijriMonthRange } from '../../../src/resolve/time/hijri.js';

describe('hijriToGregorian / gregorianToHijri (Umm al-Qura, Node ICU)', () => {
  // Reference pairs from the Umm al-Qura calendar (also given by @tabby_ai/hijri-converter, see dependencies.md §4.1).
  const pairs: [number, number, number, string][] = [
    [1440, 7, 16, '2019-03-23'],
    [1446, 1, 1, '2024-07-07'],
    [1442, 9, 1, '2021-04-13'],
    [1441, 9, 1, '2020-04-24'],
    [1442, 1, 1, '2020-08-20'],
    [1443, 1, 1, '2021-08-09'],
    [1440, 1, 1, '2018-09-11'],
  ];

  it.each(pairs)('%i/%i/%i AH is %s', (y, m, d, iso) => {
    expect(hijriToGregorian(y, m, d)).toBe(iso);
    const [gy, gm, gd] = iso.split('-').map(Number) as [number, number, number];
    expect(gregorianToHijri(gy, gm, gd)).toEqual({ year: y, month: m, day: d });
  });

  it('round-trips every day of 2014–2025', () => {
    let mismatches = 0;
    for (let n = dayNumber(2014, 1, 1); n <= dayNumber(2025, 12, 31); n++) {
      const [y, m, d] = formatDay(n).split('-').map(Number) as [number, number, number];
      const h = gregorianToHijri(y, m, d);
      if (hijriToGregorian(h.year, h.month, h.day) !== formatDay(n)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('gives months of 29 or 30 days', () => {
    for (let y = 1430; y <= 1450; y++) {
      for (let m = 1; m <= 12; m++) {
        const r = hijriMonthRange(y, m);
        expect(r).toBeDefined();
        const length = r![1] - r![0] + 1;
        expect([29, 30]).toContain(length);
      }
    }
  });

  it('throws a RangeError for a date that does not exist', () => {
    expect(() => hijriToGregorian(1442, 13, 1)).toThrow(RangeError);
    expect(() => hijriToGregorian(1442, 1, 31)).toThrow(RangeError);
    // Day 30 of a 29-day month does not exist.
    const short = [...Array(12).keys()].map((i) => i + 1).find((m) => {
      const r = hijriMonthRange(1440, m)!;
      return r[1] - r[0] + 1 === 29;
    })!;
    expect(short).toBeDefined();
    expect(() => hijriToGregorian(1440, short, 30)).toThrow(/Umm al-Qura/);
    expect(() => hijriToGregorian(1440, short, 29)).not.toThrow();
    expect(() => gregorianToHijri(2019, 2, 30)).toThrow(RangeError);
  });
});
