/**
 * The date resolver: the date words of news reports in Arabic and English → the schema's
 * `EventDate` (`{ start, end, precision, text }`), against the publication date and time zone.
 *
 * How it reads text: this library's own grammar for Arabic and English (Levantine, Iraqi,
 * Egyptian/Gulf and Maghrebi month names, paired names, Arabic-Indic digits, vowel marks and
 * tatweel, Hijri dates and the two feasts), with chrono-node 2.10.3 as the fallback for what the
 * grammar leaves of a span and as the parser of its other locales; Node's ICU converts Hijri
 * dates (Umm al-Qura).
 *
 * The rules, in one place:
 * - **Never after the report.** A weekday, month, day or season without its year means the last
 *   one on or before the publication date ("On Sunday" in a Monday report is the day before; on a
 *   Sunday it is that day); with "last" / "الماضي" the last one strictly before; "this month",
 *   "الجاري", "الحالي" run from the 1st to the publication date. A date after publication is
 *   kept and flagged (`date_after_publication`).
 * - **Parts of periods** narrow the range and keep the period's precision: early / mid / late
 *   of a month are days 1–10, 11–20, 21–end (precision `month`); of a year, January–April,
 *   May–August, September–December (precision `year`); halves, quarters and weeks likewise (see
 *   `parts-of-period.ts`). Seasons are Northern meteorological (spring = March–May; winter 2019 =
 *   December 2018 – February 2019).
 * - **Ranges and lists** ("1–3 March", "بين 1 و3 آذار", "May and June") take their precision
 *   from their length: 1 day `day`, 2–6 `days`, 7 `week`, up to 31 `month`, else `year`.
 * - **Weeks**: "last week" is the calendar week before the publication's; weeks start on
 *   Saturday in Arabic (Syria, Iraq) and Monday otherwise (`weekStartsOn`).
 * - **Nights** belong to the day on whose evening they began: "last night", "ليلة أمس" = the day
 *   before publication, whatever the hour of publication. Arabic "ليلة الأحد" alone gives
 *   Saturday–Sunday (`days`) with an issue.
 * - **Numbers**: `12/3/2019` is day/month/year in every language; `3/25/2019` (no 25th month) is
 *   read month/day/year with an issue; ISO `2019-03-12`.
 * - **Approximate** ("around 9 January", "نحو"): a day widens to the 7 days around it (`week`).
 * - **Open bounds**: "since 2019" runs to publication; "before March 2011" gives only an end
 *   (precision `unknown`).
 * - **Nothing invented**: what cannot be read is precision `unknown` with the text, the
 *   publication date as `end` and an issue; relative words without a publication date ask for one.
 *
 * @example
 * ```ts
 * import { resolveDate, findDates } from 'conflict-events';
 * resolveDate('أواخر مارس من عام 2019', { published: '2021-02-22' }).value;
 * //=> { start: '2019-03-21', end: '2019-03-31', precision: 'month', text: 'أواخر مارس من عام 2019' }
 * findDates(reportText, { published: '2021-02-22', timeZone: 'Asia/Damascus' }).value.map((d) => d.text);
 * ```
 *
 * @packageDocumentation
 */
export { resolveDate } from './resolve-date.js';
export { findDates } from './find-dates.js';
export type { FoundDate } from './find-dates.js';
export type { DateResolution } from './finalize.js';
export type { DateContext } from './date-context.js';
export { hijriToGregorian, gregorianToHijri, hasHijriCalendar } from './hijri.js';
export type { HijriDate } from './hijri.js';
