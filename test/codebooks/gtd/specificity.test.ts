import { describe, expect, it } from 'vitest';
import { fromGtdSpecificity, toGtdSpecificity, toGtdVicinity } from '../../../src/codebooks/gtd/specificity.js';
import { LocationPrecisionSchema } from '../../../src/schema/location.js';

describe('GTD specificity and vicinity (codebook notes §3.4)', () => {
  it.each([
    ['exact', 1, 0],
    ['near', 1, 1],
    ['admin3', 3, -9],
    ['admin2', 3, -9],
    ['admin1', 4, -9],
    ['region', 4, -9],
    ['country', 5, -9],
    ['unknown', 5, -9],
  ] as const)('%s → specificity %i, vicinity %i', (precision, specificity, vicinity) => {
    expect(toGtdSpecificity(precision)).toBe(specificity);
    expect(toGtdVicinity(precision)).toBe(vicinity);
  });

  it('reads specificity back to a precision that writes the same code', () => {
    for (const code of [1, 3, 4, 5]) expect(toGtdSpecificity(fromGtdSpecificity(code) ?? 'unknown')).toBe(code);
    expect(fromGtdSpecificity(1, 1)).toBe('near');
    expect(fromGtdSpecificity(2)).toBe('admin2');
    expect(fromGtdSpecificity(6)).toBeUndefined();
  });

  it('never gives a more precise code for a less precise place', () => {
    const codes = LocationPrecisionSchema.options.map(toGtdSpecificity);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});
