/**
 * Resolvers of expressions relative to publication: weekdays, days, weeks, months, years,
 * weekends, "… ago" and "the past …". Internal.
 */
import { issue, type Issue } from '../../../schema/issue.js';
import { type DayNumber, addMonths, dayNumber, daysInMonth, fromDayNumber, monthRange, weekdayOf, yearRange } from '../calendar.js';
import { type ResolvedContext, wallClock } from '../date-context.js';
import type { DateExpr } from '../expression.js';
import { partOfMonth, partOfWeek, partOfYear } from '../parts-of-period.js';
import { CONFIDENCE, precisionForSpan } from '../precision.js';
import { type Resolved, WEEKDAY_NAMES, describe, known, needsPublication, unknown, withEve } from './shared.js';

/**
 * A weekday: the last one on or before publication; "last" strictly before; "next" strictly after.
 *
 * @example
 * ```ts
 * resolveWeekday({ kind: 'weekday', weekday: 0 }, ctx); // published Monday 2021-02-22 → Sunday 21 February
 * ```
 */
export function resolveWeekday(e: Extract<DateExpr, { kind: 'weekday' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication(describe(e));
  const back = (weekdayOf(P) - e.weekday + 7) % 7;
  let day: DayNumber;
  let confidence: number;
  if (e.qualifier === 'last') {
    day = P - (back === 0 ? 7 : back);
    confidence = CONFIDENCE.weekdayLast;
  } else if (e.qualifier === 'next') {
    const ahead = (e.weekday - weekdayOf(P) + 7) % 7;
    day = P + (ahead === 0 ? 7 : ahead);
    confidence = CONFIDENCE.weekdayNext;
  } else {
    day = P - back;
    confidence = CONFIDENCE.weekdayBare;
  }
  if (e.night === 'eve') return withEve(day, confidence, []);
  return known(day, day, 'day', e.night === 'night' ? Math.min(confidence, CONFIDENCE.night) : confidence);
}

/**
 * A day relative to publication (today 0, yesterday -1), its weekday checked when one is given.
 *
 * @example
 * ```ts
 * resolveRelativeDay({ kind: 'relativeDay', offset: -2 }, ctx); // published 2021-02-22 → 20 February
 * ```
 */
export function resolveRelativeDay(e: Extract<DateExpr, { kind: 'relativeDay' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a day relative to publication');
  const day = P + e.offset;
  const issues: Issue[] = [];
  let confidence: number = e.night === undefined ? CONFIDENCE.relativeDay : CONFIDENCE.night;
  if (e.weekday !== undefined && weekdayOf(day) !== e.weekday) {
    issues.push(
      issue('warning', 'weekday_mismatch', `The text names ${WEEKDAY_NAMES[e.weekday] ?? ''} but that day (${fromDayNumber(day).day}/${fromDayNumber(day).month}) is a ${WEEKDAY_NAMES[weekdayOf(day)] ?? ''}`),
    );
    confidence *= CONFIDENCE.weekdayMismatch;
  }
  return known(day, day, 'day', confidence, 'silent', issues);
}

/**
 * A calendar week, month or year relative to publication, or a part of it.
 *
 * @example
 * ```ts
 * resolveRelativePeriod({ kind: 'relativePeriod', unit: 'week', offset: -1 }, ctx); // Arabic, published Monday 2021-02-22 → Saturday 13 – Friday 19 February
 * ```
 */
export function resolveRelativePeriod(e: Extract<DateExpr, { kind: 'relativePeriod' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a week, month or year relative to publication');
  if (e.later === true) {
    // "later this month": from the day after publication to the end of the period.
    const whole = resolveRelativePeriod({ kind: 'relativePeriod', unit: e.unit, offset: e.offset }, ctx);
    if (whole.end === undefined || whole.end <= P) return unknown([issue('warning', 'unresolved_date', `nothing of the ${e.unit} is left after publication`)]);
    return known(P + 1, whole.end, whole.precision === 'unknown' ? 'month' : whole.precision, CONFIDENCE.thisPeriod);
  }
  const { year, month } = fromDayNumber(P);
  if (e.unit === 'week') {
    const weekStart = P - ((weekdayOf(P) - ctx.weekStartsOn + 7) % 7) + 7 * e.offset;
    const r = e.part === undefined ? { start: weekStart, end: weekStart + 6 } : partOfWeek(weekStart, e.part);
    return known(r.start, r.end, 'week', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastWeek);
  }
  if (e.unit === 'month') {
    const ym = addMonths(year, month, e.offset);
    if (e.part !== undefined) {
      const r = partOfMonth(ym.year, ym.month, e.part);
      return known(r.start, r.end, r.precision, CONFIDENCE.partOfMonth);
    }
    const [start, end] = monthRange(ym.year, ym.month);
    return known(start, end, 'month', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastPeriod);
  }
  const y = year + e.offset;
  if (e.part !== undefined) {
    const r = partOfYear(y, e.part);
    return known(r.start, r.end, r.precision, CONFIDENCE.partOfYear);
  }
  const [start, end] = yearRange(y);
  return known(start, end, 'year', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastPeriod);
}

/**
 * The most recent weekend (Saturday–Sunday in English, Friday–Saturday in Arabic).
 *
 * @example
 * ```ts
 * resolveWeekend({ kind: 'weekend', days: [6, 0] }, ctx); // published Monday 2021-02-22 → 20–21 February
 * ```
 */
export function resolveWeekend(e: Extract<DateExpr, { kind: 'weekend' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a weekend relative to publication');
  const [first] = e.days;
  let start = P - ((weekdayOf(P) - first + 7) % 7);
  if (e.qualifier === 'last' && start + 1 >= P) start -= 7;
  if (e.qualifier === 'next') start += 7;
  return known(start, start + 1, 'days', CONFIDENCE.weekend);
}

/** The calendar day `hours` before the publication, when its time is known. */
function dayHoursBefore(ctx: ResolvedContext, hours: number): DayNumber | undefined {
  const P = ctx.published;
  if (P === undefined) return undefined;
  if (ctx.publishedInstant !== undefined) return wallClock(ctx.publishedInstant - hours * 3_600_000, ctx.timeZone).day;
  if (ctx.publishedMinutes !== undefined) return P + Math.floor((ctx.publishedMinutes - hours * 60) / 1440);
  return undefined;
}

function vague(what: string): Issue {
  return issue('info', 'vague_date', `"${what}" gives no number; used a conventional window`);
}

/**
 * "n units ago": days exact, weeks the 7 days around, months and years the calendar unit; vague counts get a conventional window.
 *
 * @example
 * ```ts
 * resolveAgo({ kind: 'ago', unit: 'day', amount: 3 }, ctx); // published 2021-02-22 → 19 February
 * ```
 */
export function resolveAgo(e: Extract<DateExpr, { kind: 'ago' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a time ago');
  const { year, month } = fromDayNumber(P);
  const n = e.amount;
  switch (e.unit) {
    case 'hour': {
      const hours = n ?? 6;
      const from = dayHoursBefore(ctx, hours) ?? (hours <= 12 ? P : P - Math.ceil(hours / 24));
      return known(from, from, 'day', n === undefined ? CONFIDENCE.vague : CONFIDENCE.agoHours, 'silent', n === undefined ? [vague('hours ago')] : []);
    }
    case 'day':
      if (n === undefined) return known(P - 7, P - 1, 'week', CONFIDENCE.vague, 'silent', [vague('days ago')]);
      return known(P - n, P - n, 'day', CONFIDENCE.agoDays);
    case 'week':
      if (n === undefined) return known(P - 35, P - 7, 'month', CONFIDENCE.vague * 0.8, 'silent', [vague('weeks ago')]);
      return known(P - 7 * n - 3, P - 7 * n + 3, 'week', CONFIDENCE.agoWeeks);
    case 'month': {
      if (n === undefined) return unknown([vague('months ago')], { end: P }, 0.2);
      const ym = addMonths(year, month, -n);
      const [start, end] = monthRange(ym.year, ym.month);
      return known(start, end, 'month', CONFIDENCE.agoMonthsYears);
    }
    case 'year': {
      if (n === undefined) return unknown([vague('years ago')], { end: P }, 0.1);
      const [start, end] = yearRange(year - n);
      return known(start, end, 'year', CONFIDENCE.agoMonthsYears);
    }
  }
}

/**
 * "the past n units": from n units before publication to publication.
 *
 * @example
 * ```ts
 * resolveWindow({ kind: 'window', unit: 'day', amount: 3 }, ctx); // published 2021-02-22 → 19–22 February, precision 'days'
 * ```
 */
export function resolveWindow(e: Extract<DateExpr, { kind: 'window' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a window of time before publication');
  const n = e.amount;
  const conf = n === undefined ? CONFIDENCE.vague : CONFIDENCE.window;
  const issues = n === undefined ? [vague('recent days')] : [];
  switch (e.unit) {
    case 'hour': {
      const hours = n ?? 24;
      const from = dayHoursBefore(ctx, hours) ?? P - Math.max(1, Math.ceil(hours / 24));
      return known(from, P, precisionForSpan(P - from + 1), conf, 'silent', issues);
    }
    case 'day': {
      const days = n ?? 7;
      return known(P - days, P, n === undefined ? 'week' : precisionForSpan(days + 1), conf, 'silent', issues);
    }
    case 'week': {
      const weeks = n ?? 4;
      return known(P - 7 * weeks, P, weeks === 1 ? 'week' : precisionForSpan(7 * weeks + 1), conf, 'silent', issues);
    }
    case 'month': {
      const months = n ?? 6;
      const { year, month, day } = fromDayNumber(P);
      const ym = addMonths(year, month, -months);
      const from = dayNumber(ym.year, ym.month, Math.min(day, daysInMonth(ym.year, ym.month)));
      return known(from, P, months === 1 ? 'month' : 'year', conf, 'silent', issues);
    }
    case 'year': {
      const years = n ?? 5;
      const { year, month, day } = fromDayNumber(P);
      const from = dayNumber(year - years, month, Math.min(day, daysInMonth(year - years, month)));
      return known(from, P, 'year', conf, 'silent', issues);
    }
  }
}
