import type { ConflictEvent } from '../../schema/event.js';
import { dayNumber } from './date-overlap.js';
import { typeFamily } from './type-compatibility.js';

function byId(events: readonly ConflictEvent[]): (a: number, b: number) => number {
  return (a, b) => {
    const ia = events[a]?.id ?? '';
    const ib = events[b]?.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
}

/** Sorts events by numeric keys computed once per event (strings are compared only on ties). */
function sortByKeys(events: readonly ConflictEvent[], keys: (e: ConflictEvent) => readonly [number, number, number]): ConflictEvent[] {
  const n = events.length;
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [a, b, c] = keys(events[i] as ConflictEvent);
    k1[i] = a;
    k2[i] = b;
    k3[i] = c;
  }
  const ids = byId(events);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (k1[a] ?? 0) - (k1[b] ?? 0) || (k2[a] ?? 0) - (k2[b] ?? 0) || (k3[a] ?? 0) - (k3[b] ?? 0) || ids(a, b));
  return order.map((i) => events[i] as ConflictEvent);
}

const NO_DAY = Number.MAX_SAFE_INTEGER;

/**
 * Events in locality order: by country, type family and start date, then id. Reports that may be
 * one event then sit near each other, in the blocking index and in memory, which keeps merging a
 * million events fast. The order depends only on the events, never on the order they came in.
 *
 * @example
 * ```ts
 * byLocality(events)[0]?.location.iso3; //=> 'IRQ' (before 'SYR')
 * ```
 */
export function byLocality(events: readonly ConflictEvent[]): ConflictEvent[] {
  // Countries and families ranked alphabetically, so that the order is the same however they come.
  const ranks = (values: Iterable<string>): Map<string, number> => new Map([...new Set(values)].sort().map((v, i) => [v, i]));
  const countries = ranks(events.map((e) => e.location.iso3 ?? ''));
  const families = ranks(events.map((e) => typeFamily(e.type)));
  return sortByKeys(events, (e) => [
    countries.get(e.location.iso3 ?? '') ?? 0,
    families.get(typeFamily(e.type)) ?? 0,
    e.date.start !== undefined ? dayNumber(e.date.start) : NO_DAY,
  ]);
}

/**
 * Events by start date (unknown dates last), then id: the order of a merged dataset.
 *
 * @example
 * ```ts
 * byDateThenId(events).map((e) => e.date.start); //=> ['2019-03-21', '2019-10-01', …]
 * ```
 */
export function byDateThenId(events: readonly ConflictEvent[]): ConflictEvent[] {
  return sortByKeys(events, (e) => [e.date.start !== undefined ? dayNumber(e.date.start) : NO_DAY, 0, 0]);
}
