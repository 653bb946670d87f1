import type { CountTotal } from './count-totals.js';
import type { CountRow } from './group-events.js';
import type { DatasetSummaryData } from './summary.js';

const number = new Intl.NumberFormat('en-US');

function n(value: number): string {
  return number.format(value);
}

function events(count: number): string {
  return `${n(count)} ${count === 1 ? 'event' : 'events'}`;
}

function share(part: number, whole: number): string {
  if (whole === 0 || part === 0) return '';
  const pct = (100 * part) / whole;
  return ` (${pct > 0 && pct < 0.1 ? '<0.1' : pct.toFixed(pct < 10 ? 1 : 0)}%)`;
}

function rowsLine(rows: readonly CountRow[], max = 12): string {
  if (rows.length === 0) return '–';
  const shown = rows.slice(0, max).map((r) => `${r.key} ${n(r.count)}`);
  if (rows.length > max) shown.push(`… ${rows.length - max} more`);
  return shown.join(' · ');
}

function countLine(t: CountTotal): string {
  if (t.withFigure === 0) return t.events === 0 ? 'no events' : `no figure in any of ${events(t.events)}`;
  const parts = [`low ${n(t.low)} · best ${n(t.best)} · high ${n(t.high)}`, `from ${events(t.withFigure)} with a figure`];
  if (t.withoutFigure > 0) parts.push(`${n(t.withoutFigure)} without`);
  if (t.partial > 0) parts.push(`${n(t.partial)} with only part of low/best/high`);
  return parts.join('; ');
}

function table(title: string, rows: readonly CountRow[], total: number): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((r) => r.key.length));
  const countWidth = Math.max(...rows.map((r) => n(r.count).length));
  return [`${title}:`, ...rows.map((r) => `  ${r.key.padEnd(width)}  ${n(r.count).padStart(countWidth)}${share(r.count, total)}`)];
}

/**
 * The text of a dataset summary: headline figures, then tables by type, actor, admin1 and
 * publisher. Used by `DatasetSummary.toString()` and the `stats` command.
 *
 * @example
 * ```ts
 * console.log(formatSummary(summarize(events)));
 * ```
 */
export function formatSummary(s: DatasetSummaryData): string {
  const span = s.dateSpan.first !== undefined ? `${s.dateSpan.first} to ${s.dateSpan.last ?? '?'}` : 'no dated event';
  const m = s.merge;
  const lines = [
    `${events(s.events)}, ${span}`,
    `  dates        ${n(s.undated)} unknown${share(s.undated, s.events)} · precision ${rowsLine(s.datePrecision)}`,
    `  places       ${n(s.unresolvedPlaces)} unresolved${share(s.unresolvedPlaces, s.events)} · ${n(s.withPoint)} with a point · precision ${rowsLine(s.locationPrecision)}`,
    `  fatalities   ${countLine(s.fatalities)}`,
    `  injuries     ${countLine(s.injuries)}`,
    `  sources      ${events(m.multiSource)} from several sources; ${events(m.merged)} merged from ${n(m.mergedReports)} reports`,
    `  disagreements ${events(m.withDisagreements)}${m.disagreementsByField.length > 0 ? `: ${rowsLine(m.disagreementsByField)}` : ''}`,
    `  years        ${rowsLine(s.byYear, 20)}`,
    `  countries    ${rowsLine(s.byCountry)}`,
    '',
    ...table('By type', s.byType, s.events),
    ...table('Top actors (events naming them)', s.topActors, s.events),
    ...table('Top admin1', s.topAdmin1, s.events),
    ...table('Top publishers', s.topPublishers, s.events),
  ];
  return lines.join('\n');
}
