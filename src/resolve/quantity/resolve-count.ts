import type { Count } from '../../schema/count.js';
import { type Issue, issue } from '../../schema/issue.js';
import {
  type CountConvention,
  type CountConventionName,
  type CountEstimate,
  type CountQualifier,
  countConvention,
} from './count-convention.js';
import { type CountToken, countTokens, findDual, findVague, readNumber, startsNumber, stripProclitic } from './count-words.js';

/**
 * Context of {@link resolveCount}.
 *
 * @example
 * ```ts
 * resolveCount('dozens', { convention: 'literal', language: 'en' });
 * ```
 */
export interface ResolveCountContext {
  /** How vague words and qualified figures become numbers: `acled` (default), `literal`, or your own {@link CountConvention}. */
  convention?: CountConvention | CountConventionName;
  /** Language of the text (`ar`, `en`), a hint only: both are always read. */
  language?: string;
}

/**
 * What {@link resolveCount} made of a phrase.
 *
 * @example
 * ```ts
 * const { value, confidence, issues } = resolveCount('نحو 30'); //=> value.best 30, confidence 0.85
 * ```
 */
export interface CountResolution {
  /** low / best / high, the text, and the convention used (absent when the text gave no number). */
  value: Count;
  /** 0–1: 1 for figures, less for number words, duals, qualified figures and ranges, 0.5 for vague words, 0 when nothing was read. */
  confidence: number;
  issues: Issue[];
}

const key = (phrase: string): string[] =>
  phrase
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .split(' ');

// Qualifiers written before the number, longest first.
const BEFORE: [string[], CountQualifier][] = (
  [
    ['ما لا يقل عن', 'at_least'],
    ['ما لا تقل عن', 'at_least'],
    ['لا يقل عن', 'at_least'],
    ['لا تقل عن', 'at_least'],
    ['على الأقل', 'at_least'],
    ['at least', 'at_least'],
    ['no fewer than', 'at_least'],
    ['no less than', 'at_least'],
    ['not less than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['ما يزيد عن', 'more_than'],
    ['ما يزيد على', 'more_than'],
    ['ما يربو على', 'more_than'],
    ['يزيد عن', 'more_than'],
    ['يزيد على', 'more_than'],
    ['أكثر من', 'more_than'],
    ['أزيد من', 'more_than'],
    ['more than', 'more_than'],
    ['upwards of', 'more_than'],
    ['in excess of', 'more_than'],
    ['over', 'more_than'],
    ['ما يقارب', 'about'],
    ['ما يناهز', 'about'],
    ['يقارب', 'about'],
    ['يناهز', 'about'],
    ['نحو', 'about'],
    ['حوالي', 'about'],
    ['حوالى', 'about'],
    ['زهاء', 'about'],
    ['قرابة', 'about'],
    ['قرابه', 'about'],
    ['تقريبا', 'about'],
    ['an estimated', 'about'],
    ['estimated', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['around', 'about'],
    ['about', 'about'],
    ['some', 'about'],
    ['circa', 'about'],
    ['ما يقرب من', 'nearly'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['ما يصل إلى', 'up_to'],
    ['ما يصل الى', 'up_to'],
    ['يصل إلى', 'up_to'],
    ['up to', 'up_to'],
    ['as many as', 'up_to'],
    ['at most', 'up_to'],
    ['حتى', 'up_to'],
    ['أقل من', 'less_than'],
    ['ما دون', 'less_than'],
    ['less than', 'less_than'],
    ['fewer than', 'less_than'],
    ['under', 'less_than'],
    ['below', 'less_than'],
  ] as [string, CountQualifier][]
)
  .map(([p, q]) => [key(p), q] as [string[], CountQualifier])
  .sort((a, b) => b[0].length - a[0].length);

/** Qualifiers by their last word (the word just before the number), longest first. */
const BEFORE_BY_LAST = new Map<string, [string[], CountQualifier][]>();
for (const entry of BEFORE) {
  const last = entry[0][entry[0].length - 1] ?? '';
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), entry]);
}

// Qualifiers written after the number: "5 على الأقل", "30 تقريباً", "20 or more".
const AFTER: [string[], CountQualifier][] = (
  [
    ['على الأقل', 'at_least'],
    ['or more', 'at_least'],
    ['at least', 'at_least'],
    ['وأكثر', 'at_least'],
    ['أو أكثر', 'at_least'],
    ['تقريبا', 'about'],
    ['or so', 'about'],
    ['approximately', 'about'],
    ['على الأكثر', 'up_to'],
    ['at most', 'up_to'],
  ] as [string, CountQualifier][]
).map(([p, q]) => [key(p), q]);

const RANGE_START = new Set(['between', 'بين', 'from', 'من']);
const RANGE_LINK = new Set(['-', '–', '—', 'to', 'and', 'or', 'و', 'الي', 'او', 'حتي']);
const ZERO_START = new Set(['no', 'none', 'nobody', 'لا', 'دون', 'بدون', 'عدم', 'لم', 'لن', 'without']);

function endsWith(tokens: readonly CountToken[], end: number, phrase: readonly string[]): boolean {
  const start = end - phrase.length;
  if (start < 0) return false;
  return phrase.every((p, k) => {
    const t = tokens[start + k] ?? '';
    return t === p || (k === 0 && stripProclitic(t, (w) => w === p) === p);
  });
}

function startsWith(tokens: readonly CountToken[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => {
    const t = tokens[start + k] ?? '';
    return t === p || (k === 0 && stripProclitic(t, (w) => w === p) === p);
  });
}

function toCount(estimate: CountEstimate, text: string, convention: string): Count {
  const value: Count = {};
  if (estimate.low !== undefined) value.low = estimate.low;
  if (estimate.best !== undefined) value.best = estimate.best;
  if (estimate.high !== undefined) value.high = estimate.high;
  value.text = text;
  value.convention = convention;
  return value;
}

/**
 * Reads a count of people from report words, in Arabic or English: figures in either script
 * ("12", "١٢", "1,200"), number words (ثلاثة عشر، مائة وخمسون، twenty-five, a dozen), duals
 * (شخصين، عنصرين، جنديين، ناشطتين = 2), ranges ("between 10 and 15", "10-15", "ما بين 10 و15"),
 * qualified figures ("at least 5", "ما لا يقل عن 5", "أكثر من 20", "نحو 30", "up to 40") and vague
 * words (العشرات، dozens, several, عدة، مئات), turned into low / best / high by a convention
 * ({@link ACLED_COUNT_CONVENTION} by default, {@link LITERAL_COUNT_CONVENTION}, or yours).
 *
 * Text with no number is returned as `{ text }` with an issue: no number is ever made up. "No
 * casualties" / "دون وقوع إصابات" is 0.
 *
 * @example
 * ```ts
 * resolveCount('العشرات').value; //=> { low: 12, best: 12, high: 99, text: 'العشرات', convention: 'acled' }
 * resolveCount('ناشطتين').value; //=> { low: 2, best: 2, high: 2, text: 'ناشطتين', convention: 'acled' }
 * resolveCount('ما بين 10 و15 قتيلاً').value; //=> { low: 10, best: 10, high: 15, text: '…', convention: 'acled' }
 * ```
 */
export function resolveCount(text: string, context: ResolveCountContext = {}): CountResolution {
  if (typeof text !== 'string') throw new TypeError(`resolveCount: text must be a string, got ${typeof text}`);
  const convention = countConvention(context.convention);
  const issues: Issue[] = [];
  const tokens = countTokens(text);
  const unread = (code: string, message: string, level: 'warning' | 'info' = 'warning'): CountResolution => {
    issues.push(issue(level, code, message, { path: ['count'] }));
    return { value: { text }, confidence: 0, issues };
  };
  if (tokens.length === 0) return unread('no_count', `"${text}" gives no number`);

  // The first number in the text.
  let first: ReturnType<typeof readNumber>;
  for (let i = 0; i < tokens.length && first === undefined; i++) {
    if (startsNumber(tokens, i)) first = readNumber(tokens, i);
  }

  const vague = findVague(tokens);
  // "several hundred", "عدة آلاف", "a few dozen": the number word belongs to a vague phrase.
  if (first !== undefined && vague !== undefined && vague.start <= first.start && vague.end > first.start) first = undefined;

  if (first !== undefined) {
    const n = first;
    // A range: "10-15", "between 10 and 15", "ما بين 10 و15", "three or four", "من 10 إلى 15".
    const link = tokens[n.end];
    let second: ReturnType<typeof readNumber>;
    // "و15" is split into "و" and "15" by the tokenizer.
    if (link !== undefined && RANGE_LINK.has(link)) second = readNumber(tokens, n.end + 1);
    const rangeStart = tokens[n.start - 1];
    const between = rangeStart !== undefined && RANGE_START.has(rangeStart);
    if (second !== undefined && (between || link === '-' || link === '–' || link === '—' || link === 'to' || link === 'or' || link === 'او' || link === 'الي' || link === 'حتي')) {
      if (second.value < n.value) {
        issues.push(issue('warning', 'reversed_count_range', `"${text}": the range ${n.value}–${second.value} runs backwards; read as ${second.value}–${n.value}`, { path: ['count'] }));
      }
      const low = Math.min(n.value, second.value);
      const high = Math.max(n.value, second.value);
      extraNumbers(tokens, second.end, text, issues);
      return { value: toCount(convention.range(low, high), text, convention.name), confidence: 0.85, issues };
    }
    let qualifier: CountQualifier = 'exact';
    for (const [phrase, q] of BEFORE_BY_LAST.get(tokens[n.start - 1] ?? '') ?? []) {
      if (endsWith(tokens, n.start, phrase)) {
        qualifier = q;
        break;
      }
    }
    if (qualifier === 'exact') {
      for (const [phrase, q] of AFTER) {
        if (startsWith(tokens, n.end, phrase) || startsWith(tokens, n.end + 1, phrase)) {
          qualifier = q;
          break;
        }
      }
    }
    extraNumbers(tokens, n.end, text, issues);
    const estimate = convention.qualified(qualifier, n.value);
    if (estimate.best === undefined && estimate.low === undefined && estimate.high === undefined) {
      return unread('count_not_converted', `Convention "${convention.name}" gives no number for "${text}" (${qualifier.replace('_', ' ')} ${n.value})`);
    }
    if (qualifier === 'up_to' && estimate.best !== undefined) {
      issues.push(issue('info', 'upper_bound_count', `"${text}" gives only an upper bound; convention "${convention.name}" takes ${estimate.best} as the best estimate`, { path: ['count'] }));
    }
    const confidence = qualifier === 'exact' ? (n.form === 'digits' ? 1 : 0.95) : 0.85;
    return { value: toCount(estimate, text, convention.name), confidence, issues };
  }

  if (vague !== undefined) {
    const estimate = convention.vague[vague.quantity];
    if (estimate === undefined) {
      return unread('count_not_converted', `Convention "${convention.name}" has no number for the vague quantity "${vague.quantity}" ("${text}")`);
    }
    issues.push(
      issue('info', 'vague_count', `"${text}" is vague (${vague.quantity.replace(/_/g, ' ')}); convention "${convention.name}" reads it as ${describe(estimate)}`, { path: ['count'] }),
    );
    return { value: toCount(estimate, text, convention.name), confidence: 0.5, issues };
  }

  const dual = findDual(tokens);
  if (dual !== undefined && !dual.ambiguous) {
    return { value: toCount(convention.qualified('exact', 2), text, convention.name), confidence: 0.9, issues };
  }
  if (dual !== undefined) {
    return unread('ambiguous_dual', `"${text}": "${tokens[dual.start] ?? ''}" may be a dual (2) or a plural; no number was read`);
  }

  if (ZERO_START.has(tokens[0] ?? '')) {
    issues.push(issue('info', 'zero_count', `"${text}" was read as none (0)`, { path: ['count'] }));
    return { value: toCount(convention.qualified('exact', 0), text, convention.name), confidence: 0.7, issues };
  }
  return unread('no_count', `"${text}" gives no number; kept as text (ACLED codes a count that is not reported as 0: that is the caller's choice)`);
}

function extraNumbers(tokens: readonly CountToken[], from: number, text: string, issues: Issue[]): void {
  for (let i = from; i < tokens.length; i++) {
    if (/^\d/.test(tokens[i] ?? '')) {
      issues.push(issue('info', 'multiple_numbers', `"${text}" holds more than one number; the first was read`, { path: ['count'] }));
      return;
    }
  }
}

function describe(e: CountEstimate): string {
  const parts: string[] = [];
  if (e.low !== undefined) parts.push(`low ${e.low}`);
  if (e.best !== undefined) parts.push(`best ${e.best}`);
  if (e.high !== undefined) parts.push(`high ${e.high}`);
  return parts.join(', ');
}
