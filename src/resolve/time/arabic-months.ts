/**
 * Arabic month names: the Gregorian months in their Levantine / Iraqi (كانون الثاني … كانون
 * الأول), Egyptian / Gulf (يناير … ديسمبر) and Maghrebi (جانفي، فيفري …) forms, and the Hijri
 * months. Spellings differ in hamza and final letters; patterns accept all of them (see
 * `arabicForm`). Internal.
 */
import { WordTable, anyArabic } from './patterns.js';

/** Gregorian month names, each with its month number (1–12). */
const ARABIC_GREGORIAN_MONTHS: readonly (readonly [string, number])[] = [
  // Egyptian / Gulf
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  // Levantine / Iraqi
  ['كانون الثاني', 1],
  ['كانون ثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين أول', 10],
  ['تشرين الثاني', 11],
  ['تشرين ثاني', 11],
  ['كانون الأول', 12],
  ['كانون أول', 12],
  // Maghrebi
  ['جانفي', 1],
  ['فيفري', 2],
  ['أفريل', 4],
  ['جوان', 6],
  ['جويلية', 7],
  ['نونبر', 11],
  ['دجنبر', 12],
];

/**
 * Month names that are also common words (مارس "he practised", آب read as أب "father", نيسان
 * the car maker, جوان a given name): in running text they count as months only with more context
 * (a day, a year, شهر, a part word, a qualifier).
 *
 * @example
 * ```ts
 * WEAK_ARABIC_MONTHS.has(WordTable.key('مارس')); //=> true
 * ```
 */
export const WEAK_ARABIC_MONTHS: ReadonlySet<string> = new Set(['مارس', 'آب', 'نيسان', 'جوان'].map((w) => WordTable.key(w)));

/** Hijri month names, each with its month number (1 = محرم … 12 = ذو الحجة). */
const ARABIC_HIJRI_MONTHS: readonly (readonly [string, number])[] = [
  ['محرم', 1],
  ['المحرم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع أول', 3],
  ['ربيع الثاني', 4],
  ['ربيع ثاني', 4],
  ['ربيع الآخر', 4],
  ['جمادى الأولى', 5],
  ['جمادى الأول', 5],
  ['جمادى الاولى', 5],
  ['جمادى الآخرة', 6],
  ['جمادى الآخر', 6],
  ['جمادى الثانية', 6],
  ['جمادى الثاني', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذي القعدة', 11],
  ['ذو الحجة', 12],
  ['ذي الحجة', 12],
];

/**
 * Hijri month names that are also given names or words (صفر "zero", رجب, رمضان, شعبان).
 *
 * @example
 * ```ts
 * WEAK_HIJRI_MONTHS.has(WordTable.key('رمضان')); //=> true
 * ```
 */
export const WEAK_HIJRI_MONTHS: ReadonlySet<string> = new Set(['صفر', 'رجب', 'رمضان', 'شعبان', 'محرم', 'شوال'].map((w) => WordTable.key(w)));

/**
 * Gregorian month number by spelling.
 *
 * @example
 * ```ts
 * arabicMonthTable.get('تشرين الاول'); //=> 10
 * ```
 */
export const arabicMonthTable = new WordTable(ARABIC_GREGORIAN_MONTHS);
/**
 * Hijri month number by spelling.
 *
 * @example
 * ```ts
 * hijriMonthTable.get('ذي الحجة'); //=> 12
 * ```
 */
export const hijriMonthTable = new WordTable(ARABIC_HIJRI_MONTHS);

/**
 * Regex source matching one Arabic Gregorian month name.
 *
 * @example
 * ```ts
 * new RegExp(`^${AR_MONTH}$`, 'u').test('كانون الثاني'); //=> true
 * ```
 */
export const AR_MONTH = anyArabic(ARABIC_GREGORIAN_MONTHS.map(([w]) => w));
/**
 * Regex source matching one Hijri month name.
 *
 * @example
 * ```ts
 * new RegExp(`^${AR_HIJRI_MONTH}$`, 'u').test('جمادى الآخرة'); //=> true
 * ```
 */
export const AR_HIJRI_MONTH = anyArabic(ARABIC_HIJRI_MONTHS.map(([w]) => w));
