/**
 * Building blocks of the resolvers: the {@link Resolved} shape, known / unknown results, and the
 * rule that picks the occurrence of a yearly thing relative to publication. Internal.
 */
import { issue, type Issue } from '../../../schema/issue.js';
import type { DayNumber } from '../calendar.js';
import type { DateExpr, Qualifier } from '../expression.js';
import { CONFIDENCE, type KnownPrecision } from '../precision.js';

/**
 * A resolved expression: a known range, or `unknown` with whatever bounds are known.
 *
 * @example
 * ```ts
 * resolveExpr({ kind: 'year', year: 2019 }, ctx); //=> { start: <2019-01-01>, end: <2019-12-31>, precision: 'year', confidence: 0.95, issues: [], clip: 'silent' }
 * ```
 */
export interface Resolved {
  start?: DayNumber;
  end?: DayNumber;
  precision: KnownPrecision | 'unknown';
  confidence: number;
  issues: Issue[];
  /**
   * What to do when the range runs past publication: `silent` for periods that contain it
   * ("this month", "2021"), `notice` for explicit day ranges ("20–25 February").
   */
  clip: 'silent' | 'notice';
}

/**
 * English weekday names for messages, 0 = Sunday.
 *
 * @example
 * ```ts
 * WEEKDAY_NAMES[5]; //=> 'Friday'
 * ```
 */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A known range.
 *
 * @example
 * ```ts
 * known(dayNumber(2021, 2, 1), dayNumber(2021, 2, 28), 'month', 0.95).precision; //=> 'month'
 * ```
 */
export function known(start: DayNumber, end: DayNumber, precision: KnownPrecision, confidence: number, clip: Resolved['clip'] = 'silent', issues: Issue[] = []): Resolved {
  return { start, end, precision, confidence, issues, clip };
}

/**
 * An unknown date, with whatever bound is known.
 *
 * @example
 * ```ts
 * unknown([], { end: dayNumber(2010, 12, 31) }).precision; //=> 'unknown'
 * ```
 */
export function unknown(issues: Issue[], bounds: { start?: DayNumber; end?: DayNumber } = {}, confidence = 0): Resolved {
  const r: Resolved = { precision: 'unknown', confidence, issues, clip: 'silent' };
  if (bounds.start !== undefined) r.start = bounds.start;
  if (bounds.end !== undefined) r.end = bounds.end;
  return r;
}

/**
 * The result of a relative expression without a publication date.
 *
 * @example
 * ```ts
 * needsPublication('yesterday').issues[0]?.code; //=> 'publication_date_needed'
 * ```
 */
export function needsPublication(what: string): Resolved {
  return unknown([issue('warning', 'publication_date_needed', `"${what}" is relative to the report; give context.published (the publication date) to resolve it`)]);
}

/**
 * A few words naming an expression, for messages.
 *
 * @example
 * ```ts
 * describe({ kind: 'weekday', weekday: 0 }); //=> 'a weekday (Sunday)'
 * ```
 */
export function describe(e: DateExpr): string {
  switch (e.kind) {
    case 'day':
      return 'a day without its year';
    case 'month':
      return 'a month without its year';
    case 'season':
      return 'a season without its year';
    case 'weekday':
      return `a weekday (${WEEKDAY_NAMES[e.weekday] ?? ''})`;
    case 'hijri':
      return 'a Hijri month without its year';
    default:
      return 'a date relative to publication';
  }
}

/**
 * Picks the occurrence of a yearly thing (a month, a day, a season) that the qualifier means,
 * relative to the publication day. `rangeOf` gives the range in a year (or `undefined` when it
 * does not exist that year, like 29 February).
 *
 * @example
 * ```ts
 * pickOccurrence((y) => monthRange(y, 1), 'last', dayNumber(2021, 2, 22), 2021)?.year; //=> 2021
 * ```
 */
export function pickOccurrence(
  rangeOf: (year: number) => [DayNumber, DayNumber] | undefined,
  qualifier: Qualifier | undefined,
  published: DayNumber,
  currentYear: number,
): { year: number; range: [DayNumber, DayNumber] } | undefined {
  if (qualifier === 'this') {
    const range = rangeOf(currentYear);
    if (range !== undefined) return { year: currentYear, range };
  }
  if (qualifier === 'next') {
    for (let y = currentYear; y <= currentYear + 8; y++) {
      const range = rangeOf(y);
      if (range !== undefined && range[0] > published) return { year: y, range };
    }
    return undefined;
  }
  for (let y = currentYear + 1; y >= currentYear - 8; y--) {
    const range = rangeOf(y);
    if (range === undefined) continue;
    if (qualifier === 'last' ? range[1] < published : range[0] <= published) return { year: y, range };
  }
  return undefined;
}

/**
 * The result of a date that does not exist.
 *
 * @example
 * ```ts
 * invalidDate('31/2/2021').issues[0]?.code; //=> 'invalid_date'
 * ```
 */
export function invalidDate(text: string): Resolved {
  return unknown([issue('warning', 'invalid_date', `${text} is not a calendar date`)]);
}

/**
 * Arabic "ليلة X": both the day before X and X, precision `days`, with an issue.
 *
 * @example
 * ```ts
 * withEve(dayNumber(2021, 2, 21), 0.8, []).precision; //=> 'days' (20–21 February)
 * ```
 */
export function withEve(day: DayNumber, confidence: number, issues: Issue[]): Resolved {
  issues.push(
    issue(
      'info',
      'ambiguous_night',
      '"ليلة" + a day is the eve of that day in classical usage and the night of that day in much news writing; gave both days',
    ),
  );
  return known(day - 1, day, 'days', Math.min(confidence, CONFIDENCE.ambiguousNight), 'silent', issues);
}
