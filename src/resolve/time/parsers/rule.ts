/**
 * A grammar rule: a regular expression over the normalized text and a function that reads a
 * match into a {@link DateExpr}. Internal.
 */
import type { Issue } from '../../../schema/issue.js';
import type { Candidate, DateExpr } from '../expression.js';

/**
 * What a rule read from one match.
 *
 * @example
 * ```ts
 * const e: Extracted = { expr: { kind: 'year', year: 2019 }, weak: true };
 * ```
 */
export interface Extracted {
  expr: DateExpr;
  /** Needs more context in running text (see {@link Candidate.weak}). */
  weak?: boolean;
  issues?: Issue[];
  /** Characters at the start of the match that are not part of the expression (a lone "من"). */
  skipStart?: number;
}

/**
 * One rule of a grammar.
 *
 * @example
 * ```ts
 * const rule: Rule = { name: 'iso', regex: /(\d{4})-(\d{2})-(\d{2})/gu, extract: (m) => ({ expr: { kind: 'day', year: +m[1]!, month: +m[2]!, day: +m[3]! } }) };
 * ```
 */
export interface Rule {
  name: string;
  /** A global (`g`) Unicode regular expression. */
  regex: RegExp;
  /** Reads a match; `null` rejects it (the search goes on one character later). */
  extract(m: RegExpExecArray, text: string): Extracted | null;
}

/**
 * Runs rules over a text and returns every candidate (overlaps included), trimmed of surrounding
 * spaces and punctuation.
 *
 * @example
 * ```ts
 * runRules(NUMERIC_RULES, 'on 2019-03-12').map((c) => [c.start, c.end]); //=> [[3, 13]]
 * ```
 */
export function runRules(rules: readonly Rule[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rules) {
    const re = r.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = r.extract(m, text);
      if (found === null) {
        re.lastIndex = m.index + 1;
        continue;
      }
      // A proclitic (و ف ب ل ك) captured by AR_LB is not part of the expression.
      const proclitic = m.groups?.pc?.length ?? 0;
      let start = m.index + Math.max(found.skipStart ?? 0, proclitic);
      let end = m.index + m[0].length;
      while (start < end && /[\s,،؛;:.()（）]/.test(text[start] ?? '')) start++;
      while (end > start && /[\s,،؛;:(（]/.test(text[end - 1] ?? '')) end--;
      const c: Candidate = { start, end, expr: found.expr, source: r.name };
      if (found.weak === true) c.weak = true;
      if (found.issues !== undefined && found.issues.length > 0) c.issues = found.issues;
      out.push(c);
    }
  }
  return out;
}

/**
 * Where the expression of a match starts: after a proclitic captured by `AR_LB`.
 *
 * @example
 * ```ts
 * expressionStart(/(?<pc>و)?آذار/u.exec('وآذار')!); //=> 1
 * ```
 */
export function expressionStart(m: RegExpExecArray): number {
  return m.index + (m.groups?.pc?.length ?? 0);
}

/**
 * Parses a decimal day or year; `undefined` for an absent group.
 *
 * @example
 * ```ts
 * int('08'); //=> 8
 * ```
 */
export function int(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? undefined : n;
}
