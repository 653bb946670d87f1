import type { ConflictEvent } from '../schema/event.js';
import { type CountTotal, addCount, emptyCountTotal } from './count-totals.js';
import { type CountRow, GroupCounter } from './group-events.js';
import { formatSummary } from './summary-text.js';

/**
 * Options of {@link summarize} and {@link SummaryAccumulator}.
 *
 * @example
 * ```ts
 * summarize(events, { top: 5 });
 * ```
 */
export interface SummaryOptions {
  /** How many actors, admin1 units and publishers to list (the rest summed as `(other)`). Default 10. */
  top?: number;
}

/**
 * What the merge of reports did to a dataset: how many events combine several reports, and where reports disagreed.
 *
 * @example
 * ```ts
 * summarize(events).merge.disagreementsByField; //=> [{ key: 'fatalities.best', count: 3 }]
 * ```
 */
export interface MergeSummary {
  /** Events with more than one source. */
  multiSource: number;
  /** Events merged from several events (`mergedFrom` has two or more ids). */
  merged: number;
  /** The events (reports or imported rows) merged into those. */
  mergedReports: number;
  /** Events with at least one recorded disagreement. */
  withDisagreements: number;
  /** Disagreements by field (`fatalities.best`, `date`…), most frequent first. */
  disagreementsByField: CountRow[];
}

/**
 * One line of {@link DatasetSummary.rows}: a measure and its value.
 *
 * @example
 * ```ts
 * const row: SummaryRow = { measure: 'events', value: 528 };
 * ```
 */
export interface SummaryRow {
  measure: string;
  value: string | number;
}

/**
 * The plain data of a summary, as `JSON.stringify(summary)` writes it.
 *
 * @example
 * ```ts
 * const data: DatasetSummaryData = JSON.parse(JSON.stringify(summarize(events)));
 * ```
 */
export interface DatasetSummaryData {
  events: number;
  /** Earliest start date and latest end date among dated events. */
  dateSpan: { first?: string; last?: string };
  /** Events whose date is unknown (precision `unknown`). */
  undated: number;
  /** Events whose place is unknown (location precision `unknown`): kept as text, not resolved. */
  unresolvedPlaces: number;
  /** Events with a point (shown on a map). */
  withPoint: number;
  datePrecision: CountRow[];
  locationPrecision: CountRow[];
  byType: CountRow[];
  byYear: CountRow[];
  byCountry: CountRow[];
  topActors: CountRow[];
  topAdmin1: CountRow[];
  topPublishers: CountRow[];
  fatalities: CountTotal;
  injuries: CountTotal;
  merge: MergeSummary;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A summary of a dataset, made by {@link summarize}. It prints as a readable report in a REPL or
 * with `console.log` / `String(summary)`, its count lists are arrays of rows for `console.table`,
 * and `summary.rows()` gives the headline figures as rows too. `JSON.stringify` writes the plain
 * data ({@link DatasetSummaryData}).
 *
 * @example
 * ```ts
 * const summary = summarize(events);
 * summary;                       // in a REPL: the text report
 * console.table(summary.rows()); // headline figures
 * console.table(summary.byType); // events by type
 * summary.fatalities.best;       //=> 1390
 * ```
 */
export class DatasetSummary implements DatasetSummaryData {
  readonly events: number;
  readonly dateSpan: { first?: string; last?: string };
  readonly undated: number;
  readonly unresolvedPlaces: number;
  readonly withPoint: number;
  readonly datePrecision: CountRow[];
  readonly locationPrecision: CountRow[];
  readonly byType: CountRow[];
  readonly byYear: CountRow[];
  readonly byCountry: CountRow[];
  readonly topActors: CountRow[];
  readonly topAdmin1: CountRow[];
  readonly topPublishers: CountRow[];
  readonly fatalities: CountTotal;
  readonly injuries: CountTotal;
  readonly merge: MergeSummary;

  constructor(data: DatasetSummaryData) {
    this.events = data.events;
    this.dateSpan = data.dateSpan;
    this.undated = data.undated;
    this.unresolvedPlaces = data.unresolvedPlaces;
    this.withPoint = data.withPoint;
    this.datePrecision = data.datePrecision;
    this.locationPrecision = data.locationPrecision;
    this.byType = data.byType;
    this.byYear = data.byYear;
    this.byCountry = data.byCountry;
    this.topActors = data.topActors;
    this.topAdmin1 = data.topAdmin1;
    this.topPublishers = data.topPublishers;
    this.fatalities = data.fatalities;
    this.injuries = data.injuries;
    this.merge = data.merge;
  }

  /**
   * The headline figures as rows for `console.table`.
   *
   * @example
   * ```ts
   * console.table(summarize(events).rows());
   * ```
   */
  rows(): SummaryRow[] {
    const f = this.fatalities;
    return [
      { measure: 'events', value: this.events },
      { measure: 'first date', value: this.dateSpan.first ?? '' },
      { measure: 'last date', value: this.dateSpan.last ?? '' },
      { measure: 'undated (date unknown)', value: this.undated },
      { measure: 'unresolved places (precision unknown)', value: this.unresolvedPlaces },
      { measure: 'events with a point', value: this.withPoint },
      { measure: 'fatalities low', value: f.low },
      { measure: 'fatalities best', value: f.best },
      { measure: 'fatalities high', value: f.high },
      { measure: 'events without a fatality figure', value: f.withoutFigure },
      { measure: 'events from several sources', value: this.merge.multiSource },
      { measure: 'merged events', value: this.merge.merged },
      { measure: 'events with disagreements', value: this.merge.withDisagreements },
    ];
  }

  /** The plain data, for `JSON.stringify`. */
  toJSON(): DatasetSummaryData {
    return {
      events: this.events,
      dateSpan: this.dateSpan,
      undated: this.undated,
      unresolvedPlaces: this.unresolvedPlaces,
      withPoint: this.withPoint,
      datePrecision: this.datePrecision,
      locationPrecision: this.locationPrecision,
      byType: this.byType,
      byYear: this.byYear,
      byCountry: this.byCountry,
      topActors: this.topActors,
      topAdmin1: this.topAdmin1,
      topPublishers: this.topPublishers,
      fatalities: this.fatalities,
      injuries: this.injuries,
      merge: this.merge,
    };
  }

  /** The summary as a text report (what a REPL and `console.log` show). */
  toString(): string {
    return formatSummary(this);
  }

  /** What Node's `util.inspect` (the REPL, `console.log`) shows: the text report. */
  [INSPECT](): string {
    return formatSummary(this);
  }
}

/**
 * Builds a {@link DatasetSummary} one event at a time: what {@link summarize} uses, for streams
 * you read yourself. Memory grows with the number of distinct actors, places and fields, not
 * with the number of events.
 *
 * @example
 * ```ts
 * const acc = new SummaryAccumulator();
 * for await (const { value } of streamDataset('events.jsonl')) if (value) acc.add(value);
 * console.log(acc.result());
 * ```
 */
export class SummaryAccumulator {
  private events = 0;
  private first: string | undefined;
  private last: string | undefined;
  private undated = 0;
  private unresolvedPlaces = 0;
  private withPoint = 0;
  private readonly datePrecision = new GroupCounter('datePrecision');
  private readonly locationPrecision = new GroupCounter('locationPrecision');
  private readonly byType = new GroupCounter('type');
  private readonly byYear = new GroupCounter('year', { fill: false });
  private readonly byCountry = new GroupCounter('country');
  private readonly actors: GroupCounter;
  private readonly admin1: GroupCounter;
  private readonly publishers: GroupCounter;
  private readonly fatalities = emptyCountTotal();
  private readonly injuries = emptyCountTotal();
  private multiSource = 0;
  private merged = 0;
  private mergedReports = 0;
  private withDisagreements = 0;
  private readonly disagreements = new Map<string, number>();

  constructor(options: SummaryOptions = {}) {
    const top = options.top ?? 10;
    if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a positive integer, got ${top}`);
    this.actors = new GroupCounter('actor', { limit: top });
    this.admin1 = new GroupCounter('admin1', { limit: top });
    this.publishers = new GroupCounter(publishersOf, { limit: top });
  }

  /** Adds one event. */
  add(e: ConflictEvent): void {
    this.events++;
    const { start, end, precision } = e.date;
    if (precision === 'unknown') this.undated++;
    else {
      if (this.first === undefined || start < this.first) this.first = start;
      if (this.last === undefined || end > this.last) this.last = end;
    }
    if (e.location.precision === 'unknown') this.unresolvedPlaces++;
    if (e.location.point !== undefined) this.withPoint++;
    this.datePrecision.add(e);
    this.locationPrecision.add(e);
    this.byType.add(e);
    this.byYear.add(e);
    this.byCountry.add(e);
    this.actors.add(e);
    this.admin1.add(e);
    this.publishers.add(e);
    addCount(this.fatalities, e.fatalities);
    addCount(this.injuries, e.injuries);
    if (e.sources.length > 1) this.multiSource++;
    if (e.mergedFrom !== undefined && e.mergedFrom.length > 1) {
      this.merged++;
      this.mergedReports += e.mergedFrom.length;
    }
    if (e.disagreements !== undefined && e.disagreements.length > 0) {
      this.withDisagreements++;
      for (const d of e.disagreements) this.disagreements.set(d.field, (this.disagreements.get(d.field) ?? 0) + 1);
    }
  }

  /** The summary of the events added so far. */
  result(): DatasetSummary {
    const dateSpan: { first?: string; last?: string } = {};
    if (this.first !== undefined) dateSpan.first = this.first;
    if (this.last !== undefined) dateSpan.last = this.last;
    return new DatasetSummary({
      events: this.events,
      dateSpan,
      undated: this.undated,
      unresolvedPlaces: this.unresolvedPlaces,
      withPoint: this.withPoint,
      datePrecision: this.datePrecision.rows(),
      locationPrecision: this.locationPrecision.rows(),
      byType: this.byType.rows(),
      byYear: this.byYear.rows(),
      byCountry: this.byCountry.rows(),
      topActors: this.actors.rows(),
      topAdmin1: this.admin1.rows(),
      topPublishers: this.publishers.rows(),
      fatalities: { ...this.fatalities },
      injuries: { ...this.injuries },
      merge: {
        multiSource: this.multiSource,
        merged: this.merged,
        mergedReports: this.mergedReports,
        withDisagreements: this.withDisagreements,
        disagreementsByField: [...this.disagreements]
          .map(([key, count]) => ({ key, count }))
          .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
      },
    });
  }
}

function publishersOf(e: ConflictEvent): string[] | undefined {
  const names = new Set<string>();
  for (const s of e.sources) if (s.publisher !== undefined && s.publisher.trim() !== '') names.add(s.publisher.trim());
  return names.size > 0 ? [...names] : undefined;
}

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function';
}

async function summarizeAsync(events: AsyncIterable<ConflictEvent>, acc: SummaryAccumulator): Promise<DatasetSummary> {
  for await (const e of events) acc.add(e);
  return acc.result();
}

/**
 * Summarises a dataset: how many events and over which dates; by type, year and country; the top
 * actors, admin1 units and publishers; fatalities and injuries as low / best / high (with how many
 * events had no figure); how many places and dates are unresolved (precision `unknown`); and what
 * merging did (events from several sources, disagreements by field). An array (or any iterable)
 * gives the summary; an async iterable (a streamed file) gives a promise of it.
 *
 * Dates: the span runs from the earliest start to the latest end of dated events; `byYear` counts
 * by start date, like {@link countBy}.
 *
 * @example
 * ```ts
 * const summary = summarize(events);
 * console.log(String(summary));
 * const streamed = await summarize(eventsOf(streamDataset('acled.csv')));
 * ```
 */
export function summarize(events: Iterable<ConflictEvent>, options?: SummaryOptions): DatasetSummary;
export function summarize(events: AsyncIterable<ConflictEvent>, options?: SummaryOptions): Promise<DatasetSummary>;
export function summarize(
  events: Iterable<ConflictEvent> | AsyncIterable<ConflictEvent>,
  options: SummaryOptions = {},
): DatasetSummary | Promise<DatasetSummary> {
  const acc = new SummaryAccumulator(options);
  if (isAsyncIterable(events)) return summarizeAsync(events, acc);
  for (const e of events) acc.add(e);
  return acc.result();
}
