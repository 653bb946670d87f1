import type { ActorRole } from '../schema/actor.js';
import type { ConflictEvent } from '../schema/event.js';
import { EVENT_TYPE_PARENT, type EventType } from '../schema/event-type.js';
import { nameMatchKey } from './match-keys.js';
import { type TimeInterval, periodOf, periodsBetween } from './periods.js';

/**
 * What to group events by:
 * - a time period, `day`, `week` (ISO), `month` or `year`, of the event's **start date**: an event
 *   known only as "January 2021" counts in January; one spanning 28 January – 3 February counts in
 *   January only. Counts by period then add up to the number of dated events (nothing is split or
 *   counted twice); narrow an analysis to precise dates with `minDatePrecision`.
 * - `type`, `family` (the broadest type it is a kind of: a bombing counts as `attack`), `subtype`;
 * - `actor` (each distinct actor of an event once: by canonical id, else by folded name; shown
 *   under the first name met), `country` (ISO3, else name), `admin1` and `admin2` (shown as
 *   `Deir ez-Zor, SYR` so that units of different countries never mix);
 * - `datePrecision`, `locationPrecision`, `sources` (how many reports);
 * - or a function giving a key, several keys, or `undefined`.
 *
 * Events without a value are counted under {@link UNKNOWN_GROUP}.
 *
 * @example
 * ```ts
 * countBy(events, 'admin1');
 * countBy(events, (e) => e.attributes?.weapon); // your own grouping
 * ```
 */
export type GroupBy =
  | TimeInterval
  | 'type'
  | 'family'
  | 'subtype'
  | 'actor'
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'datePrecision'
  | 'locationPrecision'
  | 'sources'
  | ((event: ConflictEvent) => string | readonly string[] | undefined);

/**
 * The key events without a value for the grouping are counted under (no start date, no admin1,
 * no actor…).
 *
 * @example
 * ```ts
 * countBy(events, 'admin1').find((r) => r.key === UNKNOWN_GROUP)?.count; //=> 3
 * ```
 */
export const UNKNOWN_GROUP = '(unknown)';

const TIME_KEYS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);

/**
 * Options of {@link countBy}, {@link crossCount} and {@link groupKeys}.
 *
 * @example
 * ```ts
 * const options: CountByOptions = { roles: ['perpetrator'], limit: 10 };
 * ```
 */
export interface CountByOptions {
  /** For `actor`: only actors in these roles. Default: every role. */
  roles?: readonly ActorRole[];
  /** For `actor`: count associated actors (ACLED assoc_actor) too. Default true. */
  associated?: boolean;
  /** For time periods: add the empty periods between the first and the last (count 0). Default true. */
  fill?: boolean;
  /** Keep the first `limit` rows (after sorting), the rest summed under `(other)`. Default: all. */
  limit?: number;
}

/**
 * One row of a count: a group and how many events are in it. An array of rows prints well with
 * `console.table`.
 *
 * @example
 * ```ts
 * const row: CountRow = { key: '2021-01', count: 14 };
 * ```
 */
export interface CountRow {
  key: string;
  count: number;
}

/** The broadest type a type is a kind of (`bombing` → `attack`). */
function familyOf(type: EventType): EventType {
  let t = type;
  for (let parent = EVENT_TYPE_PARENT[t]; parent !== undefined; parent = EVENT_TYPE_PARENT[t]) t = parent;
  return t;
}

function placeKey(name: string | undefined, e: ConflictEvent): string | undefined {
  if (name === undefined) return undefined;
  const country = e.location.iso3 ?? e.location.country;
  return country !== undefined ? `${name}, ${country}` : name;
}

/**
 * Groups keys an event belongs to for a grouping (see {@link GroupBy}); for `actor` the
 * keys are identity keys (`id:isis`, `name:islamic state`) — {@link countBy} shows names instead.
 * An event without a value gets `[UNKNOWN_GROUP]`.
 *
 * @example
 * ```ts
 * groupKeys(event, 'month'); //=> ['2021-01']
 * groupKeys(event, 'family'); //=> ['attack'] for an assassination
 * ```
 */
export function groupKeys(event: ConflictEvent, by: GroupBy, options: CountByOptions = {}): string[] {
  const one = (k: string | undefined): string[] => [k ?? UNKNOWN_GROUP];
  if (typeof by === 'function') {
    const k = by(event);
    if (k === undefined) return [UNKNOWN_GROUP];
    return typeof k === 'string' ? [k] : k.length > 0 ? [...k] : [UNKNOWN_GROUP];
  }
  switch (by) {
    case 'day':
    case 'week':
    case 'month':
    case 'year':
      return one(event.date.start !== undefined ? periodOf(event.date.start, by) : undefined);
    case 'type':
      return [event.type];
    case 'family':
      return [familyOf(event.type)];
    case 'subtype':
      return one(event.subtype);
    case 'country':
      return one(event.location.iso3 ?? event.location.country);
    case 'admin1':
      return one(placeKey(event.location.admin1, event));
    case 'admin2':
      return one(placeKey(event.location.admin2, event));
    case 'datePrecision':
      return [event.date.precision];
    case 'locationPrecision':
      return [event.location.precision];
    case 'sources':
      return [String(event.sources.length)];
    case 'actor': {
      const keys = actorEntries(event, options).map(([k]) => k);
      return keys.length > 0 ? keys : [UNKNOWN_GROUP];
    }
  }
  throw new RangeError(`unknown grouping ${JSON.stringify(by)}`);
}

/** The distinct actors of an event that a grouping counts: identity key and display name. */
function actorEntries(event: ConflictEvent, options: CountByOptions): [string, string][] {
  const seen = new Map<string, string>();
  for (const a of event.actors) {
    if (options.roles !== undefined && !options.roles.includes(a.role)) continue;
    if (options.associated === false && a.associated === true) continue;
    const key = a.id !== undefined ? `id:${a.id}` : `name:${nameMatchKey(a.name)}`;
    if (!seen.has(key)) seen.set(key, a.name);
  }
  return [...seen];
}

/**
 * A counter of events by one grouping, fed one event at a time: what {@link countBy} uses, for
 * your own streaming loops.
 *
 * @example
 * ```ts
 * const counter = new GroupCounter('month');
 * for await (const e of events) counter.add(e);
 * console.table(counter.rows());
 * ```
 */
export class GroupCounter {
  readonly by: GroupBy;
  readonly options: CountByOptions;
  /** Events added. */
  total = 0;
  private readonly counts = new Map<string, number>();
  private readonly labels = new Map<string, string>();

  constructor(by: GroupBy, options: CountByOptions = {}) {
    if (typeof by !== 'function' && !['type', 'family', 'subtype', 'actor', 'country', 'admin1', 'admin2', 'datePrecision', 'locationPrecision', 'sources'].includes(by) && !TIME_KEYS.has(by)) {
      throw new RangeError(`unknown grouping ${JSON.stringify(by)}`);
    }
    if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1)) throw new RangeError('limit must be a positive integer');
    this.by = by;
    this.options = options;
  }

  /** Counts one event (in every group it belongs to). */
  add(event: ConflictEvent): void {
    this.total++;
    if (this.by === 'actor') {
      const entries = actorEntries(event, this.options);
      if (entries.length === 0) this.bump(UNKNOWN_GROUP);
      for (const [key, name] of entries) {
        if (!this.labels.has(key)) this.labels.set(key, name);
        this.bump(key);
      }
      return;
    }
    for (const key of groupKeys(event, this.by, this.options)) this.bump(key);
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The count of one group key (a time period, a type…; for actors the identity key). */
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /**
   * The rows: time periods in order (empty periods filled unless `fill: false`), other groups by
   * count (largest first, then by key); {@link UNKNOWN_GROUP} last.
   */
  rows(): CountRow[] {
    const unknown = this.counts.get(UNKNOWN_GROUP);
    let rows: CountRow[];
    if (typeof this.by === 'string' && TIME_KEYS.has(this.by)) {
      const keys = [...this.counts.keys()].filter((k) => k !== UNKNOWN_GROUP).sort();
      const first = keys[0];
      const last = keys[keys.length - 1];
      const axis = this.options.fill !== false && first !== undefined && last !== undefined ? periodsBetween(first, last, this.by as TimeInterval) : keys;
      rows = axis.map((key) => ({ key, count: this.counts.get(key) ?? 0 }));
    } else {
      rows = [...this.counts]
        .filter(([k]) => k !== UNKNOWN_GROUP)
        .map(([k, count]) => ({ key: this.labels.get(k) ?? k, count }))
        .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    const limit = this.options.limit;
    if (limit !== undefined && rows.length > limit) {
      const rest = rows.slice(limit).reduce((n, r) => n + r.count, 0);
      rows = [...rows.slice(0, limit), { key: OTHER_GROUP, count: rest }];
    }
    if (unknown !== undefined) rows.push({ key: UNKNOWN_GROUP, count: unknown });
    return rows;
  }
}

/**
 * The key the rows beyond a `limit` are summed under.
 *
 * @example
 * ```ts
 * countBy(events, 'actor', { limit: 5 }).at(-1)?.key; //=> '(other)'
 * ```
 */
export const OTHER_GROUP = '(other)';

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function';
}

async function countAsync(events: AsyncIterable<ConflictEvent>, counter: GroupCounter): Promise<CountRow[]> {
  for await (const e of events) counter.add(e);
  return counter.rows();
}

/**
 * Counts events by a grouping (see {@link GroupBy}: month, week, year, type, actor, admin1…).
 * Time periods come in order with the empty ones filled; other groups largest first. An event
 * belongs to one time period, that of its start date; with `actor` an event counts once for each
 * distinct actor, so the counts add up to more than the events.
 *
 * @example
 * ```ts
 * console.table(countBy(events, 'month'));
 * // ┌─────┬───────────┬───────┐
 * // │ key │ '2021-01' │ 14    │ …
 * countBy(events, 'actor', { roles: ['perpetrator'], limit: 5 });
 * await countBy(eventsOf(streamDataset('acled.csv')), 'admin1'); // streams
 * ```
 */
export function countBy(events: Iterable<ConflictEvent>, by: GroupBy, options?: CountByOptions): CountRow[];
export function countBy(events: AsyncIterable<ConflictEvent>, by: GroupBy, options?: CountByOptions): Promise<CountRow[]>;
export function countBy(
  events: Iterable<ConflictEvent> | AsyncIterable<ConflictEvent>,
  by: GroupBy,
  options: CountByOptions = {},
): CountRow[] | Promise<CountRow[]> {
  const counter = new GroupCounter(by, options);
  if (isAsyncIterable(events)) return countAsync(events, counter);
  for (const e of events) counter.add(e);
  return counter.rows();
}

/**
 * One cell of a cross count: a row group, a column group, and how many events are in both.
 *
 * @example
 * ```ts
 * const cell: CrossCountRow = { key: '2021-01', group: 'bombing', count: 3 };
 * ```
 */
export interface CrossCountRow {
  key: string;
  group: string;
  count: number;
}

/**
 * Counts events by two groupings at once, e.g. month × type for a timeline, as tidy rows (one per
 * non-empty pair; with time periods as `by`, every period appears at least once, so gaps show).
 * Each grouping works as in {@link countBy}; `options.limit` keeps the `limit` largest column
 * groups and sums the rest under `(other)`. Turn it into a table with {@link pivotCounts}.
 *
 * @example
 * ```ts
 * crossCount(events, 'month', 'type');
 * //=> [{ key: '2021-01', group: 'attack', count: 4 }, { key: '2021-01', group: 'bombing', count: 1 }, …]
 * ```
 */
export function crossCount(events: Iterable<ConflictEvent>, by: GroupBy, then: GroupBy, options: CountByOptions = {}): CrossCountRow[] {
  const { limit, ...unlimited } = options;
  const rowsCounter = new GroupCounter(by, unlimited);
  const columns = new GroupCounter(then, unlimited);
  const cells = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  for (const e of events) {
    rowsCounter.add(e);
    columns.add(e);
    for (const r of shownKeys(e, by, options, names)) {
      let row = cells.get(r);
      if (row === undefined) cells.set(r, (row = new Map<string, number>()));
      for (const c of shownKeys(e, then, options, names)) row.set(c, (row.get(c) ?? 0) + 1);
    }
  }
  // Column groups to keep: the largest `limit`, in count order.
  const columnOrder = columns.rows().map((r) => r.key);
  const kept = limit !== undefined ? new Set(columnOrder.filter((k) => k !== UNKNOWN_GROUP).slice(0, limit)) : undefined;
  const order = (g: string): number => (g === OTHER_GROUP ? 1e9 : g === UNKNOWN_GROUP ? 1e9 + 1 : columnOrder.indexOf(g));
  const out: CrossCountRow[] = [];
  for (const { key } of rowsCounter.rows()) {
    const row = cells.get(key);
    if (row === undefined) {
      out.push({ key, group: UNKNOWN_GROUP, count: 0 });
      continue;
    }
    const merged = new Map<string, number>();
    for (const [c, n] of row) {
      const group = kept === undefined || kept.has(c) || c === UNKNOWN_GROUP ? c : OTHER_GROUP;
      merged.set(group, (merged.get(group) ?? 0) + n);
    }
    for (const group of [...merged.keys()].sort((a, b) => order(a) - order(b))) out.push({ key, group, count: merged.get(group) ?? 0 });
  }
  return out;
}

/** The keys of an event as rows show them: for an actor the first name met for it, else the group key. */
function shownKeys(event: ConflictEvent, by: GroupBy, options: CountByOptions, names: Map<string, string>): string[] {
  if (by !== 'actor') return groupKeys(event, by, options);
  const shown = new Set<string>();
  for (const [key, name] of actorEntries(event, options)) {
    if (!names.has(key)) names.set(key, name);
    shown.add(names.get(key) ?? name);
  }
  return shown.size > 0 ? [...shown] : [UNKNOWN_GROUP];
}

/**
 * Turns tidy cross counts into one record per row group with a column per column group (0 where
 * none), for `console.table`.
 *
 * @example
 * ```ts
 * console.table(pivotCounts(crossCount(events, 'year', 'type')));
 * //=> [{ key: '2021', attack: 12, protest: 3 }, { key: '2022', attack: 7, protest: 0 }]
 * ```
 */
export function pivotCounts(rows: readonly CrossCountRow[]): Record<string, string | number>[] {
  const groups: string[] = [];
  for (const r of rows) if (r.count > 0 && !groups.includes(r.group)) groups.push(r.group);
  const out = new Map<string, Record<string, string | number>>();
  for (const r of rows) {
    let rec = out.get(r.key);
    if (rec === undefined) {
      rec = { key: r.key };
      for (const g of groups) rec[g] = 0;
      out.set(r.key, rec);
    }
    if (r.count > 0) rec[r.group] = r.count;
  }
  return [...out.values()];
}
