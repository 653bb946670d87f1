/**
 * Arabic date vocabulary other than month names: weekdays, numbers, ordinal days, qualifiers
 * (الماضي، الجاري …), parts of periods (مطلع، أواخر …) and parts of the day. Internal.
 */
import type { Qualifier, TimeUnit } from './expression.js';
import type { Part } from './parts-of-period.js';
import { WordTable, anyArabic } from './patterns.js';

const ARABIC_WEEKDAYS: readonly (readonly [string, number])[] = [
  ['الأحد', 0],
  ['الاثنين', 1],
  ['الإثنين', 1],
  ['الثلاثاء', 2],
  ['الأربعاء', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];
/**
 * Weekday (0 = Sunday) by Arabic name.
 *
 * @example
 * ```ts
 * arabicWeekdayTable.get('الاربعاء'); //=> 3
 * ```
 */
export const arabicWeekdayTable = new WordTable(ARABIC_WEEKDAYS);
/**
 * Regex source matching an Arabic weekday name.
 *
 * @example
 * ```ts
 * new RegExp(AR_WEEKDAY, 'u').test('الخميس'); //=> true
 * ```
 */
export const AR_WEEKDAY = anyArabic(ARABIC_WEEKDAYS.map(([w]) => w));

/** Cardinal numbers 1–30 as words (both genders), for "منذ ثلاثة أيام". */
const UNITS: readonly (readonly [string[], number])[] = [
  [['واحد', 'واحدة'], 1],
  [['اثنين', 'اثنان', 'اثنتين', 'اثنتان'], 2],
  [['ثلاثة', 'ثلاث'], 3],
  [['أربعة', 'أربع'], 4],
  [['خمسة', 'خمس'], 5],
  [['ستة', 'ست'], 6],
  [['سبعة', 'سبع'], 7],
  [['ثمانية', 'ثماني', 'ثمان'], 8],
  [['تسعة', 'تسع'], 9],
  [['عشرة', 'عشر'], 10],
  [['أحد عشر', 'إحدى عشرة'], 11],
  [['اثني عشر', 'اثنا عشر', 'اثنتي عشرة', 'اثنتا عشرة'], 12],
  [['ثلاثة عشر', 'ثلاث عشرة'], 13],
  [['أربعة عشر', 'أربع عشرة'], 14],
  [['خمسة عشر', 'خمس عشرة'], 15],
  [['عشرين', 'عشرون'], 20],
  [['ثلاثين', 'ثلاثون'], 30],
];
const ARABIC_NUMBER_WORDS: readonly (readonly [string, number])[] = UNITS.flatMap(([forms, n]) => forms.map((f) => [f, n] as const));
/**
 * Count by Arabic number word.
 *
 * @example
 * ```ts
 * arabicNumberTable.get('ثلاثة'); //=> 3
 * ```
 */
export const arabicNumberTable = new WordTable(ARABIC_NUMBER_WORDS);
/**
 * Regex source matching an Arabic number word.
 *
 * @example
 * ```ts
 * new RegExp(AR_NUMBER_WORD, 'u').test('خمسة'); //=> true
 * ```
 */
export const AR_NUMBER_WORD = anyArabic(ARABIC_NUMBER_WORDS.map(([w]) => w));

/** Ordinal day numbers 1–31 ("الأول"، "الخامس عشر"، "الحادي والعشرين"), as used in "الخامس من آذار". */
function ordinals(): (readonly [string, number])[] {
  const one = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
  const out: (readonly [string, number])[] = one.map((w, i) => [w, i + 1] as const);
  const teenFirst = ['الحادي', ...one.slice(1, 9)];
  teenFirst.forEach((w, i) => out.push([`${w} عشر`, i + 11]));
  for (const [tens, base] of [
    [['العشرين', 'العشرون'], 20],
    [['الثلاثين', 'الثلاثون'], 30],
  ] as const) {
    for (const t of tens) {
      out.push([t, base]);
      const units = base === 20 ? 9 : 1;
      for (let u = 1; u <= units; u++) {
        const first = u === 1 ? ['الحادي', 'الواحد'] : [one[u - 1] ?? ''];
        for (const f of first) out.push([`${f} و${t}`, base + u]);
      }
    }
  }
  return out;
}
const ARABIC_ORDINAL_DAYS = ordinals();
/**
 * Day of the month by Arabic ordinal.
 *
 * @example
 * ```ts
 * arabicOrdinalTable.get('الخامس عشر'); //=> 15
 * ```
 */
export const arabicOrdinalTable = new WordTable(ARABIC_ORDINAL_DAYS);
/**
 * Regex source matching an Arabic ordinal day.
 *
 * @example
 * ```ts
 * new RegExp(AR_ORDINAL_DAY, 'u').test('الحادي والعشرين'); //=> true
 * ```
 */
export const AR_ORDINAL_DAY = anyArabic(ARABIC_ORDINAL_DAYS.map(([w]) => w));

/** Qualifiers after a month, weekday, year or season, masculine and feminine. */
const ARABIC_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['الماضي', 'last'],
  ['الماضية', 'last'],
  ['المنصرم', 'last'],
  ['المنصرمة', 'last'],
  ['الفائت', 'last'],
  ['الفائتة', 'last'],
  ['السابق', 'last'],
  ['المنقضي', 'last'],
  ['الماضيين', 'last'],
  ['الفائتين', 'last'],
  ['المنصرمين', 'last'],
  ['الجاري', 'this'],
  ['الجارية', 'this'],
  ['الحالي', 'this'],
  ['الحالية', 'this'],
  ['هذا', 'this'],
  ['المقبل', 'next'],
  ['المقبلة', 'next'],
  ['القادم', 'next'],
  ['القادمة', 'next'],
];
/**
 * Qualifier by Arabic word.
 *
 * @example
 * ```ts
 * arabicQualifierTable.get('المنصرم'); //=> 'last'
 * ```
 */
export const arabicQualifierTable = new WordTable(ARABIC_QUALIFIERS);
/**
 * Regex source matching a qualifier after a name (الماضي، الجاري، المقبل …).
 *
 * @example
 * ```ts
 * new RegExp(AR_QUALIFIER, 'u').test('الفائت'); //=> true
 * ```
 */
export const AR_QUALIFIER = anyArabic(ARABIC_QUALIFIERS.filter(([w]) => w !== 'هذا').map(([w]) => w));

/** Parts of a month or year ("مطلع"، "أواخر"، "النصف الأول من"), each optionally followed by "من". */
const ARABIC_PARTS: readonly (readonly [string, Part])[] = [
  ['مطلع', 'early'],
  ['مطالع', 'early'],
  ['أوائل', 'early'],
  ['بداية', 'early'],
  ['بدايات', 'early'],
  ['مستهل', 'early'],
  ['أول', 'early'],
  ['الأيام الأولى من', 'early'],
  ['منتصف', 'mid'],
  ['أواسط', 'mid'],
  ['وسط', 'mid'],
  ['أواخر', 'late'],
  ['نهاية', 'late'],
  ['نهايات', 'late'],
  ['آخر', 'late'],
  ['أخريات', 'late'],
  ['ختام', 'late'],
  ['الأيام الأخيرة من', 'late'],
  ['النصف الأول من', 'firstHalf'],
  ['النصف الثاني من', 'secondHalf'],
  ['الربع الأول من', 'q1'],
  ['الربع الثاني من', 'q2'],
  ['الربع الثالث من', 'q3'],
  ['الربع الرابع من', 'q4'],
  ['الربع الأخير من', 'q4'],
  ['الأسبوع الأول من', 'week1'],
  ['الأسبوع الثاني من', 'week2'],
  ['الأسبوع الثالث من', 'week3'],
  ['الأسبوع الرابع من', 'week4'],
  ['الأسبوع الأخير من', 'lastWeek'],
];
/**
 * Part of a period by its Arabic words.
 *
 * @example
 * ```ts
 * arabicPartTable.get('أواخر'); //=> 'late'
 * ```
 */
export const arabicPartTable = new WordTable(ARABIC_PARTS);
/**
 * Regex source matching an Arabic part word.
 *
 * @example
 * ```ts
 * new RegExp(AR_PART, 'u').test('مطلع'); //=> true
 * ```
 */
export const AR_PART = anyArabic(ARABIC_PARTS.map(([w]) => w));

/**
 * Parts of the day that put an event in the day they name ("صباح اليوم"، "مساء أمس").
 *
 * @example
 * ```ts
 * new RegExp(AR_DAY_PART, 'u').test('فجر'); //=> true
 * ```
 */
export const AR_DAY_PART = anyArabic([
  'صباح',
  'صبيحة',
  'ساعات الصباح الأولى من',
  'ساعات صباح',
  'فجر',
  'ظهر',
  'ظهيرة',
  'بعد ظهر',
  'عصر',
  'مساء',
  'ضحى',
  'نهار',
  'منتصف نهار',
  'في وقت متأخر من مساء',
  'في وقت متأخر من ليل',
  'ساعة متأخرة من ليل',
  'ساعة متأخرة من مساء',
  'وقت متأخر من ليل',
  'وقت متأخر من مساء',
  'ليل',
  'منتصف ليل',
  'منتصف ليلة',
  'بعد منتصف ليل',
  'بعد منتصف ليلة',
]);
/**
 * "ليلة": the eve (see `NightKind`).
 *
 * @example
 * ```ts
 * new RegExp(AR_EVE, 'u').test('ليلة'); //=> true
 * ```
 */
export const AR_EVE = anyArabic(['ليلة']);

/** Time units, singular, dual and plural, with the unit and the count the dual implies. */
const ARABIC_UNITS: readonly (readonly [string, TimeUnit, number | undefined])[] = [
  ['ساعة', 'hour', 1],
  ['ساعتين', 'hour', 2],
  ['ساعتان', 'hour', 2],
  ['ساعات', 'hour', undefined],
  ['يوم', 'day', 1],
  ['يوما', 'day', undefined],
  ['يومين', 'day', 2],
  ['يومان', 'day', 2],
  ['أيام', 'day', undefined],
  ['أسبوع', 'week', 1],
  ['أسبوعا', 'week', undefined],
  ['أسبوعين', 'week', 2],
  ['أسبوعان', 'week', 2],
  ['أسابيع', 'week', undefined],
  ['شهر', 'month', 1],
  ['شهرا', 'month', undefined],
  ['شهرين', 'month', 2],
  ['شهران', 'month', 2],
  ['أشهر', 'month', undefined],
  ['شهور', 'month', undefined],
  ['سنة', 'year', 1],
  ['عام', 'year', 1],
  ['عاما', 'year', undefined],
  ['سنتين', 'year', 2],
  ['سنتان', 'year', 2],
  ['عامين', 'year', 2],
  ['عامان', 'year', 2],
  ['سنوات', 'year', undefined],
  ['أعوام', 'year', undefined],
  ['سنين', 'year', undefined],
];
/**
 * Time unit (and the count a singular or dual implies) by Arabic word.
 *
 * @example
 * ```ts
 * arabicUnitTable.get('يومين'); //=> { unit: 'day', count: 2 }
 * ```
 */
export const arabicUnitTable = new WordTable(ARABIC_UNITS.map(([w, u, n]) => [w, { unit: u, count: n }] as const));
/**
 * Regex source matching an Arabic time unit word.
 *
 * @example
 * ```ts
 * new RegExp(AR_UNIT, 'u').test('أسابيع'); //=> true
 * ```
 */
export const AR_UNIT = anyArabic(ARABIC_UNITS.map(([w]) => w));

/**
 * Words before a year ("عام 2019"، "سنة 2019"، "العام 2019").
 *
 * @example
 * ```ts
 * new RegExp(AR_YEAR_WORD, 'u').test('سنة'); //=> true
 * ```
 */
export const AR_YEAR_WORD = anyArabic(['عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'لسنة']);

/**
 * Words that make a number a Hijri year ("1442 هـ"، "هجري").
 *
 * @example
 * ```ts
 * new RegExp(`1442${AR_HIJRI_SUFFIX}`, 'u').test('1442ه'); //=> true
 * ```
 */
export const AR_HIJRI_SUFFIX = '(?:ه\\.?(?![\\p{L}\\p{N}])|هجري[ةه]?|للهجرة|هجرية)';
/**
 * Words that make a number a Gregorian year ("2019 م"، "ميلادي").
 *
 * @example
 * ```ts
 * new RegExp(`2019${AR_GREGORIAN_SUFFIX}`, 'u').test('2019م'); //=> true
 * ```
 */
export const AR_GREGORIAN_SUFFIX = '(?:م\\.?(?![\\p{L}\\p{N}])|ميلادي[ةه]?|للميلاد)';
