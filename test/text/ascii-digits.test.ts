import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/text/ascii-digits.js';

describe('asciiDigits', () => {
  it('reads the digits of a range', () => {
    expect(asciiDigits('T1\tPerson 12 18', 10, 12)).toBe(12);
    expect(asciiDigits('2021-02-22', 0, 4)).toBe(2021);
    expect(asciiDigits('2021-02-22', 5, 7)).toBe(2);
    expect(asciiDigits('007', 0, 3)).toBe(7);
  });

  it('gives -1 for an empty range, a non-digit, Arabic-Indic digits or more than 15 digits', () => {
    expect(asciiDigits('12', 1, 1)).toBe(-1);
    expect(asciiDigits('1a2', 0, 3)).toBe(-1);
    expect(asciiDigits('-12', 0, 3)).toBe(-1);
    expect(asciiDigits('٢٠٢١', 0, 4)).toBe(-1);
    expect(asciiDigits('1234567890123456', 0, 16)).toBe(-1);
    expect(asciiDigits('123456789012345', 0, 15)).toBe(123456789012345);
  });
});
