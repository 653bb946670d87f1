/**
 * Joins a Hijri date and the Gregorian date given beside it ("15 رمضان 1442 هـ الموافق 27 نيسان
 * 2021"): the Gregorian date is used and the Hijri one checked against it. Internal.
 */
import type { Candidate } from '../expression.js';

const GAP = /^\s*[,،(（]?\s*(?:(?:ال)?موافق[ةه]?\s*(?:ل\s*)?|(?:ال)?مصادف\s*(?:ل\s*)?|corresponding\s+to\s+|i\.e\.\s*)?[(（]?\s*$/iu;

function isHijriDay(c: Candidate): boolean {
  return c.expr.kind === 'hijri' && c.expr.day !== undefined;
}

/**
 * Merges adjacent Hijri and Gregorian day candidates into one `paired` candidate.
 *
 * @example
 * ```ts
 * pairCalendars(candidates, '15 رمضان 1442 ه الموافق 27 نيسان 2021 م').length; //=> 1
 * ```
 */
export function pairCalendars(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (a === undefined) continue;
    if (b !== undefined && GAP.test(text.slice(a.end, b.start))) {
      const hijriFirst = isHijriDay(a) && b.expr.kind === 'day';
      const gregorianFirst = a.expr.kind === 'day' && isHijriDay(b);
      if (hijriFirst || gregorianFirst) {
        const [gregorian, hijri] = hijriFirst ? [b, a] : [a, b];
        let end = b.end;
        if (text[end] === ')' || text[end] === '）') end++;
        const merged: Candidate = { start: a.start, end, expr: { kind: 'paired', primary: gregorian.expr, check: hijri.expr }, source: gregorian.source };
        const issues = [...(a.issues ?? []), ...(b.issues ?? [])];
        if (issues.length > 0) merged.issues = issues;
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
