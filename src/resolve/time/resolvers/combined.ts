/**
 * Resolvers of expressions made of others: ranges and lists (sharing a year), open bounds,
 * approximate dates, Hijri and Gregorian dates side by side. Internal.
 */
import { issue, type Issue } from '../../../schema/issue.js';
import { fromDayNumber, weekdayOf } from '../calendar.js';
import type { ResolvedContext } from '../date-context.js';
import type { DateExpr } from '../expression.js';
import { CONFIDENCE, precisionForSpan } from '../precision.js';
import { resolveExpr } from '../resolve-expression.js';
import { resolveWeekday } from './relative.js';
import { type Resolved, known, needsPublication, unknown } from './shared.js';

function hasYear(e: DateExpr): boolean {
  switch (e.kind) {
    case 'day':
    case 'month':
    case 'season':
      return e.year !== undefined || e.yearOffset !== undefined;
    case 'hijri':
      return e.year !== undefined || e.gregorianYear !== undefined;
    default:
      return true;
  }
}

/** A copy of `e` in the given year (and, for a day, in the month of `month` when it has none). */
function inYear(e: DateExpr, year: number | undefined, yearOffset: number | undefined): DateExpr {
  if (e.kind !== 'day' && e.kind !== 'month' && e.kind !== 'season') return e;
  const copy = { ...e };
  delete copy.qualifier;
  if (year !== undefined) copy.year = year;
  else if (yearOffset !== undefined) copy.yearOffset = yearOffset;
  return copy;
}

function yearFields(e: DateExpr): { year?: number; yearOffset?: number } {
  if (e.kind === 'day' || e.kind === 'month' || e.kind === 'season') {
    const out: { year?: number; yearOffset?: number } = {};
    if (e.year !== undefined) out.year = e.year;
    if (e.yearOffset !== undefined) out.yearOffset = e.yearOffset;
    return out;
  }
  return {};
}

function shiftYear(e: DateExpr, delta: number): DateExpr {
  if (e.kind !== 'day' && e.kind !== 'month' && e.kind !== 'season') return e;
  if (e.year !== undefined) return { ...e, year: e.year + delta };
  if (e.yearOffset !== undefined) return { ...e, yearOffset: e.yearOffset + delta };
  return e;
}

/**
 * A range or list; an endpoint without a year takes the other's ("1 to 3 March 2021", "from December to February 2020").
 *
 * @example
 * ```ts
 * resolveRange({ kind: 'range', from: { kind: 'month', month: 12 }, to: { kind: 'month', month: 2, year: 2020 } }, ctx);
 * //=> 1 December 2019 – 29 February 2020, precision 'year'
 * ```
 */
export function resolveRange(e: Extract<DateExpr, { kind: 'range' }>, ctx: ResolvedContext): Resolved {
  let { from, to } = e;
  const P = ctx.published;
  // Two weekdays ("يومي السبت والأحد"): the later one as usual, the first the latest before it.
  if (from.kind === 'weekday' && to.kind === 'weekday') {
    const b = resolveWeekday(to, ctx);
    if (b.start === undefined || b.end === undefined) return b;
    const a = b.start - ((weekdayOf(b.start) - from.weekday + 7) % 7 || 7);
    return known(a, b.end, precisionForSpan(b.end - a + 1), b.confidence);
  }
  // Share the year: "1 to 3 March 2021", "from December to February 2021", "بين آذار وأيار 2019".
  if (!hasYear(from) && hasYear(to)) {
    from = inYear(from, yearFields(to).year, yearFields(to).yearOffset);
    const a = resolveExpr(from, ctx);
    const b = resolveExpr(to, ctx);
    if (a.start !== undefined && b.start !== undefined && a.start > b.start) from = shiftYear(from, -1);
  } else if (hasYear(from) && !hasYear(to)) {
    to = inYear(to, yearFields(from).year, yearFields(from).yearOffset);
    const a = resolveExpr(from, ctx);
    const b = resolveExpr(to, ctx);
    if (a.start !== undefined && b.start !== undefined && b.start < a.start) to = shiftYear(to, 1);
  } else if (!hasYear(from) && !hasYear(to) && (from.kind === 'day' || from.kind === 'month') && (to.kind === 'day' || to.kind === 'month')) {
    // Neither has a year: the latest year in which the range begins on or before publication.
    if (P === undefined) return needsPublication('a range without its year');
    const y0 = fromDayNumber(P).year;
    for (let y = y0; y >= y0 - 8; y--) {
      const a = resolveExpr(inYear(from, y, undefined), ctx);
      let b = resolveExpr(inYear(to, y, undefined), ctx);
      if (a.start === undefined || b.end === undefined) continue;
      if (b.start !== undefined && b.start < a.start) b = resolveExpr(inYear(to, y + 1, undefined), ctx);
      if (b.end === undefined) continue;
      if (a.start <= P) return combine(a, b, CONFIDENCE.impliedYear);
    }
    return unknown([issue('warning', 'unresolved_date', 'no year fits the range before the publication date')]);
  }
  return combine(resolveExpr(from, ctx), resolveExpr(to, ctx), 1);
}

function combine(a: Resolved, b: Resolved, factor: number): Resolved {
  const issues = [...a.issues, ...b.issues];
  if (a.start === undefined || b.end === undefined || a.precision === 'unknown' || b.precision === 'unknown') {
    return unknown(issues);
  }
  let start = a.start;
  let end = b.end;
  if (b.start !== undefined && b.start < start) start = b.start;
  if (a.end !== undefined && a.end > end) end = a.end;
  const clip = a.clip === 'notice' || b.clip === 'notice' ? 'notice' : 'silent';
  return known(start, end, precisionForSpan(end - start + 1), Math.min(a.confidence, b.confidence) * factor, clip, issues);
}

/**
 * An open bound: "since" and "after" run to publication; "before" and "until" give only an end.
 *
 * @example
 * ```ts
 * resolveBound({ kind: 'bound', bound: 'before', of: { kind: 'year', year: 2011 } }, ctx); //=> unknown, end 2010-12-31
 * ```
 */
export function resolveBound(e: Extract<DateExpr, { kind: 'bound' }>, ctx: ResolvedContext): Resolved {
  const inner = resolveExpr(e.of, ctx);
  if (inner.start === undefined || inner.end === undefined || inner.precision === 'unknown') return inner;
  const P = ctx.published;
  const open = (what: string): Issue => issue('info', 'open_date_range', `"${what}" gives only one bound of the date`);
  switch (e.bound) {
    case 'since':
    case 'after': {
      const start = e.bound === 'since' ? inner.start : inner.end + 1;
      if (P === undefined) return unknown([...inner.issues, open(e.bound)], { start }, CONFIDENCE.openEnd);
      const end = Math.max(P, start);
      return known(start, end, precisionForSpan(end - start + 1), inner.confidence * CONFIDENCE.bound, 'silent', [...inner.issues, open(e.bound)]);
    }
    case 'before':
      return unknown([...inner.issues, open('before')], { end: inner.start - 1 }, CONFIDENCE.openEnd);
    case 'until':
      return unknown([...inner.issues, open('until')], { end: inner.end }, CONFIDENCE.openEnd);
  }
}

/**
 * "around 9 January": a day becomes the 7 days centred on it; a longer range keeps its bounds.
 *
 * @example
 * ```ts
 * resolveApproximate({ kind: 'approximate', of: { kind: 'day', day: 9, month: 1, year: 2022 } }, ctx); //=> 6–12 January 2022, precision 'week'
 * ```
 */
export function resolveApproximate(e: Extract<DateExpr, { kind: 'approximate' }>, ctx: ResolvedContext): Resolved {
  const inner = resolveExpr(e.of, ctx);
  if (inner.start === undefined || inner.end === undefined || inner.precision === 'unknown') return inner;
  const note = issue('info', 'approximate_date', 'The text gives the date as approximate ("around", "نحو"); widened a day to the week around it');
  if (inner.end - inner.start < 7) {
    return known(inner.start - 3, inner.end + 3, 'week', inner.confidence * CONFIDENCE.approximate, 'silent', [...inner.issues, note]);
  }
  return { ...inner, confidence: inner.confidence * CONFIDENCE.approximate, issues: [...inner.issues, note] };
}

/**
 * A Gregorian date with the Hijri date given beside it: the Gregorian one is used, a gap over one day is flagged.
 *
 * @example
 * ```ts
 * resolvePaired({ kind: 'paired', primary: gregorian, check: hijri }, ctx).issues; //=> [] when they agree
 * ```
 */
export function resolvePaired(e: Extract<DateExpr, { kind: 'paired' }>, ctx: ResolvedContext): Resolved {
  const primary = resolveExpr(e.primary, ctx);
  const check = resolveExpr(e.check, ctx);
  if (primary.start === undefined || check.start === undefined || primary.end === undefined || check.end === undefined) return primary;
  const gap = Math.max(0, check.start - primary.end, primary.start - check.end);
  if (gap > 1) {
    return {
      ...primary,
      confidence: primary.confidence * CONFIDENCE.weekdayMismatch,
      issues: [
        ...primary.issues,
        issue('warning', 'calendar_mismatch', `The Hijri and Gregorian dates given side by side are ${String(gap)} days apart; used the Gregorian date`),
      ],
    };
  }
  return primary;
}
