/**
 * English rules for calendar expressions: "12 March 2019", "March 12, 2019", "1–3 March 2021",
 * "between 1 and 3 March", "early October 2019", "the end of 2019", "the first half of 2019",
 * "summer 2019", "the 1990s", "15 Ramadan 1442 AH". Internal.
 */
import {
  EN_HIJRI_MONTH,
  EN_MONTH_ANY,
  EN_PART,
  ENGLISH_MONTHS,
  WEAK_ENGLISH_MONTHS,
  englishHijriTable,
  englishMonthTable,
  englishPartTable,
} from '../english-words.js';
import type { DateExpr, NightKind, Qualifier } from '../expression.js';
import type { Part, Season } from '../parts-of-period.js';
import { DASH, LB, RB, S, SP, WordTable, rule } from '../patterns.js';
import { type Rule, int } from './rule.js';

const ORD = '(?:st|nd|rd|th)?';
const FULL_NAMES = new Set(ENGLISH_MONTHS.map(([w]) => w.toLowerCase()));
const RELATIVE_YEAR = '(?<ry>last\\s+year|this\\s+year|the\\s+previous\\s+year|the\\s+year\\s+before|next\\s+year)';
const YEAR_AFTER = `(?:,?${SP}(?:of${SP}|in${SP})?(?<y>\\d{4})(?!\\d)|${SP}(?:of${SP})?${RELATIVE_YEAR})`;
const DAY_CONNECTOR = `(?:${DASH}|to|and|through|thru|until|till|/|&)`;

function yearOf(g: Record<string, string | undefined>): { year?: number; yearOffset?: number } {
  const year = int(g.y);
  if (year !== undefined) return { year };
  if (g.ry === undefined) return {};
  const ry = g.ry.toLowerCase();
  return { yearOffset: ry.startsWith('this') ? 0 : ry.startsWith('next') ? 1 : -1 };
}

function partOf(text: string | undefined): Part | undefined {
  if (text === undefined) return undefined;
  return englishPartTable.get(text.replace(/\s*-\s*$/, '').trim());
}

/** True when a month name is written as a proper noun (capitalised), as news prose writes it. */
function capitalised(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

function dayExpr(day: number, month: number, y: { year?: number; yearOffset?: number }, night?: NightKind): DateExpr {
  const e: DateExpr = { kind: 'day', day, month };
  if (y.year !== undefined) e.year = y.year;
  if (y.yearOffset !== undefined) e.yearOffset = y.yearOffset;
  if (night !== undefined) e.night = night;
  return e;
}

/**
 * The date of a day-and-month match, either order (groups d, d2, m, pre, night and the year's):
 * a day, a range of days in the month, or the night of a day.
 */
function dayMonthMatch(g: Record<string, string | undefined>): { expr: DateExpr; skipStart: number } | null {
  const month = englishMonthTable.get(g.m);
  const day = int(g.d);
  const d2 = int(g.d2);
  if (month === undefined || day === undefined || day < 1 || day > 31 || (d2 !== undefined && (d2 < 1 || d2 > 31))) return null;
  const y = yearOf(g);
  const skipStart = g.pre !== undefined && d2 === undefined ? g.pre.length : 0;
  if (d2 !== undefined && g.night !== undefined) return { expr: dayExpr(day, month, y, 'night'), skipStart };
  const expr: DateExpr = d2 !== undefined ? { kind: 'range', from: dayExpr(day, month, y), to: dayExpr(d2, month, y) } : dayExpr(day, month, y, g.night !== undefined ? 'night' : undefined);
  return { expr, skipStart };
}

/** "12 March 2019", "the 3rd of March", "1-3 March 2021", "between 1 and 3 March", "the night of 12 March". */
const enDateDayFirst: Rule = {
  name: 'en-date-dmy',
  regex: rule(
    `${LB}(?<pre>(?:from|between)${SP})?(?<night>(?:the${SP})?night${SP}of${SP})?(?:the${SP})?(?<d>\\d{1,2})${ORD}(?!\\d)` +
      `(?:${S}${DAY_CONNECTOR}${S}(?:the${SP})?(?<d2>\\d{1,2})${ORD}(?!\\d))?${SP}(?:of${SP})?(?<m>${EN_MONTH_ANY})(?![a-z])(?:${YEAR_AFTER})?${RB}`,
    true,
  ),
  extract(m) {
    return dayMonthMatch(m.groups ?? {});
  },
};

/** "March 12, 2019", "March 12th", "March 1-3, 2021", "on March 1 to 3". */
const enDateMonthFirst: Rule = {
  name: 'en-date-mdy',
  regex: rule(
    `${LB}(?<pre>(?:from|between)${SP})?(?<night>(?:the${SP})?night${SP}of${SP})?(?<m>${EN_MONTH_ANY})${SP}(?:the${SP})?(?<d>\\d{1,2})${ORD}(?!\\d)` +
      `(?:${S}${DAY_CONNECTOR}${S}(?<d2>\\d{1,2})${ORD}(?!\\d))?(?:${YEAR_AFTER})?${RB}(?!${S}(?:%|percent|per\\s*cent|people|civilians|killed|dead))`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const found = dayMonthMatch(g);
    if (found === null) return null;
    // "May 5" in running text: a capitalised month with a day is a date.
    return { ...found, weak: !capitalised(g.m) && yearOf(g).year === undefined };
  },
};

const MONTH_QUALIFIER = '(?<q>last|this\\s+past|this|next|past)';

/** "January", "early October 2019", "last March", "mid-January", "the end of March 2019", "March of last year". */
const enMonth: Rule = {
  name: 'en-month',
  regex: rule(`${LB}(?<part>${EN_PART})?(?:${MONTH_QUALIFIER}${SP})?(?<m>${EN_MONTH_ANY})(?![a-z])(?:${YEAR_AFTER})?${RB}`, true),
  extract(m, text) {
    const g = m.groups ?? {};
    const month = englishMonthTable.get(g.m);
    if (month === undefined) return null;
    const y = yearOf(g);
    const expr: DateExpr = { kind: 'month', month };
    if (y.year !== undefined) expr.year = y.year;
    if (y.yearOffset !== undefined) expr.yearOffset = y.yearOffset;
    const q = g.q?.toLowerCase().replace(/\s+/g, ' ');
    if (q !== undefined) expr.qualifier = (q === 'next' ? 'next' : q === 'this' ? 'this' : 'last') satisfies Qualifier;
    const part = partOf(g.part);
    if (part !== undefined) expr.part = part;
    const abbreviation = !FULL_NAMES.has((g.m ?? '').toLowerCase());
    const marked = y.year !== undefined || y.yearOffset !== undefined || q !== undefined || part !== undefined;
    const cue = /(?:^|[^\p{L}])(?:in|during|since|until|till|by|from|between|through|throughout|of|and|to|before|after|early|late|mid|last|this)\s+$/iu.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    );
    let weak: boolean;
    if (abbreviation) weak = y.year === undefined;
    else if (!capitalised(g.m)) weak = !marked;
    else if (WEAK_ENGLISH_MONTHS.has(month)) weak = !marked && !cue;
    else weak = false;
    return { expr, weak };
  },
};

/** "2019", "in 2019", "the end of 2019", "early 2020", "the first half of 2019", "the year 2019". */
const enYear: Rule = {
  name: 'en-year',
  regex: rule(`${LB}(?<part>${EN_PART})?(?<yw>(?:the${SP})?year${SP}(?:of${SP})?)?(?<y>\\d{4})(?!\\d)(?:${S}(?:AD|CE)${RB})?${RB}(?![.,]\\d)`, true),
  extract(m, text) {
    const g = m.groups ?? {};
    const year = int(g.y);
    if (year === undefined) return null;
    const part = partOf(g.part);
    const marked = part !== undefined || g.yw !== undefined;
    if (marked ? year < 1000 || year > 2999 : year < 1900 || year > 2099) return null;
    const expr: DateExpr = { kind: 'year', year };
    if (part !== undefined) expr.part = part;
    const cue = /(?:^|[^\p{L}])(?:in|during|since|until|till|by|from|between|through|throughout|of|and|to|before|after|early|late|mid|for|over)\s+$/iu.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    );
    return { expr, weak: !marked && !cue };
  },
};

const SEASONS = new WordTable<Season>([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);

/** "summer 2019", "the spring of 2011", "last winter", "late summer", "winter 2019-20". */
const enSeason: Rule = {
  name: 'en-season',
  regex: rule(
    `${LB}(?<part>${EN_PART})?(?:${MONTH_QUALIFIER}${SP})?(?:the${SP})?(?<s>spring|summer|autumn|fall|winter)` +
      `(?:${SP}(?:of${SP})?(?<y>\\d{4})(?:${S}[-/–]${S}(?<y2>\\d{2}|\\d{4}))?(?!\\d)|${SP}(?:of${SP})?${RELATIVE_YEAR})?${RB}`,
    true,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const season = SEASONS.get(g.s);
    if (season === undefined) return null;
    const y = yearOf(g);
    const expr: DateExpr = { kind: 'season', season };
    if (y.year !== undefined) {
      const y2raw = int(g.y2);
      const y2 = y2raw !== undefined && y2raw < 100 ? Math.floor(y.year / 100) * 100 + y2raw : y2raw;
      expr.year = season === 'winter' && y2 === y.year + 1 ? y2 : y.year;
    }
    if (y.yearOffset !== undefined) expr.yearOffset = y.yearOffset;
    const q = g.q?.toLowerCase().replace(/\s+/g, ' ');
    if (q !== undefined) expr.qualifier = q === 'next' ? 'next' : q === 'this' ? 'this' : 'last';
    const part = partOf(g.part);
    if (part !== undefined) expr.part = part;
    const marked = y.year !== undefined || y.yearOffset !== undefined || q !== undefined || part !== undefined;
    const cue = /(?:^|[^\p{L}])(?:in|during|since|until|by|through|throughout|over)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "fall" is a verb and "the fall of Raqqa" a noun: only with a year or a qualifier.
    const weak = season === 'autumn' && /fall/i.test(g.s ?? '') ? y.year === undefined && y.yearOffset === undefined && q === undefined : !marked && !cue;
    return { expr, weak };
  },
};

/** "the 1990s", "the late 1980s", "the early 2000s". */
const enDecade: Rule = {
  name: 'en-decade',
  regex: rule(`${LB}(?<part>${EN_PART})?(?:the${SP})?(?<dec>(?:1[0-9]|20)\\d0)['’]?s${RB}`, true),
  extract(m) {
    const g = m.groups ?? {};
    const start = int(g.dec);
    if (start === undefined) return null;
    const expr: DateExpr = { kind: 'decade', start };
    const part = partOf(g.part);
    if (part !== undefined) expr.part = part;
    return { expr };
  },
};

/** "15 Ramadan 1442 AH", "Ramadan 1442", "the end of Ramadan", "1440 AH", "Muharram". */
const enHijri: Rule = {
  name: 'en-hijri',
  regex: rule(
    `${LB}(?<part>${EN_PART})?(?:(?<d>\\d{1,2})${ORD}${SP}(?:of${SP})?)?(?<hm>${EN_HIJRI_MONTH})(?:${SP}(?<d2>\\d{1,2})(?!\\d))?` +
      `(?:,?${SP}(?<y>\\d{3,4})(?!\\d))?(?:${S}(?<ah>AH|A\\.H\\.|H\\.?|Hijri)${RB})?${RB}`,
    true,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const month = englishHijriTable.get(g.hm);
    if (month === undefined) return null;
    const day = int(g.d) ?? int(g.d2);
    if (day !== undefined && (day < 1 || day > 30)) return null;
    const expr: DateExpr = { kind: 'hijri', month };
    if (day !== undefined) expr.day = day;
    const y = int(g.y);
    if (y !== undefined) {
      if (y >= 1900) expr.gregorianYear = y;
      else expr.year = y;
    }
    const part = partOf(g.part);
    if (part !== undefined) expr.part = part;
    // Month names are also given names ("Ramadan Ahmed", "Rajab Tayyip"): alone they need a cue.
    const cue = /(?:^|[^\p{L}])(?:in|during|since|until|till|by|through|throughout|of|before|after|last|this|the\s+month\s+of|holy\s+month\s+of)\s+$/iu.test(
      text.slice(Math.max(0, m.index - 24), m.index),
    );
    const weak = day === undefined && y === undefined && part === undefined && !cue;
    return { expr, weak };
  },
};

/** "1442 AH", "the end of 1440 AH". */
const enHijriYear: Rule = {
  name: 'en-hijri-year',
  regex: rule(`${LB}(?<part>${EN_PART})?(?<y>\\d{3,4})(?!\\d)${S}(?:AH|A\\.H\\.)`, true),
  extract(m) {
    const g = m.groups ?? {};
    const year = int(g.y);
    if (year === undefined || year < 1 || year > 1600) return null;
    const expr: DateExpr = { kind: 'hijri', year };
    const part = partOf(g.part);
    if (part !== undefined) expr.part = part;
    return { expr };
  },
};

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "Eid al-Fitr" (1–3 Shawwal), "Eid al-Adha" (10–13 Dhu al-Hijja), "the first day of Eid al-Adha 2019". */
const enEid: Rule = {
  name: 'en-eid',
  regex: rule(
    `${LB}(?:the${SP}(?<nth>first|second|third|fourth)${SP}day${SP}of${SP}(?:the${SP})?)?(?:the${SP})?Eid(?:${SP}|-)?(?:(?:al|ul|el)(?:${SP}|-)?)?(?<eid>Fitr|Adha)(?:${S}holidays?)?` +
      `(?:,?${SP}(?:in${SP}|of${SP})?(?<y>\\d{4})(?!\\d)(?:${S}(?<ah>AH)${RB})?)?${RB}`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const fitr = /fitr/i.test(g.eid ?? '');
    const nth = g.nth === undefined ? undefined : NTH[g.nth.toLowerCase()];
    const [first, last] = fitr ? [1, 3] : [10, 13];
    const expr: Extract<DateExpr, { kind: 'hijri' }> = { kind: 'hijri', month: fitr ? 10 : 12, day: nth === undefined ? first : first + nth - 1 };
    if (nth === undefined) expr.dayEnd = last;
    const y = int(g.y);
    if (y !== undefined) {
      if (y >= 1900 || g.ah === undefined) expr.gregorianYear = y;
      else expr.year = y;
    }
    return { expr };
  },
};

/**
 * The English calendar rules, most specific first.
 *
 * @example
 * ```ts
 * runRules(ENGLISH_CALENDAR_RULES, 'early October 2019')[0]?.expr; //=> { kind: 'month', month: 10, year: 2019, part: 'early' }
 * ```
 */
export const ENGLISH_CALENDAR_RULES: readonly Rule[] = [enDateDayFirst, enDateMonthFirst, enHijri, enEid, enHijriYear, enMonth, enSeason, enDecade, enYear];
