import { hasArabic } from '../../text/normalize-arabic.js';
import { type DayNumber, dayNumber, isValidDate } from './calendar.js';

/**
 * What a date expression is read against: the publication date of the report, the report's time
 * zone and its language.
 *
 * @example
 * ```ts
 * const context: DateContext = { published: '2021-02-22', timeZone: 'Asia/Damascus', language: 'ar' };
 * ```
 */
export interface DateContext {
  /**
   * When the report was published: a calendar date `YYYY-MM-DD`, or an ISO 8601 date-time. With an
   * offset (`Z`, `+02:00`) it is an instant and is turned into a calendar date in `timeZone`;
   * without one it is a wall-clock time in `timeZone`. Relative expressions ("yesterday", "on
   * Sunday", a month without a year) need it.
   */
  published?: string;
  /** The IANA time zone of the report, e.g. `Asia/Damascus` or `Asia/Baghdad`. Default `UTC`. */
  timeZone?: string;
  /**
   * The language of the text as a BCP 47 tag (`ar`, `en`, `ar-SY` …). When absent it is `ar` if
   * the text has Arabic letters, else `en`. Arabic and English are fully supported; the other
   * languages chrono-node knows (de, fr, es, pt, it, nl, ru, uk, sv, fi, ja, zh, vi, id) get
   * chrono's parser with this module's rules on top; any other language gets numeric dates only.
   */
  language?: string;
  /**
   * First day of the week for "last week" / "this week": 0 = Sunday … 6 = Saturday. Default:
   * Saturday (6) for Arabic, as in Syria and Iraq; Monday (1, ISO 8601) otherwise.
   */
  weekStartsOn?: number;
}

/**
 * How well a language is supported.
 *
 * @example
 * ```ts
 * resolveContext('x', { language: 'fr' }).support; //=> 'chrono'
 * ```
 */
export type LanguageSupport = 'full' | 'chrono' | 'numeric';

/**
 * A checked {@link DateContext}. Internal.
 *
 * @example
 * ```ts
 * resolveContext('أمس', { published: '2021-02-22' }); //=> { published: 18680, timeZone: 'UTC', language: 'ar', support: 'full', weekStartsOn: 6 }
 * ```
 */
export interface ResolvedContext {
  /** The publication date as a day number, when known. */
  published?: DayNumber;
  /** Minutes since local midnight of the publication, when a time was given. */
  publishedMinutes?: number;
  /** The publication as an instant (ms since the epoch), when a time was given. */
  publishedInstant?: number;
  timeZone: string;
  /** Primary language subtag, lowercase (`ar`, `en`, `fr` …). */
  language: string;
  support: LanguageSupport;
  weekStartsOn: number;
}

const CHRONO_LANGUAGES = new Set(['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'sv', 'fi', 'ja', 'zh', 'vi', 'id']);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter giving the wall-clock parts of an instant in a time zone; throws RangeError for an unknown zone. */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date and minutes since midnight of an instant in a time zone.
 *
 * @example
 * ```ts
 * wallClock(Date.parse('2021-02-21T23:30:00Z'), 'Asia/Damascus'); //=> { day: <2021-02-22>, minutes: 90 }
 * ```
 */
export function wallClock(instant: number, timeZone: string): { day: DayNumber; minutes: number } {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const yearOfEra = get('year');
  const year = era.startsWith('B') ? 1 - yearOfEra : yearOfEra;
  return { day: dayNumber(year, get('month'), get('day')), minutes: get('hour') * 60 + get('minute') };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Checks a {@link DateContext} and fills in its defaults. Invalid options are programmer errors:
 * a `published` that is not a date, an unknown time zone or a malformed language tag throw a
 * `RangeError` (a wrong type throws a `TypeError`).
 *
 * @example
 * ```ts
 * resolveContext('أمس', { published: '2021-02-22' }).language; //=> 'ar'
 * ```
 */
export function resolveContext(text: string, context: DateContext = {}): ResolvedContext {
  // Callers from plain JavaScript may pass anything.
  if (typeof context !== 'object' || (context as DateContext | null) === null) throw new TypeError('resolveDate: context must be an object');
  const timeZone = context.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string') throw new TypeError(`resolveDate: timeZone must be a string, got ${typeof timeZone}`);
  try {
    zoneFormatter(timeZone);
  } catch {
    throw new RangeError(`resolveDate: unknown time zone "${timeZone}"; give an IANA name such as "Asia/Damascus"`);
  }

  let language: string;
  if (context.language === undefined) {
    language = hasArabic(text) ? 'ar' : 'en';
  } else {
    if (typeof context.language !== 'string') throw new TypeError(`resolveDate: language must be a string, got ${typeof context.language}`);
    let canonical: string[];
    try {
      canonical = Intl.getCanonicalLocales(context.language);
    } catch {
      throw new RangeError(`resolveDate: language "${context.language}" is not a BCP 47 language tag (e.g. "ar", "en")`);
    }
    language = (canonical[0] ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  }
  const support: LanguageSupport = language === 'ar' || language === 'en' ? 'full' : CHRONO_LANGUAGES.has(language) ? 'chrono' : 'numeric';

  const weekStartsOn = context.weekStartsOn ?? (language === 'ar' ? 6 : 1);
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`resolveDate: weekStartsOn must be an integer 0 (Sunday) … 6 (Saturday), got ${String(weekStartsOn)}`);
  }

  const out: ResolvedContext = { timeZone, language, support, weekStartsOn };
  const published = context.published;
  if (published !== undefined) {
    if (typeof published !== 'string') throw new TypeError(`resolveDate: published must be a string, got ${typeof published}`);
    const p = published.trim();
    const dateOnly = DATE_ONLY.exec(p);
    const dateTime = dateOnly === null ? DATE_TIME.exec(p) : null;
    const m = dateOnly ?? dateTime;
    if (m === null) {
      throw new RangeError(`resolveDate: published "${published}" is not a date; give YYYY-MM-DD or an ISO 8601 date-time`);
    }
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(year, month, day)) throw new RangeError(`resolveDate: published "${published}" is not a calendar date`);
    if (dateTime === null) {
      out.published = dayNumber(year, month, day);
    } else {
      const [hour, minute, second] = [Number(dateTime[4]), Number(dateTime[5]), Number(dateTime[6] ?? 0)];
      if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`resolveDate: published "${published}" has an invalid time`);
      const offset = dateTime[7];
      if (offset === undefined) {
        // A wall-clock time in the report's zone.
        out.published = dayNumber(year, month, day);
        out.publishedMinutes = hour * 60 + minute;
      } else {
        const sign = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3).replace(':', '').padEnd(2, '0')}`;
        const iso = `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}T${dateTime[4] ?? ''}:${dateTime[5] ?? ''}:${String(second).padStart(2, '0')}${sign}`;
        const instant = Date.parse(iso);
        if (Number.isNaN(instant)) throw new RangeError(`resolveDate: published "${published}" is not a valid ISO 8601 instant`);
        const local = wallClock(instant, timeZone);
        out.published = local.day;
        out.publishedMinutes = local.minutes;
        out.publishedInstant = instant;
      }
    }
  }
  return out;
}
