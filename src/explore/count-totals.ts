import type { Count } from '../schema/count.js';
import type { ConflictEvent } from '../schema/event.js';

/**
 * Low, best and high figures summed over events, with how many events had a figure at all and
 * how many gave only part of one.
 *
 * An event that gives only some of the three figures is summed with the missing ones taken from
 * the nearest given figure: `best` from best, else low, else high; `low` from low, else best,
 * else 0 (an "up to 10" is at least 0); `high` from high, else best, else low. Such events are
 * counted in `partial`, so that a reader knows how much the sums lean on that rule. Events with no
 * figure add nothing and are counted in `withoutFigure`: a sum is never read as "no deaths" when
 * the reports said nothing.
 *
 * @example
 * ```ts
 * const { low, best, high, withoutFigure } = sumCounts(events);
 * console.log(`${best} killed (${low}–${high}); ${withoutFigure} events without a figure`);
 * ```
 */
export interface CountTotal {
  low: number;
  best: number;
  high: number;
  /** Events looked at. */
  events: number;
  /** Events with at least one figure. */
  withFigure: number;
  /** Events with no figure (no count, or a count with only words). */
  withoutFigure: number;
  /** Events that gave one or two of the three figures, not all three. */
  partial: number;
}

/**
 * An empty {@link CountTotal}, to add to with {@link addCount}.
 *
 * @example
 * ```ts
 * const total = emptyCountTotal();
 * addCount(total, { low: 2, best: 2, high: 3 });
 * total.high; //=> 3
 * ```
 */
export function emptyCountTotal(): CountTotal {
  return { low: 0, best: 0, high: 0, events: 0, withFigure: 0, withoutFigure: 0, partial: 0 };
}

/**
 * Adds one event's count (or its absence) to a total, by the rule of {@link CountTotal}.
 *
 * @example
 * ```ts
 * const total = emptyCountTotal();
 * addCount(total, { low: 12, text: 'dozens' }); // low 12, best 12, high 12, partial 1
 * addCount(total, undefined);                     // withoutFigure 1
 * ```
 */
export function addCount(total: CountTotal, count: Count | undefined): void {
  total.events++;
  const { low, best, high } = count ?? {};
  if (low === undefined && best === undefined && high === undefined) {
    total.withoutFigure++;
    return;
  }
  total.withFigure++;
  if (low === undefined || best === undefined || high === undefined) total.partial++;
  total.low += low ?? best ?? 0;
  total.best += best ?? low ?? high ?? 0;
  total.high += high ?? best ?? low ?? 0;
}

/**
 * Sums fatalities (or injuries) over events as low / best / high, saying how many events had no
 * figure and how many only part of one (see {@link CountTotal} for the rule).
 *
 * @example
 * ```ts
 * sumCounts(events);
 * //=> { low: 1204, best: 1390, high: 1622, events: 528, withFigure: 528, withoutFigure: 0, partial: 0 }
 * sumCounts(events, 'injuries').withoutFigure; //=> 497
 * ```
 */
export function sumCounts(events: Iterable<ConflictEvent>, field: 'fatalities' | 'injuries' = 'fatalities'): CountTotal {
  const total = emptyCountTotal();
  for (const e of events) addCount(total, e[field]);
  return total;
}
