import { describe, expect, it } from 'vitest';
import { groupActors, isArmedKind, isStateActor } from '../../../src/codebooks/common/actor-groups.js';
import { addDays, calendarDate, daysBetween, daysInMonth, isCalendarDate, monthOf } from '../../../src/codebooks/common/calendar.js';
import { formatDecimal, keepIfSame, parseDecimalCell, parseIntegerCell, splitList } from '../../../src/codebooks/common/cells.js';
import { deepEqual } from '../../../src/codebooks/common/equal.js';

describe('calendar arithmetic', () => {
  it('checks, builds and moves calendar dates across months, years and leap days', () => {
    expect([isCalendarDate('2024-02-29'), isCalendarDate('2023-02-29'), isCalendarDate('2023-13-01'), isCalendarDate('2023-1-01')]).toEqual([true, false, false, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2022, 12)]).toEqual([29, 28, 29, 31]);
    expect(calendarDate(2022, 1, 5)).toBe('2022-01-05');
    expect(addDays('2022-12-30', 3)).toBe('2023-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2021-12-31', '2022-01-06')).toBe(6);
    expect(monthOf('2024-02-10')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});

describe('cells', () => {
  it('reads integers, decimals and lists strictly', () => {
    expect([parseIntegerCell('12'), parseIntegerCell(' -1 '), parseIntegerCell('1.5'), parseIntegerCell(''), parseIntegerCell(undefined)]).toEqual([12, -1, undefined, undefined, undefined]);
    expect([parseDecimalCell('36.3400'), parseDecimalCell('-.5'), parseDecimalCell('1e3'), parseDecimalCell('1,5')]).toEqual([36.34, -0.5, 1000, undefined]);
    expect(splitList(' a ;b;; c ')).toEqual(['a', 'b', 'c']);
  });

  it('keeps an original spelling only when it reads to the same value', () => {
    expect(keepIfSame('36.3400', '36.34', parseDecimalCell)).toBe('36.3400');
    expect(keepIfSame('07', '7', parseIntegerCell)).toBe('07');
    expect(keepIfSame('36.3400', '36.35', parseDecimalCell)).toBe('36.35');
    expect(keepIfSame(undefined, '5', parseIntegerCell)).toBe('5');
    expect(keepIfSame('x', '', parseIntegerCell)).toBe('');
    expect([formatDecimal(36.34, 4), formatDecimal(35.76336941, 4), formatDecimal(-3, 4)]).toEqual(['36.34', '35.7634', '-3']);
  });
});

describe('deepEqual', () => {
  it('compares JSON-like values, treating undefined keys as absent', () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(undefined, null)).toBe(false);
    expect(deepEqual('a', 'a')).toBe(true);
  });
});

describe('actor groups', () => {
  it('attaches associated actors to the nearest main actor of their role', () => {
    const groups = groupActors([
      { name: 'A', role: 'actor' },
      { name: 'B', role: 'actor' },
      { name: 'a1', role: 'actor', associated: true },
      { name: 'v1', role: 'victim', associated: true },
    ]);
    expect(groups.map((g) => [g.main?.name, g.associated.map((a) => a.name)])).toEqual([
      ['A', []],
      ['B', ['a1']],
      [undefined, ['v1']],
    ]);
  });

  it('tells armed kinds and state actors', () => {
    expect(['state_forces', 'rebel_group', 'civilians', 'protesters', undefined].map((k) => isArmedKind(k as never))).toEqual([true, true, false, false, false]);
    expect(isStateActor({ name: 'Police Forces of Iraq (2020-)', role: 'actor' })).toBe(true);
    expect(isStateActor({ name: 'Islamic State', role: 'actor', kind: 'rebel_group' })).toBe(false);
  });
});
