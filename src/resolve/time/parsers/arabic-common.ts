/**
 * Pieces shared by the Arabic rules: a month name with its paired form ("تشرين الأول/أكتوبر",
 * "أكتوبر (تشرين الأول)"), the year phrase ("من عام 2019"، "العام الماضي"), the day. Internal.
 */
import { issue, type Issue } from '../../../schema/issue.js';
import { AR_MONTH, arabicMonthTable } from '../arabic-months.js';
import { AR_GREGORIAN_SUFFIX, AR_ORDINAL_DAY, AR_QUALIFIER, AR_YEAR_WORD, arabicOrdinalTable, arabicQualifierTable } from '../arabic-words.js';
import type { Qualifier } from '../expression.js';
import { S, arabicForm } from '../patterns.js';
import { int } from './rule.js';

/**
 * A month name, optionally paired with its other name after "/" or in parentheses. Groups m1, m2.
 *
 * @example
 * ```ts
 * new RegExp(AR_MONTH_PAIR, 'u').exec('تشرين الأول/أكتوبر')?.groups; //=> { m1: 'تشرين الأول', m2: 'أكتوبر' }
 * ```
 */
export const AR_MONTH_PAIR = `(?<m1>${AR_MONTH})(?:${S}[/\\\\(（]${S}(?<m2>${AR_MONTH})(?:${S}[)）])?)?`;

const FROM = `(?:(?:من|في)${S})?`;

/**
 * The year after a month or season: "2019", "من عام 2019"، "عام 2019م"، "من العام الماضي"،
 * "هذا العام". Groups year, ryq (qualifier of العام/السنة), thisyear.
 *
 * @example
 * ```ts
 * new RegExp(AR_YEAR_PHRASE, 'u').exec(' من عام 2019')?.groups?.year; //=> '2019'
 * ```
 */
export const AR_YEAR_PHRASE =
  `(?:${S}[,،]?${S}${FROM}(?:${AR_YEAR_WORD}${S})?(?<year>\\d{4})(?!\\d)(?:${S}${AR_GREGORIAN_SUFFIX})?` +
  `|${S}${FROM}(?:${arabicForm('العام')}|${arabicForm('السنة')})${S}(?<ryq>${AR_QUALIFIER}|${arabicForm('قبل الماضي')}|${arabicForm('قبل الماضية')})` +
  `|${S}${FROM}(?<thisyear>${arabicForm('هذا العام')}|${arabicForm('هذه السنة')}))`;

/**
 * A day of the month: "12"، "الـ12"، "يوم 12"، "الخامس عشر". Groups d, dord.
 *
 * @example
 * ```ts
 * new RegExp(AR_DAY, 'u').exec('الخامس عشر')?.groups?.dord; //=> 'الخامس عشر'
 * ```
 */
export const AR_DAY = `(?:(?:${arabicForm('يوم')}${S})?(?:ال)?(?<d>\\d{1,2})(?!\\d)|(?<dord>${AR_ORDINAL_DAY}))`;

type Groups = Record<string, string | undefined>;

/**
 * Reads the month of {@link AR_MONTH_PAIR}, with an issue when the two names disagree.
 *
 * @example
 * ```ts
 * readMonthPair({ m1: 'شباط', m2: 'مارس' }); //=> { month: 2, issues: [month_name_conflict] }
 * ```
 */
export function readMonthPair(g: Groups): { month: number; issues: Issue[] } | null {
  const month = arabicMonthTable.get(g.m1);
  if (month === undefined) return null;
  const issues: Issue[] = [];
  if (g.m2 !== undefined) {
    const other = arabicMonthTable.get(g.m2);
    if (other !== undefined && other !== month) {
      issues.push(
        issue('warning', 'month_name_conflict', `The paired month names "${g.m1 ?? ''}" and "${g.m2}" name different months (${String(month)} and ${String(other)}); used the first`),
      );
    }
  }
  return { month, issues };
}

/**
 * Reads {@link AR_YEAR_PHRASE}: an explicit year or a year relative to publication.
 *
 * @example
 * ```ts
 * readYearPhrase({ ryq: 'الماضي' }); //=> { yearOffset: -1 }
 * ```
 */
export function readYearPhrase(g: Groups): { year?: number; yearOffset?: number } {
  const year = int(g.year);
  if (year !== undefined) return { year };
  if (g.ryq !== undefined) {
    if (/^قبل/.test(g.ryq)) return { yearOffset: -2 };
    const q = arabicQualifierTable.get(g.ryq);
    return { yearOffset: q === 'last' ? -1 : q === 'next' ? 1 : 0 };
  }
  if (g.thisyear !== undefined) return { yearOffset: 0 };
  return {};
}

/**
 * Reads {@link AR_DAY}.
 *
 * @example
 * ```ts
 * readDay({ dord: 'الحادي والعشرين' }); //=> 21
 * ```
 */
export function readDay(g: Groups): number | undefined {
  return int(g.d) ?? arabicOrdinalTable.get(g.dord);
}

/**
 * Reads a qualifier word.
 *
 * @example
 * ```ts
 * readQualifier('الجاري'); //=> 'this'
 * ```
 */
export function readQualifier(word: string | undefined): Qualifier | undefined {
  return arabicQualifierTable.get(word);
}

/**
 * True when the text just before `index` ends with one of the given Arabic words (with proclitics).
 *
 * @example
 * ```ts
 * precededBy('قتل في مارس', 7, 'في|خلال'); //=> true
 * ```
 */
export function precededBy(text: string, index: number, words: string): boolean {
  let re = PRECEDED.get(words);
  if (re === undefined) {
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وفبل]?(?:${words})\\s*$`, 'u');
    PRECEDED.set(words, re);
  }
  return re.test(text.slice(Math.max(0, index - 24), index));
}

const PRECEDED = new Map<string, RegExp>();
