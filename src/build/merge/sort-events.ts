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

/**
 * Sorts indices by an unsigned 32-bit key per event with an LSD radix sort (three passes of 11
 * bits; stable, linear, no comparator), then orders each run of equal keys by id.
 */
function radixOrder(keys: Uint32Array, ids: (a: number, b: number) => number): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  let next = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Int32Array(2049);
  for (let shift = 0; shift < 33; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((keys[order[i] ?? 0] ?? 0) >>> shift) & 2047;
      counts[b + 1] = (counts[b + 1] ?? 0) + 1;
    }
    for (let b = 0; b < 2048; b++) counts[b + 1] = (counts[b + 1] ?? 0) + (counts[b] ?? 0);
    for (let i = 0; i < n; i++) {
      const item = order[i] ?? 0;
      const b = ((keys[item] ?? 0) >>> shift) & 2047;
      const at = counts[b] ?? 0;
      next[at] = item;
      counts[b] = at + 1;
    }
    [order, next] = [next, order];
  }
  // Runs of equal keys: by id, so that the order never depends on the input order.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    const key = keys[order[start] ?? 0];
    while (end < n && keys[order[end] ?? 0] === key) end++;
    if (end - start > 1) order.subarray(start, end).sort(ids);
    start = end;
  }
  return order;
}

function sortByKey(events: readonly ConflictEvent[], key: (e: ConflictEvent) => number): ConflictEvent[] {
  const keys = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) keys[i] = key(events[i] as ConflictEvent);
  const order = radixOrder(keys, byId(events));
  const out = new Array<ConflictEvent>(events.length);
  for (let i = 0; i < order.length; i++) out[i] = events[order[i] ?? 0] as ConflictEvent;
  return out;
}

/** Days since 1900-01-01, clamped to 21 bits (until 7641), for the locality order only (where a clamp costs nothing but speed); unknown dates last. */
function dayKey(date: string | undefined): number {
  if (date === undefined) return 0x1fffff;
  return Math.min(Math.max(dayNumber(date) + 25567, 0), 0x1ffffe);
}


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
  // Country rank (6 bits, folded beyond 63), family rank (5 bits), start day (21 bits).
  return sortByKey(events, (e) => (((countries.get(e.location.iso3 ?? '') ?? 0) & 63) * 2 ** 26 + ((families.get(typeFamily(e.type)) ?? 0) & 31) * 2 ** 21 + dayKey(e.date.start)));
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
  // Days since 1970 offset by 2^30: every date from 2.9 million years before to after; unknown last.
  return sortByKey(events, (e) => (e.date.start === undefined ? 0xffffffff : dayNumber(e.date.start) + 0x40000000));
}
