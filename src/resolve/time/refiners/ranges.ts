/**
 * Joins two dates into a range or a list: "from 28 February to 3 March 2021", "between March and
 * May 2019", "May and June", "2014–2017", "من 28 شباط حتى 3 آذار"، "بين شهري آذار ونيسان"،
 * "يومي السبت والأحد". A list ("May and June") gives the range that holds all its items.
 * Internal.
 */
import type { Candidate, DateExpr } from '../expression.js';

const EN_CONNECTOR = /^\s*(?:[-‐‑‒–—―−/&]|to|until|till|through|thru|and|or)\s*$/iu;
const AR_CONNECTOR = /^\s*(?:[-‐‑‒–—―−/]|إلى|الى|حتى|وحتى|لغاية|ولغاية|و|أو|او|ثم)\s*$/u;
const EN_PREFIX = /(?:^|[^\p{L}\p{N}])(?:from|between)\s+$/iu;
const AR_PREFIX = /(?:^|[^\p{L}\p{N}])[وف]?(?:ما\s*بين|بين|من)\s*$/u;

const JOINABLE = new Set<DateExpr['kind']>(['day', 'dayOfMonth', 'month', 'year', 'season', 'weekday', 'relativeDay', 'relativePeriod', 'hijri', 'decade', 'paired']);

/**
 * Merges pairs of adjacent candidates joined by a range or list connector.
 *
 * @example
 * ```ts
 * // "between March and May 2019" → one range candidate
 * mergeRanges(candidates, text, 'en').length; //=> 1
 * ```
 */
export function mergeRanges(candidates: readonly Candidate[], text: string, language: string): Candidate[] {
  const connector = language === 'ar' ? AR_CONNECTOR : EN_CONNECTOR;
  const prefix = language === 'ar' ? AR_PREFIX : EN_PREFIX;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (a === undefined) continue;
    if (b !== undefined && JOINABLE.has(a.expr.kind) && JOINABLE.has(b.expr.kind) && connector.test(text.slice(a.end, b.start))) {
      const before = text.slice(Math.max(0, a.start - 12), a.start);
      const p = prefix.exec(before);
      const previousEnd = out[out.length - 1]?.end ?? 0;
      let start = a.start;
      if (p !== null) {
        const word = p[0].replace(/^[^\p{L}\p{N}]/u, '');
        start = Math.max(previousEnd, a.start - word.length);
      }
      const merged: Candidate = { start, end: b.end, expr: { kind: 'range', from: a.expr, to: b.expr }, source: a.source === b.source ? a.source : `${a.source}+${b.source}` };
      if (a.weak === true && b.weak === true) merged.weak = true;
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
