/**
 * Reads the word before a date that makes it approximate: "around 9 January", "about mid-March",
 * "circa 2015", "نحو منتصف آذار"، "حوالي 12 آذار"، "قرابة نهاية العام". A day widens to the
 * 7 days centred on it (precision `week`, as ACLED codes "around X (as reported)"). Internal.
 */
import type { Candidate, DateExpr } from '../expression.js';

const EN_APPROX = /(?:^|[^\p{L}\p{N}])(around|about|approximately|roughly|circa|c\.|some\s+time\s+around|sometime\s+around|on\s+or\s+about)\s+$/iu;
const AR_APPROX = /(?:^|[^\p{L}\p{N}])[وف]?(نحو|حوالي|حوالى|قرابة|في\s*حدود|زهاء)\s*$/u;

const APPROXIMABLE = new Set<DateExpr['kind']>(['day', 'dayOfMonth', 'month', 'year', 'weekday', 'relativeDay', 'hijri', 'paired', 'range']);

/**
 * Wraps each candidate preceded by an approximation word in an `approximate` expression, the word
 * included in its span.
 *
 * @example
 * ```ts
 * // "Around 9 January 2022" → { kind: 'approximate', of: { kind: 'day', day: 9, month: 1, year: 2022 } }
 * markApproximate(candidates, text, 'en');
 * ```
 */
export function markApproximate(candidates: readonly Candidate[], text: string, language: string): Candidate[] {
  const re = language === 'ar' ? AR_APPROX : EN_APPROX;
  let previousEnd = 0;
  return candidates.map((c) => {
    let out = c;
    if (APPROXIMABLE.has(c.expr.kind)) {
      const m = re.exec(text.slice(Math.max(previousEnd, c.start - 24), c.start));
      if (m !== null) {
        const word = m[1] ?? '';
        out = { ...c, start: c.start - (m[0].length - m[0].indexOf(word)), expr: { kind: 'approximate', of: c.expr } };
      }
    }
    previousEnd = c.end;
    return out;
  });
}
