import { type DateContext, resolveContext } from './date-context.js';
import { findCandidates } from './find-candidates.js';
import { type DateResolution, finalize, languageIssues, resolveCandidate, union, unresolved } from './finalize.js';
import { normalizeForDates } from './normalized-text.js';

/**
 * Resolves the date words of a news report ("شهر يناير الماضي", "early October 2019", "أول
 * أمس", "On Sunday") into the schema's `EventDate` (`{ start, end, precision, text }`), against
 * the report's publication date and time zone, in Arabic and English.
 *
 * The whole text is taken to be one date expression (an annotated span). Several dates in it
 * give the range that holds them all. What cannot be resolved gives precision `unknown`, the
 * text, the publication date as `end` and an `unresolved_date` issue; nothing is invented.
 * Relative expressions without `published` give precision `unknown` and a
 * `publication_date_needed` issue. Invalid options throw a `RangeError` (`TypeError` for wrong
 * types).
 *
 * Rules (see the module documentation for all of them): an event never lies after its report —
 * a bare weekday or month means the last one, "this month" / "الجاري" runs from the 1st to the
 * publication date, a date after publication is flagged; parts of months are thirds (1–10,
 * 11–20, 21–end, precision `month`), parts of years are thirds of the year (precision `year`);
 * ranges take their precision from their length (2–6 days `days`, 7 `week`, up to 31 `month`,
 * else `year`); `12/3/2019` is day/month/year; "last night" is the day before publication.
 *
 * @example
 * ```ts
 * resolveDate('في شهر يناير الماضي', { published: '2021-02-22' }).value;
 * //=> { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'في شهر يناير الماضي' }
 * resolveDate('مطلع تشرين الأول/أكتوبر من عام 2019', { published: '2021-02-22' }).value;
 * //=> { start: '2019-10-01', end: '2019-10-10', precision: 'month', text: … }
 * resolveDate('On Sunday', { published: '2021-02-22', language: 'en' }).value;
 * //=> { start: '2021-02-21', end: '2021-02-21', precision: 'day', text: 'On Sunday' }
 * ```
 */
export function resolveDate(text: string, context: DateContext = {}): DateResolution {
  if (typeof text !== 'string') throw new TypeError(`resolveDate: text must be a string, got ${typeof text}`);
  const ctx = resolveContext(text, context);
  const extra = languageIssues(ctx);
  const normalized = normalizeForDates(text);
  const candidates = findCandidates(normalized.text, ctx, true);
  if (candidates.length === 0) return unresolved(text, ctx, extra);
  const resolved = union(candidates.map((c) => resolveCandidate(c, ctx)));
  const out = finalize(resolved, text, ctx);
  if (extra.length > 0) out.issues.unshift(...extra);
  return out;
}
