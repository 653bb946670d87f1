import type { ConflictEvent } from '../schema/event.js';
import { type Issue, formatIssue } from '../schema/issue.js';
import type { CountRow } from './group-events.js';
import { escapeHtml as h } from './html.js';
import { type MapOptions, mapSpec } from './map-spec.js';
import { renderSvg } from './render-chart.js';
import { eventAnchor, eventRowHtml } from './report-events.js';
import { REPORT_CSS, REPORT_SCRIPT } from './report-style.js';
import { type DatasetSummary, summarize } from './summary.js';
import { type TimelineOptions, timelineSpec } from './timeline-spec.js';

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: ReportOptions = { title: 'Deir ez-Zor, 2021', source: 'events.jsonl', issues, maxEvents: 500 };
 * ```
 */
export interface ReportOptions {
  /** The report's title. Default "Conflict events". */
  title?: string;
  /** The dataset's file name (or any description), shown under the title. */
  source?: string;
  /** Issues found while reading the dataset, listed in the report (`file:line: level: message`). */
  issues?: readonly Issue[];
  /** At most this many issues listed (default 500; the rest counted). */
  maxIssues?: number;
  /** At most this many events in the events table, by date (default 2,000; the rest counted). Events with disagreements come first. */
  maxEvents?: number;
  /** Options of the timeline. */
  timeline?: TimelineOptions;
  /** Options of the map. */
  map?: MapOptions;
}

function countTable(title: string, rows: readonly CountRow[], total: number): string {
  if (rows.length === 0) return '';
  const body = rows
    .map((r) => {
      const share = total > 0 && !r.key.startsWith('(other') ? `${((100 * r.count) / total).toFixed(1)}%` : '';
      return `<tr><td><bdi dir="auto">${h(r.key)}</bdi></td><td class="num">${r.count.toLocaleString('en-US')}</td><td class="num muted">${share}</td></tr>`;
    })
    .join('');
  return `<table class="counts"><caption>${h(title)}</caption><tbody>${body}</tbody></table>`;
}

function summaryHtml(s: DatasetSummary): string {
  const rows = s.rows().map((r) => `<tr><th scope="row">${h(r.measure)}</th><td class="num">${h(typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value)}</td></tr>`);
  const f = s.fatalities;
  return `<div class="grid">
<table class="counts"><caption>Overview</caption><tbody>${rows.join('')}</tbody></table>
${countTable('Events by type', s.byType, s.events)}
${countTable('Top actors (events naming them)', s.topActors, s.events)}
${countTable('Top admin1', s.topAdmin1, s.events)}
${countTable('Top publishers', s.topPublishers, s.events)}
${countTable('Date precision', s.datePrecision, s.events)}
${countTable('Location precision', s.locationPrecision, s.events)}
${countTable('Disagreements by field', s.merge.disagreementsByField, s.merge.withDisagreements)}
</div>
<p class="muted">Fatalities are summed as low / best / high; ${f.partial.toLocaleString('en-US')} events gave only part of the three figures (the missing ones taken from the nearest given one), ${f.withoutFigure.toLocaleString('en-US')} gave none and add nothing.</p>`;
}

function issuesHtml(issues: readonly Issue[], max: number): string {
  if (issues.length === 0) return '';
  const shown = issues.slice(0, max);
  const levels = ['error', 'warning', 'info'].map((l) => `${issues.filter((i) => i.level === l).length} ${l}s`).join(', ');
  return `<section id="issues"><h2>Issues found while reading (${levels})</h2><ul class="issues">${shown
    .map((i) => `<li class="${h(i.level)}"><bdi dir="auto">${h(formatIssue(i))}</bdi></li>`)
    .join('')}</ul>${issues.length > max ? `<p class="muted">… and ${(issues.length - max).toLocaleString('en-US')} more.</p>` : ''}</section>`;
}

function disagreementsList(events: readonly ConflictEvent[]): string {
  const withDis = events.filter((e) => e.disagreements !== undefined && e.disagreements.length > 0);
  if (withDis.length === 0) return '<p class="muted">No recorded disagreements between reports.</p>';
  return `<ul class="dis-list">${withDis
    .slice(0, 200)
    .map((e) => `<li><a href="#${h(eventAnchor(e.id))}">${h(e.id)}</a>: ${(e.disagreements ?? []).map((d) => h(d.field)).join(', ')}</li>`)
    .join('')}</ul>${withDis.length > 200 ? `<p class="muted">… and ${withDis.length - 200} more (see the table).</p>` : ''}`;
}

const byDateThenId = (a: ConflictEvent, b: ConflictEvent): number => {
  const da = a.date.start ?? '9999';
  const db = b.date.start ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * An offline HTML report of a dataset: one self-contained file (inline CSS, inline SVG charts, a
 * few lines of inline script for filtering the table; no network, no CDN, and a
 * Content-Security-Policy that forbids loading anything) with the summary tables, the timeline,
 * the map, the issues found while reading, the events that reports disagree about, and a table of
 * events whose rows show their sources (publisher, date, link) and their evidence (each span's
 * field, text, document and offsets). Everything from the data is escaped; free text carries
 * `dir="auto"`, so Arabic reads right to left in its cell.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readDataset('events.jsonl');
 * await writeFile('report.html', await renderReport(events, { source: 'events.jsonl', issues }));
 * ```
 */
export async function renderReport(events: readonly ConflictEvent[], options: ReportOptions = {}): Promise<string> {
  const maxEvents = options.maxEvents ?? 2000;
  const maxIssues = options.maxIssues ?? 500;
  if (!Number.isInteger(maxEvents) || maxEvents < 0) throw new RangeError(`maxEvents must be a non-negative integer, got ${maxEvents}`);
  if (!Number.isInteger(maxIssues) || maxIssues < 0) throw new RangeError(`maxIssues must be a non-negative integer, got ${maxIssues}`);
  const title = options.title ?? 'Conflict events';
  const summary = summarize(events);
  const [timeline, map] = await Promise.all([renderSvg(timelineSpec(events, options.timeline)), renderSvg(mapSpec(events, options.map))]);
  const disagree = (e: ConflictEvent): number => (e.disagreements !== undefined && e.disagreements.length > 0 ? 0 : 1);
  const ordered = [...events].sort((a, b) => disagree(a) - disagree(b) || byDateThenId(a, b));
  const shown = ordered.slice(0, maxEvents).sort(byDateThenId);
  const span = summary.dateSpan.first !== undefined ? `${summary.dateSpan.first} to ${summary.dateSpan.last ?? '?'}` : 'no dated event';
  const issues = options.issues ?? [];
  const truncated = shown.length < events.length ? ` Showing ${shown.length.toLocaleString('en-US')} of ${events.length.toLocaleString('en-US')} events (those with disagreements first, then by date).` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="conflict-events">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
<p>${options.source !== undefined ? `<bdi dir="auto" class="source">${h(options.source)}</bdi> · ` : ''}${summary.events.toLocaleString('en-US')} events, ${h(span)}${issues.length > 0 ? ` · <a href="#issues">${issues.length.toLocaleString('en-US')} issues</a>` : ''}</p>
<nav><a href="#summary">Summary</a> <a href="#timeline">Timeline</a> <a href="#map">Map</a> <a href="#disagreements">Disagreements</a> <a href="#events">Events</a></nav>
</header>
<main>
<section id="summary"><h2>Summary</h2>${summaryHtml(summary)}</section>
<section id="timeline"><h2>Timeline</h2><figure class="chart">${timeline}</figure></section>
<section id="map"><h2>Map</h2><figure class="chart">${map}<figcaption class="muted">Boundaries: Natural Earth (public domain).</figcaption></figure></section>
${issuesHtml(issues, maxIssues)}
<section id="disagreements"><h2>Disagreements between reports (${summary.merge.withDisagreements.toLocaleString('en-US')} ${summary.merge.withDisagreements === 1 ? 'event' : 'events'})</h2>${disagreementsList(ordered)}</section>
<section id="events"><h2>Events</h2>
<p class="muted">Evidence spans give the field they support, the text, the document and the offsets [start, end) in code points.${truncated}</p>
<p class="filters"><label>Filter <input id="filter" type="search" placeholder="any text: a place, an actor, a publisher…"></label> <label><input id="only-disagree" type="checkbox"> only events with disagreements</label> <span id="shown" class="muted"></span></p>
<div class="table-wrap"><table id="events-table" class="events">
<thead><tr><th>id</th><th>date</th><th>type</th><th>place</th><th>actors</th><th>fatalities</th><th>sources</th><th>evidence</th><th>disagreements</th></tr></thead>
<tbody>
${shown.map(eventRowHtml).join('\n')}
</tbody></table></div>
</section>
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
