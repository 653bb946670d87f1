/**
 * chrono-node as the fallback parser: what this module's own grammar does not cover is handed to
 * chrono's casual parser for the language (British English, day first; Arabic; the other
 * chrono locales), and each result is turned into a {@link DateExpr} so that the same rules
 * (never after publication, precision, parts) apply to it.
 *
 * chrono computes relative dates in the machine's local time. It is given the publication day at
 * local noon and no time zone, and only the calendar fields of its results are read, so the
 * machine's zone cannot shift a day. Internal.
 */
import { type Chrono, type ParsedComponents, type ParsedResult, ar, de, en, es, fi, fr, id, it, ja, nl, pt, ru, sv, uk, vi, zh } from 'chrono-node';
import { type DayNumber, dayNumber, fromDayNumber } from '../calendar.js';
import type { Candidate, DateExpr } from '../expression.js';

const PARSERS: Record<string, Chrono> = {
  en: en.GB,
  ar: ar.casual,
  de: de.casual,
  fr: fr.casual,
  es: es.casual,
  pt: pt.casual,
  it: it.casual,
  nl: nl.casual,
  ru: ru.casual,
  uk: uk.casual,
  sv: sv.casual,
  fi: fi.casual,
  ja: ja.casual,
  zh: zh.casual,
  vi: vi.casual,
  id: id.casual,
};

/** The reference day used when there is no publication date (results that need one are flagged later). */
const NO_REFERENCE: DayNumber = dayNumber(2000, 1, 1);

/** Words that tie a date to the story rather than to the publication ("two days later", "the year before"). */
const NARRATIVE_WORDS = /(?:later|after|before|following|previous|prior|earlier|next|from\s+now|hence|بعد|التالي|التالية|السابق|السابقة|اللاحق|المقبل|القادم|suivant|précédent|später|danach|después|siguiente)/iu;

const LAST_WORDS = /(?:\blast\b|\bprevious\b|الماضي|الفائت|المنصرم|dernier|letzten|pasado|passato|vorige|прошл)/iu;

function toExpr(c: ParsedComponents, relative: boolean, reference: DayNumber, text: string): DateExpr | null {
  const certain = (k: 'day' | 'month' | 'year' | 'weekday'): boolean => c.isCertain(k);
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  if (relative) {
    if (certain('day')) return { kind: 'relativeDay', offset: dayNumber(year, month, day) - reference };
    const ref = fromDayNumber(reference);
    if (certain('month')) return { kind: 'relativePeriod', unit: 'month', offset: year * 12 + month - (ref.year * 12 + ref.month) };
    if (certain('year')) return { kind: 'relativePeriod', unit: 'year', offset: year - ref.year };
    return null;
  }
  if (certain('day') && certain('month')) {
    const e: DateExpr = { kind: 'day', day, month };
    if (certain('year')) e.year = year;
    const weekday = c.get('weekday');
    if (certain('weekday') && weekday !== null) e.weekday = weekday;
    return e;
  }
  if (certain('weekday')) {
    const weekday = c.get('weekday');
    if (weekday === null) return null;
    const e: DateExpr = { kind: 'weekday', weekday };
    if (LAST_WORDS.test(text)) e.qualifier = 'last';
    return e;
  }
  if (certain('month')) {
    const e: DateExpr = { kind: 'month', month };
    if (certain('year')) e.year = year;
    return e;
  }
  if (certain('year')) return { kind: 'year', year };
  return null;
}

function isRelative(r: ParsedResult): boolean {
  for (const tag of r.tags()) {
    if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return true;
  }
  return false;
}

/**
 * Runs chrono on the text and converts its results. In running text (`span` false) only results
 * that name a day and a month, or a month and a year, are kept: chrono's casual parsers read
 * "may", "march", "Sat" and "sun" as dates.
 *
 * @example
 * ```ts
 * chronoCandidates('le 12 mars 2019', 'fr', undefined, true)[0]?.expr; //=> { kind: 'day', day: 12, month: 3, year: 2019 }
 * ```
 */
export function chronoCandidates(text: string, language: string, published: DayNumber | undefined, span: boolean): Candidate[] {
  const parser = PARSERS[language];
  if (parser === undefined) return [];
  const reference = published ?? NO_REFERENCE;
  const { year, month, day } = fromDayNumber(reference);
  const refDate = new Date(2000, 0, 1, 12, 0, 0, 0);
  refDate.setFullYear(year, month - 1, day);
  let results: ParsedResult[];
  try {
    results = parser.parse(text, refDate);
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year') && !s.isCertain('weekday') && !isRelative(r)) continue;
    const relative = isRelative(r);
    // "two days later", "اليوم التالي": relative to the story, which chrono reads as relative to publication.
    if (relative && NARRATIVE_WORDS.test(text.slice(Math.max(0, r.index - 16), r.index + r.text.length + 16))) continue;
    if (!span) {
      // In running text only explicit calendar dates: relative phrases are this module's grammar's job.
      const strong = (s.isCertain('day') && s.isCertain('month')) || (s.isCertain('month') && s.isCertain('year'));
      if (!strong || relative) continue;
    }
    const from = toExpr(s, relative, reference, r.text);
    if (from === null) continue;
    let expr: DateExpr = from;
    // chrono sets `end` to null, not undefined, when there is none.
    const endComponents = r.end as ParsedComponents | null | undefined;
    if (endComponents !== undefined && endComponents !== null) {
      const to = toExpr(endComponents, relative, reference, r.text);
      if (to !== null) expr = { kind: 'range', from, to };
    }
    out.push({ start: r.index, end: r.index + r.text.length, expr, source: 'chrono' });
  }
  return out;
}
