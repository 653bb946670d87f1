/**
 * Arabic rules for calendar expressions: days, months, years, parts of them, seasons, decades and
 * Hijri dates ("في 12 آذار 2019"، "بين 1 و3 آذار"، "أواخر مارس من عام 2019"، "مطلع تشرين
 * الأول/أكتوبر"، "صيف 2019"، "15 رمضان 1442 هـ"). Internal.
 */
import { AR_HIJRI_MONTH, WEAK_ARABIC_MONTHS, WEAK_HIJRI_MONTHS, hijriMonthTable } from '../arabic-months.js';
import { AR_EVE, AR_GREGORIAN_SUFFIX, AR_HIJRI_SUFFIX, AR_ORDINAL_DAY, AR_PART, AR_QUALIFIER, AR_YEAR_WORD, arabicPartTable } from '../arabic-words.js';
import type { DateExpr, NightKind } from '../expression.js';

type DayExpr = Extract<DateExpr, { kind: 'day' }>;
import type { Season } from '../parts-of-period.js';
import { AR_LB, DASH, RB, S, WordTable, anyArabic, arabicForm, rule } from '../patterns.js';
import { AR_DAY, AR_MONTH_PAIR, AR_YEAR_PHRASE, precededBy, readDay, readMonthPair, readQualifier, readYearPhrase } from './arabic-common.js';
import { type Rule, expressionStart, int } from './rule.js';

const PART = `(?:(?<part>${AR_PART})${S}(?:من${S})?)`;
const NIGHT = `(?:(?<night>${AR_EVE}|${arabicForm('ليل')})${S})`;
const DAY_CONNECTOR = `(?:${DASH}|/|${arabicForm('إلى')}|${arabicForm('حتى')}|${arabicForm('وحتى')}|${arabicForm('لغاية')}|${arabicForm('ولغاية')}|على|و)`;
const PREP_BEFORE_MONTH = 'في|خلال|منذ|حتى|بحلول|أواخر|اواخر|مطلع|منتصف|بداية|نهاية|مستهل|أوائل|اوائل';

function nightOf(word: string | undefined, twoDays: boolean): NightKind | undefined {
  if (word === undefined) return undefined;
  // "ليلة 12-13 آذار" names both days: the night began on the first. "ليلة 12 آذار" alone is ambiguous.
  return word.includes('ة') || word.endsWith('ه') ? (twoDays ? 'night' : 'eve') : 'night';
}

/** "12 آذار 2019"، "في الخامس من شهر آذار"، "بين 1 و3 آذار"، "ليلة 12-13 آذار"، "الخامس من الشهر الجاري". */
const arDate: Rule = {
  name: 'ar-date',
  regex: rule(
    `${AR_LB}(?<pre>(?:ما${S})?(?:بين|من)${S})?${NIGHT}?(?:(?:${arabicForm('يوم')}|${arabicForm('يومي')})${S})?` +
      `(?:(?:ال)?(?<d>\\d{1,2})(?!\\d)|(?<dord>${AR_ORDINAL_DAY}))` +
      `(?:${S}${DAY_CONNECTOR}${S}(?:ال)?(?<d2>\\d{1,2})(?!\\d))?` +
      `${S}(?:من${S})?(?:شهر${S})?` +
      `(?:${AR_MONTH_PAIR}(?:${S}(?<qual>${AR_QUALIFIER}))?(?:${AR_YEAR_PHRASE})?` +
      `|(?<relm>${arabicForm('الشهر')})${S}(?<relq>${AR_QUALIFIER})|(?<thism>${arabicForm('هذا الشهر')}))` +
      RB,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const day = readDay(g);
    if (day === undefined || day < 1 || day > 31) return null;
    const d2 = int(g.d2);
    if (d2 !== undefined && (d2 < 1 || d2 > 31)) return null;
    const night = nightOf(g.night, d2 !== undefined);
    const skipStart = g.pre !== undefined && d2 === undefined ? g.pre.length : 0;
    if (g.relm !== undefined || g.thism !== undefined) {
      const q = readQualifier(g.relq);
      const monthOffset = q === 'last' ? -1 : q === 'next' ? 1 : 0;
      const expr: DateExpr = { kind: 'dayOfMonth', day, monthOffset };
      if (night !== undefined) expr.night = night;
      if (d2 !== undefined && g.night === undefined) {
        return { expr: { kind: 'range', from: expr, to: { kind: 'dayOfMonth', day: d2, monthOffset } }, skipStart };
      }
      return { expr, skipStart };
    }
    const pair = readMonthPair(g);
    if (pair === null) return null;
    const { year, yearOffset } = readYearPhrase(g);
    const qualifier = readQualifier(g.qual);
    const make = (d: number): DayExpr => {
      const e: DayExpr = { kind: 'day', day: d, month: pair.month };
      if (year !== undefined) e.year = year;
      if (yearOffset !== undefined) e.yearOffset = yearOffset;
      if (qualifier !== undefined) e.qualifier = qualifier;
      return e;
    };
    let expr: DateExpr;
    if (d2 !== undefined && night === 'night' && g.night !== undefined) {
      expr = { ...make(day), night: 'night' };
    } else if (d2 !== undefined) {
      expr = { kind: 'range', from: make(day), to: make(d2) };
    } else {
      const single = make(day);
      if (night !== undefined) single.night = night;
      expr = single;
    }
    return { expr, issues: pair.issues, skipStart };
  },
};

/** "شهر يناير الماضي"، "أواخر مارس من عام 2019"، "مطلع تشرين الأول/أكتوبر من عام 2019"، "آذار 2019". */
const arMonth: Rule = {
  name: 'ar-month',
  regex: rule(
    `${AR_LB}${PART}?(?:(?<mword>${arabicForm('شهري')}|${arabicForm('شهر')})${S})?${AR_MONTH_PAIR}(?:${S}(?<qual>${AR_QUALIFIER}))?(?:${AR_YEAR_PHRASE})?${RB}`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const pair = readMonthPair(g);
    if (pair === null) return null;
    const { year, yearOffset } = readYearPhrase(g);
    const qualifier = readQualifier(g.qual);
    const part = arabicPartTable.get(g.part);
    const expr: DateExpr = { kind: 'month', month: pair.month };
    if (year !== undefined) expr.year = year;
    if (yearOffset !== undefined) expr.yearOffset = yearOffset;
    if (qualifier !== undefined) expr.qualifier = qualifier;
    if (part !== undefined) expr.part = part;
    const context =
      g.part !== undefined || g.mword !== undefined || g.m2 !== undefined || qualifier !== undefined || year !== undefined || yearOffset !== undefined;
    const weak = !context && WEAK_ARABIC_MONTHS.has(WordTable.key(g.m1 ?? '')) && !precededBy(text, expressionStart(m), PREP_BEFORE_MONTH);
    return { expr, weak, issues: pair.issues };
  },
};

/** "عام 2019"، "مطلع عام 2020"، "نهاية 2019"، "2019م"، and a bare year after "في"، "منذ" … */
const arYear: Rule = {
  name: 'ar-year',
  regex: rule(
    `${AR_LB}(?:${PART}?(?<yw>${AR_YEAR_WORD})${S}(?<y1>\\d{4})|(?<part2>${AR_PART})${S}(?<y2>\\d{4})|(?<y3>\\d{4}))(?!\\d)` +
      `(?:${S}(?<suffix>${AR_GREGORIAN_SUFFIX}))?(?!${S}${AR_HIJRI_SUFFIX})${RB}`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const year = int(g.y1 ?? g.y2 ?? g.y3);
    if (year === undefined) return null;
    const marked = g.yw !== undefined || g.part2 !== undefined || g.suffix !== undefined;
    if (marked ? year < 1000 || year > 2999 : year < 1900 || year > 2099) return null;
    const part = arabicPartTable.get(g.part ?? g.part2);
    const expr: DateExpr = { kind: 'year', year };
    if (part !== undefined) expr.part = part;
    const weak = !marked && !precededBy(text, expressionStart(m), 'في|خلال|منذ|حتى|بحلول|قبل|بعد|من|إلى|الى|و|بين|طوال|طيلة');
    return { expr, weak };
  },
};

const SEASONS = new WordTable<Season>([
  ['ربيع', 'spring'],
  ['الربيع', 'spring'],
  ['صيف', 'summer'],
  ['الصيف', 'summer'],
  ['خريف', 'autumn'],
  ['الخريف', 'autumn'],
  ['شتاء', 'winter'],
  ['الشتاء', 'winter'],
]);

/** "صيف 2019"، "خريف العام الماضي"، "الشتاء الماضي"، "ربيع عام 2019"، "شتاء 2019-2020". */
const arSeason: Rule = {
  name: 'ar-season',
  regex: rule(
    `${AR_LB}${PART}?(?:(?<fasl>${arabicForm('فصل')})${S})?(?<s>${anyArabic(['ربيع', 'الربيع', 'صيف', 'الصيف', 'خريف', 'الخريف', 'شتاء', 'الشتاء'])})` +
      `(?!${S}(?:ال)?(?:${anyArabic(['أول', 'ثاني', 'آخر', 'عربي', 'العربي', 'الأول', 'الثاني', 'الآخر'])}))` +
      `(?:${S}(?<qual>${AR_QUALIFIER}))?(?:${AR_YEAR_PHRASE}(?:${S}[-/–]${S}(?<y2>\\d{4}))?)?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const season = SEASONS.get(g.s);
    if (season === undefined) return null;
    const { year, yearOffset } = readYearPhrase(g);
    const qualifier = readQualifier(g.qual);
    const part = arabicPartTable.get(g.part);
    const y2 = int(g.y2);
    const expr: DateExpr = { kind: 'season', season };
    // "شتاء 2019-2020": the winter that ends in the second year.
    if (year !== undefined) expr.year = season === 'winter' && y2 === year + 1 ? y2 : year;
    if (yearOffset !== undefined) expr.yearOffset = yearOffset;
    if (qualifier !== undefined) expr.qualifier = qualifier;
    if (part !== undefined) expr.part = part;
    const weak = year === undefined && yearOffset === undefined && qualifier === undefined && part === undefined && g.fasl === undefined;
    return { expr, weak };
  },
};

const DECADES = new WordTable<number>([
  ['عشرينيات', 1920],
  ['ثلاثينيات', 1930],
  ['أربعينيات', 1940],
  ['خمسينيات', 1950],
  ['ستينيات', 1960],
  ['سبعينيات', 1970],
  ['ثمانينيات', 1980],
  ['تسعينيات', 1990],
]);

/** "تسعينيات القرن الماضي"، "أواخر الثمانينيات". */
const arDecade: Rule = {
  name: 'ar-decade',
  regex: rule(
    `${AR_LB}${PART}?(?:عقد${S})?(?:ال)?(?<dec>${anyArabic(['عشرينيات', 'ثلاثينيات', 'أربعينيات', 'خمسينيات', 'ستينيات', 'سبعينيات', 'ثمانينيات', 'تسعينيات'])})` +
      `(?:${S}(?:من${S})?${arabicForm('القرن')}${S}(?:${arabicForm('الماضي')}|${arabicForm('العشرين')}))?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const start = DECADES.get(g.dec);
    if (start === undefined) return null;
    const part = arabicPartTable.get(g.part);
    const expr: DateExpr = { kind: 'decade', start };
    if (part !== undefined) expr.part = part;
    return { expr };
  },
};

/** "15 رمضان 1442 هـ"، "رمضان الماضي"، "شهر محرم"، "أواخر ذي الحجة 1440". */
const arHijri: Rule = {
  name: 'ar-hijri',
  regex: rule(
    `${AR_LB}${PART}?(?:${AR_DAY}${S}(?:من${S})?)?(?:(?<mword>${arabicForm('شهر')})${S})?(?<hm>${AR_HIJRI_MONTH})` +
      `(?:${S}(?<qual>${AR_QUALIFIER}))?` +
      `(?:${S}[,،]?${S}(?:من${S})?(?:${AR_YEAR_WORD}${S})?(?<y>\\d{3,4})(?!\\d)(?:${S}(?<suffix>${AR_HIJRI_SUFFIX}|${AR_GREGORIAN_SUFFIX}))?)?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const month = hijriMonthTable.get(g.hm);
    if (month === undefined) return null;
    const day = readDay(g);
    if (day !== undefined && (day < 1 || day > 30)) return null;
    const y = int(g.y);
    const gregorianSuffix = g.suffix !== undefined && /^م|ميلاد/.test(g.suffix);
    const expr: DateExpr = { kind: 'hijri', month };
    if (day !== undefined) expr.day = day;
    if (y !== undefined) {
      if (y >= 1900 || gregorianSuffix) expr.gregorianYear = y;
      else expr.year = y;
    }
    const qualifier = readQualifier(g.qual);
    if (qualifier !== undefined) expr.qualifier = qualifier;
    const part = arabicPartTable.get(g.part);
    if (part !== undefined) expr.part = part;
    const weak =
      WEAK_HIJRI_MONTHS.has(WordTable.key(g.hm ?? '')) && day === undefined && y === undefined && g.mword === undefined && qualifier === undefined && part === undefined;
    return { expr, weak };
  },
};

/** "1442هـ"، "عام 1442 هجرية"، "مطلع العام 1441 هـ". */
const arHijriYear: Rule = {
  name: 'ar-hijri-year',
  regex: rule(`${AR_LB}${PART}?(?:${AR_YEAR_WORD}${S})?(?<y>\\d{3,4})(?!\\d)${S}${AR_HIJRI_SUFFIX}`),
  extract(m) {
    const g = m.groups ?? {};
    const year = int(g.y);
    if (year === undefined || year < 1 || year > 1600) return null;
    const expr: DateExpr = { kind: 'hijri', year };
    const part = arabicPartTable.get(g.part);
    if (part !== undefined) expr.part = part;
    return { expr };
  },
};

const NTH = new WordTable<number>([
  ['أول', 1],
  ['ثاني', 2],
  ['ثالث', 3],
  ['رابع', 4],
]);

/**
 * The two feasts: "عيد الفطر" (1–3 Shawwal), "عيد الأضحى" (10–13 Dhu al-Hijja), "أول أيام عيد
 * الأضحى" (10 Dhu al-Hijja), "ثاني أيام عيد الفطر 2019".
 */
const arEid: Rule = {
  name: 'ar-eid',
  regex: rule(
    `${AR_LB}(?:(?:ال)?(?<nth>${anyArabic(['أول', 'ثاني', 'ثالث', 'رابع'])})${S}(?:${arabicForm('أيام')}|${arabicForm('يوم')})${S})?(?:${arabicForm('عطلة')}${S})?` +
      `${arabicForm('عيد')}${S}(?<eid>${anyArabic(['الفطر', 'الأضحى'])})(?:${S}${anyArabic(['المبارك', 'السعيد'])})?` +
      `(?:${S}[,،]?${S}(?:من${S})?(?:${AR_YEAR_WORD}${S})?(?<y>\\d{4})(?!\\d)(?:${S}(?<suffix>${AR_HIJRI_SUFFIX}|${AR_GREGORIAN_SUFFIX}))?)?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const fitr = /فطر/.test(g.eid ?? '');
    const nth = NTH.get(g.nth);
    const [first, last] = fitr ? [1, 3] : [10, 13];
    const expr: Extract<DateExpr, { kind: 'hijri' }> = { kind: 'hijri', month: fitr ? 10 : 12, day: nth === undefined ? first : first + nth - 1 };
    if (nth === undefined) expr.dayEnd = last;
    const y = int(g.y);
    if (y !== undefined) {
      if (y >= 1900 || (g.suffix !== undefined && /^م|ميلاد/.test(g.suffix))) expr.gregorianYear = y;
      else expr.year = y;
    }
    return { expr };
  },
};

/**
 * The Arabic calendar rules, most specific first.
 *
 * @example
 * ```ts
 * runRules(ARABIC_CALENDAR_RULES, 'أواخر مارس من عام 2019')[0]?.expr; //=> { kind: 'month', month: 3, year: 2019, part: 'late' }
 * ```
 */
export const ARABIC_CALENDAR_RULES: readonly Rule[] = [arDate, arHijri, arEid, arHijriYear, arMonth, arSeason, arDecade, arYear];

