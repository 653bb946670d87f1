/**
 * Dates written with numbers, in any language: ISO `2019-03-12`, `2019/03/12`, and day-first
 * `12/3/2019`, `12.3.2019`, `12-3-2019`, `12/3/19`, and month/year `3/2019`.
 *
 * **Order rule.** A date of three numbers with the year last is read day/month/year, as Arabic
 * and British usage write it (and as the ACLED CSV export does), whatever the language. When the
 * second number cannot be a month (`3/25/2019`) and the first can, it is read month/day/year
 * (US usage) and an issue says so. Internal.
 */
import { issue } from '../../../schema/issue.js';
import type { DateExpr } from '../expression.js';
import { rule } from '../patterns.js';
import { type Rule, int } from './rule.js';

const NOT_BEFORE = '(?<![\\p{L}\\p{N}]|[/.\\-]\\d)';
const NOT_AFTER = '(?![\\p{L}\\p{N}]|[/.\\-]\\d)';

/** `2019-03-12`, `2019-03-12T10:00:00Z`, `2019/3/12`. */
const isoDate: Rule = {
  name: 'numeric-iso',
  regex: rule(
    `${NOT_BEFORE}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?${NOT_AFTER}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const [year, month, day] = [int(g.y), int(g.m), int(g.d)];
    if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { expr: { kind: 'day', year, month, day, numeric: 'iso' } };
  },
};

/** `12/3/2019`, `12.3.2019`, `12-3-2019`, `12/3/19`. */
const dayFirstDate: Rule = {
  name: 'numeric-dmy',
  regex: rule(`${NOT_BEFORE}(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{4}|\\d{2})${NOT_AFTER}`),
  extract(m) {
    const g = m.groups ?? {};
    const [a, b, c] = [int(g.a), int(g.b), int(g.c)];
    if (a === undefined || b === undefined || c === undefined || a < 1 || b < 1) return null;
    const year = (g.c ?? '').length === 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
    let expr: DateExpr;
    const issues = [];
    if (b <= 12 && a <= 31) {
      expr = { kind: 'day', day: a, month: b, year, numeric: 'dmy' };
    } else if (a <= 12 && b <= 31) {
      expr = { kind: 'day', day: b, month: a, year, numeric: 'mdy' };
      issues.push(issue('info', 'numeric_date_order', `"${m[0]}" cannot be day/month/year (there is no month ${String(b)}); read it as month/day/year`));
    } else {
      return null;
    }
    // Two-digit years with dots look like version numbers or scores: only count with more context.
    return { expr, issues, weak: (g.c ?? '').length === 2 && g.sep !== '/' };
  },
};

/** `3/2019`: a month. */
const monthYear: Rule = {
  name: 'numeric-month-year',
  regex: rule(`${NOT_BEFORE}(?<m>\\d{1,2})/(?<y>\\d{4})${NOT_AFTER}`),
  extract(m) {
    const g = m.groups ?? {};
    const [month, year] = [int(g.m), int(g.y)];
    if (month === undefined || year === undefined || month < 1 || month > 12 || year < 1900 || year > 2099) return null;
    return { expr: { kind: 'month', month, year } };
  },
};

/**
 * The numeric rules.
 *
 * @example
 * ```ts
 * runRules(NUMERIC_RULES, '12/3/2019')[0]?.expr; //=> { kind: 'day', day: 12, month: 3, year: 2019, numeric: 'dmy' }
 * ```
 */
export const NUMERIC_RULES: readonly Rule[] = [isoDate, dayFirstDate, monthYear];
