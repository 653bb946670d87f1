import { describe, expect, it } from 'vitest';
import { joinNativeList, splitNativeList } from '../../src/io/native-list.js';

describe('joinNativeList / splitNativeList', () => {
  it('joins with "; " and keeps positions with empty items', () => {
    expect(joinNativeList(['isis', undefined, 'Q1'])).toBe('isis;; Q1');
    expect(joinNativeList(['a', 'b', undefined])).toBe('a; b;');
    expect(joinNativeList([undefined, 'b'])).toBe('; b');
    expect(joinNativeList([undefined, undefined])).toBeUndefined();
    expect(joinNativeList([])).toBeUndefined();
  });

  it('escapes semicolons and backslashes inside items', () => {
    expect(joinNativeList(['National Defence Forces; Syria', 'a\\b'])).toBe('National Defence Forces\\; Syria; a\\\\b');
  });

  it('splits back what it joined', () => {
    const cases: (string | undefined)[][] = [
      ['isis', undefined, 'Q1'],
      ['a;b', 'c\\d', 'e'],
      ['Saada Faisal al-Hermas', 'Hind Latif al-Khudair'],
      ['شهر يناير; الماضي', 'ناشطة'],
      [undefined, 'x'],
    ];
    for (const items of cases) {
      const cell = joinNativeList(items);
      expect(cell).toBeDefined();
      expect(splitNativeList(cell ?? '')).toEqual(items.map((i) => i ?? ''));
    }
  });

  it('reads hand-edited cells: no space after the separator, surrounding spaces', () => {
    expect(splitNativeList('a;b ;  c')).toEqual(['a', 'b', 'c']);
    expect(splitNativeList('')).toEqual([]);
    expect(splitNativeList('   ')).toEqual([]);
  });
});
