import type { ConflictEvent } from '../schema/event.js';

/**
 * Events to write: any iterable (an array, a generator) or async iterable (a stream of events
 * read from a file, a database cursor). Writers pull from it one batch at a time, so a source of a
 * million events is never held in memory at once.
 *
 * @example
 * ```ts
 * const fromArray: EventSource = [event];
 * async function* fromFile() { for await (const r of streamJsonl('events.jsonl')) if (r.value) yield r.value; }
 * const fromStream: EventSource = fromFile();
 * ```
 */
export type EventSource = Iterable<ConflictEvent> | AsyncIterable<ConflictEvent>;

function isAsyncIterable<T>(source: Iterable<T> | AsyncIterable<T>): source is AsyncIterable<T> {
  return typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function';
}

/**
 * Groups the items of a sync or async iterable into arrays of at most `size` items, in order.
 * Sync iterables are read synchronously within a batch (no promise per item).
 *
 * @example
 * ```ts
 * for await (const batch of batches([1, 2, 3], 2)) console.log(batch); // [1, 2] then [3]
 * ```
 */
export async function* batches<T>(source: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  let batch: T[] = [];
  if (isAsyncIterable(source)) {
    for await (const item of source) {
      batch.push(item);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  } else {
    for (const item of source) {
      batch.push(item);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
