/**
 * Precision of a range of days, and the confidence scale. Internal.
 */
import type { DatePrecision } from '../../schema/date.js';

/**
 * A known precision (not `unknown`).
 *
 * @example
 * ```ts
 * const p: KnownPrecision = 'days';
 * ```
 */
export type KnownPrecision = Exclude<DatePrecision, 'unknown'>;

/**
 * The precision of a range given by its length in days: one day `day`, 2–6 days `days`, 7 days
 * `week`, up to 31 days `month`, longer `year` (UCDP date_prec 1–5 and ACLED time_precision 1–3
 * read the same way).
 *
 * @example
 * ```ts
 * precisionForSpan(3); //=> 'days'
 * ```
 */
export function precisionForSpan(days: number): KnownPrecision {
  if (days <= 1) return 'day';
  if (days <= 6) return 'days';
  if (days === 7) return 'week';
  if (days <= 31) return 'month';
  return 'year';
}

/**
 * Confidence of each kind of reading, 0..1: how sure the resolver is that the range holds the
 * day the text means. An explicit full date is 1.
 *
 * @example
 * ```ts
 * CONFIDENCE.explicitDay; //=> 1
 * ```
 */
export const CONFIDENCE = {
  explicitDay: 1,
  numericDayFirst: 0.95,
  numericMonthFirst: 0.8,
  explicitMonth: 0.95,
  partOfMonth: 0.9,
  explicitYear: 0.95,
  partOfYear: 0.85,
  season: 0.7,
  decade: 0.9,
  relativeDay: 0.95,
  night: 0.9,
  ambiguousNight: 0.7,
  weekdayLast: 0.85,
  weekdayBare: 0.8,
  weekdayNext: 0.6,
  thisPeriod: 0.95,
  lastPeriod: 0.95,
  lastWeek: 0.85,
  weekend: 0.8,
  agoDays: 0.9,
  agoWeeks: 0.7,
  agoMonthsYears: 0.8,
  agoHours: 0.85,
  window: 0.8,
  vague: 0.5,
  hijri: 0.9,
  /** Multiplier for a year that had to be implied from the publication date. */
  impliedYear: 0.9,
  /** Multiplier for a weekday that disagrees with the date. */
  weekdayMismatch: 0.7,
  /** Multiplier for a date given as approximate ("around 9 January"). */
  approximate: 0.8,
  /** Multiplier for an open bound ("since 2019"). */
  bound: 0.8,
  /** Confidence of an "until"/"before" bound, which gives only an end. */
  openEnd: 0.3,
  /** Multiplier for results found by the chrono-node fallback. */
  chrono: 0.9,
  /** Multiplier when several unrelated dates are joined. */
  multiple: 0.7,
} as const;
