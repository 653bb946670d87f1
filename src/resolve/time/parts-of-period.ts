/**
 * Parts of a month, a year, a week, a season or a decade ("early October", "أواخر مارس", "the
 * end of 2019", "the first half of 2019", "منتصف الأسبوع الماضي").
 *
 * **The rule.** A part narrows the range of the period it is a part of, and keeps the precision
 * of that period, because a coder knows no more than "some day in that month (year)":
 *
 * | part | of a month | of a year | of a week (7 days) |
 * |---|---|---|---|
 * | early / beginning / start (مطلع، أوائل، بداية، مستهل) | days 1–10 | January–April | days 1–3 |
 * | mid / middle (منتصف، أواسط، وسط) | days 11–20 | May–August | days 3–5 |
 * | late / end (أواخر، نهاية، آخر، ختام) | day 21 – last day | September–December | days 5–7 |
 * | first half (النصف الأول) | days 1–15 | January–June | days 1–4 |
 * | second half (النصف الثاني) | day 16 – last day | July–December | days 4–7 |
 * | first … fourth quarter (الربع الأول …) | — | three months each | — |
 * | first / second / third / fourth week (الأسبوع الأول …) | days 1–7, 8–14, 15–21, 22–28 | the first … fourth 7 days of January | — |
 * | last week (الأسبوع الأخير) | the last 7 days | 25–31 December | — |
 *
 * Precision: a part of a month is `month` (ACLED time_precision 3 and UCDP date_prec 4 treat
 * "early/late in the month" as month-precise); a week of a month is `week`; a part of a year is
 * `year`, or `month` when the part is one calendar month; a part of a week is `week`. Early, mid
 * and late are thirds; a season (three months) splits into its months; a decade into
 * 0–3, 4–6 and 7–9.
 */
import { type DayNumber, addMonths, dayNumber, daysInMonth, monthRange } from './calendar.js';

/**
 * A part of a period, as read from the text.
 *
 * @example
 * ```ts
 * const late: Part = 'late'; // أواخر، نهاية، late, the end of
 * ```
 */
export type Part =
  | 'early'
  | 'mid'
  | 'late'
  | 'firstHalf'
  | 'secondHalf'
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'week1'
  | 'week2'
  | 'week3'
  | 'week4'
  | 'lastWeek';

/**
 * A range narrowed by a part, with the precision it keeps.
 *
 * @example
 * ```ts
 * partOfMonth(2019, 10, 'early'); //=> { start: <2019-10-01>, end: <2019-10-10>, precision: 'month' }
 * ```
 */
export interface PartRange {
  start: DayNumber;
  end: DayNumber;
  precision: 'week' | 'month' | 'year';
}

/**
 * The part of a Gregorian month.
 *
 * @example
 * ```ts
 * partOfMonth(2019, 3, 'late'); //=> 21–31 March 2019, precision 'month'
 * ```
 */
export function partOfMonth(year: number, month: number, part: Part): PartRange {
  return partOfDays(dayNumber(year, month, 1), daysInMonth(year, month), part);
}

/**
 * The part of a month given as a run of days (also used for Hijri months, whose length varies).
 *
 * @example
 * ```ts
 * partOfDays(hijriMonthRange(1442, 9)![0], 30, 'late'); //=> 21–30 Ramadan 1442
 * ```
 */
export function partOfDays(first: DayNumber, length: number, part: Part): PartRange {
  const last = first + length - 1;
  const days = (a: number, b: number, precision: PartRange['precision'] = 'month'): PartRange => ({
    start: first + a - 1,
    end: Math.min(first + b - 1, last),
    precision,
  });
  switch (part) {
    case 'early':
      return days(1, 10);
    case 'mid':
      return days(11, 20);
    case 'late':
      return days(21, length);
    case 'firstHalf':
      return days(1, 15);
    case 'secondHalf':
      return days(16, length);
    case 'week1':
      return days(1, 7, 'week');
    case 'week2':
      return days(8, 14, 'week');
    case 'week3':
      return days(15, 21, 'week');
    case 'week4':
      return days(22, 28, 'week');
    case 'lastWeek':
      return days(length - 6, length, 'week');
    case 'q1':
    case 'q2':
    case 'q3':
    case 'q4':
      // A quarter of a month is not something reports say; keep the whole month.
      return days(1, length);
  }
}

/**
 * The months (first, last; 1–12) a part of a year covers, or `undefined` for week parts.
 */
function monthsOfYearPart(part: Part): [number, number] | undefined {
  switch (part) {
    case 'early':
      return [1, 4];
    case 'mid':
      return [5, 8];
    case 'late':
      return [9, 12];
    case 'firstHalf':
      return [1, 6];
    case 'secondHalf':
      return [7, 12];
    case 'q1':
      return [1, 3];
    case 'q2':
      return [4, 6];
    case 'q3':
      return [7, 9];
    case 'q4':
      return [10, 12];
    default:
      return undefined;
  }
}

/**
 * The part of a Gregorian year.
 *
 * @example
 * ```ts
 * partOfYear(2019, 'late'); //=> 1 September – 31 December 2019, precision 'year'
 * ```
 */
export function partOfYear(year: number, part: Part): PartRange {
  const months = monthsOfYearPart(part);
  if (months !== undefined) {
    const [a, b] = months;
    return { start: monthRange(year, a)[0], end: monthRange(year, b)[1], precision: a === b ? 'month' : 'year' };
  }
  const jan1 = dayNumber(year, 1, 1);
  switch (part) {
    case 'week1':
      return { start: jan1, end: jan1 + 6, precision: 'week' };
    case 'week2':
      return { start: jan1 + 7, end: jan1 + 13, precision: 'week' };
    case 'week3':
      return { start: jan1 + 14, end: jan1 + 20, precision: 'week' };
    case 'week4':
      return { start: jan1 + 21, end: jan1 + 27, precision: 'week' };
    default: {
      const dec31 = dayNumber(year, 12, 31);
      return { start: dec31 - 6, end: dec31, precision: 'week' };
    }
  }
}

/**
 * The part of a run of whole months (a season, a Hijri year as months): early / mid / late are
 * the first, middle and last third of the months; halves split them. `monthStarts` holds the first
 * day of each month and one past the last.
 *
 * @example
 * ```ts
 * partOfMonths(seasonMonths('summer', 2019), 'late'); //=> August 2019, precision 'month'
 * ```
 */
export function partOfMonths(monthStarts: readonly DayNumber[], part: Part): PartRange | undefined {
  const count = monthStarts.length - 1;
  if (count < 1) return undefined;
  const span = (a: number, b: number): PartRange => ({
    start: monthStarts[a] ?? 0,
    end: (monthStarts[b + 1] ?? 0) - 1,
    precision: a === b ? 'month' : 'year',
  });
  const third = count / 3;
  switch (part) {
    case 'early':
      return span(0, Math.max(0, Math.ceil(third) - 1));
    case 'mid':
      return span(Math.floor(third), Math.max(Math.floor(third), Math.ceil(2 * third) - 1));
    case 'late':
      return span(Math.floor(2 * third), count - 1);
    case 'firstHalf':
      return span(0, Math.ceil(count / 2) - 1);
    case 'secondHalf':
      return span(Math.floor(count / 2), count - 1);
    default:
      return undefined;
  }
}

/**
 * The months of a season in the Northern hemisphere, as (year, month) of its first month and its
 * length: spring March–May, summer June–August, autumn September–November, winter December of
 * the year before to February (winter 2019 = December 2018 – February 2019, the meteorological
 * convention; "winter 2019–2020" is December 2019 – February 2020).
 *
 * @example
 * ```ts
 * seasonMonths('winter', 2020).map(formatDay); //=> ['2019-12-01', '2020-01-01', '2020-02-01', '2020-03-01']
 * ```
 */
export function seasonMonths(season: Season, year: number): DayNumber[] {
  const first = season === 'spring' ? { year, month: 3 } : season === 'summer' ? { year, month: 6 } : season === 'autumn' ? { year, month: 9 } : { year: year - 1, month: 12 };
  const starts: DayNumber[] = [];
  for (let i = 0; i <= 3; i++) {
    const ym = addMonths(first.year, first.month, i);
    starts.push(dayNumber(ym.year, ym.month, 1));
  }
  return starts;
}

/**
 * A season of the Northern hemisphere.
 *
 * @example
 * ```ts
 * const s: Season = 'autumn'; // also 'fall', الخريف
 * ```
 */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * The part of a week that starts on `first`.
 *
 * @example
 * ```ts
 * partOfWeek(dayNumber(2021, 2, 15), 'late'); //=> 19–21 February 2021, precision 'week'
 * ```
 */
export function partOfWeek(first: DayNumber, part: Part): PartRange {
  switch (part) {
    case 'early':
      return { start: first, end: first + 2, precision: 'week' };
    case 'mid':
      return { start: first + 2, end: first + 4, precision: 'week' };
    case 'late':
      return { start: first + 4, end: first + 6, precision: 'week' };
    case 'firstHalf':
      return { start: first, end: first + 3, precision: 'week' };
    case 'secondHalf':
      return { start: first + 3, end: first + 6, precision: 'week' };
    default:
      return { start: first, end: first + 6, precision: 'week' };
  }
}

/**
 * The part of a decade starting in `startYear` (the 1990s: 1990).
 *
 * @example
 * ```ts
 * partOfDecade(1980, 'late'); //=> 1987–1989, precision 'year'
 * ```
 */
export function partOfDecade(startYear: number, part: Part | undefined): PartRange {
  const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : part === 'firstHalf' ? [0, 4] : part === 'secondHalf' ? [5, 9] : [0, 9];
  return { start: dayNumber(startYear + a, 1, 1), end: dayNumber(startYear + b, 12, 31), precision: 'year' };
}
