/**
 * What a date expression says, before it is resolved against a publication date: the
 * intermediate form between the parsers (this module's grammar and chrono-node) and the resolver.
 * Internal.
 */
import type { Issue } from '../../schema/issue.js';
import type { Part, Season } from './parts-of-period.js';

/**
 * "last" (الماضي), "this" (الجاري، الحالي) or "next" (المقبل) attached to a name.
 *
 * @example
 * ```ts
 * const q: Qualifier = 'last'; // الماضي، المنصرم، last
 * ```
 */
export type Qualifier = 'last' | 'this' | 'next';

/**
 * How a night is tied to a date. `night`: the night that began on the evening of that day
 * ("Sunday night", "ليل الأحد", "last night" = the night that began yesterday). `eve`: Arabic
 * "ليلة X", which is the night before X in classical usage and the night of X in much news
 * writing; resolved as both days.
 *
 * @example
 * ```ts
 * const n: NightKind = 'eve'; // ليلة الأحد
 * ```
 */
export type NightKind = 'night' | 'eve';

/**
 * A unit of time in relative expressions.
 *
 * @example
 * ```ts
 * const u: TimeUnit = 'week'; // أسبوع، weeks
 * ```
 */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * A parsed date expression.
 *
 * @example
 * ```ts
 * const e: DateExpr = { kind: 'month', month: 10, year: 2019, part: 'early' }; // مطلع تشرين الأول 2019
 * ```
 */
export type DateExpr =
  /** A calendar day, possibly without its year ("12 March"). */
  | {
      kind: 'day';
      day: number;
      month: number;
      year?: number;
      /** Year relative to publication ("March 12 last year": -1). */
      yearOffset?: number;
      weekday?: number;
      qualifier?: Qualifier;
      night?: NightKind;
      /** How a numeric date was read. */
      numeric?: 'iso' | 'dmy' | 'mdy';
    }
  /** A day of a month given relative to publication ("الخامس من الشهر الجاري": offset 0). */
  | { kind: 'dayOfMonth'; day: number; monthOffset: number; night?: NightKind }
  /** A month, possibly part of it, possibly without its year. */
  | { kind: 'month'; month: number; year?: number; yearOffset?: number; qualifier?: Qualifier; part?: Part }
  /** A year, or part of it. */
  | { kind: 'year'; year: number; part?: Part }
  /** A season of the Northern hemisphere. `endYear` for "winter 2019–2020". */
  | { kind: 'season'; season: Season; year?: number; yearOffset?: number; qualifier?: Qualifier; part?: Part }
  /** A weekday ("on Sunday", "الأحد الماضي"). */
  | { kind: 'weekday'; weekday: number; qualifier?: Qualifier; night?: NightKind }
  /** A day relative to publication: today 0, yesterday -1, the day before yesterday -2. */
  | { kind: 'relativeDay'; offset: number; night?: NightKind; weekday?: number }
  /** A calendar week, month or year relative to publication: last (-1), this (0). */
  | {
      kind: 'relativePeriod';
      unit: 'week' | 'month' | 'year';
      offset: number;
      part?: Part;
      /** "later this month" / "في وقت لاحق من الشهر الجاري": the rest of the period after publication. */
      later?: boolean;
    }
  /** A weekend (Saturday–Sunday in English, Friday–Saturday in Arabic). */
  | { kind: 'weekend'; qualifier?: Qualifier; days: [number, number] }
  /** "3 days ago", "منذ ثلاثة أيام"; no amount for a vague "days ago", "قبل أيام". */
  | { kind: 'ago'; unit: TimeUnit; amount?: number }
  /** "the past three days", "خلال الأيام الماضية": a window ending at publication. */
  | { kind: 'window'; unit: TimeUnit; amount?: number }
  /**
   * A Hijri date, month, or year. `gregorianYear` for "رمضان 2021"; `dayEnd` for a run of days
   * in the month (Eid al-Adha: 10–13 Dhu al-Hijja).
   */
  | { kind: 'hijri'; year?: number; month?: number; day?: number; dayEnd?: number; qualifier?: Qualifier; part?: Part; gregorianYear?: number }
  /** A decade, "the 1990s". */
  | { kind: 'decade'; start: number; part?: Part }
  /** A range or a list ("1–3 March", "between May and June", "May and June"). */
  | { kind: 'range'; from: DateExpr; to: DateExpr }
  /** An open bound: "since 2019", "after 12 March", "before the war … 2011", "until March". */
  | { kind: 'bound'; bound: 'since' | 'after' | 'before' | 'until'; of: DateExpr }
  /** "around 9 January", "نحو منتصف آذار": a day widens to the week around it. */
  | { kind: 'approximate'; of: DateExpr }
  /** Two calendars side by side ("15 رمضان 1442 هـ الموافق 27 نيسان 2021"): `primary` is used, `check` compared. */
  | { kind: 'paired'; primary: DateExpr; check: DateExpr };

/**
 * A date expression found in the normalized text.
 *
 * @example
 * ```ts
 * const c: Candidate = { start: 0, end: 3, expr: { kind: 'relativeDay', offset: -1 }, source: 'ar-relative-day' }; // أمس
 * ```
 */
export interface Candidate {
  /** UTF-16 offsets `[start, end)` in the normalized text. */
  start: number;
  end: number;
  expr: DateExpr;
  /** Which parser found it (for debugging and confidence). */
  source: string;
  /** True when the match needs more context to count in running text (a bare "May", "مارس"). */
  weak?: boolean;
  /** Problems noticed while parsing (a conflicting month pair, an impossible day). */
  issues?: Issue[];
}
