/**
 * Resolves a parsed {@link DateExpr} against the publication date into a range of days with a
 * precision and a confidence. Internal.
 *
 * **Never after the report.** An expression without its year or week ("January", "12 March", "on
 * Sunday", "رمضان") means its most recent occurrence that began on or before the publication
 * date; with "last" / "الماضي" the most recent one that ended before it ("فبراير الماضي" in a
 * February report is the February of the year before); with "this" / "الجاري" the current one.
 * A period that contains the publication date ("this month", "خلال شهر فبراير الجاري", "2021"
 * in a 2021 report) runs up to the publication date. An explicit date after publication is kept
 * and flagged.
 *
 * **Weeks.** "last week" / "الأسبوع الماضي" is the calendar week before the publication's week;
 * weeks start on Saturday in Arabic (Syria, Iraq) and on Monday otherwise (`weekStartsOn`).
 *
 * **Nights.** A night belongs to the day on whose evening it began: "last night", "overnight",
 * "ليلة أمس", "الليلة الماضية" and "مساء أمس" are the day before publication (for a morning
 * report too; the publication time is not used); "Tuesday night" and "ليل الثلاثاء" are Tuesday;
 * "ليلة 12-13 آذار" and "ليلة السبت على الأحد" are the first day. Arabic "ليلة الأحد" alone is
 * the eve of Sunday in classical usage and Sunday night in much news writing, so it gives both
 * days (Saturday–Sunday, precision `days`) and an issue.
 */
import { issue, type Issue } from '../../schema/issue.js';
import { type DayNumber, addMonths, dayNumber, daysInMonth, fromDayNumber, isValidDate, monthRange, weekdayOf, yearRange } from './calendar.js';
import { type ResolvedContext, wallClock } from './date-context.js';
import type { DateExpr, Qualifier } from './expression.js';
import { hasHijriCalendar, hijriDayNumber, hijriMonthRange, hijriOfDayNumber, hijriYearRange } from './hijri.js';
import { partOfDays, partOfDecade, partOfMonth, partOfMonths, partOfWeek, partOfYear, seasonMonths } from './parts-of-period.js';
import { CONFIDENCE, type KnownPrecision, precisionForSpan } from './precision.js';

/**
 * A resolved expression: a known range, or `unknown` with whatever bounds are known.
 *
 * @example
 * ```ts
 * resolveExpr({ kind: 'year', year: 2019 }, ctx); //=> { start: <2019-01-01>, end: <2019-12-31>, precision: 'year', confidence: 0.95, issues: [], clip: 'silent' }
 * ```
 */
export interface Resolved {
  start?: DayNumber;
  end?: DayNumber;
  precision: KnownPrecision | 'unknown';
  confidence: number;
  issues: Issue[];
  /**
   * What to do when the range runs past publication: `silent` for periods that contain it
   * ("this month", "2021"), `notice` for explicit day ranges ("20–25 February").
   */
  clip: 'silent' | 'notice';
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function known(start: DayNumber, end: DayNumber, precision: KnownPrecision, confidence: number, clip: Resolved['clip'] = 'silent', issues: Issue[] = []): Resolved {
  return { start, end, precision, confidence, issues, clip };
}

function unknown(issues: Issue[], bounds: { start?: DayNumber; end?: DayNumber } = {}, confidence = 0): Resolved {
  const r: Resolved = { precision: 'unknown', confidence, issues, clip: 'silent' };
  if (bounds.start !== undefined) r.start = bounds.start;
  if (bounds.end !== undefined) r.end = bounds.end;
  return r;
}

function needsPublication(what: string): Resolved {
  return unknown([issue('warning', 'publication_date_needed', `"${what}" is relative to the report; give context.published (the publication date) to resolve it`)]);
}

function describe(e: DateExpr): string {
  switch (e.kind) {
    case 'day':
      return 'a day without its year';
    case 'month':
      return 'a month without its year';
    case 'season':
      return 'a season without its year';
    case 'weekday':
      return `a weekday (${WEEKDAY_NAMES[e.weekday] ?? ''})`;
    case 'hijri':
      return 'a Hijri month without its year';
    default:
      return 'a date relative to publication';
  }
}

/**
 * Picks the occurrence of a yearly thing (a month, a day, a season) that the qualifier means,
 * relative to the publication day. `rangeOf` gives the range in a year (or `undefined` when it
 * does not exist that year, like 29 February).
 */
function pickOccurrence(
  rangeOf: (year: number) => [DayNumber, DayNumber] | undefined,
  qualifier: Qualifier | undefined,
  published: DayNumber,
  currentYear: number,
): { year: number; range: [DayNumber, DayNumber] } | undefined {
  if (qualifier === 'this') {
    const range = rangeOf(currentYear);
    if (range !== undefined) return { year: currentYear, range };
  }
  if (qualifier === 'next') {
    for (let y = currentYear; y <= currentYear + 8; y++) {
      const range = rangeOf(y);
      if (range !== undefined && range[0] > published) return { year: y, range };
    }
    return undefined;
  }
  for (let y = currentYear + 1; y >= currentYear - 8; y--) {
    const range = rangeOf(y);
    if (range === undefined) continue;
    if (qualifier === 'last' ? range[1] < published : range[0] <= published) return { year: y, range };
  }
  return undefined;
}

function invalidDate(text: string): Resolved {
  return unknown([issue('warning', 'invalid_date', `${text} is not a calendar date`)]);
}

function resolveDay(e: Extract<DateExpr, { kind: 'day' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  let base: number;
  let day: DayNumber;
  if (e.year !== undefined || e.yearOffset !== undefined) {
    let year = e.year;
    if (year === undefined) {
      if (P === undefined) return needsPublication('a day of a year given relative to the report');
      year = fromDayNumber(P).year + (e.yearOffset ?? 0);
    }
    if (!isValidDate(year, e.month, e.day)) return invalidDate(`${String(e.day)}/${String(e.month)}/${String(year)}`);
    day = dayNumber(year, e.month, e.day);
    base = e.numeric === 'dmy' ? CONFIDENCE.numericDayFirst : e.numeric === 'mdy' ? CONFIDENCE.numericMonthFirst : CONFIDENCE.explicitDay;
  } else {
    if (!isValidDate(2000, e.month, e.day)) return invalidDate(`${String(e.day)}/${String(e.month)}`);
    if (P === undefined) return needsPublication(describe(e));
    const picked = pickOccurrence(
      (y) => (isValidDate(y, e.month, e.day) ? [dayNumber(y, e.month, e.day), dayNumber(y, e.month, e.day)] : undefined),
      e.qualifier,
      P,
      fromDayNumber(P).year,
    );
    if (picked === undefined) return invalidDate(`${String(e.day)}/${String(e.month)}`);
    day = picked.range[0];
    base = CONFIDENCE.explicitDay * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1);
  }
  const issues: Issue[] = [];
  let confidence = base;
  if (e.weekday !== undefined && weekdayOf(day) !== e.weekday) {
    issues.push(
      issue(
        'warning',
        'weekday_mismatch',
        `The text says ${WEEKDAY_NAMES[e.weekday] ?? ''} but ${fromDayNumber(day).day}/${fromDayNumber(day).month}/${fromDayNumber(day).year} is a ${WEEKDAY_NAMES[weekdayOf(day)] ?? ''}; used the date`,
      ),
    );
    confidence *= CONFIDENCE.weekdayMismatch;
  }
  if (e.night === 'eve') return withEve(day, confidence, issues);
  return known(day, day, 'day', confidence, 'notice', issues);
}

function withEve(day: DayNumber, confidence: number, issues: Issue[]): Resolved {
  issues.push(
    issue(
      'info',
      'ambiguous_night',
      '"ليلة" + a day is the eve of that day in classical usage and the night of that day in much news writing; gave both days',
    ),
  );
  return known(day - 1, day, 'days', Math.min(confidence, CONFIDENCE.ambiguousNight), 'silent', issues);
}

function resolveMonth(e: Extract<DateExpr, { kind: 'month' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  const rangeIn = (year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } => {
    if (e.part !== undefined) return partOfMonth(year, e.month, e.part);
    const [start, end] = monthRange(year, e.month);
    return { start, end, precision: 'month' };
  };
  const base = e.part === undefined ? CONFIDENCE.explicitMonth : CONFIDENCE.partOfMonth;
  if (e.year !== undefined || e.yearOffset !== undefined) {
    let year = e.year;
    if (year === undefined) {
      if (P === undefined) return needsPublication('a month of a year given relative to the report');
      year = fromDayNumber(P).year + (e.yearOffset ?? 0);
    }
    const r = rangeIn(year);
    return known(r.start, r.end, r.precision, base);
  }
  if (P === undefined) return needsPublication(describe(e));
  // The occurrence is chosen on the whole month (a part of the current month is still this month).
  const picked = pickOccurrence((y) => monthRange(y, e.month), e.qualifier, P, fromDayNumber(P).year);
  if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the month fits the publication date')]);
  const r = rangeIn(picked.year);
  return known(r.start, r.end, r.precision, base * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1));
}

function resolveSeason(e: Extract<DateExpr, { kind: 'season' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  const rangeIn = (year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } => {
    const starts = seasonMonths(e.season, year);
    const whole = { start: starts[0] ?? 0, end: (starts[3] ?? 0) - 1, precision: 'year' as const };
    if (e.part === undefined) return whole;
    return partOfMonths(starts, e.part) ?? whole;
  };
  let year = e.year;
  let confidence = CONFIDENCE.season;
  if (year === undefined && e.yearOffset !== undefined) {
    if (P === undefined) return needsPublication('a season of a year given relative to the report');
    year = fromDayNumber(P).year + e.yearOffset;
  }
  if (year === undefined) {
    if (P === undefined) return needsPublication(describe(e));
    const picked = pickOccurrence(
      (y) => {
        const starts = seasonMonths(e.season, y);
        return [starts[0] ?? 0, (starts[3] ?? 0) - 1];
      },
      e.qualifier,
      P,
      fromDayNumber(P).year,
    );
    if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the season fits the publication date')]);
    year = picked.year;
    if (e.qualifier === undefined) confidence *= CONFIDENCE.impliedYear;
  }
  const r = rangeIn(year);
  return known(r.start, r.end, r.precision, confidence);
}

function resolveWeekday(e: Extract<DateExpr, { kind: 'weekday' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication(describe(e));
  const back = (weekdayOf(P) - e.weekday + 7) % 7;
  let day: DayNumber;
  let confidence: number;
  if (e.qualifier === 'last') {
    day = P - (back === 0 ? 7 : back);
    confidence = CONFIDENCE.weekdayLast;
  } else if (e.qualifier === 'next') {
    const ahead = (e.weekday - weekdayOf(P) + 7) % 7;
    day = P + (ahead === 0 ? 7 : ahead);
    confidence = CONFIDENCE.weekdayNext;
  } else {
    day = P - back;
    confidence = CONFIDENCE.weekdayBare;
  }
  if (e.night === 'eve') return withEve(day, confidence, []);
  return known(day, day, 'day', e.night === 'night' ? Math.min(confidence, CONFIDENCE.night) : confidence);
}

function resolveRelativeDay(e: Extract<DateExpr, { kind: 'relativeDay' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a day relative to publication');
  const day = P + e.offset;
  const issues: Issue[] = [];
  let confidence: number = e.night === undefined ? CONFIDENCE.relativeDay : CONFIDENCE.night;
  if (e.weekday !== undefined && weekdayOf(day) !== e.weekday) {
    issues.push(
      issue('warning', 'weekday_mismatch', `The text names ${WEEKDAY_NAMES[e.weekday] ?? ''} but that day (${fromDayNumber(day).day}/${fromDayNumber(day).month}) is a ${WEEKDAY_NAMES[weekdayOf(day)] ?? ''}`),
    );
    confidence *= CONFIDENCE.weekdayMismatch;
  }
  return known(day, day, 'day', confidence, 'silent', issues);
}

function resolveRelativePeriod(e: Extract<DateExpr, { kind: 'relativePeriod' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a week, month or year relative to publication');
  if (e.later === true) {
    // "later this month": from the day after publication to the end of the period.
    const whole = resolveRelativePeriod({ kind: 'relativePeriod', unit: e.unit, offset: e.offset }, ctx);
    if (whole.end === undefined || whole.end <= P) return unknown([issue('warning', 'unresolved_date', `nothing of the ${e.unit} is left after publication`)]);
    return known(P + 1, whole.end, whole.precision === 'unknown' ? 'month' : whole.precision, CONFIDENCE.thisPeriod);
  }
  const { year, month } = fromDayNumber(P);
  if (e.unit === 'week') {
    const weekStart = P - ((weekdayOf(P) - ctx.weekStartsOn + 7) % 7) + 7 * e.offset;
    const r = e.part === undefined ? { start: weekStart, end: weekStart + 6 } : partOfWeek(weekStart, e.part);
    return known(r.start, r.end, 'week', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastWeek);
  }
  if (e.unit === 'month') {
    const ym = addMonths(year, month, e.offset);
    if (e.part !== undefined) {
      const r = partOfMonth(ym.year, ym.month, e.part);
      return known(r.start, r.end, r.precision, CONFIDENCE.partOfMonth);
    }
    const [start, end] = monthRange(ym.year, ym.month);
    return known(start, end, 'month', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastPeriod);
  }
  const y = year + e.offset;
  if (e.part !== undefined) {
    const r = partOfYear(y, e.part);
    return known(r.start, r.end, r.precision, CONFIDENCE.partOfYear);
  }
  const [start, end] = yearRange(y);
  return known(start, end, 'year', e.offset === 0 ? CONFIDENCE.thisPeriod : CONFIDENCE.lastPeriod);
}

function resolveWeekend(e: Extract<DateExpr, { kind: 'weekend' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a weekend relative to publication');
  const [first] = e.days;
  let start = P - ((weekdayOf(P) - first + 7) % 7);
  if (e.qualifier === 'last' && start + 1 >= P) start -= 7;
  if (e.qualifier === 'next') start += 7;
  return known(start, start + 1, 'days', CONFIDENCE.weekend);
}

/** The calendar day `hours` before the publication, when its time is known. */
function dayHoursBefore(ctx: ResolvedContext, hours: number): DayNumber | undefined {
  const P = ctx.published;
  if (P === undefined) return undefined;
  if (ctx.publishedInstant !== undefined) return wallClock(ctx.publishedInstant - hours * 3_600_000, ctx.timeZone).day;
  if (ctx.publishedMinutes !== undefined) return P + Math.floor((ctx.publishedMinutes - hours * 60) / 1440);
  return undefined;
}

function vague(what: string): Issue {
  return issue('info', 'vague_date', `"${what}" gives no number; used a conventional window`);
}

function resolveAgo(e: Extract<DateExpr, { kind: 'ago' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a time ago');
  const { year, month } = fromDayNumber(P);
  const n = e.amount;
  switch (e.unit) {
    case 'hour': {
      const hours = n ?? 6;
      const from = dayHoursBefore(ctx, hours) ?? (hours <= 12 ? P : P - Math.ceil(hours / 24));
      return known(from, from, 'day', n === undefined ? CONFIDENCE.vague : CONFIDENCE.agoHours, 'silent', n === undefined ? [vague('hours ago')] : []);
    }
    case 'day':
      if (n === undefined) return known(P - 7, P - 1, 'week', CONFIDENCE.vague, 'silent', [vague('days ago')]);
      return known(P - n, P - n, 'day', CONFIDENCE.agoDays);
    case 'week':
      if (n === undefined) return known(P - 35, P - 7, 'month', CONFIDENCE.vague * 0.8, 'silent', [vague('weeks ago')]);
      return known(P - 7 * n - 3, P - 7 * n + 3, 'week', CONFIDENCE.agoWeeks);
    case 'month': {
      if (n === undefined) return unknown([vague('months ago')], { end: P }, 0.2);
      const ym = addMonths(year, month, -n);
      const [start, end] = monthRange(ym.year, ym.month);
      return known(start, end, 'month', CONFIDENCE.agoMonthsYears);
    }
    case 'year': {
      if (n === undefined) return unknown([vague('years ago')], { end: P }, 0.1);
      const [start, end] = yearRange(year - n);
      return known(start, end, 'year', CONFIDENCE.agoMonthsYears);
    }
  }
}

function resolveWindow(e: Extract<DateExpr, { kind: 'window' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a window of time before publication');
  const n = e.amount;
  const conf = n === undefined ? CONFIDENCE.vague : CONFIDENCE.window;
  const issues = n === undefined ? [vague('recent days')] : [];
  switch (e.unit) {
    case 'hour': {
      const hours = n ?? 24;
      const from = dayHoursBefore(ctx, hours) ?? P - Math.max(1, Math.ceil(hours / 24));
      return known(from, P, precisionForSpan(P - from + 1), conf, 'silent', issues);
    }
    case 'day': {
      const days = n ?? 7;
      return known(P - days, P, n === undefined ? 'week' : precisionForSpan(days + 1), conf, 'silent', issues);
    }
    case 'week': {
      const weeks = n ?? 4;
      return known(P - 7 * weeks, P, weeks === 1 ? 'week' : precisionForSpan(7 * weeks + 1), conf, 'silent', issues);
    }
    case 'month': {
      const months = n ?? 6;
      const { year, month, day } = fromDayNumber(P);
      const ym = addMonths(year, month, -months);
      const from = dayNumber(ym.year, ym.month, Math.min(day, daysInMonth(ym.year, ym.month)));
      return known(from, P, months === 1 ? 'month' : 'year', conf, 'silent', issues);
    }
    case 'year': {
      const years = n ?? 5;
      const { year, month, day } = fromDayNumber(P);
      const from = dayNumber(year - years, month, Math.min(day, daysInMonth(year - years, month)));
      return known(from, P, 'year', conf, 'silent', issues);
    }
  }
}

function hijriUnavailable(): Resolved {
  return unknown([issue('error', 'hijri_unavailable', 'This Node has no islamic-umalqura calendar (small ICU); a Hijri date cannot be converted')]);
}

function hijriRange(e: Extract<DateExpr, { kind: 'hijri' }>, year: number): { start: DayNumber; end: DayNumber; precision: KnownPrecision } | undefined {
  if (e.month === undefined) {
    const whole = hijriYearRange(year);
    if (whole === undefined) return undefined;
    if (e.part === undefined) return { start: whole[0], end: whole[1], precision: 'year' };
    const starts: DayNumber[] = [];
    for (let m = 1; m <= 12; m++) {
      const s = hijriDayNumber(year, m, 1);
      if (s === undefined) return undefined;
      starts.push(s);
    }
    starts.push(whole[1] + 1);
    return partOfMonths(starts, e.part) ?? { start: whole[0], end: whole[1], precision: 'year' };
  }
  if (e.day !== undefined) {
    const d = hijriDayNumber(year, e.month, e.day);
    const last = e.dayEnd === undefined ? d : hijriDayNumber(year, e.month, e.dayEnd);
    return d === undefined || last === undefined ? undefined : { start: d, end: last, precision: precisionForSpan(last - d + 1) };
  }
  const m = hijriMonthRange(year, e.month);
  if (m === undefined) return undefined;
  if (e.part === undefined) return { start: m[0], end: m[1], precision: 'month' };
  return partOfDays(m[0], m[1] - m[0] + 1, e.part);
}

function resolveHijri(e: Extract<DateExpr, { kind: 'hijri' }>, ctx: ResolvedContext): Resolved {
  if (!hasHijriCalendar()) return hijriUnavailable();
  const P = ctx.published;
  if (e.year !== undefined) {
    const r = hijriRange(e, e.year);
    if (r === undefined) return invalidDate(`${e.day !== undefined ? `${String(e.day)}/` : ''}${e.month !== undefined ? `${String(e.month)}/` : ''}${String(e.year)} AH`);
    return known(r.start, r.end, r.precision, CONFIDENCE.hijri, r.precision === 'day' ? 'notice' : 'silent');
  }
  if (e.month === undefined) return unknown([issue('warning', 'unresolved_date', 'a Hijri date without month or year')]);
  if (e.gregorianYear !== undefined) {
    // "رمضان 2021": the Hijri month that begins in that Gregorian year.
    const mid = hijriOfDayNumber(dayNumber(e.gregorianYear, 7, 1)).year;
    const [gStart, gEnd] = yearRange(e.gregorianYear);
    for (const hy of [mid - 1, mid, mid + 1]) {
      const m = hijriMonthRange(hy, e.month);
      if (m !== undefined && m[0] >= gStart && m[0] <= gEnd) {
        const r = hijriRange(e, hy);
        if (r !== undefined) return known(r.start, r.end, r.precision, CONFIDENCE.hijri * CONFIDENCE.impliedYear);
      }
    }
    return invalidDate(`Hijri month ${String(e.month)} in ${String(e.gregorianYear)}`);
  }
  if (P === undefined) return needsPublication(describe(e));
  const current = hijriOfDayNumber(P).year;
  // The occurrence is chosen on the days named (a feast) or the whole month.
  const monthOnly: Extract<DateExpr, { kind: 'hijri' }> = { kind: 'hijri', month: e.month };
  if (e.day !== undefined && e.dayEnd !== undefined) {
    monthOnly.day = e.day;
    monthOnly.dayEnd = e.dayEnd;
  }
  const picked = pickOccurrence(
    (hy) => {
      const r = hijriRange(monthOnly, hy);
      return r === undefined ? undefined : [r.start, r.end];
    },
    e.qualifier,
    P,
    current,
  );
  if (picked === undefined) return unknown([issue('warning', 'unresolved_date', 'no occurrence of the Hijri month fits the publication date')]);
  const r = hijriRange(e, picked.year);
  if (r === undefined) return invalidDate(`${e.day !== undefined ? `${String(e.day)}/` : ''}${String(e.month)}/${String(picked.year)} AH`);
  return known(r.start, r.end, r.precision, CONFIDENCE.hijri * (e.qualifier === undefined ? CONFIDENCE.impliedYear : 1));
}

function resolveDayOfMonth(e: Extract<DateExpr, { kind: 'dayOfMonth' }>, ctx: ResolvedContext): Resolved {
  const P = ctx.published;
  if (P === undefined) return needsPublication('a day of a month given relative to the report');
  const { year, month } = fromDayNumber(P);
  const ym = addMonths(year, month, e.monthOffset);
  if (!isValidDate(ym.year, ym.month, e.day)) return invalidDate(`${String(e.day)}/${String(ym.month)}/${String(ym.year)}`);
  const day = dayNumber(ym.year, ym.month, e.day);
  if (e.night === 'eve') return withEve(day, CONFIDENCE.relativeDay, []);
  return known(day, day, 'day', CONFIDENCE.relativeDay, 'notice');
}

function hasYear(e: DateExpr): boolean {
  switch (e.kind) {
    case 'day':
    case 'month':
    case 'season':
      return e.year !== undefined || e.yearOffset !== undefined;
    case 'hijri':
      return e.year !== undefined || e.gregorianYear !== undefined;
    default:
      return true;
  }
}

/** A copy of `e` in the given year (and, for a day, in the month of `month` when it has none). */
function inYear(e: DateExpr, year: number | undefined, yearOffset: number | undefined): DateExpr {
  if (e.kind !== 'day' && e.kind !== 'month' && e.kind !== 'season') return e;
  const copy = { ...e };
  delete copy.qualifier;
  if (year !== undefined) copy.year = year;
  else if (yearOffset !== undefined) copy.yearOffset = yearOffset;
  return copy;
}

function yearFields(e: DateExpr): { year?: number; yearOffset?: number } {
  if (e.kind === 'day' || e.kind === 'month' || e.kind === 'season') {
    const out: { year?: number; yearOffset?: number } = {};
    if (e.year !== undefined) out.year = e.year;
    if (e.yearOffset !== undefined) out.yearOffset = e.yearOffset;
    return out;
  }
  return {};
}

function shiftYear(e: DateExpr, delta: number): DateExpr {
  if (e.kind !== 'day' && e.kind !== 'month' && e.kind !== 'season') return e;
  if (e.year !== undefined) return { ...e, year: e.year + delta };
  if (e.yearOffset !== undefined) return { ...e, yearOffset: e.yearOffset + delta };
  return e;
}

function resolveRange(e: Extract<DateExpr, { kind: 'range' }>, ctx: ResolvedContext): Resolved {
  let { from, to } = e;
  const P = ctx.published;
  // Two weekdays ("يومي السبت والأحد"): the later one as usual, the first the latest before it.
  if (from.kind === 'weekday' && to.kind === 'weekday') {
    const b = resolveWeekday(to, ctx);
    if (b.start === undefined || b.end === undefined) return b;
    const a = b.start - ((weekdayOf(b.start) - from.weekday + 7) % 7 || 7);
    return known(a, b.end, precisionForSpan(b.end - a + 1), b.confidence);
  }
  // Share the year: "1 to 3 March 2021", "from December to February 2021", "بين آذار وأيار 2019".
  if (!hasYear(from) && hasYear(to)) {
    from = inYear(from, yearFields(to).year, yearFields(to).yearOffset);
    const a = resolveExpr(from, ctx);
    const b = resolveExpr(to, ctx);
    if (a.start !== undefined && b.start !== undefined && a.start > b.start) from = shiftYear(from, -1);
  } else if (hasYear(from) && !hasYear(to)) {
    to = inYear(to, yearFields(from).year, yearFields(from).yearOffset);
    const a = resolveExpr(from, ctx);
    const b = resolveExpr(to, ctx);
    if (a.start !== undefined && b.start !== undefined && b.start < a.start) to = shiftYear(to, 1);
  } else if (!hasYear(from) && !hasYear(to) && (from.kind === 'day' || from.kind === 'month') && (to.kind === 'day' || to.kind === 'month')) {
    // Neither has a year: the latest year in which the range begins on or before publication.
    if (P === undefined) return needsPublication('a range without its year');
    const y0 = fromDayNumber(P).year;
    for (let y = y0; y >= y0 - 8; y--) {
      const a = resolveExpr(inYear(from, y, undefined), ctx);
      let b = resolveExpr(inYear(to, y, undefined), ctx);
      if (a.start === undefined || b.end === undefined) continue;
      if (b.start !== undefined && b.start < a.start) b = resolveExpr(inYear(to, y + 1, undefined), ctx);
      if (b.end === undefined) continue;
      if (a.start <= P) return combine(a, b, CONFIDENCE.impliedYear);
    }
    return unknown([issue('warning', 'unresolved_date', 'no year fits the range before the publication date')]);
  }
  return combine(resolveExpr(from, ctx), resolveExpr(to, ctx), 1);
}

function combine(a: Resolved, b: Resolved, factor: number): Resolved {
  const issues = [...a.issues, ...b.issues];
  if (a.start === undefined || b.end === undefined || a.precision === 'unknown' || b.precision === 'unknown') {
    return unknown(issues);
  }
  let start = a.start;
  let end = b.end;
  if (b.start !== undefined && b.start < start) start = b.start;
  if (a.end !== undefined && a.end > end) end = a.end;
  const clip = a.clip === 'notice' || b.clip === 'notice' ? 'notice' : 'silent';
  return known(start, end, precisionForSpan(end - start + 1), Math.min(a.confidence, b.confidence) * factor, clip, issues);
}

function resolveBound(e: Extract<DateExpr, { kind: 'bound' }>, ctx: ResolvedContext): Resolved {
  const inner = resolveExpr(e.of, ctx);
  if (inner.start === undefined || inner.end === undefined || inner.precision === 'unknown') return inner;
  const P = ctx.published;
  const open = (what: string): Issue => issue('info', 'open_date_range', `"${what}" gives only one bound of the date`);
  switch (e.bound) {
    case 'since':
    case 'after': {
      const start = e.bound === 'since' ? inner.start : inner.end + 1;
      if (P === undefined) return unknown([...inner.issues, open(e.bound)], { start }, CONFIDENCE.openEnd);
      const end = Math.max(P, start);
      return known(start, end, precisionForSpan(end - start + 1), inner.confidence * CONFIDENCE.bound, 'silent', [...inner.issues, open(e.bound)]);
    }
    case 'before':
      return unknown([...inner.issues, open('before')], { end: inner.start - 1 }, CONFIDENCE.openEnd);
    case 'until':
      return unknown([...inner.issues, open('until')], { end: inner.end }, CONFIDENCE.openEnd);
  }
}

/** "around 9 January": a day becomes the 7 days centred on it; a longer range keeps its bounds. */
function resolveApproximate(e: Extract<DateExpr, { kind: 'approximate' }>, ctx: ResolvedContext): Resolved {
  const inner = resolveExpr(e.of, ctx);
  if (inner.start === undefined || inner.end === undefined || inner.precision === 'unknown') return inner;
  const note = issue('info', 'approximate_date', 'The text gives the date as approximate ("around", "نحو"); widened a day to the week around it');
  if (inner.end - inner.start < 7) {
    return known(inner.start - 3, inner.end + 3, 'week', inner.confidence * CONFIDENCE.approximate, 'silent', [...inner.issues, note]);
  }
  return { ...inner, confidence: inner.confidence * CONFIDENCE.approximate, issues: [...inner.issues, note] };
}

function resolvePaired(e: Extract<DateExpr, { kind: 'paired' }>, ctx: ResolvedContext): Resolved {
  const primary = resolveExpr(e.primary, ctx);
  const check = resolveExpr(e.check, ctx);
  if (primary.start === undefined || check.start === undefined || primary.end === undefined || check.end === undefined) return primary;
  const gap = Math.max(0, check.start - primary.end, primary.start - check.end);
  if (gap > 1) {
    return {
      ...primary,
      confidence: primary.confidence * CONFIDENCE.weekdayMismatch,
      issues: [
        ...primary.issues,
        issue('warning', 'calendar_mismatch', `The Hijri and Gregorian dates given side by side are ${String(gap)} days apart; used the Gregorian date`),
      ],
    };
  }
  return primary;
}

/**
 * Resolves one expression against the context.
 *
 * @example
 * ```ts
 * resolveExpr({ kind: 'weekday', weekday: 0 }, resolveContext('', { published: '2021-02-22' })).start; //=> <2021-02-21>
 * ```
 */
export function resolveExpr(e: DateExpr, ctx: ResolvedContext): Resolved {
  switch (e.kind) {
    case 'day':
      return resolveDay(e, ctx);
    case 'dayOfMonth':
      return resolveDayOfMonth(e, ctx);
    case 'month':
      return resolveMonth(e, ctx);
    case 'year':
      if (e.part !== undefined) {
        const r = partOfYear(e.year, e.part);
        return known(r.start, r.end, r.precision, CONFIDENCE.partOfYear);
      } else {
        const [start, end] = yearRange(e.year);
        return known(start, end, 'year', CONFIDENCE.explicitYear);
      }
    case 'season':
      return resolveSeason(e, ctx);
    case 'weekday':
      return resolveWeekday(e, ctx);
    case 'relativeDay':
      return resolveRelativeDay(e, ctx);
    case 'relativePeriod':
      return resolveRelativePeriod(e, ctx);
    case 'weekend':
      return resolveWeekend(e, ctx);
    case 'ago':
      return resolveAgo(e, ctx);
    case 'window':
      return resolveWindow(e, ctx);
    case 'hijri':
      return resolveHijri(e, ctx);
    case 'decade': {
      const r = partOfDecade(e.start, e.part);
      return known(r.start, r.end, 'year', CONFIDENCE.decade);
    }
    case 'range':
      return resolveRange(e, ctx);
    case 'bound':
      return resolveBound(e, ctx);
    case 'paired':
      return resolvePaired(e, ctx);
    case 'approximate':
      return resolveApproximate(e, ctx);
  }
}
