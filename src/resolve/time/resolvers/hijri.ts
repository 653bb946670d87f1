/**
 * Resolver of Hijri dates, months, years and feasts (Umm al-Qura, through Node's ICU). Internal.
 */
import { issue } from '../../../schema/issue.js';
import { type DayNumber, dayNumber, yearRange } from '../calendar.js';
import type { ResolvedContext } from '../date-context.js';
import type { DateExpr } from '../expression.js';
import { hasHijriCalendar, hijriDayNumber, hijriMonthRange, hijriOfDayNumber, hijriYearRange } from '../hijri.js';
import { partOfDays, partOfMonths } from '../parts-of-period.js';
import { CONFIDENCE, type KnownPrecision, precisionForSpan } from '../precision.js';
import { type Resolved, describe, invalidDate, known, needsPublication, pickOccurrence, unknown } from './shared.js';

function hijriUnavailable(): Resolved {
  return unknown([issue('error', 'hijri_unavailable', 'This Node has no islamic-umalqura calendar (small ICU); a Hijri date cannot be converted')]);
}

function hijriRange(e: Extract<DateExpr, { kind: 'hijri' }>, year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } | undefined {
  if (e.month === undefined) {
    const whole = hijriYearRange(year);
    if (whole === undefined) return undefined;
    if (e.part === undefined) return { start: whole[0], end: whole[1], precision: 'year' };
    const starts: DayNumber[] = [];
    for (let m = 1; m <= 12; m++) {
      const s = hijriDayNumber(year, m, 1);
      if (s === undefined) return undefined;
      starts.push(s);
    }
    starts.push(whole[1] + 1);
    return partOfMonths(starts, e.part) ?? { start: whole[0], end: whole[1], precision: 'year' };
  }
  if (e.day !== undefined) {
    const d = hijriDayNumber(year, e.month, e.day);
    const last = e.dayEnd === undefined ? d : hijriDayNumber(year, e.month, e.dayEnd);
    return d === undefined || last === undefined ? undefined : { start: d, end: last, precision: precisionForSpan(last - d + 1) };
  }
  const m = hijriMonthRange(year, e.month);
  if (m === undefined) return undefined;
  if (e.part === undefined) return { start: m[0], end: m[1], precision: 'month' };
  return partOfDays(m[0], m[1] - m[0] + 1, e.part);
}

/**
 * A Hijri date, month, year or feast, converted with the Umm al-Qura calendar.
 *
 * @example
 * ```ts
 * resolveHijri({ kind: 'hijri', year: 1442, month: 9, day: 15 }, ctx); //=> 27 April 2021, precision 'day'
 * ```
 */
export function resolveHijri(e: Extract<DateExpr, { kind: 'hijri' }>, ctx: ResolvedContext): Resolved {
  if (!hasHijriCalendar()) return hijriUnavailable();
  const P = ctx.published;
  if (e.year !== undefined) {
    const r = hijriRange(e, e.year);
    if (r === undefined) return invalidDate(`${e.day !== undefined ? `${String(e.day)}/` : ''}${e.month !== undefined ? `${String(e.month)}/` : ''}${String(e.year)} AH`);
    return known(r.start, r.end, r.precision, CONFIDENCE.hijri, r.precision === 'day' ? 'notice' : 'silent');
  }
  if (e.month === undefined) return unknown([issue('warning', 'unresolved_date', 'a Hijri date without month or year')]);
  if (e.gregorianYear !== undefined) {
    // "رمضان 2021": the Hijri month that begins in that Gregorian year.
    const mid = hijriOfDayNumber(dayNumber(e.gregorianYear, 7, 1)).year;
    const [gStart, gEnd] = yearRange(e.gregorianYear);
    for (const hy of [mid - 1, mid, mid + 1]) {
      const m = hijriMonthRange(hy, e.month);
      if (m !== undefined && m[0] >= gStart && m[0] <= gEnd) {
        const r = hijriRange(e, hy);
        if (r !== undefined) return known(r.start, r.end, r.precision, CONFIDENCE.hijri * CONFIDENCE.impliedYear);
      }
    }
    return invalidDate(`Hijri month ${String(e.month)} in ${String(e.gregorianYear)}`);
  }
  if (P === undefined) return needsPublication(describe(e));
  const current = hijriOfDayNumber(P).year;
  // The occurrence is chosen on the days named (a feast) or the whole month.
  const monthOnly: Extract<DateExpr, { kind: 'hijri' }> = { kind: 'hijri', month: e.month };
  if (e.day !== undefined && e.dayEnd !== undefined) {
    monthOnly.day = e.day;
    monthOnly.dayEnd = e.dayEnd;
  }
  const picked = pickOccurrence(
    (hy) => {
      const r = hijriRange(monthOnly, hy);
      return r === undefined ? undefined : [r.start, r.end];
    },
    e.qualifier,
    P,
    current,
  );
  if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the Hijri month fits the publication date')]);
  const r = hijriRange(e, picked.year);
  if (r === undefined) return invalidDate(`${e.day !== undefined ? `${String(e.day)}/` : ''}${String(e.month)}/${String(picked.year)} AH`);
  return known(r.start, r.end, r.precision, CONFIDENCE.hijri * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1));
}
