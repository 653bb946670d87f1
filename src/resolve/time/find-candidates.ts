/**
 * The matching pipeline: this module's grammar for the language, chrono-node on what is left,
 * overlap removal, then the refiners (weekday + date, Hijri + Gregorian, ranges and lists, open
 * bounds). Internal.
 */
import { ARABIC_CALENDAR_RULES } from './parsers/arabic-calendar.js';
import { ARABIC_RELATIVE_RULES } from './parsers/arabic-relative.js';
import { chronoCandidates } from './parsers/chrono-base.js';
import { ENGLISH_CALENDAR_RULES } from './parsers/english-calendar.js';
import { ENGLISH_RELATIVE_RULES } from './parsers/english-relative.js';
import { NUMERIC_RULES } from './parsers/numeric.js';
import { type Rule, runRules } from './parsers/rule.js';
import { markApproximate } from './refiners/approximate.js';
import { attachBounds } from './refiners/bounds.js';
import { removeOverlaps } from './refiners/overlap.js';
import { pairCalendars } from './refiners/paired-calendars.js';
import { mergeRanges } from './refiners/ranges.js';
import { mergeWeekdayWithDate } from './refiners/weekday-date.js';
import type { ResolvedContext } from './date-context.js';
import type { Candidate } from './expression.js';

const RULES: Record<string, readonly Rule[]> = {
  ar: [...ARABIC_CALENDAR_RULES, ...ARABIC_RELATIVE_RULES, ...NUMERIC_RULES],
  en: [...ENGLISH_CALENDAR_RULES, ...ENGLISH_RELATIVE_RULES, ...NUMERIC_RULES],
};

/** Words that carry no date by themselves; what is left after them decides whether chrono runs. */
const FILLER = new Set(
  (
    'on in at of the a an during around about approximately some early late and to from between since until by ' +
    'في خلال من منذ يوم و على إلى الى حتى بين نحو حوالي تاريخ بتاريخ الموافق تقريبا تقريباً'
  ).split(' '),
);

function hasLeftover(text: string, candidates: readonly Candidate[]): boolean {
  let rest = '';
  let at = 0;
  for (const c of candidates) {
    rest += ` ${text.slice(at, c.start)}`;
    at = Math.max(at, c.end);
  }
  rest += ` ${text.slice(at)}`;
  return rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length > 0 && !FILLER.has(w));
}

function mask(text: string, candidates: readonly Candidate[]): string {
  let out = '';
  let at = 0;
  for (const c of candidates) {
    if (c.start < at) continue;
    out += text.slice(at, c.start) + ' '.repeat(c.end - c.start);
    at = c.end;
  }
  return out + text.slice(at);
}

/**
 * Finds the date expressions of a normalized text. With `span` true the whole text is taken to be
 * one date expression (a span annotated as a date), so words that need context in running text
 * ("May", "مارس", a bare "2019") count.
 *
 * @example
 * ```ts
 * findCandidates('قتل أمس', resolveContext('قتل أمس', { published: '2021-02-22' }), false).map((c) => c.expr);
 * //=> [{ kind: 'relativeDay', offset: -1 }]
 * ```
 */
export function findCandidates(text: string, ctx: ResolvedContext, span: boolean): Candidate[] {
  const rules = RULES[ctx.language] ?? NUMERIC_RULES;
  let candidates = removeOverlaps(runRules(rules, text), span);
  // chrono-node reads the other languages, and what the grammar left of an Arabic or English
  // span. In Arabic and English running text the grammar alone decides: chrono's casual parsers
  // take too many common words for dates there ("may", "march", "Sat", "أحد").
  const language = ctx.support === 'numeric' ? undefined : ctx.language;
  if (language !== undefined && (ctx.support === 'chrono' || (span && hasLeftover(text, candidates)))) {
    const extra = chronoCandidates(mask(text, candidates), language, ctx.published, span);
    if (extra.length > 0) candidates = removeOverlaps([...candidates, ...extra], span);
  }
  candidates = mergeWeekdayWithDate(candidates, text);
  candidates = pairCalendars(candidates, text);
  candidates = mergeRanges(candidates, text, ctx.language);
  candidates = markApproximate(candidates, text, ctx.language);
  candidates = attachBounds(candidates, text, ctx.language);
  return span ? candidates : candidates.filter((c) => c.weak !== true);
}
