/**
 * The date resolver: date words of news reports in Arabic and English → the schema's
 * `EventDate`, against the publication date and time zone. Built on chrono-node with this
 * library's own grammar and rules (see `resolve-expression.ts` and `parts-of-period.ts` for the
 * rules) and Node's ICU for the Hijri calendar.
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
