import type { Issue, Result } from '../../schema/issue.js';
import { type DateContext, resolveContext } from './date-context.js';
import { findCandidates } from './find-candidates.js';
import { type DateResolution, finalize, languageIssues, resolveCandidate } from './finalize.js';
import { normalizeForDates, toOriginalRange } from './normalized-text.js';

/**
 * A date expression found in running text, with its resolution.
 *
 * @example
 * ```ts
 * const found: FoundDate = findDates('قتل أمس', { published: '2021-02-22' }).value[0]!;
 * found; //=> { start: 4, end: 7, text: 'أمس', value: { start: '2021-02-21', … }, confidence: 0.95, issues: [] }
 * ```
 */
export interface FoundDate extends DateResolution {
  /** Code-point offset of the first character of the expression in the text. */
  start: number;
  /** Code-point offset just after the expression. */
  end: number;
  /** The words of the expression, as written in the text (with their vowel marks, if any). */
  text: string;
}

/**
 * Finds every date expression in running text ("قتل أمس في ريف دير الزور … منذ مطلع العام"),
 * with code-point offsets into the original text and the resolution of each (see
 * {@link resolveDate} for the rules). Useful to group the events of unannotated documents.
 *
 * Words that are dates only in context (English "May" and "March", Arabic "مارس" and
 * "رمضان", a bare "2019") count only with that context (a day, a year, "شهر", "in"). Every
 * issue is also returned at the top level with its `span`.
 *
 * @example
 * ```ts
 * const { value } = findDates('وقتل ثلاثة مدنيين أمس، بعد هجوم مماثل في أواخر مارس من عام 2019', { published: '2021-02-22' });
 * value.map((d) => [d.text, d.value.start, d.value.end]);
 * //=> [['أمس', '2021-02-21', '2021-02-21'], ['أواخر مارس من عام 2019', '2019-03-21', '2019-03-31']]
 * ```
 */
export function findDates(text: string, context: DateContext = {}): Result<FoundDate[]> {
  if (typeof text !== 'string') throw new TypeError(`findDates: text must be a string, got ${typeof text}`);
  const ctx = resolveContext(text, context);
  const normalized = normalizeForDates(text);
  const codePoints = Array.from(text);
  const issues: Issue[] = languageIssues(ctx);
  const value: FoundDate[] = [];
  for (const c of findCandidates(normalized.text, ctx, false)) {
    const [start, end] = toOriginalRange(normalized, c.start, c.end);
    const words = codePoints.slice(start, end).join('');
    const resolution = finalize(resolveCandidate(c, ctx), words, ctx);
    const spanIssues = resolution.issues.map((i) => ({ ...i, span: [start, end] as [number, number] }));
    value.push({ start, end, text: words, ...resolution, issues: spanIssues });
    issues.push(...spanIssues);
  }
  return { value, issues };
}
