/**
 * Resolvers of calendar expressions: a day, a day of a relative month, a month, a season. Internal.
 */
import { issue, type Issue } from '../../../schema/issue.js';
import { type DayNumber, addMonths, dayNumber, fromDayNumber, isValidDate, monthRange, weekdayOf } from '../calendar.js';
import type { ResolvedContext } from '../date-context.js';
import type { DateExpr } from '../expression.js';
import { partOfMonth, partOfMonths, seasonMonths } from '../parts-of-period.js';
import { CONFIDENCE, type KnownPrecision } from '../precision.js';
import { type Resolved, WEEKDAY_NAMES, describe, invalidDate, known, needsPublication, pickOccurrence, unknown, withEve } from './shared.js';

/**
 * A calendar day; without its year, the last one on or before publication ("last": strictly before).
 *
 * @example
 * ```ts
 * resolveDay({ kind: 'day', day: 12, month: 3 }, ctx); // published 2021-02-22 → 12 March 2020, precision 'day'
 * ```
 */
export function resolveDay(e: Extract<DateExpr, { kind: 'day' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  let base: number;
  let day: DayNumber;
  if (e.year !== undefined || e.yearOffset !== undefined) {
    let year = e.year;
    if (year === undefined) {
      if (P === undefined) return needsPublication('a day of a year given relative to the report');
      year = fromDayNumber(P).year + (e.yearOffset ?? 0);
    }
    if (!isValidDate(year, e.month, e.day)) return invalidDate(`${String(e.day)}/${String(e.month)}/${String(year)}`);
    day = dayNumber(year, e.month, e.day);
    base = e.numeric === 'dmy' ? CONFIDENCE.numericDayFirst : e.numeric === 'mdy' ? CONFIDENCE.numericMonthFirst : CONFIDENCE.explicitDay;
  } else {
    if (!isValidDate(2000, e.month, e.day)) return invalidDate(`${String(e.day)}/${String(e.month)}`);
    if (P === undefined) return needsPublication(describe(e));
    const picked = pickOccurrence(
      (y) => (isValidDate(y, e.month, e.day) ? [dayNumber(y, e.month, e.day), dayNumber(y, e.month, e.day)] : undefined),
      e.qualifier,
      P,
      fromDayNumber(P).year,
    );
    if (picked === undefined) return invalidDate(`${String(e.day)}/${String(e.month)}`);
    day = picked.range[0];
    base = CONFIDENCE.explicitDay * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1);
  }
  const issues: Issue[] = [];
  let confidence = base;
  if (e.weekday !== undefined && weekdayOf(day) !== e.weekday) {
    issues.push(
      issue(
        'warning',
        'weekday_mismatch',
        `The text says ${WEEKDAY_NAMES[e.weekday] ?? ''} but ${fromDayNumber(day).day}/${fromDayNumber(day).month}/${fromDayNumber(day).year} is a ${WEEKDAY_NAMES[weekdayOf(day)] ?? ''}; used the date`,
      ),
    );
    confidence *= CONFIDENCE.weekdayMismatch;
  }
  if (e.night === 'eve') return withEve(day, confidence, issues);
  return known(day, day, 'day', confidence, 'notice', issues);
}

/**
 * A month or a part of it; without its year, the occurrence the qualifier means.
 *
 * @example
 * ```ts
 * resolveMonth({ kind: 'month', month: 1, qualifier: 'last' }, ctx); // published 2021-02-22 → January 2021
 * ```
 */
export function resolveMonth(e: Extract<DateExpr, { kind: 'month' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  const rangeIn = (year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } => {
    if (e.part !== undefined) return partOfMonth(year, e.month, e.part);
    const [start, end] = monthRange(year, e.month);
    return { start, end, precision: 'month' };
  };
  const base = e.part === undefined ? CONFIDENCE.explicitMonth : CONFIDENCE.partOfMonth;
  if (e.year !== undefined || e.yearOffset !== undefined) {
    let year = e.year;
    if (year === undefined) {
      if (P === undefined) return needsPublication('a month of a year given relative to the report');
      year = fromDayNumber(P).year + (e.yearOffset ?? 0);
    }
    const r = rangeIn(year);
    return known(r.start, r.end, r.precision, base);
  }
  if (P === undefined) return needsPublication(describe(e));
  // The occurrence is chosen on the whole month (a part of the current month is still this month).
  const picked = pickOccurrence((y) => monthRange(y, e.month), e.qualifier, P, fromDayNumber(P).year);
  if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the month fits the publication date')]);
  const r = rangeIn(picked.year);
  return known(r.start, r.end, r.precision, base * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1));
}

/**
 * A season of the Northern hemisphere, or a part of it.
 *
 * @example
 * ```ts
 * resolveSeason({ kind: 'season', season: 'summer', year: 2019 }, ctx); //=> June–August 2019, precision 'year'
 * ```
 */
export function resolveSeason(e: Extract<DateExpr, { kind: 'season' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  const rangeIn = (year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } => {
    const starts = seasonMonths(e.season, year);
    const whole = { start: starts[0] ?? 0, end: (starts[3] ?? 0) - 1, precision: 'year' as const };
    if (e.part === undefined) return whole;
    return partOfMonths(starts, e.part) ?? whole;
  };
  let year = e.year;
  let confidence = CONFIDENCE.season;
  if (year === undefined && e.yearOffset !== undefined) {
    if (P === undefined) return needsPublication('a season of a year given relative to the report');
    year = fromDayNumber(P).year + e.yearOffset;
  }
  if (year === undefined) {
    if (P === undefined) return needsPublication(describe(e));
    const picked = pickOccurrence(
      (y) => {
        const starts = seasonMonths(e.season, y);
        return [starts[0] ?? 0, (starts[3] ?? 0) - 1];
      },
      e.qualifier,
      P,
      fromDayNumber(P).year,
    );
    if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the season fits the publication date')]);
    year = picked.year;
    if (e.qualifier === undefined) confidence *= CONFIDENCE.impliedYear;
  }
  const r = rangeIn(year);
  return known(r.start, r.end, r.precision, confidence);
}

/**
 * A day of the month relative to publication ("الخامس من الشهر الجاري").
 *
 * @example
 * ```ts
 * resolveDayOfMonth({ kind: 'dayOfMonth', day: 5, monthOffset: 0 }, ctx); // published 2021-02-22 → 5 February 2021
 * ```
 */
export function resolveDayOfMonth(e: Extract<DateExpr, { kind: 'dayOfMonth' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a day of a month given relative to the report');
  const { year, month } = fromDayNumber(P);
  const ym = addMonths(year, month, e.monthOffset);
  if (!isValidDate(ym.year, ym.month, e.day)) return invalidDate(`${String(e.day)}/${String(ym.month)}/${String(ym.year)}`);
  const day = dayNumber(ym.year, ym.month, e.day);
  if (e.night === 'eve') return withEve(day, CONFIDENCE.relativeDay, []);
  return known(day, day, 'day', CONFIDENCE.relativeDay, 'notice');
}
