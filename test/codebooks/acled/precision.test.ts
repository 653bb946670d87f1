import { describe, expect, it } from 'vitest';
import { fromAcledGeoPrecision, fromAcledTimePrecision, toAcledGeoPrecision, toAcledTimePrecision } from '../../../src/codebooks/acled/precision.js';
import { LocationPrecisionSchema } from '../../../src/schema/location.js';

describe('ACLED geo_precision (codebook §1.4)', () => {
  it.each([
    ['exact', 1],
    ['near', 2],
    ['admin3', 2],
    ['admin2', 2],
    ['admin1', 3],
    ['region', 3],
    ['country', 3],
    ['unknown', undefined],
  ] as const)('%s → %s', (precision, code) => {
    expect(toAcledGeoPrecision(precision)).toBe(code);
  });

  it('reads 1/2/3 back to a precision that writes the same code', () => {
    for (const code of [1, 2, 3]) {
      const precision = fromAcledGeoPrecision(code);
      expect(precision).toBeDefined();
      expect(toAcledGeoPrecision(precision ?? 'unknown')).toBe(code);
    }
    expect(fromAcledGeoPrecision(0)).toBeUndefined();
    expect(fromAcledGeoPrecision(4)).toBeUndefined();
  });

  it('never gives a more precise code for a less precise place', () => {
    const codes = LocationPrecisionSchema.options.filter((p) => p !== 'unknown').map((p) => toAcledGeoPrecision(p) ?? 9);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});

describe('ACLED time_precision (codebook §1.4)', () => {
  it.each([
    ['day', 1],
    ['days', 2],
    ['week', 2],
    ['month', 3],
    ['year', undefined],
    ['unknown', undefined],
  ] as const)('%s → %s', (precision, code) => {
    expect(toAcledTimePrecision(precision)).toBe(code);
  });

  it('reads 1/2/3 as day, week, month', () => {
    expect([1, 2, 3, 4].map(fromAcledTimePrecision)).toEqual(['day', 'week', 'month', undefined]);
  });
});
