import { describe, expect, it } from 'vitest';
import { acledDateRange, acledEventDate, formatAcledDate, parseAcledDate } from '../../../src/codebooks/acled/dates.js';

describe('ACLED event_date formats (codebook §1.6)', () => {
  it.each([
    ['2023-02-16', '2023-02-16', 'YYYY-MM-DD'],
    ['16 May 2025', '2025-05-16', 'D Month YYYY'],
    ['6 May 2025', '2025-05-06', 'D Month YYYY'],
    ['06 Sep 2021', '2021-09-06', 'D Month YYYY'],
    ['16-02-2023', '2023-02-16', 'DD-MM-YYYY'],
    ['16/02/2023', '2023-02-16', 'DD/MM/YYYY'],
  ] as const)('reads %j', (cell, date, format) => {
    expect(parseAcledDate(cell)).toEqual({ date, format });
    expect(formatAcledDate(date, format)).toBe(format === 'D Month YYYY' ? cell.replace(/^0/, '').replace('Sep', 'September') : cell);
  });

  it('rejects impossible dates and other formats', () => {
    expect(parseAcledDate('2022-02-30')).toBeUndefined();
    expect(parseAcledDate('31/04/2022')).toBeUndefined();
    expect(parseAcledDate('16 Mayo 2025')).toBeUndefined();
    expect(parseAcledDate('2022/01/05')).toBeUndefined();
    expect(parseAcledDate('')).toBeUndefined();
  });
});

describe('ACLED time_precision and date ranges (codebook §1.4)', () => {
  it('turns time_precision into the honest range', () => {
    expect(acledDateRange('2022-01-09', 1)).toEqual({ start: '2022-01-09', end: '2022-01-09', precision: 'day' });
    expect(acledDateRange('2022-01-09', 2)).toEqual({ start: '2022-01-06', end: '2022-01-12', precision: 'week' });
    expect(acledDateRange('2022-03-05', 3)).toEqual({ start: '2022-03-01', end: '2022-03-31', precision: 'month' });
    expect(acledDateRange('2024-02-10', 3)).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  });

  it('maps a week range back to its event_date exactly', () => {
    for (const day of ['2022-01-01', '2022-03-01', '2022-12-31', '2024-02-29']) {
      expect(acledEventDate(acledDateRange(day, 2))).toBe(day);
      expect(acledEventDate(acledDateRange(day, 1))).toBe(day);
    }
  });

  it('uses the midpoint of a week: Wednesday or Thursday for "last week"', () => {
    // Monday 2022-01-03 to Sunday 2022-01-09 → Thursday; Sunday to Saturday → Wednesday.
    expect(acledEventDate({ start: '2022-01-03', end: '2022-01-09', precision: 'week' })).toBe('2022-01-06');
    expect(acledEventDate({ start: '2022-01-02', end: '2022-01-08', precision: 'week' })).toBe('2022-01-05');
    expect(acledEventDate({ start: '2022-01-07', end: '2022-01-08', precision: 'days' })).toBe('2022-01-07');
  });

  it('uses the month midpoint, or the first or last day for "beginning" / "end of" the month', () => {
    expect(acledEventDate({ start: '2022-01-01', end: '2022-01-31', precision: 'month' })).toBe('2022-01-16');
    expect(acledEventDate({ start: '2022-04-01', end: '2022-04-30', precision: 'month' })).toBe('2022-04-15');
    expect(acledEventDate({ start: '2022-02-01', end: '2022-02-28', precision: 'month' })).toBe('2022-02-14');
    expect(acledEventDate({ start: '2022-01-01', end: '2022-01-10', precision: 'month' })).toBe('2022-01-01');
    expect(acledEventDate({ start: '2022-01-21', end: '2022-01-31', precision: 'month' })).toBe('2022-01-31');
    // "The past 2–3 weeks" across two months: the midpoint.
    expect(acledEventDate({ start: '2022-01-20', end: '2022-02-09', precision: 'month' })).toBe('2022-01-30');
  });

  it('has no event_date for year or unknown precision (ACLED records nothing vaguer than a month)', () => {
    expect(acledEventDate({ start: '2022-01-01', end: '2022-12-31', precision: 'year' })).toBeUndefined();
    expect(acledEventDate({ precision: 'unknown', text: 'قبل أشهر' })).toBeUndefined();
  });
});
