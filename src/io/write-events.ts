/**
 * The loop the streaming text writers (JSON Lines, GeoJSON, CSV) share: open the target, turn the
 * events into text one batch at a time, count what was written and what was left out, close the
 * target, or abandon it when writing fails.
 */
import type { ConflictEvent } from '../schema/event.js';
import type { Issue, Result } from '../schema/issue.js';
import { batches, type EventSource } from './event-source.js';
import { TextSink, type WriteStats, type WriteTarget, type WriteTargetOptions } from './write-target.js';

/**
 * How one format writes events (see {@link writeEventText}).
 *
 * @example
 * ```ts
 * const lines: EventTextFormat<string> = { batchSize: 1000, convert: (event) => JSON.stringify(event), text: (lines) => `${lines.join('\n')}\n` };
 * ```
 */
export interface EventTextFormat<T> {
  /** How many events are read and turned into text at a time. */
  batchSize: number;
  /** Text written before the events. */
  start?: string;
  /** One event in the format's own terms (a line, a row), or `undefined` to leave it out, with an issue. */
  convert: (event: ConflictEvent, index: number, issues: Issue[]) => T | undefined;
  /** The text of the converted events of a batch (never empty), given how many were written before them. */
  text: (items: T[], writtenBefore: number) => string;
  /** Text written after the events, given how many were written. */
  end?: (written: number) => string;
}

/**
 * Writes events to a file or stream in a text format, streaming: `start`, then the text of each
 * batch, then `end`. An event `convert` leaves out is counted as skipped; its issue is returned.
 *
 * @example
 * ```ts
 * await writeEventText(events, 'events.jsonl', {}, { batchSize: 1000, convert: (event) => JSON.stringify(event), text: (lines) => `${lines.join('\n')}\n` });
 * ```
 */
export async function writeEventText<T>(events: EventSource, target: WriteTarget, options: WriteTargetOptions, format: EventTextFormat<T>): Promise<Result<WriteStats>> {
  const issues: Issue[] = [];
  const sink = await TextSink.open(target, options);
  let written = 0;
  let skipped = 0;
  let index = 0;
  try {
    if (format.start !== undefined) await sink.write(format.start);
    for await (const batch of batches(events, format.batchSize)) {
      const items: T[] = [];
      for (const event of batch) {
        const item = format.convert(event, index++, issues);
        if (item === undefined) skipped++;
        else items.push(item);
      }
      if (items.length === 0) continue;
      await sink.write(format.text(items, written));
      written += items.length;
    }
    if (format.end !== undefined) await sink.write(format.end(written));
    await sink.close();
  } catch (error) {
    sink.abort();
    throw error;
  }
  return { value: { events: written, skipped, bytes: sink.bytes }, issues };
}
