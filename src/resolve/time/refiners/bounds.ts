/**
 * Reads the word before a date that makes it a bound rather than the date of the event: "since
 * 2019", "after 12 March", "before March 2011", "until 3 March", "منذ عام 2011"، "بعد 12 آذار"،
 * "قبل عام 2011"، "حتى 3 آذار"، "اعتباراً من 1 آذار". Internal.
 */
import type { Candidate, DateExpr } from '../expression.js';

type Bound = Extract<DateExpr, { kind: 'bound' }>['bound'];

const EN_BOUND =
  /(?:^|[^\p{L}\p{N}])(since|after|before|until|till|by|prior\s+to|ahead\s+of|as\s+of|starting(?:\s+(?:from|on|in))?|beginning(?:\s+(?:from|on|in))?|from)\s+$/iu;
const AR_BOUND =
  /(?:^|[^\p{L}\p{N}])[وف]?(ما\s*قبل|ما\s*بعد|منذ|بعد|قبل|حتى|لغاية|[إا]لى\s*غاية|بحلول|عقب|[إا]ثر|[اإ]عتبارا\s*من|ابتداء\s*من|بدءا\s*من)\s*$/u;

function boundOf(word: string): Bound {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:since|as of|starting|beginning|from|منذ|اعتبارا|إعتبارا|ابتداء|بدءا)/.test(w)) return 'since';
  if (/^(?:after|ما بعد|بعد|عقب|إثر|اثر)/.test(w)) return 'after';
  if (/^(?:before|prior|ahead|ما قبل|قبل)/.test(w)) return 'before';
  return 'until';
}

const NOT_BOUNDABLE = new Set<DateExpr['kind']>(['ago', 'window', 'bound']);

/**
 * Wraps each candidate preceded by a bound word in a `bound` expression, the word included in
 * its span.
 *
 * @example
 * ```ts
 * // "since 2019" → { kind: 'bound', bound: 'since', of: { kind: 'year', year: 2019 } }
 * attachBounds(candidates, text, 'en');
 * ```
 */
export function attachBounds(candidates: readonly Candidate[], text: string, language: string): Candidate[] {
  const re = language === 'ar' ? AR_BOUND : EN_BOUND;
  let previousEnd = 0;
  return candidates.map((c) => {
    const result = ((): Candidate => {
      if (NOT_BOUNDABLE.has(c.expr.kind)) return c;
      const m = re.exec(text.slice(Math.max(previousEnd, c.start - 16), c.start));
      if (m === null) return c;
      const word = m[1] ?? '';
      const start = c.start - (m[0].length - m[0].indexOf(word));
      return { ...c, start, expr: { kind: 'bound', bound: boundOf(word), of: c.expr } };
    })();
    previousEnd = c.end;
    return result;
  });
}
