/**
 * ACLED's conventions for turning reported deaths into the `fatalities` number.
 *
 * @example
 * ```ts
 * const dozens: AcledFatalityConvention['dozens'] = ACLED_FATALITY_CONVENTION.dozens; //=> 12
 * ```
 */
export interface AcledFatalityConvention {
  /** ACLED takes the lowest figure reported. */
  readonly useLowestReportedFigure: true;
  /** "dozens" becomes this number. */
  readonly dozens: 12;
  /** "hundreds" becomes this number. */
  readonly hundreds: 100;
  /** "several", "many" and "few" become 3 or 10 depending on context: the two values. */
  readonly vague: readonly [3, 10];
  /** The words that take one of the {@link AcledFatalityConvention.vague} values. */
  readonly vagueWords: readonly string[];
  /** No mention of deaths, or only "casualties", becomes 0. */
  readonly noMention: 0;
  /** A total over several days is split across the days; the remainder goes to the first day. */
  readonly multiDayRemainder: 'first_day';
}

/**
 * ACLED's fatality conventions (codebook §1.4): the lowest reported figure is used; "several",
 * "many" or "few" become 3 or 10 depending on context; "dozens" becomes 12 and "hundreds" 100; no
 * mention or only "casualties" becomes 0; a multi-day total is split across the days, with the
 * extra fatality going to the first day. The quantity resolver applies them to text; the
 * crosswalks write `fatalities` from the lowest figure of a count.
 *
 * @example
 * ```ts
 * ACLED_FATALITY_CONVENTION.dozens; //=> 12
 * ACLED_FATALITY_CONVENTION.vague; //=> [3, 10]
 * ```
 */
export const ACLED_FATALITY_CONVENTION: AcledFatalityConvention = {
  useLowestReportedFigure: true,
  dozens: 12,
  hundreds: 100,
  vague: [3, 10],
  vagueWords: ['several', 'many', 'few'],
  noMention: 0,
  multiDayRemainder: 'first_day',
};

/**
 * Splits a fatality total reported over several days into one figure per day, as ACLED does
 * (codebook §1.4): equal shares, and the remainder ("the extra fatality") on the first day.
 *
 * @throws {RangeError} when `days` is not a positive integer or `total` not a non-negative integer.
 * @example
 * ```ts
 * splitAcledFatalities(11, 5); //=> [3, 2, 2, 2, 2]
 * ```
 */
export function splitAcledFatalities(total: number, days: number): number[] {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  const share = Math.floor(total / days);
  const out = Array.from({ length: days }, () => share);
  out[0] = share + (total - share * days);
  return out;
}
