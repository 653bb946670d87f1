import { describe, expect, it } from 'vitest';
import { normalizeForDates, toOriginalRange } from '../../../src/resolve/time/normalized-text.js';

describe('normalizeForDates', () => {
  it('folds Arabic for matching and maps offsets back to code points', () => {
    const original = 'قُتِلَ  أَمْسِ ١٢ آذار';
    const n = normalizeForDates(original);
    expect(n.text).toBe('قتل أمس 12 آذار');
    const i = n.text.indexOf('أمس');
    expect(toOriginalRange(n, i, i + 3)).toEqual([8, 14]); // أَمْسِ with its three marks
    const j = n.text.indexOf('12');
    const [s, e] = toOriginalRange(n, j, j + 2);
    expect(Array.from(original).slice(s, e).join('')).toBe('١٢');
  });

  it('counts astral characters as one code point', () => {
    const n = normalizeForDates('𝒳 أمس');
    const i = n.text.indexOf('أمس');
    expect(toOriginalRange(n, i, i + 3)).toEqual([2, 5]);
  });

  it('leaves printable ASCII as it is', () => {
    const n = normalizeForDates('On Sunday');
    expect(n.text).toBe('On Sunday');
    expect(toOriginalRange(n, 3, 9)).toEqual([3, 9]);
  });

  it('folds presentation forms (one code point may become two letters)', () => {
    const n = normalizeForDates('ﻻ أمس');
    expect(n.text).toBe('لا أمس');
    expect(toOriginalRange(n, 0, 2)).toEqual([0, 1]);
    expect(toOriginalRange(n, 3, 6)).toEqual([2, 5]);
  });
});
