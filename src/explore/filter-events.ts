import type { ConflictEvent } from '../schema/event.js';
import { type EventQuery, eventMatcher } from './event-query.js';

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function';
}

async function* filterAsync(events: AsyncIterable<ConflictEvent>, test: (e: ConflictEvent) => boolean): AsyncGenerator<ConflictEvent> {
  for await (const e of events) if (test(e)) yield e;
}

/**
 * The events that answer a query (see {@link EventQuery}), in their order. An array (or any
 * iterable) gives an array; an async iterable (a dataset streamed from a file) gives an async
 * iterable, read lazily.
 *
 * @throws {RangeError} for an invalid query (see {@link eventMatcher}).
 *
 * @example
 * ```ts
 * const attacks = filterEvents(events, { type: 'attack', country: 'SYR', from: '2021-01-01', to: '2021-12-31' });
 * // Streaming: nothing is held in memory but the events you keep.
 * for await (const e of filterEvents(eventsOf(streamDataset('acled.csv')), { actor: 'isis' })) console.log(e.id);
 * ```
 */
export function filterEvents(events: Iterable<ConflictEvent>, query: EventQuery): ConflictEvent[];
export function filterEvents(events: AsyncIterable<ConflictEvent>, query: EventQuery): AsyncGenerator<ConflictEvent>;
export function filterEvents(
  events: Iterable<ConflictEvent> | AsyncIterable<ConflictEvent>,
  query: EventQuery,
): ConflictEvent[] | AsyncGenerator<ConflictEvent> {
  const test = eventMatcher(query);
  if (isAsyncIterable(events)) return filterAsync(events, test);
  const out: ConflictEvent[] = [];
  for (const e of events) if (test(e)) out.push(e);
  return out;
}
