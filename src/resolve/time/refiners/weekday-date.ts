/**
 * Joins a weekday to the date that follows it ("Sunday, 21 February", "يوم الأحد 21 شباط",
 * "الأحد الموافق 21 شباط"), so that the weekday is checked against the date instead of being
 * read as a second date. Internal.
 */
import type { Candidate } from '../expression.js';

const GAP = /^\s*[,،]?\s*(?:the\s+|on\s+|في\s*)?(?:(?:ال)?موافق[ةه]?\s*(?:ل\s*)?|(?:ال)?مصادف\s*(?:ل\s*)?)?\s*$/iu;

/**
 * Merges each weekday candidate with an immediately following day candidate.
 *
 * @example
 * ```ts
 * // "Sunday, 21 February 2021": weekday + day → one day candidate with weekday 0
 * mergeWeekdayWithDate(candidates, text).length; //=> 1
 * ```
 */
export function mergeWeekdayWithDate(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (a === undefined) continue;
    if (b !== undefined && a.expr.kind === 'weekday' && b.expr.kind === 'day' && a.expr.qualifier !== 'next' && GAP.test(text.slice(a.end, b.start))) {
      const expr = { ...b.expr, weekday: a.expr.weekday };
      const night = a.expr.night ?? b.expr.night;
      if (night !== undefined) expr.night = night;
      const merged: Candidate = { start: a.start, end: b.end, expr, source: b.source };
      const issues = [...(a.issues ?? []), ...(b.issues ?? [])];
      if (issues.length > 0) merged.issues = issues;
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
