/**
 * Arabic rules for expressions relative to the publication date: "أمس"، "أول أمس"، "صباح
 * اليوم"، "ليلة أمس"، "يوم الأحد"، "الأحد الماضي"، "الأسبوع الماضي"، "الشهر الجاري"، "منذ ثلاثة
 * أيام"، "قبل يومين"، "خلال الأيام الماضية". Internal.
 */
import { AR_HIJRI_MONTH, AR_MONTH } from '../arabic-months.js';
import {
  AR_DAY_PART,
  AR_EVE,
  AR_NUMBER_WORD,
  AR_PART,
  AR_QUALIFIER,
  AR_UNIT,
  AR_WEEKDAY,
  arabicNumberTable,
  arabicPartTable,
  arabicUnitTable,
  arabicWeekdayTable,
} from '../arabic-words.js';
import type { DateExpr, NightKind, TimeUnit } from '../expression.js';
import { AR_LB, DASH, RB, S, WordTable, anyArabic, arabicForm, rule } from '../patterns.js';
import { readQualifier } from './arabic-common.js';
import { type Rule, int } from './rule.js';

const PART = `(?:(?<part>${AR_PART})${S}(?:من${S})?)`;
const YAWM = arabicForm('يوم');

const RELATIVE_DAYS = new WordTable<{ offset: number; night?: NightKind }>([
  ['أول من أمس', { offset: -2 }],
  ['أول أمس', { offset: -2 }],
  ['أمس الأول', { offset: -2 }],
  ['قبل أمس', { offset: -2 }],
  ['قبل البارحة', { offset: -2 }],
  ['أول البارحة', { offset: -2 }],
  ['يوم أمس', { offset: -1 }],
  ['أمس', { offset: -1 }],
  ['الأمس', { offset: -1 }],
  ['البارحة', { offset: -1 }],
  ['الليلة الماضية', { offset: -1, night: 'night' }],
  ['الليلة الفائتة', { offset: -1, night: 'night' }],
  ['ليلة البارحة', { offset: -1, night: 'night' }],
  ['اليوم', { offset: 0 }],
  ['هذا اليوم', { offset: 0 }],
  ['هذا الصباح', { offset: 0 }],
  ['هذا المساء', { offset: 0 }],
  ['الليلة', { offset: 0, night: 'night' }],
  ['هذه الليلة', { offset: 0, night: 'night' }],
]);
const RELATIVE_DAY_WORDS = anyArabic([
  'أول من أمس',
  'أول أمس',
  'أمس الأول',
  'قبل أمس',
  'قبل البارحة',
  'أول البارحة',
  'يوم أمس',
  'أمس',
  'الأمس',
  'البارحة',
  'الليلة الماضية',
  'الليلة الفائتة',
  'ليلة البارحة',
  'هذا اليوم',
  'هذا الصباح',
  'هذا المساء',
  'هذه الليلة',
  'الليلة',
]);
/** "اليوم" unless it is "اليوم السابق" (the day before), "اليوم الأول" (the first day) and the like. */
const TODAY = `${arabicForm('اليوم')}(?!${S}(?:${anyArabic(['السابق', 'التالي', 'الذي', 'التي', 'نفسه', 'ذاته', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الأخير', 'التالية', 'الموافق', 'العالمي', 'الوطني'])})${RB})`;

/** "أمس"، "يوم أمس"، "أول أمس"، "صباح اليوم"، "فجر اليوم"، "مساء أمس"، "ليلة أمس"، "الليلة الماضية"، "أمس الأحد". */
const arRelativeDay: Rule = {
  name: 'ar-relative-day',
  regex: rule(
    `${AR_LB}(?:(?<dp>${AR_DAY_PART})${S}(?:${YAWM}${S})?|(?<eve>${AR_EVE})${S}(?:${YAWM}${S})?)?(?<w>${RELATIVE_DAY_WORDS}|${TODAY})(?:${S}(?<wd>${AR_WEEKDAY}))?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const word = RELATIVE_DAYS.get(g.w);
    if (word === undefined) return null;
    const expr: DateExpr = { kind: 'relativeDay', offset: word.offset };
    const nightly = word.night ?? (g.eve !== undefined || (g.dp !== undefined && /ليل/.test(g.dp)) ? 'night' : undefined);
    if (nightly !== undefined) expr.night = nightly;
    const wd = arabicWeekdayTable.get(g.wd);
    if (wd !== undefined) expr.weekday = wd;
    return { expr };
  },
};

/** "يوم الأحد"، "الأحد الماضي"، "مساء الثلاثاء"، "ليلة الجمعة"، "ليلة السبت على الأحد"، "يومي السبت والأحد". */
const arWeekday: Rule = {
  name: 'ar-weekday',
  regex: rule(
    `${AR_LB}(?:(?<dp>${AR_DAY_PART})${S}(?:${YAWM}${S})?|(?<eve>${AR_EVE})${S}(?:${YAWM}${S})?|(?<yawm>${arabicForm('يومي')}|${YAWM})${S})?` +
      `(?<wd>${AR_WEEKDAY})(?:${S}(?<conn>على|${DASH}|/|و|${arabicForm('إلى')})${S}(?<wd2>${AR_WEEKDAY}))?(?:${S}(?<qual>${AR_QUALIFIER}))?${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const weekday = arabicWeekdayTable.get(g.wd);
    if (weekday === undefined) return null;
    const wd2 = arabicWeekdayTable.get(g.wd2);
    const qualifier = readQualifier(g.qual);
    const make = (w: number): Extract<DateExpr, { kind: 'weekday' }> => {
      const e: Extract<DateExpr, { kind: 'weekday' }> = { kind: 'weekday', weekday: w };
      if (qualifier !== undefined) e.qualifier = qualifier;
      return e;
    };
    let expr: DateExpr;
    if (g.eve !== undefined) {
      // "ليلة السبت على الأحد" names the night that began on Saturday; "ليلة الأحد" alone is ambiguous.
      expr = { ...make(weekday), night: wd2 !== undefined ? 'night' : 'eve' };
    } else if (wd2 !== undefined) {
      expr = { kind: 'range', from: make(weekday), to: make(wd2) };
    } else {
      const single = make(weekday);
      if (g.dp !== undefined && /ليل/.test(g.dp)) single.night = 'night';
      expr = single;
    }
    // "الاثنين" is also "the two": alone it needs more context.
    const weak = weekday === 1 && g.dp === undefined && g.eve === undefined && g.yawm === undefined && qualifier === undefined && wd2 === undefined;
    return { expr, weak };
  },
};

const PERIOD_UNITS = new WordTable<'week' | 'month' | 'year'>([
  ['العام', 'year'],
  ['السنة', 'year'],
  ['الشهر', 'month'],
  ['الأسبوع', 'week'],
]);
const PERIOD = anyArabic(['العام', 'السنة', 'الشهر', 'الأسبوع']);
const BEFORE_LAST = anyArabic(['قبل الماضي', 'قبل الماضية', 'قبل الفائت']);

/** "الأسبوع الماضي"، "الشهر الجاري"، "هذا العام"، "أواخر العام الماضي"، "مطلع الشهر الجاري"، "منتصف العام". */
const arRelativePeriod: Rule = {
  name: 'ar-relative-period',
  regex: rule(
    `${AR_LB}(?:(?<later>${arabicForm('في وقت لاحق من')}|${arabicForm('في وقت سابق من')})${S})?${PART}?(?:(?<unit>${PERIOD})${S}(?<qual>${BEFORE_LAST}|${AR_QUALIFIER})|(?<this>${anyArabic(['هذا', 'هذه'])})${S}(?<unit2>${PERIOD})|(?<unit3>${PERIOD})(?!${S}\\d))${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unit = PERIOD_UNITS.get(g.unit ?? g.unit2 ?? g.unit3);
    if (unit === undefined) return null;
    const part = arabicPartTable.get(g.part);
    // A bare "العام" / "الشهر" is a date only with a part: "منتصف العام"، "مطلع الشهر".
    if (g.unit3 !== undefined && part === undefined) return null;
    let offset = 0;
    if (g.qual !== undefined) {
      if (/^قبل/.test(g.qual)) offset = -2;
      else {
        const q = readQualifier(g.qual);
        offset = q === 'last' ? -1 : q === 'next' ? 1 : 0;
      }
    }
    const expr: DateExpr = { kind: 'relativePeriod', unit, offset };
    if (part !== undefined) expr.part = part;
    if (g.later !== undefined && /لاحق/.test(g.later)) expr.later = true;
    return { expr };
  },
};

/** "عطلة نهاية الأسبوع"، "نهاية الأسبوع الماضي" (Friday and Saturday). */
const arWeekend: Rule = {
  name: 'ar-weekend',
  regex: rule(`${AR_LB}(?:${arabicForm('عطلة')}${S})?${arabicForm('نهاية الأسبوع')}(?:${S}(?<qual>${AR_QUALIFIER}))?${RB}`),
  extract(m) {
    const g = m.groups ?? {};
    const expr: DateExpr = { kind: 'weekend', days: [5, 6] };
    const q = readQualifier(g.qual);
    if (q !== undefined) expr.qualifier = q;
    return { expr };
  },
};

const APPROX = anyArabic(['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'أكثر من', 'أقل من', 'ما يقارب', 'ما يزيد عن', 'ما يزيد على']);
const FEW = anyArabic(['بضعة', 'بضع', 'عدة', 'بعض']);

/** "منذ ثلاثة أيام"، "قبل يومين"، "قبل 3 أيام"، "قبل أسبوع"، "منذ أيام"، "قبل بضعة أسابيع". */
const arAgo: Rule = {
  name: 'ar-ago',
  regex: rule(
    `${AR_LB}(?:منذ|قبل)${S}(?:${APPROX}${S})?(?:(?<n>\\d{1,3})${S}(?<u>${AR_UNIT})|(?<nw>${AR_NUMBER_WORD})${S}(?<u2>${AR_UNIT})|(?<few>${FEW})${S}(?<u3>${AR_UNIT})|(?<u4>${AR_UNIT}))${RB}` +
      `(?!${S}(?:\\d|من${RB}|${AR_MONTH}|${AR_HIJRI_MONTH}|${AR_WEEKDAY}))`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unitWord = g.u ?? g.u2 ?? g.u3 ?? g.u4;
    const unit = arabicUnitTable.get(unitWord);
    if (unit === undefined) return null;
    let amount: number | undefined;
    if (g.n !== undefined) amount = int(g.n);
    else if (g.nw !== undefined) amount = arabicNumberTable.get(g.nw);
    else if (g.few !== undefined) amount = undefined;
    else amount = unit.count;
    const expr: DateExpr = { kind: 'ago', unit: unit.unit };
    if (amount !== undefined) expr.amount = amount;
    return { expr };
  },
};

const WINDOW_UNITS = new WordTable<TimeUnit>([
  ['ساعة', 'hour'],
  ['ساعات', 'hour'],
  ['الساعات', 'hour'],
  ['الساعتين', 'hour'],
  ['يوم', 'day'],
  ['يوما', 'day'],
  ['أيام', 'day'],
  ['الأيام', 'day'],
  ['اليومين', 'day'],
  ['أسبوعا', 'week'],
  ['أسابيع', 'week'],
  ['الأسابيع', 'week'],
  ['الأسبوعين', 'week'],
  ['شهرا', 'month'],
  ['أشهر', 'month'],
  ['شهور', 'month'],
  ['الأشهر', 'month'],
  ['الشهور', 'month'],
  ['الشهرين', 'month'],
  ['عاما', 'year'],
  ['سنوات', 'year'],
  ['أعوام', 'year'],
  ['السنوات', 'year'],
  ['الأعوام', 'year'],
  ['العامين', 'year'],
  ['السنتين', 'year'],
]);
const LAST_PLURAL = anyArabic(['الماضية', 'الأخيرة', 'الفائتة', 'المنصرمة', 'السابقة', 'الماضي', 'الأخير', 'المنصرم']);
const LAST_DUAL = anyArabic(['الماضيين', 'الأخيرين', 'الفائتين', 'المنصرمين', 'السابقين']);

/** "خلال الأيام الثلاثة الماضية"، "الـ24 ساعة الماضية"، "الأسبوعين الماضيين"، "الأيام القليلة الماضية". */
const arWindow: Rule = {
  name: 'ar-window',
  regex: rule(
    `${AR_LB}(?:(?:ال)?(?<n>\\d{1,3})${S}(?<u>${anyArabic(['ساعة', 'يوما', 'يوم', 'أيام', 'أسبوعا', 'أسابيع', 'شهرا', 'أشهر', 'شهور', 'عاما', 'سنوات', 'أعوام'])})${S}(?:${LAST_PLURAL})` +
      `|(?<pl>${anyArabic(['الأيام', 'الأسابيع', 'الأشهر', 'الشهور', 'الساعات', 'السنوات', 'الأعوام'])})${S}(?:(?:ال)?(?<nw>${AR_NUMBER_WORD})${S})?(?:${arabicForm('القليلة')}${S})?(?:${LAST_PLURAL})` +
      `|(?<du>${anyArabic(['اليومين', 'الأسبوعين', 'الشهرين', 'العامين', 'السنتين', 'الساعتين'])})${S}(?:${LAST_DUAL}))${RB}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unit = WINDOW_UNITS.get(g.u ?? g.pl ?? g.du);
    if (unit === undefined) return null;
    let amount: number | undefined;
    if (g.n !== undefined) amount = int(g.n);
    else if (g.nw !== undefined) amount = arabicNumberTable.get(g.nw.replace(/^ال/, ''));
    else if (g.du !== undefined) amount = 2;
    const expr: DateExpr = { kind: 'window', unit };
    if (amount !== undefined) expr.amount = amount;
    return { expr };
  },
};

/**
 * The Arabic relative rules.
 *
 * @example
 * ```ts
 * runRules(ARABIC_RELATIVE_RULES, 'أول أمس')[0]?.expr; //=> { kind: 'relativeDay', offset: -2 }
 * ```
 */
export const ARABIC_RELATIVE_RULES: readonly Rule[] = [arRelativeDay, arWeekday, arWeekend, arRelativePeriod, arAgo, arWindow];
