/**
 * Hijri (Islamic, Umm al-Qura) ↔ Gregorian conversion with Node's own ICU (`islamic-umalqura`
 * calendar); no dependency. `Intl` only formats, so a Hijri date is converted by estimating the
 * day with the tabular Islamic calendar and then searching the days around it with
 * `formatToParts` until the Umm al-Qura date matches.
 *
 * Umm al-Qura is the Saudi official calendar; the months a report means may start a day earlier
 * or later where they follow a local moon sighting (Syria, Iraq), so a Hijri day is exact only to
 * within a day. ICU tabulates Umm al-Qura for 1300–1600 AH and computes other years arithmetically.
 */
import { type DayNumber, dayNumber, formatDay, isValidDate } from './calendar.js';

/**
 * A date of the Hijri (Umm al-Qura) calendar; month 1 = Muharram … 12 = Dhu al-Hijja.
 *
 * @example
 * ```ts
 * const ramadan15: HijriDate = { year: 1442, month: 9, day: 15 };
 * ```
 */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
let formatter: Intl.DateTimeFormat | undefined;

/**
 * True when this Node has full ICU with the `islamic-umalqura` calendar (official Node builds do;
 * some distribution builds ship small-icu).
 *
 * @example
 * ```ts
 * hasHijriCalendar(); //=> true
 * ```
 */
export function hasHijriCalendar(): boolean {
  try {
    umalqura();
    return true;
  } catch {
    return false;
  }
}

function umalqura(): Intl.DateTimeFormat {
  if (formatter !== undefined) return formatter;
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  if (f.resolvedOptions().calendar !== 'islamic-umalqura') {
    throw new Error(
      'Hijri dates need Node built with full ICU (the islamic-umalqura calendar is missing); ' +
        'official Node builds have it, small-icu distribution builds do not',
    );
  }
  formatter = f;
  return f;
}

function hijriOfDay(n: DayNumber): HijriDate {
  const parts = umalqura().formatToParts(n * MS_PER_DAY);
  let year = NaN;
  let month = NaN;
  let day = NaN;
  for (const p of parts) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
  }
  return { year, month, day };
}

/** Day number of 1 Muharram 1 AH (16 July 622 Julian = 19 July 622 proleptic Gregorian). */
const EPOCH = dayNumber(622, 7, 19);

/** The tabular (arithmetic) Islamic calendar's estimate of a Hijri date, within a day or two of Umm al-Qura. */
function estimate(year: number, month: number, day: number): DayNumber {
  return EPOCH + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + day - 1;
}

/**
 * The day number of a Hijri date, or `undefined` when the date does not exist (e.g. 30 Safar in
 * a year where Safar has 29 days). Internal, non-throwing; needs full ICU.
 *
 * @example
 * ```ts
 * formatDay(hijriDayNumber(1440, 7, 16)!); //=> '2019-03-23'
 * ```
 */
export function hijriDayNumber(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const guess = estimate(year, month, day);
  for (let delta = 0; delta <= 5; delta++) {
    for (const n of delta === 0 ? [guess] : [guess - delta, guess + delta]) {
      const h = hijriOfDay(n);
      if (h.year === year && h.month === month && h.day === day) return n;
    }
  }
  return undefined;
}

/**
 * The first and last day numbers of a Hijri month. Internal.
 *
 * @example
 * ```ts
 * hijriMonthRange(1442, 9)!.map(formatDay); //=> ['2021-04-13', '2021-05-12']
 * ```
 */
export function hijriMonthRange(year: number, month: number): [DayNumber, DayNumber] | undefined {
  const start = hijriDayNumber(year, month, 1);
  const next = month === 12 ? hijriDayNumber(year + 1, 1, 1) : hijriDayNumber(year, month + 1, 1);
  if (start === undefined || next === undefined) return undefined;
  return [start, next - 1];
}

/**
 * The first and last day numbers of a Hijri year. Internal.
 *
 * @example
 * ```ts
 * hijriYearRange(1442)!.map(formatDay); //=> ['2020-08-20', '2021-08-08']
 * ```
 */
export function hijriYearRange(year: number): [DayNumber, DayNumber] | undefined {
  const start = hijriDayNumber(year, 1, 1);
  const next = hijriDayNumber(year + 1, 1, 1);
  if (start === undefined || next === undefined) return undefined;
  return [start, next - 1];
}

/**
 * The Hijri date of a day number. Internal.
 *
 * @example
 * ```ts
 * hijriOfDayNumber(dayNumber(2019, 3, 23)); //=> { year: 1440, month: 7, day: 16 }
 * ```
 */
export function hijriOfDayNumber(n: DayNumber): HijriDate {
  return hijriOfDay(n);
}

/**
 * Converts a Hijri (Umm al-Qura) date to a Gregorian calendar date `YYYY-MM-DD`, with Node's ICU.
 * Throws a `RangeError` when the numbers are not a date of that calendar, and an `Error` when
 * Node lacks full ICU.
 *
 * @example
 * ```ts
 * hijriToGregorian(1440, 7, 16); //=> '2019-03-23'
 * hijriToGregorian(1442, 9, 15); //=> '2021-04-27'
 * ```
 */
export function hijriToGregorian(year: number, month: number, day: number): string {
  const n = hijriDayNumber(year, month, day);
  if (n === undefined) {
    throw new RangeError(`hijriToGregorian: ${String(day)}/${String(month)}/${String(year)} AH is not a date of the Umm al-Qura calendar`);
  }
  return formatDay(n);
}

/**
 * Converts a Gregorian date to the Hijri (Umm al-Qura) calendar, with Node's ICU. Throws a
 * `RangeError` for a date that does not exist, and an `Error` when Node lacks full ICU.
 *
 * @example
 * ```ts
 * gregorianToHijri(2019, 3, 23); //=> { year: 1440, month: 7, day: 16 }
 * ```
 */
export function gregorianToHijri(year: number, month: number, day: number): HijriDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`gregorianToHijri: ${String(year)}-${String(month)}-${String(day)} is not a Gregorian date`);
  }
  return hijriOfDay(dayNumber(year, month, day));
}
