import { describe, expect, it } from 'vitest';
import { fromUcdpDatePrec, fromUcdpWherePrec, toUcdpDatePrec, toUcdpWherePrec } from '../../../src/codebooks/ucdp/precision.js';
import { DatePrecisionSchema } from '../../../src/schema/date.js';
import { LocationPrecisionSchema } from '../../../src/schema/location.js';

describe('UCDP where_prec (codebook notes §2.2)', () => {
  it.each([
    ['exact', 1],
    ['near', 2],
    ['admin3', 3],
    ['admin2', 3],
    ['admin1', 4],
    ['region', 5],
    ['country', 6],
    ['unknown', undefined],
  ] as const)('%s → %s', (precision, code) => {
    expect(toUcdpWherePrec(precision)).toBe(code);
  });

  it('reads 1–6 back to a precision that writes the same code, and 7 (water, airspace) as region', () => {
    for (const code of [1, 2, 3, 4, 5, 6]) expect(toUcdpWherePrec(fromUcdpWherePrec(code) ?? 'unknown')).toBe(code);
    expect(fromUcdpWherePrec(7)).toBe('region');
    expect(fromUcdpWherePrec(8)).toBeUndefined();
  });

  it('never gives a more precise code for a less precise place', () => {
    const codes = LocationPrecisionSchema.options.filter((p) => p !== 'unknown').map((p) => toUcdpWherePrec(p) ?? 9);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});

describe('UCDP date_prec (codebook notes §2.2)', () => {
  it('maps day, days, week, month, year to 1–5 one to one', () => {
    expect(DatePrecisionSchema.options.map(toUcdpDatePrec)).toEqual([1, 2, 3, 4, 5, undefined]);
    expect([1, 2, 3, 4, 5].map(fromUcdpDatePrec)).toEqual(['day', 'days', 'week', 'month', 'year']);
    expect(fromUcdpDatePrec(0)).toBeUndefined();
    expect(fromUcdpDatePrec(6)).toBeUndefined();
    expect(fromUcdpDatePrec(1.5)).toBeUndefined();
  });
});
