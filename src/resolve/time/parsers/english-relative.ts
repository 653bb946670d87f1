/**
 * English rules for expressions relative to the publication date: "yesterday", "the day before
 * yesterday", "this morning", "last night", "on Sunday", "last Friday", "Tuesday night", "last
 * week", "earlier this month", "late last year", "3 days ago", "over the past three days", "the
 * weekend". Internal.
 */
import { EN_NUMBER, EN_PART, EN_UNIT, EN_WEEKDAY, englishNumberTable, englishPartTable, englishUnitTable, englishWeekdayTable } from '../english-words.js';
import type { DateExpr, NightKind, Qualifier, TimeUnit } from '../expression.js';
import { LB, RB, S, SP, rule } from '../patterns.js';
import { type Rule, int } from './rule.js';

const DAY_PART = '(?:morning|afternoon|evening|night|overnight)';

/** "yesterday", "the day before yesterday", "today", "this morning", "tonight", "last night", "overnight", "yesterday evening". */
const enRelativeDay: Rule = {
  name: 'en-relative-day',
  regex: rule(
    `${LB}(?:(?:early|late|earlier|later)${SP}(?:on${SP})?)?(?:` +
      `(?<dby>the${SP}day${SP}before${SP}yesterday)|(?<yest>yesterday)|(?<today>today|earlier${SP}today)|(?<tonight>tonight|this${SP}evening)` +
      `|(?<thism>this${SP}(?:morning|afternoon))|(?<lastnight>last${SP}night|overnight)` +
      `)(?:${SP}(?<dp>${DAY_PART}))?${RB}`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    let offset: number;
    let night: NightKind | undefined;
    if (g.dby !== undefined) offset = -2;
    else if (g.yest !== undefined) offset = -1;
    else if (g.lastnight !== undefined) {
      offset = -1;
      night = 'night';
    } else if (g.tonight !== undefined) {
      offset = 0;
      night = 'night';
    } else offset = 0;
    if (g.dp !== undefined && /night/i.test(g.dp)) night = 'night';
    const expr: DateExpr = { kind: 'relativeDay', offset };
    if (night !== undefined) expr.night = night;
    return { expr };
  },
};

/** "on Sunday", "last Friday", "this past Saturday", "Tuesday night", "late Sunday", "early on Monday". */
const enWeekday: Rule = {
  name: 'en-weekday',
  regex: rule(
    `${LB}(?:(?<q>last|this${SP}past|this|next|on|early|late|early${SP}on|late${SP}on|overnight)${SP})?(?<wd>${EN_WEEKDAY})(?:${SP}(?<dp>${DAY_PART}))?${RB}` +
      // Newspapers named after a weekday.
      `(?!${SP}(?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Mail|Independent|Star|Sport)${RB})`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const weekday = englishWeekdayTable.get(g.wd);
    if (weekday === undefined) return null;
    const expr: DateExpr = { kind: 'weekday', weekday };
    const q = g.q?.toLowerCase().replace(/\s+/g, ' ');
    if (q === 'last' || q === 'this past') expr.qualifier = 'last';
    else if (q === 'next') expr.qualifier = 'next';
    if ((g.dp !== undefined && /night/i.test(g.dp)) || q === 'overnight') expr.night = 'night';
    // "on" is a preposition, not part of the date.
    return { expr, skipStart: q === 'on' ? (g.q ?? '').length : 0 };
  },
};

const PERIOD_QUALIFIER =
  '(?<q>last|this|this\\s+past|the\\s+previous|previous|next|earlier\\s+this|later\\s+this|the\\s+current|current|so\\s+far\\s+this)';

/** "last week", "this month", "earlier this year", "late last year", "the end of last month", "the week before last". */
const enRelativePeriod: Rule = {
  name: 'en-relative-period',
  regex: rule(
    `${LB}(?<part>${EN_PART})?(?:${PERIOD_QUALIFIER}${SP}(?<u>week|month|year)|(?:the${SP})?(?<u2>week|month|year)${SP}before${SP}last)${RB}`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unitWord = (g.u ?? g.u2 ?? '').toLowerCase();
    const unit = unitWord === 'week' ? 'week' : unitWord === 'month' ? 'month' : unitWord === 'year' ? 'year' : undefined;
    if (unit === undefined) return null;
    const q = g.q?.toLowerCase().replace(/\s+/g, ' ');
    let offset = 0;
    if (g.u2 !== undefined) offset = -2;
    else if (q === 'last' || q === 'the previous' || q === 'previous' || q === 'this past') offset = -1;
    else if (q === 'next') offset = 1;
    const expr: DateExpr = { kind: 'relativePeriod', unit, offset };
    if (q === 'later this') expr.later = true;
    const partText = g.part?.replace(/\s*-\s*$/, '').trim();
    const part = partText === undefined ? undefined : englishPartTable.get(partText);
    if (part !== undefined) expr.part = part;
    return { expr };
  },
};

/** "the weekend", "last weekend", "over the weekend", "this weekend" (Saturday and Sunday). */
const enWeekend: Rule = {
  name: 'en-weekend',
  regex: rule(`${LB}(?:(?<q>last|this|this${SP}past|next|the|over${SP}the|at${SP}the)${SP})weekend${RB}`, true),
  extract(m) {
    const g = m.groups ?? {};
    const q = g.q?.toLowerCase().replace(/\s+/g, ' ');
    const expr: DateExpr = { kind: 'weekend', days: [6, 0] };
    const qualifier: Qualifier | undefined = q === 'last' || q === 'this past' ? 'last' : q === 'next' ? 'next' : undefined;
    if (qualifier !== undefined) expr.qualifier = qualifier;
    return { expr, skipStart: q === 'over the' || q === 'at the' ? (g.q ?? '').length - 3 : 0 };
  },
};

/** "3 days ago", "three days ago", "a week ago", "two weeks ago", "a few days ago", "days ago". */
const enAgo: Rule = {
  name: 'en-ago',
  regex: rule(
    `${LB}(?:(?:about|around|some|nearly|almost|roughly|more${SP}than|less${SP}than|over|just${SP}over|at${SP}least)${SP})?` +
      `(?:(?<n>${EN_NUMBER})${S}(?:-${S})?|(?<few>a${SP}few|a${SP}couple${SP}of|several|few|some|a${SP}number${SP}of)${SP})?(?<u>${EN_UNIT})${SP}ago${RB}`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unit = englishUnitTable.get(g.u);
    if (unit === undefined) return null;
    const expr: DateExpr = { kind: 'ago', unit };
    if (g.n !== undefined) {
      const n = int(g.n) ?? englishNumberTable.get(g.n);
      if (n === undefined) return null;
      expr.amount = n;
    } else if (g.few === undefined && !/s$/i.test(g.u ?? '')) {
      expr.amount = 1;
    } else if (g.few !== undefined && /couple/i.test(g.few)) {
      expr.amount = 2;
    }
    return { expr };
  },
};

/** "the past three days", "the last 24 hours", "the past week", "in recent days", "the past two weeks". */
const enWindow: Rule = {
  name: 'en-window',
  regex: rule(
    `${LB}(?:(?:the${SP})?(?:past|last|previous|preceding)${SP}(?:(?<n>${EN_NUMBER})${S}(?:-${S})?(?<u>hours?|days?|weeks?|months?|years?)|(?<u1>hours|days|weeks|months|years|few${SP}days|few${SP}weeks|few${SP}months|couple${SP}of${SP}days|couple${SP}of${SP}weeks))` +
      `|(?:the${SP})?past${SP}(?<u2>week|month|year)|recent${SP}(?<u3>days|weeks|months))${RB}`,
    true,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const unitText = (g.u ?? g.u1 ?? g.u2 ?? g.u3 ?? '').toLowerCase();
    const unit = englishUnitTable.get(unitText.replace(/^(?:few|couple\s+of)\s+/, ''));
    if (unit === undefined) return null;
    const expr: DateExpr = { kind: 'window', unit: unit satisfies TimeUnit };
    if (g.n !== undefined) {
      const n = int(g.n) ?? englishNumberTable.get(g.n);
      if (n === undefined) return null;
      expr.amount = n;
    } else if (g.u2 !== undefined) {
      expr.amount = 1;
    } else if (/couple/.test(unitText)) {
      expr.amount = 2;
    }
    return { expr };
  },
};

/**
 * The English relative rules.
 *
 * @example
 * ```ts
 * runRules(ENGLISH_RELATIVE_RULES, 'last night')[0]?.expr; //=> { kind: 'relativeDay', offset: -1, night: 'night' }
 * ```
 */
export const ENGLISH_RELATIVE_RULES: readonly Rule[] = [enRelativeDay, enWeekday, enWeekend, enRelativePeriod, enAgo, enWindow];

