/**
 * Resolves a parsed {@link DateExpr} against the publication date into a range of days with a
 * precision and a confidence. Internal.
 *
 * **Never after the report.** An expression without its year or week ("January", "12 March", "on
 * Sunday", "رمضان") means its most recent occurrence that began on or before the publication
 * date; with "last" / "الماضي" the most recent one that ended before it ("فبراير الماضي" in a
 * February report is the February of the year before); with "this" / "الجاري" the current one.
 * A period that contains the publication date ("this month", "خلال شهر فبراير الجاري", "2021"
 * in a 2021 report) runs up to the publication date. An explicit date after publication is kept
 * and flagged.
 *
 * **Weeks.** "last week" / "الأسبوع الماضي" is the calendar week before the publication's week;
 * weeks start on Saturday in Arabic (Syria, Iraq) and on Monday otherwise (`weekStartsOn`).
 *
 * **Nights.** A night belongs to the day on whose evening it began: "last night", "overnight",
 * "ليلة أمس", "الليلة الماضية" and "مساء أمس" are the day before publication (for a morning
 * report too; the publication time is not used); "Tuesday night" and "ليل الثلاثاء" are Tuesday;
 * "ليلة 12-13 آذار" and "ليلة السبت على الأحد" are the first day. Arabic "ليلة الأحد" alone is
 * the eve of Sunday in classical usage and Sunday night in much news writing, so it gives both
 * days (Saturday–Sunday, precision `days`) and an issue.
 */
import { yearRange } from './calendar.js';
import type { ResolvedContext } from './date-context.js';
import type { DateExpr } from './expression.js';
import { partOfDecade, partOfYear } from './parts-of-period.js';
import { CONFIDENCE } from './precision.js';
import { resolveDay, resolveDayOfMonth, resolveMonth, resolveSeason } from './resolvers/calendar.js';
import { resolveApproximate, resolveBound, resolvePaired, resolveRange } from './resolvers/combined.js';
import { resolveHijri } from './resolvers/hijri.js';
import { resolveAgo, resolveRelativeDay, resolveRelativePeriod, resolveWeekday, resolveWeekend, resolveWindow } from './resolvers/relative.js';
import { type Resolved, known } from './resolvers/shared.js';

export type { Resolved } from './resolvers/shared.js';

/**
 * Resolves one expression against the context.
 *
 * @example
 * ```ts
 * resolveExpr({ kind: 'weekday', weekday: 0 }, resolveContext('', { published: '2021-02-22' })).start; //=> <2021-02-21>
 * ```
 */
export function resolveExpr(e: DateExpr, ctx: ResolvedContext): Resolved {
  switch (e.kind) {
    case 'day':
      return resolveDay(e, ctx);
    case 'dayOfMonth':
      return resolveDayOfMonth(e, ctx);
    case 'month':
      return resolveMonth(e, ctx);
    case 'year':
      if (e.part !== undefined) {
        const r = partOfYear(e.year, e.part);
        return known(r.start, r.end, r.precision, CONFIDENCE.partOfYear);
      } else {
        const [start, end] = yearRange(e.year);
        return known(start, end, 'year', CONFIDENCE.explicitYear);
      }
    case 'season':
      return resolveSeason(e, ctx);
    case 'weekday':
      return resolveWeekday(e, ctx);
    case 'relativeDay':
      return resolveRelativeDay(e, ctx);
    case 'relativePeriod':
      return resolveRelativePeriod(e, ctx);
    case 'weekend':
      return resolveWeekend(e, ctx);
    case 'ago':
      return resolveAgo(e, ctx);
    case 'window':
      return resolveWindow(e, ctx);
    case 'hijri':
      return resolveHijri(e, ctx);
    case 'decade': {
      const r = partOfDecade(e.start, e.part);
      return known(r.start, r.end, 'year', CONFIDENCE.decade);
    }
    case 'range':
      return resolveRange(e, ctx);
    case 'bound':
      return resolveBound(e, ctx);
    case 'paired':
      return resolvePaired(e, ctx);
    case 'approximate':
      return resolveApproximate(e, ctx);
  }
}
