/**
 * English date vocabulary: month names and abbreviations, weekdays, number words, parts of
 * periods, Hijri month transliterations. Internal.
 */
import type { TimeUnit } from './expression.js';
import type { Part } from './parts-of-period.js';
import { WordTable, anyEnglish, anyOf, escapeRegex } from './patterns.js';

/**
 * The English month names with their numbers.
 *
 * @example
 * ```ts
 * ENGLISH_MONTHS[9]; //=> ['October', 10]
 * ```
 */
export const ENGLISH_MONTHS: readonly (readonly [string, number])[] = [
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['September', 9],
  ['October', 10],
  ['November', 11],
  ['December', 12],
];
const ENGLISH_MONTH_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['Jan.', 1],
  ['Jan', 1],
  ['Feb.', 2],
  ['Feb', 2],
  ['Mar.', 3],
  ['Mar', 3],
  ['Apr.', 4],
  ['Apr', 4],
  ['Jun.', 6],
  ['Jun', 6],
  ['Jul.', 7],
  ['Jul', 7],
  ['Aug.', 8],
  ['Aug', 8],
  ['Sept.', 9],
  ['Sept', 9],
  ['Sep.', 9],
  ['Sep', 9],
  ['Oct.', 10],
  ['Oct', 10],
  ['Nov.', 11],
  ['Nov', 11],
  ['Dec.', 12],
  ['Dec', 12],
];
/**
 * English month number by name or abbreviation.
 *
 * @example
 * ```ts
 * englishMonthTable.get('Sept.'); //=> 9
 * ```
 */
export const englishMonthTable = new WordTable([...ENGLISH_MONTHS, ...ENGLISH_MONTH_ABBREVIATIONS]);
/**
 * Full names and abbreviations (abbreviations only count next to a day or a year).
 *
 * @example
 * ```ts
 * new RegExp(`^${EN_MONTH_ANY}$`, 'i').test('Oct.'); //=> true
 * ```
 */
export const EN_MONTH_ANY = anyEnglish([...ENGLISH_MONTHS, ...ENGLISH_MONTH_ABBREVIATIONS].map(([w]) => w));
/**
 * Months whose names are common words: "May" (a verb), "March" (a verb and a noun).
 *
 * @example
 * ```ts
 * WEAK_ENGLISH_MONTHS.has(5); //=> true (May)
 * ```
 */
export const WEAK_ENGLISH_MONTHS: ReadonlySet<number> = new Set([3, 5]);

const ENGLISH_WEEKDAYS: readonly (readonly [string, number])[] = [
  ['Sunday', 0],
  ['Monday', 1],
  ['Tuesday', 2],
  ['Wednesday', 3],
  ['Thursday', 4],
  ['Friday', 5],
  ['Saturday', 6],
  ['Sun.', 0],
  ['Mon.', 1],
  ['Tue.', 2],
  ['Tues.', 2],
  ['Wed.', 3],
  ['Thu.', 4],
  ['Thurs.', 4],
  ['Fri.', 5],
  ['Sat.', 6],
];
/**
 * English weekday (0 = Sunday) by name or abbreviation.
 *
 * @example
 * ```ts
 * englishWeekdayTable.get('Thurs.'); //=> 4
 * ```
 */
export const englishWeekdayTable = new WordTable(ENGLISH_WEEKDAYS);
/**
 * Regex source matching a full English weekday name.
 *
 * @example
 * ```ts
 * new RegExp(EN_WEEKDAY, 'i').test('sunday'); //=> true
 * ```
 */
export const EN_WEEKDAY = anyEnglish(ENGLISH_WEEKDAYS.filter(([w]) => !w.endsWith('.')).map(([w]) => w));

const ENGLISH_NUMBERS: readonly (readonly [string, number])[] = [
  ['one', 1],
  ['a', 1],
  ['an', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['twenty', 20],
  ['twenty-four', 24],
  ['thirty', 30],
  ['forty-eight', 48],
  ['seventy-two', 72],
];
/**
 * Small English number words ("a week ago" counts one).
 *
 * @example
 * ```ts
 * englishNumberTable.get('three'); //=> 3
 * ```
 */
export const englishNumberTable = new WordTable(ENGLISH_NUMBERS);
/**
 * Regex source matching a count: digits or a number word.
 *
 * @example
 * ```ts
 * new RegExp(`^${EN_NUMBER}$`, 'i').test('twelve'); //=> true
 * ```
 */
export const EN_NUMBER = `(?:\\d{1,3}|${anyEnglish(ENGLISH_NUMBERS.map(([w]) => w))})`;

const ENGLISH_UNITS: readonly (readonly [string, TimeUnit])[] = [
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
];
/**
 * Time unit by English word.
 *
 * @example
 * ```ts
 * englishUnitTable.get('weeks'); //=> 'week'
 * ```
 */
export const englishUnitTable = new WordTable(ENGLISH_UNITS);
/**
 * Regex source matching a time unit word.
 *
 * @example
 * ```ts
 * new RegExp(EN_UNIT, 'i').test('months'); //=> true
 * ```
 */
export const EN_UNIT = anyEnglish(ENGLISH_UNITS.map(([w]) => w));

/** Parts of a month or year. */
const ENGLISH_PARTS: readonly (readonly [string, Part])[] = [
  ['early', 'early'],
  ['early-', 'early'],
  ['earlier in', 'early'],
  ['the beginning of', 'early'],
  ['the start of', 'early'],
  ['beginning of', 'early'],
  ['start of', 'early'],
  ['the first days of', 'early'],
  ['the first few days of', 'early'],
  ['mid', 'mid'],
  ['mid-', 'mid'],
  ['the middle of', 'mid'],
  ['middle of', 'mid'],
  ['late', 'late'],
  ['late-', 'late'],
  ['end-', 'late'],
  ['start-', 'early'],
  ['the end of', 'late'],
  ['end of', 'late'],
  ['the last days of', 'late'],
  ['the last few days of', 'late'],
  ['the first half of', 'firstHalf'],
  ['the second half of', 'secondHalf'],
  ['the first quarter of', 'q1'],
  ['the second quarter of', 'q2'],
  ['the third quarter of', 'q3'],
  ['the fourth quarter of', 'q4'],
  ['the last quarter of', 'q4'],
  ['the first week of', 'week1'],
  ['the second week of', 'week2'],
  ['the third week of', 'week3'],
  ['the fourth week of', 'week4'],
  ['the last week of', 'lastWeek'],
  ['the final week of', 'lastWeek'],
];
/**
 * Part of a period by its English words.
 *
 * @example
 * ```ts
 * englishPartTable.get('the end of'); //=> 'late'
 * ```
 */
export const englishPartTable = new WordTable(ENGLISH_PARTS.map(([w, p]) => [w.replace(/-$/, ''), p] as const));
/**
 * A part followed by its separator (a space, or nothing after a hyphen: "mid-March").
 *
 * @example
 * ```ts
 * new RegExp(`^${EN_PART}$`, 'i').test('mid-'); //=> true
 * ```
 */
export const EN_PART = `(?:${anyEnglish(ENGLISH_PARTS.filter(([w]) => !w.endsWith('-')).map(([w]) => w))}\\s+|(?:early|mid|late|end|start)\\s*-\\s*)`;

/** Hijri months in English transliteration. */
const ENGLISH_HIJRI_MONTHS: readonly (readonly [string, number])[] = [
  ['Muharram', 1],
  ['Safar', 2],
  ["Rabi' al-Awwal", 3],
  ['Rabi al-Awwal', 3],
  ['Rabi ul-Awwal', 3],
  ['Rabi I', 3],
  ["Rabi' al-Thani", 4],
  ['Rabi al-Thani', 4],
  ["Rabi' al-Akhir", 4],
  ['Rabi al-Akhir', 4],
  ['Rabi II', 4],
  ['Jumada al-Awwal', 5],
  ['Jumada al-Ula', 5],
  ['Jumada I', 5],
  ['Jumada al-Thani', 6],
  ['Jumada al-Akhirah', 6],
  ['Jumada al-Akhira', 6],
  ['Jumada II', 6],
  ['Rajab', 7],
  ["Sha'ban", 8],
  ['Shaban', 8],
  ['Ramadan', 9],
  ['Ramadhan', 9],
  ['Shawwal', 10],
  ["Dhu al-Qa'dah", 11],
  ['Dhu al-Qadah', 11],
  ["Dhu al-Qi'dah", 11],
  ['Dhul-Qadah', 11],
  ['Dhu al-Hijjah', 12],
  ['Dhul-Hijjah', 12],
  ['Dhu al-Hijja', 12],
];
/**
 * Hijri month number by English transliteration.
 *
 * @example
 * ```ts
 * englishHijriTable.get("Rabi' al-Awwal"); //=> 3
 * ```
 */
export const englishHijriTable = new WordTable(ENGLISH_HIJRI_MONTHS);
/**
 * Regex source matching a Hijri month name in English transliteration.
 *
 * @example
 * ```ts
 * new RegExp(EN_HIJRI_MONTH, 'i').test('Dhul-Hijjah'); //=> true
 * ```
 */
export const EN_HIJRI_MONTH = anyOf(
  ENGLISH_HIJRI_MONTHS.map(([w]) =>
    escapeRegex(w)
      .replace(/'/g, "['’ʿ]?")
      .replace(/ /g, '\\s+')
      .replace(/-/g, '[-\\s]?'),
  ),
);
