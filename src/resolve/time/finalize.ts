/**
 * Turns a resolved range into the schema's `EventDate`, checked against the publication date.
 * Internal.
 */
import type { EventDate } from '../../schema/date.js';
import { issue, type Issue } from '../../schema/issue.js';
import { formatDay } from './calendar.js';
import type { ResolvedContext } from './date-context.js';
import type { Candidate } from './expression.js';
import { CONFIDENCE, precisionForSpan } from './precision.js';
import { type Resolved, resolveExpr } from './resolve-expression.js';

/**
 * What the resolver made of a date expression: the date in the schema's shape, how sure it is
 * (0..1) and the issues found.
 *
 * @example
 * ```ts
 * const r: DateResolution = resolveDate('في شهر يناير الماضي', { published: '2021-02-22' });
 * r.value; //=> { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'في شهر يناير الماضي' }
 * ```
 */
export interface DateResolution {
  /** The date; `text` always holds the original words. */
  value: EventDate;
  /** How sure the resolver is, 0..1: 1 for an explicit full date, 0 when nothing was resolved. */
  confidence: number;
  issues: Issue[];
}

/**
 * Resolves a candidate, with its parse issues and the chrono discount.
 *
 * @example
 * ```ts
 * resolveCandidate({ start: 0, end: 3, expr: { kind: 'relativeDay', offset: -1 }, source: 'ar-relative-day' }, ctx).start; //=> the day before publication
 * ```
 */
export function resolveCandidate(c: Candidate, ctx: ResolvedContext): Resolved {
  const r = resolveExpr(c.expr, ctx);
  const issues = [...(c.issues ?? []), ...r.issues];
  const confidence = c.source.includes('chrono') ? r.confidence * CONFIDENCE.chrono : r.confidence;
  return { ...r, issues, confidence };
}

/**
 * Joins several resolved dates of one span into the range that holds them all.
 *
 * @example
 * ```ts
 * union([sunday, february12]); //=> the range 12–21 February, precision 'month', with a multiple_dates issue
 * ```
 */
export function union(parts: readonly Resolved[]): Resolved {
  const knownParts = parts.filter((p) => p.precision !== 'unknown' && p.start !== undefined && p.end !== undefined);
  const issues = parts.flatMap((p) => p.issues);
  if (knownParts.length === 0) return parts[0] ?? { precision: 'unknown', confidence: 0, issues, clip: 'silent' };
  if (knownParts.length === 1 && knownParts[0] !== undefined) return { ...knownParts[0], issues };
  let start = Infinity;
  let end = -Infinity;
  for (const p of knownParts) {
    start = Math.min(start, p.start ?? Infinity);
    end = Math.max(end, p.end ?? -Infinity);
  }
  issues.push(issue('info', 'multiple_dates', `The text holds ${String(knownParts.length)} date expressions; gave the range that holds them all`));
  return {
    start,
    end,
    precision: precisionForSpan(end - start + 1),
    confidence: Math.min(...knownParts.map((p) => p.confidence)) * CONFIDENCE.multiple,
    issues,
    clip: knownParts.some((p) => p.clip === 'notice') ? 'notice' : 'silent',
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * The final {@link DateResolution} of a resolved range.
 *
 * @example
 * ```ts
 * finalize(resolveExpr({ kind: 'relativePeriod', unit: 'month', offset: 0 }, ctx), 'this month', ctx).value;
 * //=> { start: '2021-02-01', end: '2021-02-22', precision: 'month', text: 'this month' }
 * ```
 */
export function finalize(r: Resolved, text: string, ctx: ResolvedContext): DateResolution {
  const P = ctx.published;
  const issues = [...r.issues];
  if (r.precision === 'unknown' || r.start === undefined || r.end === undefined) {
    const value: EventDate = { precision: 'unknown', text };
    if (r.start !== undefined) value.start = formatDay(r.start);
    const end = r.end ?? P;
    if (end !== undefined && (r.start === undefined || end >= r.start)) value.end = formatDay(end);
    return { value, confidence: round(r.confidence), issues };
  }
  let end = r.end;
  if (P !== undefined) {
    if (r.start > P) {
      issues.push(
        issue('warning', 'date_after_publication', `"${text}" resolves to ${formatDay(r.start)}, after the publication date ${formatDay(P)}; kept as given`),
      );
    } else if (end > P) {
      end = P;
      if (r.clip === 'notice') {
        issues.push(issue('info', 'date_clipped_to_publication', `"${text}" runs past the publication date ${formatDay(P)}; ended the range there`));
      }
    }
  }
  return { value: { start: formatDay(r.start), end: formatDay(end), precision: r.precision, text }, confidence: round(r.confidence), issues };
}

/**
 * The resolution of a text in which no date was found.
 *
 * @example
 * ```ts
 * unresolved('قريباً', ctx).value; //=> { precision: 'unknown', text: 'قريباً', end: '2021-02-22' }
 * ```
 */
export function unresolved(text: string, ctx: ResolvedContext, extra: Issue[] = []): DateResolution {
  const value: EventDate = { precision: 'unknown', text };
  if (ctx.published !== undefined) value.end = formatDay(ctx.published);
  return {
    value,
    confidence: 0,
    issues: [...extra, issue('warning', 'unresolved_date', `No date found in "${text}"; kept as text with precision unknown`)],
  };
}

/**
 * Issues about the language of the context.
 *
 * @example
 * ```ts
 * languageIssues(resolveContext('x', { language: 'tr' }))[0]?.code; //=> 'unsupported_language'
 * ```
 */
export function languageIssues(ctx: ResolvedContext): Issue[] {
  if (ctx.support === 'numeric') {
    return [issue('warning', 'unsupported_language', `Dates in language "${ctx.language}" are read from numbers only (ISO, day/month/year)`)];
  }
  if (ctx.support === 'chrono') {
    return [issue('info', 'partial_language_support', `Dates in language "${ctx.language}" are read by chrono-node's parser with this library's rules; Arabic and English have the full grammar`)];
  }
  return [];
}
