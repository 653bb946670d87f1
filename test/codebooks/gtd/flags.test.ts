import { describe, expect, it } from 'vitest';
import {
  GTD_UNKNOWN,
  GTD_UNKNOWN_COUNT,
  fromGtdCount,
  fromGtdFlag,
  toGtdClaimed,
  toGtdCount,
  toGtdFlag,
  toGtdSuccess,
  toGtdSuicide,
} from '../../../src/codebooks/gtd/flags.js';

describe('GTD flags, counts and sentinels (codebook notes §3.4)', () => {
  it('writes and reads yes/no flags with -9 for unknown', () => {
    expect([toGtdFlag(true), toGtdFlag(false), toGtdFlag(undefined)]).toEqual([1, 0, GTD_UNKNOWN]);
    expect([fromGtdFlag(1), fromGtdFlag(0), fromGtdFlag(-9), fromGtdFlag(undefined)]).toEqual([true, false, undefined, undefined]);
  });

  it('derives success from attributes.attempted, or from casualties', () => {
    expect(toGtdSuccess({ attributes: { attempted: true }, fatalities: { best: 0 } })).toBe(0);
    expect(toGtdSuccess({ attributes: { attempted: false } })).toBe(1);
    expect(toGtdSuccess({ injuries: { low: 1 } })).toBe(1);
    expect(toGtdSuccess({})).toBeUndefined();
  });

  it('derives suicide and claimed', () => {
    expect(toGtdSuicide({ attributes: { suicide: true } })).toBe(1);
    expect(toGtdSuicide({ subtype: 'suicide_bomb' })).toBe(1);
    expect(toGtdSuicide({})).toBe(0);
    expect(toGtdClaimed({ attributes: { claimed: false } })).toBe(0);
    expect(toGtdClaimed({})).toBe(-9);
  });

  it('writes nkill/nwound from the best estimate and reads blanks and sentinels as unknown', () => {
    expect(toGtdCount({ low: 2, best: 3, high: 5 })).toBe(3);
    expect(toGtdCount({ low: 2 })).toBe(2);
    expect(toGtdCount(undefined)).toBeUndefined();
    expect(fromGtdCount('12')).toEqual({ low: 12, best: 12, high: 12 });
    expect(fromGtdCount(0)).toEqual({ low: 0, best: 0, high: 0 });
    for (const unknown of ['', ' ', '-9', String(GTD_UNKNOWN_COUNT), '2.5', 'n/a', undefined]) expect(fromGtdCount(unknown)).toBeUndefined();
  });
});
